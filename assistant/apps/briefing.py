"""Trainer briefings: one agency's assignments and targets, ready to hand out.

    b = build_briefing(index, agency="Sở Nội vụ", area="thủ tục hành chính", period="Quý II", doc="khcchc-2024")
    b.markdown          # preview
    to_docx(b, index)   # bytes of an A4 .docx: issuing unit, title, date, page numbers

Only the agency's own assignments are listed (it leads or coordinates them; each row says which), grouped by
area (the section of the plan) and sorted by deadline inside each area. The targets are the goals its tasks
serve (the "Mục tiêu" column of a plan's table) and the objective clauses that name the agency.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from assistant.apps.tasklist import ASSIGNMENT_KINDS, COORD, LEAD, role_of, sort_key
from assistant.lang.dates import parse_period
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold
from assistant.records import Citation, TaskRecord
from assistant.store.tasks import filter_records

NO_AREA = "Nhiệm vụ chung"


@dataclass
class Item:
    record: TaskRecord
    role: str  # Chủ trì | Phối hợp | "" (no agency chosen)
    doc_title: str


@dataclass
class Briefing:
    title: str
    filters: list[str]
    issuer: str = ""
    place: str = ""
    day: date = field(default_factory=date.today)
    agency: str = ""
    groups: list[tuple[str, list[Item]]] = field(default_factory=list)  # (area, items sorted by deadline)
    targets: list[Citation] = field(default_factory=list)
    markdown: str = ""

    @property
    def records(self) -> list[TaskRecord]:
        return [i.record for _, items in self.groups for i in items]

    @property
    def date_line(self) -> str:
        where = f"{self.place}, " if self.place else ""
        return f"{where}ngày {self.day.day:02d} tháng {self.day.month:02d} năm {self.day.year}"


def _area_match(area: str, *texts: str) -> bool:
    if not area:
        return True
    a = [w for w in fold(area).split() if len(w) > 1]
    t = fold(" ".join(texts))
    return all(w in t for w in a)


def _place_of(province: str) -> str:
    """'Cao Bằng' for 'tỉnh Cao Bằng' (the place line of a Vietnamese document)."""
    return re.sub(r"^(tỉnh|thành phố)\s+", "", province.strip(), flags=re.IGNORECASE)


def default_issuer(index, records: list[TaskRecord]) -> str:
    """The unit that issued most of the briefing's source documents."""
    c = Counter(index.documents[r.source].issuer for r in records
                if r.source in index.documents and index.documents[r.source].issuer)
    return c.most_common(1)[0][0] if c else ""


def build_briefing(index, agency: str = "", area: str = "", period: str = "", doc: str = "", role: str = "any",
                   issuer: str = "", day: date | None = None, limit: int = 300) -> Briefing:
    from assistant.profiles import active_profile

    recs = [r for r in index.records if r.kind in ASSIGNMENT_KINDS]
    if doc:
        recs = [r for r in recs if r.source == doc]
    filters = []
    if doc and doc in index.documents:
        filters.append(f"Văn bản: {index.documents[doc].title}")
    name = ""
    if agency:
        a = gazetteer().lookup(agency)
        name = a.name if a else agency.strip()
        recs = filter_records(recs, agency=name, role="lead" if role == "lead" else "any")
        filters.append(f"Cơ quan: {name}" + (" (chủ trì)" if role == "lead" else " (chủ trì hoặc phối hợp)"))
    if area:
        recs = [r for r in recs if _area_match(area, r.section_title, r.clause, r.task, r.activity, r.goal)]
        filters.append(f"Lĩnh vực: {area}")
    if period:
        years = sorted({index.documents[r.source].year for r in recs if r.source in index.documents})
        kept = []
        for r in recs:
            y = index.documents[r.source].year if r.source in index.documents else None
            p = parse_period(period, y)
            rp = parse_period(r.deadline, y) if r.deadline else None
            # due in the period: the deadline ends inside it ("Quý I, II" is due in Q2, "Trong năm" is not)
            if p and rp and rp.end and p.start and p.end and p.start <= rp.end <= p.end:
                kept.append(r)
        recs = kept
        filters.append(f"Hạn trong: {period}" + (f" ({', '.join(str(y) for y in years if y)})" if years else ""))
    recs = recs[:limit]
    # grouped by area, by deadline inside an area; the area with the earliest deadline first
    groups: dict[str, list[Item]] = {}
    for r in sorted(recs, key=sort_key):
        d = index.documents.get(r.source)
        groups.setdefault(r.section_title or NO_AREA, []).append(Item(r, role_of(r, name) if name else "", d.title if d else r.source))
    targets = _targets(index, recs, name, area, doc)
    prof = active_profile()
    title = "TÀI LIỆU TÓM TẮT NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH" + (f" CỦA {name.upper()}" if name else "")
    b = Briefing(title=title, filters=filters, issuer=issuer or default_issuer(index, recs) or
                 (f"Ủy ban nhân dân {prof.province}" if prof.province else ""),
                 place=_place_of(prof.province), day=day or date.today(), agency=name,
                 groups=[(k, v) for k, v in groups.items() if v], targets=targets)
    b.markdown = to_markdown(b)
    return b


