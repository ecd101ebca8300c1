"""Scale benchmark: synthetic plan-like corpora of 5 / 100 / 1000 documents, embedded and server mode.

    python benchmarks/scale.py [--sizes 5,100,1000] [--modes embedded,server] [--queries 40]

Rows of sizes/modes not re-run are kept in the JSON; each row says when it was measured and the load
average at its end (another job on this 2-core machine slows embedding roughly in proportion).

For each size and mode, in a fresh subprocess: generate the corpus (agencies, activities, deadlines and years
recombined from the real appendix tables; every line carries the document's own unit/year so no text is
copied verbatim across files), ingest it, and measure ingestion throughput (documents/s, chunks/s), index size
on disk, peak memory (max RSS), and warm `ask` latency p50/p95. Prints a table; writes
benchmarks/results/scale.json. Loopback only (server mode starts `chroma run` on 127.0.0.1).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECTIONS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
            "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng và phát triển Chính quyền số"]
DEADLINES = ["Quý I", "Quý II", "Quý III", "Quý IV", "Quý I, II", "Trong năm", "Thường xuyên", "Tháng 6,7",
             "Trước ngày 20/01/{y}", "Tháng 12"]
UNITS = ["xã", "phường", "huyện", "thị trấn"]


def _pool():
    gold = [json.loads(x) for x in (ROOT / "evals/data/gold_tasks.jsonl").read_text("utf-8").splitlines()]
    acts = sorted({g["activity"] for g in gold if 4 <= len(g["activity"].split()) <= 30})
    outs = sorted({g["output"] for g in gold if g["output"] and len(g["output"]) < 80})
    from assistant.lang.gazetteer import gazetteer

    agencies = sorted({a.name for a in gazetteer().agencies.values() if a.kind in ("sở", "phòng", "ban", "trung tâm")})
    return acts, outs, agencies


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    acts, outs, agencies = _pool()
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        year = rnd.choice([2024, 2025, 2026, 2027])
        unit = f"{rnd.choice(UNITS)} Mẫu Số {i + 1}"
        lines = ["KẾ HOẠCH", f"Cải cách hành chính {unit} năm {year}", "I. MỤC ĐÍCH, YÊU CẦU",
                 f"- Triển khai đồng bộ các nhiệm vụ cải cách hành chính của {unit} trong năm {year}.",
                 "II. NỘI DUNG TRIỂN KHAI"]
        for k, sec in enumerate(rnd.sample(SECTIONS, 3), start=1):
            lines.append(f"{k}. {sec}")
            for _ in range(2):
                a = rnd.choice(acts).rstrip(".")
                lines.append(f"- {a} tại {unit} năm {year}, kết quả: {rnd.choice(outs)}.")
            lead, co = rnd.sample(agencies, 2)
            lines += [f"Đơn vị chủ trì: {lead} {unit}.", f"Đơn vị phối hợp: {co}.",
                      f"Thời gian thực hiện: {rnd.choice(DEADLINES).format(y=year)}."]
        lines += ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", f"Người Ký Số {i + 1}"]
        (folder / f"ke-hoach-{i + 1:04d}.txt").write_text("\n".join(lines) + "\n", "utf-8")


QUESTIONS = ["ai chu tri cai cach the che {u} nam {y}", "Thời hạn cải cách thủ tục hành chính của {u}?",
             "co quan nao phoi hop cai cach tai chinh cong {u}", "Kế hoạch CCHC {u} năm {y} có mục đích gì?"]


def run_one(size: int, mode: str, queries: int) -> dict:
    """Runs inside a subprocess (fresh memory accounting)."""
    from assistant.chain import Assistant
    from assistant.config import Settings
    from assistant.ingest.pipeline import ingest

    tmp = Path(tempfile.mkdtemp(prefix=f"scale-{size}-"))
    corpus = tmp / "corpus"
    make_corpus(corpus, size)
    kw = dict(corpus_dir=corpus, index_dir=tmp / "index")
    proc = None
    if mode == "server":
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        proc = subprocess.Popen([exe, "run", "--path", str(tmp / "chroma"), "--port", str(port), "--host",
                                 "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except Exception:
                time.sleep(0.5)
        kw.update(chroma_host="127.0.0.1", chroma_port=port)
    try:
        s = Settings().with_(**kw)
        t0 = time.perf_counter()
        summary = ingest(s, show_progress=False)
        secs = time.perf_counter() - t0
        size_bytes = sum(p.stat().st_size for p in (tmp / "index").rglob("*") if p.is_file())
        if mode == "server":
            size_bytes += sum(p.stat().st_size for p in (tmp / "chroma").rglob("*") if p.is_file())
        bot = Assistant(s, llm=None)
        rnd = random.Random(1)
        qs = []
        for _ in range(queries):
            i = rnd.randrange(size) + 1
            doc = bot.index.documents.get(f"ke-hoach-{i:04d}")
            unit = doc.title.split("hành chính ", 1)[1].rsplit(" năm", 1)[0] if doc else "xã Mẫu Số 1"
            qs.append(rnd.choice(QUESTIONS).format(u=unit, y=doc.year if doc else 2025))
        for q in qs[:3]:
            bot.ask(q)
        lat = []
        for q in qs:
            t1 = time.perf_counter()
            bot.ask(q)
            lat.append((time.perf_counter() - t1) * 1000)
        lat.sort()
        return {"size": size, "mode": mode, "documents": summary.documents, "chunks": summary.chunks,
                "ingest_s": round(secs, 1), "docs_per_s": round(summary.documents / secs, 2),
                "chunks_per_s": round(summary.chunks / secs, 2), "index_mb": round(size_bytes / 1e6, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
                "ask_p50_ms": round(lat[len(lat) // 2], 1), "ask_p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1),
                "parse_s": round(summary.parse_seconds, 1), "embed_store_s": round(secs - summary.parse_seconds, 1),
                "load_avg_1m_end": round(os.getloadavg()[0], 2), "measured": time.strftime("%Y-%m-%d %H:%M")}
    finally:
        if proc:
            proc.terminate()
        if os.environ.get("SCALE_KEEP"):
            print(f"kept: {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5,100,1000")
    ap.add_argument("--modes", default="embedded,server")
    ap.add_argument("--queries", type=int, default=40)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        size, mode = args.one.split(":")
        print(json.dumps(run_one(int(size), mode, args.queries)))
        return 0
    rows = []
    for size in [int(x) for x in args.sizes.split(",")]:
        for mode in args.modes.split(","):
            out = subprocess.run([sys.executable, __file__, "--one", f"{size}:{mode}", "--queries", str(args.queries)],
                                 capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
            line = [x for x in out.stdout.splitlines() if x.startswith("{")]
            if not line:
                print(f"size {size} {mode}: failed\n{out.stderr[-2000:]}")
                continue
            rows.append(json.loads(line[-1]))
            r = rows[-1]
            print(f"{r['size']:>5} {r['mode']:9} docs {r['documents']:>5} chunks {r['chunks']:>6} "
                  f"ingest {r['ingest_s']:>7}s ({r['docs_per_s']} doc/s, {r['chunks_per_s']} chunk/s) "
                  f"index {r['index_mb']} MB  peak {r['peak_rss_mb']} MB  ask p50 {r['ask_p50_ms']} ms "
                  f"p95 {r['ask_p95_ms']} ms", flush=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "scale.json"
    # keep the rows of sizes/modes not re-run (a 1,000-document run takes ~30 min per mode)
    old = json.loads(path.read_text("utf-8")) if path.exists() else []
    fresh = {(r["size"], r["mode"]) for r in rows}
    merged = [r for r in old if (r["size"], r["mode"]) not in fresh] + rows
    merged.sort(key=lambda r: (r["size"], r["mode"]))
    path.write_text(json.dumps(merged, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
