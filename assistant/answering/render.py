"""Draft + decision → Answer: the asked value first in one short sentence, then the source's own words with
numbered markers, then the citations (document, part, span) — or, when the documents do not say, that sentence
with its reason and the nearest clauses.

Every citation quote is the source's own text (a clause as parsed, a table row's span as printed): a reader can
find it at its ``start``/``end`` in the document.
"""
from __future__ import annotations

from assistant.answering.grounding import Decision
from assistant.answering.strategies.base import Context, Draft, short
from assistant.records import Answer, Citation, Evidence

NOT_FOUND = "Tài liệu hiện có không nêu thông tin này"
ROW_LABELS = (("activity", "Nội dung"), ("output", "Kết quả/Sản phẩm"), ("lead", "Chủ trì"),
              ("executors", "Thực hiện"), ("coordinators", "Phối hợp"), ("deadline", "Thời gian"))


def row_view(e: Evidence) -> str:
    """A table row as printed, each cell with its column's name ("Nội dung: … | Đơn vị chủ trì: …")."""
    r = e.record
    if r is None:
        return e.text
    if r.cells:
        return " | ".join(f"{name}: {text}" if name else text for name, text in r.cells if text)
    parts = [f"{label}: {getattr(r, key)}" for key, label in ROW_LABELS if getattr(r, key)]
    return " | ".join(parts) or e.text


def render(ctx: Context, draft: Draft | None, decision: Decision) -> Answer:
    q = ctx.query
    if not decision.answer:
        ans = abstain(ctx, decision.reason, draft)
        if decision.cite and draft is not None:  # where the document leaves it blank, shown as the source
            ans.citations = [ctx.base.cite(e, draft.quotes[i] if i < len(draft.quotes) and draft.quotes[i] else None)
                             for i, e in enumerate(draft.evidence[:3])]
        return ans
    cits: list[Citation] = []
    for i, e in enumerate(draft.evidence):
        quote = draft.quotes[i] if i < len(draft.quotes) and draft.quotes[i] else e.text
        cits.append(ctx.base.cite(e, quote))
    lines = []
    if draft.direct:
        lines.append(draft.direct)
    if draft.body:
        lines += draft.body
    else:
        for n, (e, c) in enumerate(zip(draft.evidence, cits), start=1):
            shown = row_view(e) if e.kind == "record" and draft.strategy == "field" else c.quote
            lines.append(f"Theo {c.title}, {c.clause}: “{short(shown, 900)}” [{n}]")
    direct = draft.direct or (short(cits[0].quote, 240) if cits else "")
    return Answer(q.raw, "\n".join(lines), False, q.intent, cits, [r.to_json() for r in draft.records if r],
                  direct=direct)


def abstain(ctx: Context, reason: str, draft: Draft | None = None) -> Answer:
    q = ctx.query
    near = [e for e in (draft.evidence if draft else [])][:1] + [e for e in ctx.candidates[:6]]
    related: list[Citation] = []
    seen = set()
    for e in near:
        key = (e.doc_id, e.start, e.end)
        if key in seen or len(related) >= 3:
            continue
        seen.add(key)
        related.append(ctx.base.cite(e))
    text = f"{NOT_FOUND}{(' ' + reason) if reason else ''}."
    if related:
        text += " Các điều khoản có thể liên quan:\n" + "\n".join(
            f"- {c.title} — {c.clause}: “{short(c.quote, 180)}”" for c in related)
    return Answer(q.raw, text, True, q.intent, [], [], related, direct=f"{NOT_FOUND}{(' ' + reason) if reason else ''}.")