def _targets(index, recs: list[TaskRecord], agency: str, area: str, doc: str) -> list[Citation]:
    """The goals the agency's tasks serve, then objective clauses of their documents that name the agency."""
    out: list[Citation] = []
    seen: set[str] = set()
    for r in sorted(recs, key=lambda r: (r.source, r.start)):
        g = (r.goal or "").strip()
        if not g or fold(g) in seen:
            continue
        seen.add(fold(g))
        d = index.documents.get(r.source)
        path = r.clause.split(" › ")[0] if r.clause else ""
        out.append(Citation(r.source, d.title if d else r.source, " › ".join(x for x in (path, f"Mục tiêu {r.goal_no}".strip()) if x),
                            g, r.start, r.end, d.file if d else ""))
    docs = {r.source for r in recs} or ({doc} if doc else set(index.documents))
    g = gazetteer()
    a = g.lookup(agency) if agency else None
    for c in index.clauses:
        if c.doc_id not in docs or c.kind in ("heading", "title", "header") or not c.path:
            continue
        if "MUC TIEU" not in fold(c.path[0]).upper() and not any("MUC TIEU" in fold(p).upper() for p in c.path[:2]):
            continue
        if area and not _area_match(area, c.path_str, c.text):
            continue
        if agency:  # only objectives that name the agency
            named = (a.id in g.ids(c.text)) if a else (fold(agency) in fold(c.text))
            if not named:
                continue
        if fold(c.text) in seen:
            continue
        seen.add(fold(c.text))
        d = index.documents[c.doc_id]
        out.append(Citation(c.doc_id, d.title, c.path_str, c.text, c.start, c.end, d.file))
    return out[:40]


