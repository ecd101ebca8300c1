"""Memory of a running web app: start ``app.py --no-ingest`` on a free loopback port, ask a few questions
through the HTTP API, then read the process's resident memory and whether torch is loaded.

    .venv/bin/python benchmarks/app_rss.py [--root CHECKOUT] [--python PYTHON]

``--root`` measures another checkout (e.g. the main branch, for a before/after); the index is
PAR_INDEX_DIR (default index/). Writes benchmarks/results/app_rss.json when measuring this checkout.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["ai chu tri dieu tra xa hoi hoc?", "Thời hạn hoàn thành tự chấm điểm Chỉ số CCHC?",
             "còn cơ quan phối hợp?"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, body: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        r.read()
        return r.status


def measure(root: Path, python: str) -> dict:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(root))
    env.setdefault("PAR_INDEX_DIR", str(ROOT / "index"))
    t0 = time.perf_counter()
    proc = subprocess.Popen([python, "app.py", "--no-ingest", "--port", str(port)], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url + "/health", timeout=2).read()
                break
            except Exception:
                if proc.poll() is not None:
                    raise SystemExit(f"the app exited with {proc.returncode}")
                time.sleep(0.5)
        ready = time.perf_counter() - t0
        for q in QUESTIONS:
            _post(url + "/api/ask", {"question": q, "history": []})
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        rss = next(int(x.split()[1]) for x in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                   if x.startswith("VmRSS"))
        return {"root": str(root), "rss_mb": round(rss / 1024, 1), "torch_loaded": "/torch/" in maps,
                "seconds_to_health": round(ready, 1), "measured": time.strftime("%Y-%m-%d %H:%M"),
                "load_avg_1m": round(os.getloadavg()[0], 2)}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(ROOT))
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    res = measure(Path(args.root).resolve(), args.python)
    for k, v in res.items():
        print(f"{k:22} {v}")
    if Path(args.root).resolve() == ROOT:
        out = ROOT / "benchmarks" / "results"
        out.mkdir(parents=True, exist_ok=True)
        (out / "app_rss.json").write_text(json.dumps(res, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
