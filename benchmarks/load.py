"""Bounded load test of the HTTP API: N concurrent chat clients for a fixed time, loopback only.

    python benchmarks/load.py [--url http://127.0.0.1:7860] [--clients 8] [--seconds 60] [--max-requests 4000]

Without --url it starts the app itself (python app.py --no-ingest) on a free 127.0.0.1 port and stops it after.
Each client runs its own two-turn conversations (a question about one activity, then "còn cơ quan phối hợp?")
and checks that every answer belongs to its own conversation: the echoed question is its own, and both answers
are exactly what the same conversation gets when asked alone before the load (so a change in answering is not
counted as a mix-up; a mix-up between clients is). Prints errors, mix-ups, p50/p95 latency and throughput;
writes benchmarks/results/load.json.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# the first question of each conversation (the second is "còn cơ quan phối hợp?") — different activities
CONVERSATIONS = [
    "ai chu tri to chuc dieu tra xa hoi hoc?",
    "Ai chủ trì thẩm định kết quả tự chấm điểm của các cơ quan, đơn vị?",
    "ai chu tri ban hanh ke hoach tuyen truyen cchc nam 2024",
    "Ai chủ trì kiểm tra trực tiếp huyện Phong Thổ năm 2024?",
    "Ai chủ trì xây dựng và phát triển chính quyền số trong kế hoạch của Văn phòng UBND tỉnh?",
    "ai chu tri tu cham diem chi so par index nam 2023",
    "Ai chủ trì tổ chức điều tra đo lường mức độ hài lòng về dịch vụ giáo dục, y tế năm 2024?",
    "ai chu tri xay dung video ket qua cchc tai hoi nghi cong bo chi so",
]


def _post(url: str, body: dict, timeout: float = 60) -> tuple[int, dict, float]:
    data = json.dumps(body).encode()
    req = urllib.request.Request(url + "/api/ask", data=data, headers={"content-type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        out = json.loads(r.read())
        return r.status, out, (time.perf_counter() - t0) * 1000


def reference(url: str) -> dict[str, tuple[str, str]]:
    """Each conversation's two answers, asked alone (no other client)."""
    out = {}
    for first in CONVERSATIONS:
        _, a, _ = _post(url, {"question": first, "history": []})
        _, b, _ = _post(url, {"question": "còn cơ quan phối hợp?", "history": [{"question": first}]})
        out[first] = (a.get("answer", ""), b.get("answer", ""))
    return out


def client(i: int, url: str, stop_at: float, budget: list, lock: threading.Lock, stats: dict) -> None:
    first = CONVERSATIONS[i % len(CONVERSATIONS)]
    want = stats["reference"][first]
    while time.time() < stop_at:
        with lock:
            if budget[0] <= 0:
                return
            budget[0] -= 2
        try:
            code, a, ms1 = _post(url, {"question": first, "history": []})
            code2, b, ms2 = _post(url, {"question": "còn cơ quan phối hợp?", "history": [{"question": first}]})
        except Exception as e:  # noqa: BLE001 — every failure is counted, none hidden
            with lock:
                stats["errors"].append(f"{type(e).__name__}: {e}")
            continue
        with lock:
            stats["latencies"] += [ms1, ms2]
            if code != 200 or code2 != 200:
                stats["errors"].append(f"HTTP {code}/{code2}")
            if a.get("question") != first or b.get("question") != "còn cơ quan phối hợp?":
                stats["mixups"].append(f"client {i}: echoed question differs")
            elif (a.get("answer"), b.get("answer")) != want:
                stats["mixups"].append(f"client {i}: answer differs from the same conversation asked alone: "
                                       f"{b.get('answer', '')[:120]!r}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=4000)
    args = ap.parse_args()
    proc = None
    url = args.url
    if not url:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--no-ingest"], cwd=ROOT,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        for _ in range(240):
            try:
                urllib.request.urlopen(url + "/health", timeout=2)
                break
            except Exception:
                time.sleep(0.5)
    assert url.startswith(("http://127.", "http://localhost", "http://[::1]")), "loopback only"
    stats = {"latencies": [], "errors": [], "mixups": [], "reference": reference(url)}
    lock = threading.Lock()
    budget = [args.max_requests]
    stop_at = time.time() + args.seconds
    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i, url, stop_at, budget, lock, stats))
               for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if proc:
        proc.terminate()
        proc.wait(timeout=30)
    lat = sorted(stats["latencies"])
    res = {
        "clients": args.clients, "seconds": round(wall, 1), "requests": len(lat),
        "errors": len(stats["errors"]), "mixups": len(stats["mixups"]),
        "p50_ms": round(statistics.median(lat), 1) if lat else None,
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1) if lat else None,
        "throughput_rps": round(len(lat) / wall, 2),
        "examples": (stats["errors"] + stats["mixups"])[:5],
    }
    for k, v in res.items():
        print(f"{k:16} {v}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), "utf-8")
    return 0 if not res["errors"] and not res["mixups"] else 1


if __name__ == "__main__":
    sys.exit(main())