def _md_escape(s: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", s)


def to_markdown(b: Briefing) -> str:
    out = [f"# {_md_escape(b.title)}", ""]
    if b.issuer:
        out.append(f"**{_md_escape(b.issuer)}** — {_md_escape(b.date_line)}")
        out.append("")
    if b.filters:
        out += [f"- {_md_escape(f)}" for f in b.filters] + [""]
    n_rec = len(b.records)
    out += [f"## Nhiệm vụ ({n_rec})", ""]
    if not n_rec:
        out.append("Không có nhiệm vụ nào khớp với lựa chọn.")
    n = 0
    for area, items in b.groups:
        out += [f"### {_md_escape(area)} ({len(items)})", ""]
        for it in items:
            n += 1
            r = it.record
            role = f"**[{it.role}]** " if it.role else ""
            out.append(f"{n}. {role}{_md_escape(r.activity or r.task)}  \n"
                       f"   Chủ trì: {_md_escape(r.lead or '(không ghi)')}; phối hợp: "
                       f"{_md_escape(r.coordinators or '(không ghi)')}; thời hạn: {_md_escape(r.deadline or '(không ghi)')}  \n"
                       f"   Nguồn [{n}]: {_md_escape(it.doc_title)} — {_md_escape(r.clause)}")
        out.append("")
    if b.targets:
        out += [f"## Mục tiêu liên quan ({len(b.targets)})", ""]
        for m, c in enumerate(b.targets, start=n + 1):
            out.append(f"- “{_md_escape(c.quote)}”  \n  Nguồn [{m}]: {_md_escape(c.title)} — {_md_escape(c.clause)}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ DOCX


def _field(paragraph, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) in a paragraph: Word and LibreOffice fill it when the page is laid out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def to_docx(b: Briefing, index=None) -> bytes:
    """An A4 document: issuing unit and date at the top, the title, the tasks by area, the targets; the issuing
    unit in every page's header and "Trang X/Y" in the footer."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(25), Mm(15)
    d.core_properties.title = b.title
    d.core_properties.author = b.issuer
    d.core_properties.language = "vi-VN"

    hp = sec.header.paragraphs[0]
    hp.text = b.issuer + (f" — {b.agency}" if b.agency else "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Trang ")
    _field(fp, "PAGE")
    fp.add_run("/")
    _field(fp, "NUMPAGES")

    top = d.add_table(rows=1, cols=2)
    _no_borders(top)
    left, right = top.rows[0].cells
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = left.paragraphs[0].add_run(b.issuer.upper())
    run.bold = True
    run.font.size = Pt(12)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = right.paragraphs[0].add_run(b.date_line)
    run.italic = True

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_before = Pt(18)
    run = t.add_run(b.title)
    run.bold = True
    run.font.size = Pt(14)
    for f in b.filters:
        d.add_paragraph(f, style="List Bullet")

    # the source documents once, numbered; each row then cites "VB1 › its clause"
    docs = list(dict.fromkeys(it.doc_title for _, items in b.groups for it in items))
    label = {t: f"VB{i}" for i, t in enumerate(docs, start=1)}
    if docs:
        p = d.add_paragraph()
        p.add_run("Văn bản nguồn: ").bold = True
        p.add_run("; ".join(f"{label[t]} — {t}" for t in docs) + ".")
    d.add_heading(f"I. NHIỆM VỤ ({len(b.records)})", level=2)
    if not b.records:
        d.add_paragraph("Không có nhiệm vụ nào khớp với lựa chọn.")
    n = 0
    widths = (Mm(9), Mm(55), Mm(20), Mm(32), Mm(25), Mm(29))  # 170 mm: the A4 width inside the margins
    for area, items in b.groups:
        d.add_heading(f"{area} ({len(items)})", level=3)
        heads = ("TT", "Nhiệm vụ / hoạt động", "Vai trò" if b.agency else "Chủ trì", "Phối hợp", "Thời hạn", "Nguồn")
        tab = d.add_table(rows=1, cols=len(heads))
        tab.style = "Table Grid"
        tab.alignment = WD_TABLE_ALIGNMENT.CENTER
        tab.autofit = False
        for cell, h in zip(tab.rows[0].cells, heads):
            cell.text = h
            cell.paragraphs[0].runs[0].bold = True
        _repeat_header(tab.rows[0])
        for it in items:
            n += 1
            r = it.record
            row = tab.add_row().cells
            row[0].text = str(n)
            row[1].text = r.activity or r.task
            row[2].text = (f"{it.role}" + (f" (chủ trì: {r.lead})" if it.role == COORD and r.lead else "")) if b.agency \
                else (r.lead or "(không ghi)")
            row[3].text = r.coordinators or "(không ghi)"
            row[4].text = r.deadline or "(không ghi)"
            row[5].text = f"{label[it.doc_title]} › {r.clause}"
        for i, w in enumerate(widths):
            tab.columns[i].width = w
        for row in tab.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
                for p in row.cells[i].paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(10.5)
    if b.targets:
        d.add_heading(f"II. MỤC TIÊU LIÊN QUAN ({len(b.targets)})", level=2)
        for c in b.targets:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"“{c.quote}”")
            p.add_run(f"\n{c.title} — {c.clause}").italic = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


__all__ = ["Briefing", "Item", "build_briefing", "default_issuer", "to_docx", "to_markdown", "LEAD", "COORD"]
