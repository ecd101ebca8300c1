"""Fit the grounding model: answer or abstain from features of the evidence (assistant/answering/grounding.py).

    python -m evals.fit_grounding [--sets gold,dev,foreign-dev] [--write]

For every question of the development sets the chain drafts an answer; its evidence features and whether the
question is answerable at all (the gold label) are the training data. A logistic regression (scikit-learn) is
fitted with 5-fold cross-validation; the threshold on the cross-validated probabilities is chosen so that
abstentions are precise and still catch the unanswerable questions; then the model is refitted on everything and,
with ``--write``, saved to assistant/answering/data/grounding.json with its cross-validated figures.
The held-out sets are never used here.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from evals.run import foreign_settings, load_set

MODEL = Path(__file__).resolve().parent.parent / "assistant" / "answering" / "data" / "grounding.json"


def collect(names: list[str]) -> tuple[list[dict], list[int], list[str]]:
    from assistant.answering.grounding import MODEL_FEATURES, VETOES, features
    from assistant.chain import Assistant
    from assistant.config import Settings

    s = Settings()
    bots: dict[str, Assistant] = {}
    X, y, ids = [], [], []
    for name in names:
        settings = foreign_settings(name, s) if name.startswith("foreign-") else s
        key = str(settings.index_dir)
        if key not in bots:
            emb = next(iter(bots.values())).index.embeddings if bots else None
            bots[key] = Assistant(settings, llm=None, embeddings=emb)
        bot = bots[key]
        for it in load_set(name):
            history = list((it.get("turns") or [])[:-1])
            ctx, draft, decision = bot.explain(it["question"], history)
            if ctx.scope.unknown or draft is None or not draft.evidence or draft.silent or draft.confident:
                continue  # decided before the model (facts about the corpus)
            f = features(ctx, draft)
            if any(f.get(v) for v in VETOES):
                continue  # the evidence lacks what the question insists on: decided before the model
            X.append({k: f.get(k, 0.0) for k in MODEL_FEATURES})
            y.append(0 if it["intent"] == "unanswerable" else 1)
            ids.append(it["id"])
    return X, y, ids


def main(argv=None) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    p = argparse.ArgumentParser(prog="python -m evals.fit_grounding", description=__doc__.splitlines()[0])
    p.add_argument("--sets", default="gold,dev,foreign-dev")
    p.add_argument("--write", action="store_true", help="save the model to assistant/answering/data/grounding.json")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    assert not any("holdout" in n for n in names), "held-out sets are never used for fitting"
    X, y, ids = collect(names)
    keys = sorted({k for x in X for k in x})
    A = np.array([[x.get(k, 0.0) for k in keys] for x in X])
    Y = np.array(y)
    clf = LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced")
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    prob = cross_val_predict(clf, A, Y, cv=cv, method="predict_proba")[:, 1]
    best = None
    for th in [i / 100 for i in range(5, 96)]:
        abst = prob < th
        tp = int(((Y == 0) & abst).sum())
        prec = tp / max(1, int(abst.sum()))
        rec = tp / max(1, int((Y == 0).sum()))
        acc = float(((prob >= th) == (Y == 1)).mean())
        score = min(prec, rec) + 0.1 * acc  # both must hold; then as many right decisions as possible
        if best is None or score > best[0]:
            best = (score, th, prec, rec, acc)
    _, th, prec, rec, acc = best
    clf.fit(A, Y)
    weights = {k: round(float(w), 4) for k, w in zip(keys, clf.coef_[0])}
    model = {"bias": round(float(clf.intercept_[0]), 4), "threshold": th, "weights": weights,
             "fitted_on": names, "n": len(Y), "unanswerable": int((Y == 0).sum()),
             "cv": {"abstention_precision": round(prec, 3), "abstention_recall": round(rec, 3),
                    "decision_accuracy": round(acc, 3)}}
    print(json.dumps(model, ensure_ascii=False, indent=1))
    print(f"{len(Y)} questions reached the model ({int((Y == 0).sum())} unanswerable); "
          f"{time.perf_counter() - t0:.0f} s")
    if args.write:
        MODEL.parent.mkdir(exist_ok=True)
        MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"written: {MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
