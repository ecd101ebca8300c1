"""Warm `ask` latency over the gold questions, against the naive RAG baseline of the evals (split 1000/200, the same
embeddings, Chroma top-1) and against embedding one query with the bundled model alone, all in the same process.

    python benchmarks/latency.py [--repeat 1]

Prints p50/p95/mean in ms, throughput (questions/s), the naive baseline's p50/p95, and the ratios (ask p95 to the
naive p95; ask p50 to a bare query embedding). No query vector is reused between runs. Uses the index in PAR_INDEX_DIR (default index/).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main() -> int:
    from assistant.chain import Assistant
    from evals.run import load_set

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    bot = Assistant(llm=None)
    items = load_set("gold")
    qs = [(i["question"], list((i.get("turns") or [])[:-1])) for i in items]
    for q, h in qs[:5]:  # warm up
        bot.ask(q, history=h)
    emb = bot.index.embeddings
    t_emb = []
    for q, _ in qs:
        t0 = time.perf_counter()
        emb.embed_query(q)
        t_emb.append((time.perf_counter() - t0) * 1000)
    forget = getattr(emb, "forget_queries", None) or (lambda: None)  # no cached query vector: the full path
    t_ask = []
    t_all = time.perf_counter()
    for _ in range(args.repeat):
        for q, h in qs:
            forget()
            t0 = time.perf_counter()
            bot.ask(q, history=h)
            t_ask.append((time.perf_counter() - t0) * 1000)
    wall = time.perf_counter() - t_all
    from assistant.config import Settings
    from evals.baseline import NaiveRAG

    naive = NaiveRAG(Settings().corpus_dir, emb)
    for q, h in qs[:5]:
        naive.ask(q, history=h)
    t_naive = []
    for _ in range(args.repeat):
        for q, h in qs:
            forget()
            t0 = time.perf_counter()
            naive.ask(q, history=h)
            t_naive.append((time.perf_counter() - t0) * 1000)
    res = {
        "questions": len(t_ask),
        "ask_p50_ms": round(pct(t_ask, 0.5), 1), "ask_p95_ms": round(pct(t_ask, 0.95), 1),
        "ask_mean_ms": round(statistics.mean(t_ask), 1), "throughput_qps": round(len(t_ask) / wall, 1),
        "embed_query_p50_ms": round(pct(t_emb, 0.5), 1), "embed_query_p95_ms": round(pct(t_emb, 0.95), 1),
    }
    res["naive_p50_ms"] = round(pct(t_naive, 0.5), 1)
    res["naive_p95_ms"] = round(pct(t_naive, 0.95), 1)
    res["ratio_ask_to_embed_p50"] = round(res["ask_p50_ms"] / res["embed_query_p50_ms"], 1)
    res["ratio_ask_to_naive_p95"] = round(res["ask_p95_ms"] / res["naive_p95_ms"], 2)
    for k, v in res.items():
        print(f"{k:28} {v}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "latency.json").write_text(json.dumps(res, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
