"""Run the gold set through the real pipeline and the naive baseline; score; write reports."""
from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from assistant.lang.normalize import fold

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
REPORTS = HERE / "reports"


SETS = ("gold", "dev", "holdout", "foreign-dev", "foreign-holdout", "foreign-holdout5")
# ``--set all``: every set but the foreign hold-outs, which are run on purpose only (they stay unread while developing)
ALL = ("gold", "dev", "holdout", "foreign-dev")
FOREIGN = DATA / "foreign"


def load_set(name: str = "gold") -> list[dict]:
    """'gold': evals/data/gold_qa_*.jsonl (session 1, used while developing); 'dev': evals/data/dev_qa_*.jsonl
    (written fresh by helpers who never saw the system, used to calibrate); 'holdout': evals/data/holdout/*.jsonl
    (never tuned on); 'foreign-dev' / 'foreign-holdout' / 'foreign-holdout5': questions about documents of other
    places (evals/data/foreign/<dev|holdout|holdout5>/qa_*.jsonl, see SPEC.md there), asked of an index of the seeds plus those
    documents."""
    if name.startswith("foreign-"):
        folder, pattern = FOREIGN / name.split("-", 1)[1], "qa_*.jsonl"
    else:
        folder, pattern = {"gold": (DATA, "gold_qa_*.jsonl"), "dev": (DATA, "dev_qa_*.jsonl"),
                           "holdout": (DATA / "holdout", "*.jsonl")}[name]
    items = []
    for f in sorted(folder.glob(pattern)):
        items += [json.loads(ln) for ln in f.read_text("utf-8").splitlines() if ln.strip()]
    return items


def load_gold() -> list[dict]:
    return load_set("gold")


def _norm(s: str) -> str:
    return " ".join(fold(s).replace("*", "").split())


def verbatim(citation, documents: dict) -> bool:
    """The quote is the source's own words: its words appear, in order, in the document at [start:end] (line
    breaks, page numbers, table separators and Markdown marks in between do not count)."""
    import re

    d = documents.get(citation.source)
    if d is None or citation.end <= citation.start:
        return False
    want = re.findall(r"[a-z0-9]+", fold(citation.quote))
    have = iter(re.findall(r"[a-z0-9]+", fold(d.text[citation.start:citation.end])))
    return bool(want) and all(any(w == h for h in have) for w in want)


def score_item(item: dict, ans, documents: dict | None = None) -> dict:
    text = _norm(ans.answer)
    quotes = [_norm(c.quote) for c in ans.citations]
    unans = item["intent"] == "unanswerable"
    if unans:
        correct = ans.abstained and not any(_norm(x) in text for x in item.get("must_not", []))
    else:
        has = all(_norm(m) in text for m in item["must_have"])
        wrong = any(_norm(m) in text for m in item.get("must_not", []) if m)
        correct = (not ans.abstained) and has and not wrong
    snip = _norm(item.get("snippet", ""))
    cited = bool(snip) and any(snip in q for q in quotes)
    # grounded: every required fact can be read in one of the citations (heading path + quote)
    cits = [_norm(f"{c.clause} {c.quote}") for c in ans.citations]
    grounded = correct and not unans and all(any(_norm(m) in c for c in cits) for m in item["must_have"])
    quotes_ok = [verbatim(c, documents) for c in ans.citations] if documents is not None else []
    return {"id": item["id"], "intent": item["intent"], "doc": item.get("doc", ""),
            "verbatim": all(quotes_ok) if quotes_ok else None,
            "accent_free": item.get("accent_free", False), "correct": correct, "cited": cited, "grounded": grounded,
            "abstained": ans.abstained, "unanswerable": unans, "elapsed_ms": ans.elapsed_ms,
            "question": item.get("question"), "turns": item.get("turns", []), "expected": item.get("must_have"),
            "got": ans.answer[:600], "citation": (ans.citations[0].clause if ans.citations else "")}


def run_system(ask, items, search=None, documents: dict | None = None) -> list[dict]:
    """Ask every item (earlier turns passed as history); with ``search``, also rank the gold clause."""
    out = []
    for it in items:
        history = list((it.get("turns") or [])[:-1])
        t0 = time.perf_counter()
        ans = ask(it["question"], history)
        ans.elapsed_ms = (time.perf_counter() - t0) * 1000
        row = score_item(it, ans, documents)
        snip = _norm(it.get("snippet", ""))
        if search and snip:
            bodies = [_norm(b) for b in search(it["question"], history)]
            row["gold_rank"] = next((i + 1 for i, b in enumerate(bodies) if snip in b), None)
        out.append(row)
    return out


