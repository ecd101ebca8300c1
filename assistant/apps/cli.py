"""python -m assistant ingest | clauses | tasks | ask"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.config import Settings


def _settings(args) -> Settings:
    return Settings().with_(corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None),
                            embeddings=getattr(args, "embeddings", None))


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_ingest(args) -> int:
    from assistant.ingest.pipeline import ingest
    from assistant.store.index import IndexError_

    s = _settings(args)
    try:
        summary = ingest(s, rebuild=args.rebuild, show_progress=not (args.quiet or args.json),
                         use_cache=not args.no_cache)
    except IndexError_ as e:
        print(f"Lỗi: {e}", file=sys.stderr)
        return 2
    if args.json:  # the per-file reports (what was read, what could not be)
        _print_json({"reports": [r.to_json() for r in summary.reports], "documents": summary.documents,
                     "clauses": summary.clauses, "records": summary.records, "chunks": summary.chunks,
                     "added": summary.added, "removed": summary.removed, "build": summary.build,
                     "seconds": round(summary.seconds, 2), "parse_seconds": round(summary.parse_seconds, 2)})
    else:
        for line in summary.lines():
            print(line)
    return 1 if summary.errors and not summary.documents else 0


def cmd_clauses(args) -> int:
    from assistant.ingest.catalogue import iter_documents
    from assistant.ingest.pipeline import analyse

    s = _settings(args)
    for name, doc, error in iter_documents(s.corpus_dir):
        if doc is None:
            print(f"Lỗi [{name}]: {error}", file=sys.stderr)
            continue
        if args.doc and doc.id != args.doc:
            continue
        for c in analyse(doc).clauses:  # what the index holds: text clauses and the rows of non-task tables
            if args.json:
                _print_json({"id": c.id, "doc": c.doc_id, "path": c.path_str, "kind": c.kind, "text": c.text,
                             "start": c.start, "end": c.end})
            else:
                print(f"[{c.doc_id}] {c.path_str}\n    {c.text}\n")
    return 0


TASK_FIELDS = ("source", "section", "section_title", "goal_no", "goal", "task_no", "task", "activity_no",
               "activity", "output", "lead", "coordinators", "executors", "deadline", "deadline_start", "deadline_end",
               "clause", "quote")


def cmd_tasks(args) -> int:
    from assistant.store.index import Index, IndexError_
    from assistant.store.tasks import filter_records

    s = _settings(args)
    try:
        idx = Index(s)
    except IndexError_ as e:
        print(f"Lỗi: {e}", file=sys.stderr)
        return 2
    recs = filter_records(idx.records, doc=args.doc, agency=args.agency, due_before=args.due_before,
                          due_after=args.due_after, kind=args.kind)
    for r in recs:
        d = r.to_json()
        if args.json:
            _print_json({k: d[k] for k in TASK_FIELDS} | {"kind": r.kind, "start": r.start, "end": r.end})
        else:
            print(r.quote, f"\n    [{r.source}] {r.clause}\n")
    return 0


def cmd_ask(args) -> int:
    from assistant.chain import Assistant
    from assistant.store.index import IndexError_

    s = _settings(args)
    try:
        bot = Assistant(s)
    except IndexError_ as e:
        print(f"Lỗi: {e}", file=sys.stderr)
        return 2
    if args.batch:
        lines = Path(args.batch).read_text("utf-8").splitlines()
        for q in lines:
            if not q.strip():
                continue
            ans = bot.ask(q)
            _print_json(ans.to_json()) if args.json else print(bot.format_text(ans) + "\n")
            sys.stdout.flush()
        return 0
    question = " ".join(args.question)
    ans = bot.ask(question)
    if args.json:
        _print_json(ans.to_json())
    else:
        print(bot.format_text(ans))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assistant", description="Trợ lý cải cách hành chính (CCHC): nạp tài liệu, hỏi đáp, bảng nhiệm vụ")
    sub = p.add_subparsers(dest="cmd", required=True)

    def common(sp):
        sp.add_argument("--corpus", help="thư mục tài liệu (mặc định: corpus/)")
        sp.add_argument("--index", help="thư mục chỉ mục (mặc định: index/)")
        sp.add_argument("--embeddings", help="e5-small | st:<mô hình>")

    sp = sub.add_parser("ingest", help="đọc corpus/ và dựng chỉ mục")
    common(sp)
    sp.add_argument("--rebuild", action="store_true", help="dựng lại toàn bộ (đổi mô hình nhúng)")
    sp.add_argument("--quiet", action="store_true")
    sp.add_argument("--json", action="store_true", help="in báo cáo nạp của từng tệp dạng JSON")
    sp.add_argument("--no-cache", action="store_true",
                    help="không dùng bộ nhớ đệm (kết quả phân tích và vector đã tính ở lần trước)")
    sp.set_defaults(fn=cmd_ingest)

    sp = sub.add_parser("clauses", help="in các điều khoản đã phân tích")
    common(sp)
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--doc")
    sp.set_defaults(fn=cmd_clauses)

    sp = sub.add_parser("tasks", help="in các bản ghi nhiệm vụ (chủ trì, phối hợp, thời hạn)")
    common(sp)
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--doc")
    sp.add_argument("--agency")
    sp.add_argument("--due-before")
    sp.add_argument("--due-after")
    sp.add_argument("--kind", choices=["activity", "item", "duty", "inspection", "team"],
                    help="chỉ một loại bản ghi (mặc định: tất cả)")
    sp.set_defaults(fn=cmd_tasks)

    sp = sub.add_parser("ask", help="hỏi một câu")
    common(sp)
    sp.add_argument("question", nargs="*")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--batch", help="tệp câu hỏi, mỗi dòng một câu")
    sp.set_defaults(fn=cmd_ask)

    args = p.parse_args(argv)
    return args.fn(args)
