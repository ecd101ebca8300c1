"""Parse-time probes of the ingest: the seed corpus, one long hard-wrapped paragraph, two plans joined in one
file, and a file that needs too much memory or time (stopped by the bounded workers). Prints what held.

    python benchmarks/ingest_parse.py [--lines 64000]

Times are wall-clock on this machine (run it idle); nothing here is asserted by the tests.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from assistant.ingest.pipeline import parse_corpus, process_document
    from assistant.records import Document

    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=64000)
    args = ap.parse_args()

    def run(name: str, text: str) -> None:
        t = time.perf_counter()
        clauses, records, chunks, warnings = process_document(Document(id=name, file=name, title="", text=text))
        print(f"{name:28} {len(text) // 1024:6} KB  {time.perf_counter() - t:6.1f} s  {len(clauses):5} điều khoản  "
              f"{len(records):4} bản ghi  {len(chunks):5} đoạn  {len(warnings)} cảnh báo")

    t = time.perf_counter()
    seeds = parse_corpus(ROOT / "corpus")
    print(f"{'seed corpus (2 workers)':28} {'':6}    {time.perf_counter() - t:6.1f} s  {len(seeds.clauses):5} điều khoản  "
          f"{len(seeds.records):4} bản ghi  {len(seeds.chunks):5} đoạn")
    line = "trong quá trình thực hiện các nhiệm vụ cải cách hành chính của các cơ quan, đơn vị trên địa bàn"
    run(f"long paragraph ({args.lines} lines)", "I. NỘI DUNG\nĐây là " + "\n".join([line] * args.lines))
    files = sorted((ROOT / "corpus").glob("*.txt"), key=lambda p: -p.stat().st_size)[:2]
    run("two plans joined", "\n".join(p.read_text("utf-8") for p in files))
    with tempfile.TemporaryDirectory() as d:
        big = Path(d) / "rat-dai.txt"
        big.write_text("I. NỘI DUNG\nĐây là " + "\n".join([line] * 150000), "utf-8")
        (Path(d) / "binh-thuong.txt").write_text("KẾ HOẠCH\nThử nghiệm\nI. MỤC ĐÍCH\n- Một việc.\n", "utf-8")
        import os

        os.environ["PAR_INGEST_DOC_SECONDS"] = "5"
        t = time.perf_counter()
        out = parse_corpus(Path(d))
        print(f"{'5 s limit, 14 MB text':28} {'':6}    {time.perf_counter() - t:6.1f} s  "
              f"read: {[x.file for x in out.reports if not x.error]}  stopped: {[f for f, _ in out.errors]}")
    print(f"max RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB; "
          f"of its workers: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
