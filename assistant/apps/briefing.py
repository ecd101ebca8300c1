"""Trainer briefings: the assignments of an agency / reform area / period, with the relevant targets quoted.

    b = build_briefing(index, agency="Sở Nội vụ", area="thủ tục hành chính", period="Quý II", doc="khcchc-2024")
    b.markdown          # preview
    to_docx(b)          # bytes of a .docx (python-docx)
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from assistant.lang.dates import parse_period
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold
from assistant.records import Citation, TaskRecord
from assistant.store.index import Index
from assistant.store.tasks import filter_records


@dataclass
class Briefing:
    title: str
    filters: list[str]
    records: list[TaskRecord] = field(default_factory=list)
    targets: list[Citation] = field(default_factory=list)
    markdown: str = ""


def _area_match(area: str, *texts: str) -> bool:
    if not area:
        return True
    a = [w for w in fold(area).split() if len(w) > 1]
    t = fold(" ".join(texts))
    return all(w in t for w in a)


def build_briefing(index: Index, agency: str = "", area: str = "", period: str = "", doc: str = "",
                   role: str = "any", limit: int = 200) -> Briefing:
    recs = [r for r in index.records if r.kind in ("activity", "item", "duty", "inspection")]
    if doc:
        recs = [r for r in recs if r.source == doc]
    filters = []
    if doc and doc in index.documents:
        filters.append(f"Văn bản: {index.documents[doc].title}")
    if agency:
        a = gazetteer().lookup(agency)
        recs = filter_records(recs, agency=a.name if a else agency, role=role)
        filters.append(f"Cơ quan: {a.name if a else agency}" + (" (chủ trì)" if role == "lead" else ""))
    if area:
        recs = [r for r in recs if _area_match(area, r.section_title, r.clause, r.task, r.activity)]
        filters.append(f"Lĩnh vực: {area}")
    if period:
        years = {index.documents[r.source].year for r in recs if r.source in index.documents}
        kept = []
        for r in recs:
            y = index.documents[r.source].year if r.source in index.documents else None
            p = parse_period(period, y)
            rp = parse_period(r.deadline, y) if r.deadline else None
            # due in the period: the deadline ends inside it ("Quý I, II" is due in Q2, "Trong năm" is not)
            if p and rp and rp.end and p.start and p.end and p.start <= rp.end <= p.end:
                kept.append(r)
        recs = kept
        filters.append(f"Thời gian: {period}" + (f" ({', '.join(str(y) for y in sorted(years))})" if years else ""))
    recs = recs[:limit]
    # targets: clauses under a "MỤC TIÊU" heading of the documents concerned, matching the area
    docs = {r.source for r in recs} or ({doc} if doc else set(index.documents))
    targets = []
    for c in index.clauses:
        if c.doc_id not in docs or c.kind in ("heading", "title", "header") or not c.path:
            continue
        if "MUC TIEU" not in fold(c.path[0]).upper():
            continue
        if area and not _area_match(area, c.path_str, c.text):
            continue
        d = index.documents[c.doc_id]
        targets.append(Citation(c.doc_id, d.title, c.path_str, c.text, c.start, c.end, d.file))
    title = "Tài liệu tóm tắt nhiệm vụ CCHC" + (f" — {filters[0].split(': ', 1)[1]}" if filters else "")
    b = Briefing(title, filters, recs, targets[:30])
    b.markdown = to_markdown(b, index)
    return b


def _md_escape(s: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", s)


def to_markdown(b: Briefing, index: Index) -> str:
    out = [f"# {_md_escape(b.title)}", ""]
    if b.filters:
        out += [f"- {_md_escape(f)}" for f in b.filters] + [""]
    out += [f"## Nhiệm vụ ({len(b.records)})", ""]
    if not b.records:
        out.append("Không có nhiệm vụ nào khớp với lựa chọn.")
    n = 0
    for n, r in enumerate(b.records, start=1):
        d = index.documents.get(r.source)
        out.append(f"{n}. **{_md_escape(r.activity)}**  \n"
                   f"   Chủ trì: {_md_escape(r.lead or '(không ghi)')}; phối hợp: {_md_escape(r.coordinators or '(không ghi)')}; "
                   f"thời hạn: {_md_escape(r.deadline or '(không ghi)')}  \n"
                   f"   Nguồn [{n}]: {_md_escape(d.title if d else r.source)} — {_md_escape(r.clause)}")
    if b.targets:
        out += ["", f"## Mục tiêu liên quan ({len(b.targets)})", ""]
        for m, c in enumerate(b.targets, start=n + 1):
            out.append(f"- “{_md_escape(c.quote)}”  \n  Nguồn [{m}]: {_md_escape(c.title)} — {_md_escape(c.clause)}")
    return "\n".join(out) + "\n"


def to_docx(b: Briefing, index: Index) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.add_heading(b.title, level=1)
    for f in b.filters:
        d.add_paragraph(f, style="List Bullet")
    d.add_heading(f"Nhiệm vụ ({len(b.records)})", level=2)
    if b.records:
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, ("Nhiệm vụ / hoạt động", "Chủ trì", "Phối hợp", "Thời hạn", "Nguồn")):
            cell.text = h
        for r in b.records:
            doc = index.documents.get(r.source)
            row = t.add_row().cells
            row[0].text = r.activity
            row[1].text = r.lead or "(không ghi)"
            row[2].text = r.coordinators or "(không ghi)"
            row[3].text = r.deadline or "(không ghi)"
            row[4].text = f"{doc.title if doc else r.source} — {r.clause}"
    else:
        d.add_paragraph("Không có nhiệm vụ nào khớp với lựa chọn.")
    if b.targets:
        d.add_heading(f"Mục tiêu liên quan ({len(b.targets)})", level=2)
        for c in b.targets:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"“{c.quote}”")
            p.add_run(f"\n{c.title} — {c.clause}").italic = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
