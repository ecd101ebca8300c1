"""A table row's cell whose column the question names: "trưởng đoàn kiểm tra Sở Y tế là ai", "ghi chú của xã Ia
Mơr", "điểm tối đa của tiêu chí 3". Any table, any column: the row is the best candidate row that is about the
question's subject (it names the agency asked about, or fits its words); the column is the one whose whole header the
question says. The columns the task fields come from (chủ trì, thời hạn…) are the field strategy's.
"""
from __future__ import annotations

import re

from assistant.answering.strategies.base import Context, Draft, row_cells, short
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.values import names_person

# headers that are the row's number or its subject, never an asked value
_NOT_ASKED = re.compile(r"^(stt|tt|so tt|so thu tu|noi dung.*|nhiem vu.*|hoat dong.*|cong viec.*|don vi duoc .*|ten .*)$")
FIELDS_OF_RECORD = ("lead", "coordinators", "executors", "deadline", "output", "goal", "task", "activity")


def _words(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", expand_abbreviations(s, keep=False)))


def _named_column(question: str, cells: list[list[str]]) -> int | None:
    """Index of the column whose whole header (two words or more) the question says; the longest such header."""
    q = f" {question} "
    best, size = None, 0
    for i, (name, _) in enumerate(cells):
        h = _words(name)
        if len(h.split()) < 2 or _NOT_ASKED.match(h):
            continue
        if f" {h} " in q and len(h) > size:
            best, size = i, len(h)
    return best


_HONORIFIC = re.compile(r"^(ong|ba|dong chi|d/c)\s+")


def _value_core(value: str) -> str:
    """"Ông Nguyễn Đình Khoa, Giám đốc Sở Nội vụ" → "nguyen dinh khoa": what a question names the cell by."""
    return _HONORIFIC.sub("", _words(value.split(",")[0]))


def _rows_holding(ctx: Context, question: str, e, col: int) -> Draft | None:
    """"ông Nguyễn Đình Khoa làm trưởng đoàn những đơn vị nào": the rows of the table whose named column holds the
    value the question names."""
    header = e.record.cells[col][0]
    rows = [r for r in ctx.base.records_by_doc.get(e.doc_id, [])
            if r.cells and len(r.cells) > col and r.cells[col][0] == header and r.cells[col][1]]
    hits = [r for r in rows if len(_value_core(r.cells[col][1]).split()) >= 2
            and f" {_value_core(r.cells[col][1])} " in f" {question} "]
    if not hits:
        return None
    value = hits[0].cells[col][1]
    evidence = [ctx.base.record(r, ctx.terms) for r in hits[:10]]
    body = [f"- {short(r.activity, 120)} [{n}]" for n, r in enumerate(hits[:10], start=1)]
    direct = f"{header} **{short(value, 120)}**: {len(hits)} dòng của bảng."
    # "… do bà X làm trưởng đoàn có những thành viên nào": another column the question names, for those rows
    other = _named_column(question, [[h, v] if i != col else ["", ""] for i, (h, v) in enumerate(hits[0].cells)])
    if other is not None:
        vals = list(dict.fromkeys(r.cells[other][1] for r in hits if len(r.cells) > other and r.cells[other][1]))
        if vals:
            direct = f"{hits[0].cells[other][0]}: **{short('; '.join(vals), 300)}** ({header.lower()} {short(value, 80)}" \
                     f", {len(hits)} dòng của bảng)."
    return Draft("listing", direct, evidence, body=body, records=hits[:10], fit=1.0, field_ok=True, confident=True)


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    question = ctx.question_words  # the question words, computed once per question
    names_asked = bool(q.agencies)
    for r in ctx.previous_rows:  # "thành viên đoàn gồm những ai?" after "ai làm trưởng đoàn kiểm tra xã X?"
        col = _named_column(question, r.cells or [])
        if col is not None and r.cells[col][1]:
            header, value = r.cells[col]
            return Draft("field", f"{header}: **{short(value, 200)}** ({short(r.activity, 80)}).",
                         [ctx.base.record(r, ctx.terms)], fit=1.0, field_ok=True, records=[r], confident=True)
    for i, e in enumerate(ctx.candidates[:16]):
        if i >= 8 and not (names_asked and ctx.names_agency(e)):
            continue  # further down, only a row naming the agency asked about ("trưởng đoàn kiểm tra Sở X")
        r = e.record
        if r is None:
            # a row of a table with no task columns (figures, fees, criteria): its cells, each with its column
            cells = row_cells(e.text) if e.kind == "clause" and e.clause_kind == "table_row" else []
            # the row's subject: its first cell that is not a number ("Xã An Thạch Tây"), named by the question
            at = next((i for i, (_, v) in enumerate(cells) if re.search(r"[^\W\d_]", v)), None)
            if at is None or f" {_words(cells[at][1])} " not in f" {question} ":
                continue
            numeric = bool({"count", "percent", "money", "number"} & set(q.types))
            others = [[h, v] if i != at and (not numeric or re.search(r"\d", v)) else ["", ""]
                      for i, (h, v) in enumerate(cells)]
            col = _named_column(question, others)
            if col is None or not others[col][1]:
                continue
            header, value = cells[col]
            # "quá hạn bao nhiêu hồ sơ?" → "8 hồ sơ": a bare count takes the noun the question counts
            noun = re.search(r"(?i)\b(?:bao nhiêu|bao nhieu|mấy|may)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", q.text)
            words = [w for w in noun.group(1).split() if not w.isupper()] if noun else []  # not "TTHC"
            unit = f" {' '.join(words)}" if words and re.fullmatch(r"\d[\d.,]*", value) else ""
            return Draft("field", f"{header}: **{short(value, 200)}{unit}** ({short(cells[at][1], 80)}).", [e],
                         fit=e.fit, field_ok=True)
        if not r.cells:
            continue
        col = _named_column(question, r.cells)
        if col is None:
            continue
        header, value = r.cells[col]
        # a column a task field is read from is answered by the field strategy, with the row's other fields — but
        # people ("Trưởng đoàn: Ông …") named by their column when no field is asked ("trưởng đoàn … là ai") are here
        fields = [f for f in FIELDS_OF_RECORD if value and getattr(r, f) and fold(getattr(r, f)) in fold(value)]
        if fields and not (names_person(value) and not set(fields) & {*q.asked, "lead" if "executors" in q.asked
                                                                         else ""}):
            return None
        held = _rows_holding(ctx, question, e, col)
        if held is not None:
            return held
        # the row is the one asked about: it names the agency the question names, or covers its subject
        if not (names_asked and ctx.names_agency(e)) and e.fit < 0.6:
            continue
        if not value:
            return Draft("field", "", [e], fit=e.fit, field_ok=False,
                         silent=f"tài liệu không ghi «{header}» cho «{short(r.activity, 80)}»")
        return Draft("field", f"{header}: **{short(value, 200)}** ({short(r.activity, 80)}).", [e], fit=e.fit,
                     field_ok=True, records=[r])
    return None