def summarise(rows: list[dict]) -> dict:
    ans_rows = [r for r in rows if not r["unanswerable"]]
    un_rows = [r for r in rows if r["unanswerable"]]
    abst = [r for r in rows if r["abstained"]]
    lat = sorted(r["elapsed_ms"] for r in rows)

    def acc(rs):
        return round(sum(r["correct"] for r in rs) / len(rs), 3) if rs else None

    per_intent = {k: acc([r for r in rows if r["intent"] == k]) for k in sorted({r["intent"] for r in rows})}
    per_doc = {k or "(none)": acc([r for r in rows if r["doc"] == k]) for k in sorted({r["doc"] for r in rows})}
    ranked = [r for r in rows if "gold_rank" in r]

    def recall(k):
        return round(sum(1 for r in ranked if r["gold_rank"] and r["gold_rank"] <= k) / len(ranked), 3) if ranked else None

    return {
        "n": len(rows),
        "recall_at_1": recall(1),
        "recall_at_5": recall(5),
        "mrr_at_10": round(sum(1 / r["gold_rank"] for r in ranked if r["gold_rank"]) / len(ranked), 3) if ranked else None,
        "answer_accuracy": acc(rows),
        "answerable_accuracy": acc(ans_rows),
        "citation_accuracy": round(sum(r["cited"] for r in ans_rows) / len(ans_rows), 3) if ans_rows else None,
        # of the correct answers, the share whose citations (path + quote) hold every required fact
        "citation_support": (round(sum(r.get("grounded", False) for r in ans_rows) / n_ok, 3)
                             if (n_ok := sum(r["correct"] for r in ans_rows)) else None),
        "abstention_recall": round(sum(r["abstained"] for r in un_rows) / len(un_rows), 3) if un_rows else None,
        # answers whose every citation quote is the source's own words at its start/end
        "citations_verbatim": (round(sum(bool(r.get("verbatim")) for r in v) / len(v), 3)
                               if (v := [r for r in rows if r.get("verbatim") is not None]) else None),
        "abstention_precision": round(sum(r["unanswerable"] for r in abst) / len(abst), 3) if abst else None,
        "accent_free_accuracy": acc([r for r in rows if r["accent_free"]]),
        "accented_accuracy": acc([r for r in rows if not r["accent_free"]]),
        "per_intent": per_intent,
        "per_doc": per_doc,
        "latency_p50_ms": round(statistics.median(lat), 1) if lat else None,
        "latency_p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1) if lat else None,
    }


METRICS = ("answer_accuracy", "answerable_accuracy", "citation_accuracy", "citation_support", "citations_verbatim",
           "recall_at_1", "recall_at_5",
           "mrr_at_10", "abstention_recall", "abstention_precision", "accent_free_accuracy", "accented_accuracy",
           "latency_p50_ms", "latency_p95_ms")


def evaluate(items: list[dict], bot, base, llm_bot=None) -> dict:
    sys_rows = run_system(lambda q, h: bot.ask(q, history=h), items,
                          lambda q, h: [x.chunk.body for x in bot.search(q, h)], bot.index.documents)
    base_rows = run_system(lambda q, h: base.ask(q, h), items, lambda q, h: base.search(q, h))
    out = {"system": summarise(sys_rows), "baseline": summarise(base_rows),
           "failures": [r for r in sys_rows if not r["correct"]]}
    if llm_bot is not None:
        out["system_llm"] = summarise(run_system(lambda q, h: llm_bot.ask(q, history=h), items))
    return out


def foreign_settings(name: str, settings):
    """Settings for a foreign set: a corpus of the seeds (with their catalogue) plus the set's documents (without
    catalogue entries, the way the admin page adds them), and its own index, built or updated here (idempotent)."""
    import shutil

    from assistant.ingest.pipeline import ingest

    root = Path(settings.index_dir) / "evals" / name
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for p in Path(settings.corpus_dir).iterdir() if p.is_file()}
    wanted |= {p.name: p for p in (FOREIGN / name.split("-", 1)[1] / "docs").iterdir() if p.is_file()}
    for old in corpus.iterdir():
        if old.name not in wanted:
            old.unlink()
    for fname, src in wanted.items():
        dst = corpus / fname
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copyfile(src, dst)
    s = settings.with_(corpus_dir=corpus, index_dir=root / "index")
    summary = ingest(s, show_progress=False)
    for line in summary.lines():
        if line.startswith(("LỖI", "CẢNH BÁO")):
            print(f"[{name}] {line}")
    return s


