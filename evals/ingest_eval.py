"""Ingest accuracy on documents nobody tuned on: metadata fields and task-table rows against gold.

    python -m evals.ingest_eval [--set dev|holdout|holdout5|all] [--json] [--verbose]

For every folder ``evals/data/foreign/<set>/`` (see ``SPEC.md`` there): the documents in ``docs/`` are read
the way an admin upload is read (no catalogue entry), parsed, and compared with ``meta_*.jsonl`` (type,
number, title, issuer, place, level, date, year, signer) and ``tasks_*.jsonl`` (each gold row must be found
among the records, with its lead and deadline exact). Nothing is embedded: this measures the ingest only.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from assistant.lang.normalize import fold, normalize

HERE = Path(__file__).resolve().parent
FOREIGN = HERE / "data" / "foreign"
META_FIELDS = ("doc_type", "number", "title", "issuer", "place", "level", "date", "year", "signer")
GOLD_KEY = {"doc_type": "type"}


def _read_jsonl(folder: Path, pattern: str) -> list[dict]:
    out: list[dict] = []
    for f in sorted(folder.glob(pattern)):
        out += [json.loads(x) for x in f.read_text("utf-8").splitlines() if x.strip()]
    return out


def _canon(field: str, v) -> str:
    """The comparable form of a metadata value: case and spacing do not count, letters and diacritics do."""
    if field == "year":
        return str(int(v or 0))
    s = normalize(str(v or ""))
    if field == "number":
        s = s.replace(" ", "")
    return s.lower().rstrip(" .;:")


def _content_key(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(s)))


def _same_cell(a: str, b: str) -> bool:
    return _canon("x", a) == _canon("x", b)


def match_rows(gold: list[dict], records: list) -> list[dict]:
    """For each gold row: the record whose content matches it (prefix either way), and field verdicts."""
    out = []
    for g in gold:
        gk = _content_key(g["content"])[:100]
        found = None
        for r in records:
            rk = _content_key(r.activity)[:100]
            if rk and gk and (rk.startswith(gk[:60]) or gk.startswith(rk[:60])):
                found = r
                break
        row = {"content": g["content"][:80], "found": found is not None}
        if found is not None:
            row["lead"] = _same_cell(found.lead or found.executors, g.get("lead", ""))
            row["deadline"] = _same_cell(found.deadline, g.get("deadline", ""))
            row["coordinators"] = _same_cell(found.coordinators, g.get("coordinators", ""))
            row["got"] = {"lead": found.lead or found.executors, "deadline": found.deadline,
                          "coordinators": found.coordinators}
        row["want"] = {"lead": g.get("lead", ""), "deadline": g.get("deadline", ""),
                       "coordinators": g.get("coordinators", "")}
        out.append(row)
    return out


def evaluate_folder(folder: Path) -> dict:
    from assistant.ingest.catalogue import iter_documents
    from assistant.ingest.pipeline import process_document

    metas = {m["file"]: m for m in _read_jsonl(folder, "meta_*.jsonl")}
    tasks = _read_jsonl(folder, "tasks_*.jsonl")
    t0 = time.perf_counter()
    docs, recs_by_file, errors = {}, {}, {}
    for name, doc, error in iter_documents(folder / "docs"):
        if doc is None:
            errors[name] = error
            continue
        _, records, _, _ = process_document(doc)
        docs[name] = doc
        recs_by_file[name] = records
    fields: dict[str, list[bool]] = {f: [] for f in META_FIELDS}
    meta_rows = []
    for fname, gold in metas.items():
        doc = docs.get(fname)
        row = {"file": fname, "error": errors.get(fname, "")}
        for f in META_FIELDS:
            want = gold.get(GOLD_KEY.get(f, f), "")
            got = getattr(doc, f, "") if doc else ""
            ok = doc is not None and _canon(f, got) == _canon(f, want)
            fields[f].append(ok)
            if not ok:
                row[f] = {"want": want, "got": got}
        meta_rows.append(row)
    rows = []
    for fname in sorted({t["file"] for t in tasks}):
        for r in match_rows([t for t in tasks if t["file"] == fname], recs_by_file.get(fname, [])):
            rows.append({"file": fname, **r})
    n = len(rows) or 1
    all_meta = [x for v in fields.values() for x in v]
    return {
        "documents": len(metas),
        "read": len(docs),
        "seconds": round(time.perf_counter() - t0, 1),
        "metadata_exact": round(sum(all_meta) / max(1, len(all_meta)), 3),
        "metadata_per_field": {f: round(sum(v) / max(1, len(v)), 3) for f, v in fields.items()},
        "rows": len(rows),
        "rows_found": round(sum(r["found"] for r in rows) / n, 3),
        "rows_exact_lead_deadline": round(sum(r.get("lead", False) and r.get("deadline", False) for r in rows) / n, 3),
        "rows_exact_coordinators": round(sum(r.get("coordinators", False) for r in rows) / n, 3),
        "metadata_misses": [r for r in meta_rows if len(r) > 2 or r["error"]],
        "row_misses": [r for r in rows if not (r["found"] and r.get("lead") and r.get("deadline"))],
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m evals.ingest_eval", description=__doc__.splitlines()[0])
    p.add_argument("--set", choices=["dev", "holdout", "holdout5", "all"], default="dev")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verbose", action="store_true", help="print every miss")
    args = p.parse_args(argv)
    names = ["dev", "holdout", "holdout5"] if args.set == "all" else [args.set]
    report = {n: evaluate_folder(FOREIGN / n) for n in names if (FOREIGN / n / "docs").exists()}
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for name, r in report.items():
        print(f"== {name}: {r['read']}/{r['documents']} documents read in {r['seconds']} s")
        print(f"metadata fields exact   {r['metadata_exact']:.3f}  "
              + " ".join(f"{k}={v:.2f}" for k, v in r["metadata_per_field"].items()))
        print(f"task rows found         {r['rows_found']:.3f} of {r['rows']}")
        print(f"  with exact lead+deadline {r['rows_exact_lead_deadline']:.3f}; exact coordinators "
              f"{r['rows_exact_coordinators']:.3f}")
        if args.verbose:
            for m in r["metadata_misses"]:
                print("  META", json.dumps(m, ensure_ascii=False))
            for m in r["row_misses"]:
                print("  ROW ", json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
