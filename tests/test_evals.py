"""The eval suite runs the whole gold set (220 items) through the real pipeline and the naive
baseline, and fails below the thresholds in evals/thresholds.toml."""
import json
import tomllib

from evals.baseline import NaiveRAG
from evals.run import load_gold, run_system, summarise

from assistant.chain import Assistant
from conftest import CORPUS, ROOT


def test_gold_set_shape():
    items = load_gold()
    assert len(items) >= 200
    assert sum(i["intent"] == "unanswerable" for i in items) >= 25
    assert sum(i["accent_free"] for i in items) >= len(items) / 3
    assert sum(bool(i["turns"]) for i in items) >= 10
    assert len({i["id"] for i in items}) == len(items)
    tasks = [json.loads(x) for x in (ROOT / "evals/data/gold_tasks.jsonl").read_text("utf-8").splitlines()]
    assert len(tasks) == 69


def test_system_meets_thresholds_and_beats_baseline(built_index, index, e5):
    s, _ = built_index
    th = tomllib.loads((ROOT / "evals/thresholds.toml").read_text("utf-8"))["system"]
    items = load_gold()
    bot = Assistant(s, index=index, llm=None)
    sys_sum = summarise(run_system(lambda q, h: bot.ask(q, history=h), items))
    base = NaiveRAG(CORPUS, e5)
    base_sum = summarise(run_system(lambda q, h: base.ask(q, h), items))
    print(json.dumps({"system": sys_sum, "baseline": base_sum}, ensure_ascii=False))
    assert sys_sum["answer_accuracy"] >= th["answer_accuracy"]
    assert sys_sum["citation_accuracy"] >= th["citation_accuracy"]
    assert sys_sum["abstention_recall"] >= th["abstention_recall"]
    assert sys_sum["answer_accuracy"] >= th["min_ratio_to_baseline"] * base_sum["answer_accuracy"]
