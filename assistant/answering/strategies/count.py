"""Counting questions: how many goals, tasks, activities a table (or one of its sections) holds — the count the
document declares when it does ("(3 mục tiêu, 3 nhiệm vụ, 8 hoạt động)"), else the rows counted.

    "phần cải cách thể chế có bao nhiêu hoạt động?"  →  "**8 hoạt động** (3 mục tiêu, 3 nhiệm vụ, 8 hoạt động)…"
"""
from __future__ import annotations

import re

from assistant.answering.evidence import folded
from assistant.answering.strategies.base import Context, Draft
from assistant.lang.normalize import fold
from assistant.records import Evidence, TaskRecord

_DECLARED = re.compile(r"\((?=[^)]*\d+\s*(?:mục tiêu|nhiệm vụ|hoạt động))[^)\n]{3,80}\)", re.I)
_NOUNS = {"muc tieu": "mục tiêu", "nhiem vu": "nhiệm vụ", "hoat dong": "hoạt động", "viec": "việc",
          "noi dung": "nội dung", "dau viec": "đầu việc"}


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    if "count_rows" not in q.kinds:
        return None
    nouns = list(dict.fromkeys(re.findall(r"\b(muc tieu|nhiem vu|hoat dong|dau viec)\b",
                                          q.folded[re.search(r"\b(bao nhieu|may)\b", q.folded).start():])))
    nouns = nouns or ["viec"]
    recs = [r for r in ctx.base.index.records if r.kind in ("activity", "item", "row", "duty", "inspection")
            and (ctx.allowed is None or r.source in ctx.allowed)
            and (not ctx.scope.doc_ids or r.source in ctx.scope.doc_ids)]
    if not recs:
        return None
    # a section named by the question ("phần cải cách thể chế"), else the whole table of the document in scope
    words = [t for t in ctx.terms if t not in {"muc", "tieu", "phu", "luc", "nhiem", "vu", "hoat", "dong"}]
    groups: dict[tuple[str, str], list[TaskRecord]] = {}
    for r in recs:
        groups.setdefault((r.source, r.section), []).append(r)
    best, best_fit = None, 0.0
    qwords = set(re.findall(r"[a-z0-9]+", folded(q.text)))
    for key, rs in groups.items():
        if not rs[0].section_title:
            continue
        # how much of the section's own title the question names ("phần cải cách thể chế")
        title = [w for w in re.findall(r"[a-z0-9]+", folded(rs[0].section_title)) if len(w) > 1]
        fit = sum(ctx.base.weight(w) for w in title if w in qwords) / max(1e-9, sum(ctx.base.weight(w) for w in title))
        if fit > best_fit:
            best, best_fit = key, fit
    if best is not None and best_fit >= 0.6:
        rows = groups[best]
        label = f"mục {rows[0].section}. {rows[0].section_title}"
    else:
        docs = list(dict.fromkeys(r.source for r in recs))
        if len(docs) != 1:
            return None
        # the whole table only when the question is about that document ("kế hoạch chuyển đổi số" is not it)
        if words and ctx.base.fit(words, folded(ctx.title(docs[0]))) < 0.5:
            return None
        rows = [r for r in recs if r.source == docs[0]]
        label = "toàn bảng"
    doc = ctx.base.document(rows[0].source)
    goals = len({r.goal_no or r.goal for r in rows if r.goal_no or r.goal})
    tasks = len({(r.goal_no, r.task_no or r.task) for r in rows if r.task_no or r.task})
    counted = {n: {"muc tieu": goals, "nhiem vu": tasks}.get(n, len(rows)) for n in nouns}
    # the count the document itself declares for that section, if it does
    if label != "toàn bảng" and doc is not None:
        for mm in _DECLARED.finditer(doc.text):
            line_start = doc.text.rfind("\n", 0, mm.start()) + 1
            line = doc.text[line_start:doc.text.find("\n", mm.end()) if "\n" in doc.text[mm.end():] else len(doc.text)]
            if fold(rows[0].section_title)[:30] in fold(line):
                inner = mm.group(0).strip("()")
                shown = []
                for n in nouns:
                    declared = re.search(rf"(\d+)\s*{_NOUNS.get(n, 'x')}", inner, re.I)
                    shown.append(f"**{declared.group(1) if declared else counted[n]} {_NOUNS.get(n, 'việc')}**")
                cit = Evidence("clause", doc.id, f"{rows[0].clause.split(' › ')[0]} › {label}", line.strip(),
                               line_start, line_start + len(line), fit=1.0)
                return Draft("count", f"{', '.join(shown)} ({label}; văn bản ghi: {inner}).", [cit],
                             records=rows, fit=1.0, type_ok=True, confident=True)
    ev = [ctx.base.record(r, ctx.terms) for r in rows[:5]]
    shown = ", ".join(f"**{counted[n]} {_NOUNS.get(n, 'việc')}**" for n in nouns)
    return Draft("count", f"{shown} ({label}, đếm trong bảng; văn bản không ghi tổng số).", ev, records=rows,
                 fit=max(best_fit, 0.6), type_ok=True)
