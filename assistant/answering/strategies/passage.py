"""General questions and the outline of a part: the clause that answers best, quoted whole — completed by the
list it introduces ("… hạn chế:" then its bullets), or the whole part when the question names its heading
("mục đích, yêu cầu là gì?"); and for "gồm những phần nào?", the headings under the part.
"""
from __future__ import annotations

import re

from assistant.answering.evidence import HEADINGS
from assistant.answering.strategies.base import Context, Draft, short
from assistant.lang.normalize import fold
from assistant.records import Clause, Evidence

NEAR_OTHER_DOC = 0.92  # a second document's clause this close to the best is shown too, labelled


def _heading_label(c) -> str:
    """A heading as its document prints it: "Chương I QUY ĐỊNH CHUNG" rather than the path's "Chương I"."""
    text = " ".join(c.text.split())
    label = c.path[-1] if c.path else ""
    return short(text, 160) if text.startswith(label) and len(text) > len(label) else label


def outline(ctx: Context) -> Draft | None:
    if "outline" not in ctx.query.kinds:
        return None
    named = _named_outline(ctx)
    if named is not None:
        return named
    whole = _document_outline(ctx)
    if whole is not None:
        return whole
    best, best_fit = None, 0.0
    for e in ctx.candidates[:80]:
        if e.kind == "clause" and e.clause_kind in HEADINGS and e.fit > best_fit:
            best, best_fit = e, e.fit
    if best is None or best_fit < 0.5:
        return None
    c = ctx.base.index.clause_by_id[best.clause_id]
    root = c.path[:1]
    kids = [x for x in ctx.base.clauses_of(c.doc_id) if x.kind == "heading" and len(x.path) == len(root) + 1
            and x.path[:len(root)] == root]
    if len(kids) < 2:
        return None
    ev = [ctx.base.clause(x, ctx.terms) for x in kids]
    body = [f"- {_heading_label(x)} [{n}]" for n, x in enumerate(kids, start=1)]
    return Draft("outline", f"{ctx.title(c.doc_id)} — {root[0]} gồm **{len(kids)} phần**:", ev, body=body,
                 fit=best_fit, field_ok=True)


def _document_outline(ctx: Context) -> Draft | None:
    """"Kế hoạch CCHC xã X năm 2026 gồm những phần nào?": the question only names the document, so its top-level
    headings (I., II., … or Phần / Chương) are the answer."""
    ids = [i for i in ctx.scope.doc_ids if ctx.scope.allowed is None or i in ctx.scope.allowed]
    if len(ids) != 1 or not ctx.scope.strong or not set(ctx.terms) <= set(ctx.scope.words):
        return None
    top = [x for x in ctx.base.clauses_of(ids[0]) if x.kind == "heading" and len(x.path) == 1]
    if len(top) < 2:
        return None
    ev = [ctx.base.clause(x, ctx.terms) for x in top]
    body = [f"- {_heading_label(x)} [{n}]" for n, x in enumerate(top, start=1)]
    return Draft("outline", f"{ctx.title(ids[0])} gồm **{len(top)} phần**:", ev, body=body, fit=1.0, field_ok=True)


def _named_outline(ctx: Context) -> Draft | None:
    """"Chương II gồm những điều nào?": the headings right under the part the question names by its number."""
    from assistant.answering.evidence import part_matches as _matches

    refs = {k: v for k, v in ctx.query.refs.items() if k in ("chuong", "dieu", "muc") and v}
    if not refs or not ctx.scope.doc_ids:
        return None
    docs = [d for d in ctx.scope.doc_ids if ctx.scope.allowed is None or d in ctx.scope.allowed]
    for doc_id in docs:
        clauses = ctx.base.clauses_of(doc_id)
        for c in clauses:
            if c.kind != "heading" or not all(_matches(c.path[-1], k, v) for k, v in refs.items()):
                continue
            kids = [x for x in clauses if x.kind == "heading" and len(x.path) == len(c.path) + 1
                    and x.path[:len(c.path)] == c.path]
            if len(kids) < 2:
                continue
            ev = [ctx.base.clause(x, ctx.terms) for x in kids]
            body = [f"- {_heading_label(x)} [{n}]" for n, x in enumerate(kids, start=1)]
            return Draft("outline", f"{ctx.title(doc_id)} — {' › '.join(c.path)} gồm **{len(kids)} phần**:", ev,
                         body=body, fit=1.0, field_ok=True, confident=True)
    return None


