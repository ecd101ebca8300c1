"""Questions about a named part: "Điều 8 quy định gì?", "khoản 2 Điều 6", "mục II nói về gì" — the part's heading
and everything under it, verbatim.
"""
from __future__ import annotations

import re

from assistant.answering.evidence import part_matches as _matches
from assistant.answering.strategies.base import Context, Draft, short
from assistant.lang.normalize import fold
from assistant.records import Clause

LIMIT = 15


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    refs = {k: v for k, v in q.refs.items() if k in ("dieu", "chuong", "khoan", "muc") and v}
    # a named part is asked about ("Điều 8 quy định gì"), not used to locate a task ("hoạt động 5, mục I …")
    if not refs or not ("article" in q.kinds or ("dieu" in refs and not q.asked and not q.types)):
        return None
    order = [k for k in ("chuong", "dieu", "muc", "khoan") if k in refs]
    docs = ctx.scope.doc_ids if ctx.scope.doc_ids else sorted(ctx.base.index.documents)
    if ctx.scope.allowed is not None:
        docs = [d for d in docs if d in ctx.scope.allowed]
    best: tuple[float, list[Clause]] | None = None
    qf = " " + " ".join(re.findall(r"[a-z0-9]+", ctx.query.folded)) + " "
    for doc_id in docs:
        clauses = ctx.base.clauses_of(doc_id)
        heads = [c for c in clauses if all(any(_matches(p, k, refs[k]) for p in c.path) for k in order)]
        # one candidate per part of the document: "Điều 3" of the Quyết định and "Điều 3" of the Quy chế it issues
        roots: dict[str, Clause] = {}
        for c in sorted(heads, key=lambda c: (len(c.path), c.order)):
            roots.setdefault(c.path[0] if len(c.path) > 1 else "", c)
        for part, root in roots.items():
            depth = max(i for i, p in enumerate(root.path) if any(_matches(p, k, refs[k]) for k in order)) + 1
            prefix = root.path[:depth]
            under = [c for c in clauses if c.path[:depth] == prefix][:LIMIT]
            if not any(c.kind not in ("heading", "title") for c in under):
                continue  # a heading with nothing under it ("9. Nhiệm vụ trọng tâm: (Có Phụ lục kèm theo)")
            text = " ".join(c.text for c in under)
            fit = ctx.base.fit_text(ctx.terms, text) if ctx.terms else 1.0
            sc = fit + (0.5 if doc_id in ctx.scope.doc_ids else 0.0)
            name = " ".join(re.findall(r"[a-z0-9]+", fold(part)))
            if name and len(name) > 3 and f" {name} " in qf:
                sc += 0.4  # "Điều 3 quy chế …": the part the question names
            if best is None or sc > best[0]:
                best = (sc, under)
    if best is None:
        return None
    under = best[1]
    ev = [ctx.base.clause(c, ctx.terms) for c in under]
    head = under[0]
    label = " › ".join(head.path)
    body = [f"{short(c.text, 600)} [{n}]" for n, c in enumerate(under, start=1)]
    direct = f"{ctx.title(head.doc_id)} — **{label}**:"
    return Draft("article", direct, ev, body=body, fit=max(e.fit for e in ev), confident=True)