def main(argv=None) -> int:
    import argparse

    from evals.baseline import NaiveRAG

    from assistant.chain import Assistant
    from assistant.config import Settings

    p = argparse.ArgumentParser(prog="python -m evals", description="Đánh giá trợ lý trên bộ câu hỏi vàng")
    p.add_argument("--set", choices=[*SETS, "all"], default="all",
                   help="one set, or all of them but the foreign hold-outs (default)")
    p.add_argument("--llm", action="store_true", help="also evaluate with the LLM configured in PAR_LLM")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    s = Settings()
    bot = Assistant(s, llm=None)
    llm_bot = None
    if args.llm:
        if s.llm:
            llm_bot = Assistant(s, index=bot.index)
        else:
            print("LLM evaluation skipped: PAR_LLM is not set (e.g. PAR_LLM=openai:model PAR_LLM_BASE_URL=…).")
    names = list(ALL) if args.set == "all" else [args.set]
    base = NaiveRAG(s.corpus_dir, bot.index.embeddings) if any(not n.startswith("foreign-") for n in names) else None
    report = {}
    for name in names:
        items = load_set(name)
        if not items:
            continue
        if name.startswith("foreign-"):
            fs = foreign_settings(name, s)
            fbot = Assistant(fs, llm=None, embeddings=bot.index.embeddings)
            report[name] = evaluate(items, fbot, NaiveRAG(fs.corpus_dir, bot.index.embeddings), None)
        else:
            report[name] = evaluate(items, bot, base, llm_bot)
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "latest.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    _markdown(report)
    for name, rep in report.items():
        S, B = rep["system"], rep["baseline"]
        print(f"\n== {name} ({S['n']} items)\n{'metric':28} {'system':>8} {'baseline':>9}"
              + (f" {'system+llm':>10}" if "system_llm" in rep else ""))
        for k in METRICS:
            extra = f" {str(rep['system_llm'].get(k)):>10}" if "system_llm" in rep else ""
            print(f"{k:28} {str(S[k]):>8} {str(B[k]):>9}{extra}")
        for k, v in S["per_intent"].items():
            print(f"  intent {k:20} {str(v):>8} {str(B['per_intent'].get(k)):>9}")
        for k, v in S["per_doc"].items():
            print(f"  doc {k:23} {str(v):>8} {str(B['per_doc'].get(k)):>9}")
    print(f"\nreport: {REPORTS / 'latest.md'} ({time.perf_counter() - t0:.0f} s)")
    return 0


def _markdown(report: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lines = ["# Eval report", "",
             "Written by `python -m evals`. *gold* and *dev* were used while developing; *holdout* was written "
             "separately and never used for tuning. *foreign-dev* asks about documents of other places (used while "
             "developing); *foreign-holdout* and *foreign-holdout5* likewise but kept aside.", ""]
    for name, rep in report.items():
        S, B = rep["system"], rep["baseline"]
        intents = list(S["per_intent"])
        fig, ax = plt.subplots(figsize=(8, 3.5))
        xs = range(len(intents))
        ax.bar([x - 0.2 for x in xs], [S["per_intent"][i] or 0 for i in intents], 0.4, label="system")
        ax.bar([x + 0.2 for x in xs], [B["per_intent"].get(i) or 0 for i in intents], 0.4, label="baseline")
        ax.set_xticks(list(xs), intents, rotation=20)
        ax.set_ylim(0, 1)
        ax.set_ylabel("answer accuracy")
        ax.set_title(f"{name}: accuracy per intent")
        ax.legend()
        fig.tight_layout()
        fig.savefig(REPORTS / f"accuracy_per_intent_{name}.png", dpi=100)
        plt.close(fig)
        lines += [f"## {name} ({S['n']} items)", "", "| metric | system | baseline | ratio |", "|---|---|---|---|"]
        for k in METRICS:
            ratio = round(S[k] / B[k], 2) if S[k] and B[k] else "—"
            lines.append(f"| {k} | {S[k]} | {B[k]} | {ratio} |")
        lines += ["", "| intent | system | baseline |", "|---|---|---|"]
        lines += [f"| {k} | {v} | {B['per_intent'].get(k)} |" for k, v in S["per_intent"].items()]
        lines += ["", "| document | system | baseline |", "|---|---|---|"]
        lines += [f"| {k} | {v} | {B['per_doc'].get(k)} |" for k, v in S["per_doc"].items()]
        lines += ["", f"![accuracy per intent](accuracy_per_intent_{name}.png)", "", f"### Failures ({name})", ""]
        for r in rep["failures"]:
            lines.append(f"- **{r['id']}** ({r['intent']}) {r['question']}\n  - expected: {r['expected']}\n"
                         f"  - got: {r['got'][:300]!r}\n  - cited: {r['citation']}")
        lines.append("")
    (REPORTS / "latest.md").write_text("\n".join(lines), "utf-8")