def _section(ctx: Context, c: Clause) -> list[Clause]:
    """All clauses of a part whose heading the question names."""
    if not c.path:
        return []
    label = re.sub(r"^[\dIVX.]+\)?\s*", "", c.path[-1])
    lw = [w for w in re.findall(r"[a-z0-9]+", fold(label)) if len(w) > 1]
    qw = set(re.findall(r"[a-z0-9]+", ctx.query.folded))
    if not lw or not all(w in qw for w in lw):
        return []
    sib = [x for x in ctx.base.clauses_of(c.doc_id) if x.path == c.path and x.kind not in HEADINGS]
    return sib if 2 <= len(sib) <= 10 else []


def _continuation(ctx: Context, c: Clause, limit: int = 6) -> list[Clause]:
    """What completes a clause: the bullets after one introducing a list, or the rest of a sentence split at a
    semicolon."""
    tail = c.text.rstrip()
    bullets = ":" in c.text[len(c.text) // 3:]
    unfinished = tail.endswith((";", ",", ":"))
    if not (bullets or unfinished):
        return []
    out = []
    for x in ctx.base.clauses_of(c.doc_id):
        if x.order <= c.order or x.path != c.path:
            continue
        if len(out) >= limit:
            break
        is_bullet = x.text.lstrip().startswith(("-", "+", "•"))
        if is_bullet and bullets:
            out.append(x)
            continue
        if unfinished and not is_bullet:
            out.append(x)
            unfinished = x.text.rstrip().endswith((";", ",", ":"))
            continue
        break
    return out


def named_part(ctx: Context, loose: bool = False) -> Draft | None:
    """A part whose heading the question names word for word ("kinh phí thực hiện", "yêu cầu"): all of it."""
    named = [e for e in ctx.candidates[:80]
             if e.kind == "clause" and e.clause_kind in HEADINGS and ctx.heading_named(e.path, loose)
             and (e.fit >= 0.5 or (loose and e.doc_id in ctx.scope.doc_ids[:1] and not ctx.heading_named(e.path)))]
    for e in sorted(named, key=lambda e: -e.score)[:1]:
        c = ctx.base.index.clause_by_id.get(e.clause_id)
        if c is None:
            continue
        under = [x for x in ctx.base.clauses_of(c.doc_id) if x.path[:len(c.path)] == c.path and x.id != c.id
                 and x.kind not in HEADINGS][:12]
        if under:
            ev = [ctx.base.clause(x, ctx.terms) for x in under]
            body = [f"{x.text} [{n}]" for n, x in enumerate(under, start=1)]
            return Draft("passage", f"{ctx.title(c.doc_id)} — **{c.path_str}**:", ev, body=body,
                         fit=max([e.fit] + [x.fit for x in ev]))
    return None


def answer(ctx: Context) -> Draft | None:
    named = named_part(ctx)
    if named is not None:
        return named
    pool = [e for e in ctx.candidates if not (e.kind == "clause" and e.clause_kind in HEADINGS)]
    if not pool:
        return None
    best = pool[0]
    chosen: list[Evidence] = [best]
    if best.kind == "clause":
        c = ctx.base.index.clause_by_id.get(best.clause_id)
        if c is not None:
            whole = _section(ctx, c)
            if whole:
                ev = [ctx.base.clause(x, ctx.terms) for x in whole]
                body = [f"{x.text} [{n}]" for n, x in enumerate(whole, start=1)]
                return Draft("passage", f"{ctx.title(c.doc_id)} — **{c.path_str}**:", ev, body=body,
                             fit=max(best.fit, max(e.fit for e in ev)))
            chosen += [ctx.base.clause(x, ctx.terms) for x in _continuation(ctx, c)]
    if len(chosen) == 1 and not ctx.scope.strong and not ctx.query.follow_up:
        for e in pool[1:5]:
            if e.doc_id != best.doc_id and e.score >= NEAR_OTHER_DOC * best.score:
                chosen.append(e)
                break
    return Draft("passage", "", chosen, fit=best.fit, records=[e.record for e in chosen if e.record])


def quote_line(ctx: Context, e: Evidence, n: int, quote: str | None = None) -> str:
    return f"Theo {ctx.title(e.doc_id)}, {e.path}: “{short(quote or e.text, 900)}” [{n}]"
