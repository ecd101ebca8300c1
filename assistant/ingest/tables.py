"""Clauses and tables → TaskRecords (who leads, who coordinates, deadline, output).

Shapes handled (whatever the document, detected by layout, not by file name):
- real table rows (DOCX/PDF tables, tab-separated Markdown exports) with a
  header naming the columns: plan tables (Hoạt động | Kết quả | chủ trì |
  phối hợp | Thời gian) and inspection tables (Đơn vị được kiểm tra | Nội dung |
  Thời điểm | Chủ trì/phối hợp);
- garbled PDF plan tables (plan_table.py);
- numbered items closed by field lines "Đơn vị chủ trì / thực hiện / phối hợp /
  Thời gian thực hiện: …" (the items above them inherit the fields);
- agency sections ("2. Sở Nội vụ" followed by its duties): each duty is a
  record led by the heading's agency, no deadline unless the text gives one;
- an inspection team ("Trưởng Đoàn: …", "Phó Trưởng Đoàn: …") and a
  self-inspection deadline ("… trước ngày 01/12/2024").
"""
from __future__ import annotations

import re

from assistant.ingest.chunking import render_task
from assistant.ingest.structure import ParsedDocument
from assistant.lang.dates import parse_period
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold, normalize
from assistant.records import PATH_SEP, Clause, Document, Table, TaskRecord

# ------------------------------------------------------------ finishing


def finalize(r: TaskRecord, year: int) -> TaskRecord:
    g = gazetteer()
    r.lead = normalize(r.lead)
    r.coordinators = normalize(r.coordinators)
    r.deadline = normalize(r.deadline)
    r.lead_ids = g.ids(r.lead)
    r.coordinator_ids = g.ids(r.coordinators)
    p = parse_period(r.deadline, year)
    if p:
        r.deadline_start, r.deadline_end = p.iso()
        r.ongoing = p.ongoing
    r.quote = render_task(r)
    return r


# ------------------------------------------------------------ real table rows

_COLS = {
    "activity": ("hoat dong",),
    "task": ("nhiem vu",),
    "goal": ("muc tieu",),
    "output": ("ket qua", "san pham"),
    "lead": ("chu tri",),
    "coordinators": ("phoi hop",),
    "deadline": ("thoi gian", "thoi han", "thoi diem"),
    "unit": ("don vi duoc kiem tra", "don vi"),
    "content": ("noi dung",),
    "stt": ("stt", "tt"),
}


def _header_map(cells: list[str]) -> dict[str, int] | None:
    m: dict[str, int] = {}
    for i, c in enumerate(cells):
        f = fold(c)
        if not f:
            continue
        if "chu tri" in f and "phoi hop" in f:
            m.setdefault("lead_coord", i)
            continue
        for key, words in _COLS.items():
            if key == "stt" and f not in words:
                continue
            if any(w in f for w in words) and key not in m:
                m[key] = i
                break
    plan = "activity" in m and ("lead" in m or "lead_coord" in m)
    inspection = "unit" in m and ("lead_coord" in m or "lead" in m)
    return m if (plan or inspection) else None


_ROMAN_ROW = re.compile(r"^(?P<num>[IVX]+)\.?$")
_LEAD_COORD = re.compile(r"Chủ trì\s*:\s*(?P<lead>.*?)(?:[-–]\s*)?(?:Phối hợp\s*:\s*(?P<co>.*))?$", re.I)
_NUM_LABEL = re.compile(r"^(?:Mục tiêu|Nhiệm vụ|Hoạt động)\s*0*(\d+)\s*[:.]?\s*", re.I)


def _split_label(text: str) -> tuple[str, str]:
    m = _NUM_LABEL.match(text)
    return (m.group(1), text[m.end():].strip()) if m else ("", text)


def records_from_table(doc: Document, table: Table) -> list[TaskRecord]:
    """Records from a real table: a header row names the columns; empty cells inherit from above."""
    out: list[TaskRecord] = []
    cols: dict[str, int] | None = None
    section, section_title = "", ""
    carry: dict[str, str] = {}
    counters = {"activity": 0}
    for row in table.rows:
        cells = [normalize(c) for c in row.cells]
        hm = _header_map(cells)
        if hm:
            cols = hm  # (a header repeated after a page break just re-confirms the columns)
            continue
        if cols is None or not any(cells):
            continue
        nonempty = [c for c in cells if c]
        first = cells[0] if cells else ""
        if _ROMAN_ROW.match(first) and len(nonempty) <= 2:  # a group row: "I | KIỂM TRA TRỰC TIẾP"
            section = _ROMAN_ROW.match(first).group("num")
            section_title = re.sub(r"\s*\(.*\)\s*$", "", nonempty[1] if len(nonempty) > 1 else "")
            carry = {}
            continue

        def cell(key: str) -> str:
            i = cols.get(key)
            return cells[i] if i is not None and i < len(cells) else ""

        vals = {k: cell(k) for k in ("goal", "task", "activity", "output", "lead", "coordinators", "deadline",
                                     "unit", "content", "lead_coord")}
        if vals["lead_coord"]:
            m = _LEAD_COORD.search(vals["lead_coord"])
            if m:
                vals["lead"], vals["coordinators"] = m.group("lead").strip(" -;"), (m.group("co") or "").strip(" -;")
            else:
                vals["lead"] = vals["lead_coord"]
        # merged cells: an empty cell continues the row above
        for k in ("goal", "task", "output", "lead", "coordinators", "deadline", "content"):
            if vals[k]:
                carry[k] = vals[k]
            else:
                vals[k] = carry.get(k, "")
        path = ("PHỤ LỤC",) + ((f"{section}. {section_title}",) if section else ())
        if "unit" in cols:  # inspection table
            if not vals["unit"]:
                continue
            r = TaskRecord(source=doc.id, section=section, section_title=section_title, activity=vals["unit"],
                           output=vals["content"], lead=vals["lead"], coordinators=vals["coordinators"],
                           deadline=vals["deadline"], activity_no=first if first.isdigit() else "",
                           kind="inspection", start=row.start, end=row.end)
            r.clause = PATH_SEP.join(path + (f"{first}. {vals['unit']}" if first else vals["unit"],))
        else:
            if not vals["activity"]:
                continue
            counters["activity"] += 1
            a_no, a_text = _split_label(vals["activity"])
            g_no, g_text = _split_label(vals["goal"])
            t_no, t_text = _split_label(vals["task"])
            r = TaskRecord(source=doc.id, section=section, section_title=section_title, goal_no=g_no, goal=g_text,
                           task_no=t_no, task=t_text, activity_no=a_no or str(counters["activity"]),
                           activity=a_text, output=vals["output"], lead=vals["lead"],
                           coordinators=vals["coordinators"], deadline=vals["deadline"], kind="activity",
                           start=row.start, end=row.end)
            r.clause = PATH_SEP.join(path + (f"Hoạt động {r.activity_no}",))
        out.append(finalize(r, doc.year))
    return out


# ------------------------------------------------------------ field lines (004)

_FIELD = re.compile(r"^(?:Đơn vị|Cơ quan)\s+(chủ trì|thực hiện|phối hợp)\s*:\s*(.*)$|^Thời gian(?: thực hiện| hoàn thành)?\s*:\s*(.*)$", re.I)


def records_from_field_lines(doc: Document, clauses: list[Clause]) -> list[TaskRecord]:
    """Numbered items whose content is closed by 'Đơn vị …: / Thời gian thực hiện:' lines."""
    out: list[TaskRecord] = []
    i = 0
    n = len(clauses)
    while i < n:
        if clauses[i].kind != "field":
            i += 1
            continue
        # the block of field lines and the content items above it under the same path
        j = i
        fields: dict[str, str] = {}
        while j < n and clauses[j].kind == "field":
            m = _FIELD.match(clauses[j].text)
            if m:
                key = fold(m.group(1) or "thoi gian")
                fields[key] = (m.group(2) if m.group(1) else m.group(3)).strip().rstrip(".")
            j += 1
        path = clauses[i].path
        k = i - 1
        items: list[Clause] = []
        while k >= 0 and clauses[k].path == path and clauses[k].kind not in ("field",):
            if clauses[k].kind in ("bullet", "paragraph"):
                items.append(clauses[k])
            k -= 1
        items.reverse()
        heading = next((c for c in clauses if c.path == path and c.kind == "heading"), None)
        # the executing unit leads unless a separate "Đơn vị chủ trì" is named
        lead = fields.get("chu tri") or fields.get("thuc hien", "")
        coords = fields.get("phoi hop", "")
        executors = fields.get("thuc hien", "") if fields.get("chu tri") else ""
        for it in items or ([heading] if heading else []):
            r = TaskRecord(source=doc.id, section=path[0].split(".")[0] if path else "",
                           section_title=path[0] if path else "", task=path[-1] if path else "",
                           activity=it.text.lstrip("-+ ").strip(), lead=lead, coordinators=coords, executors=executors,
                           deadline=fields.get("thoi gian", ""), kind="item", clause=PATH_SEP.join(path),
                           start=it.start, end=clauses[j - 1].end)
            out.append(finalize(r, doc.year))
        i = j
    return out


# ------------------------------------------------------------ agency sections (001, 003 V, 002 V)


# "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư đề xuất …": the partners run up to the verb
_CO_IN_DUTY = re.compile(
    r"^Chủ trì,?\s*phối hợp(?: với)?\s+(.*?)(?=\s+(?:tham mưu|tham gia|đề xuất|tổ chức|thực hiện|triển khai|"
    r"xây dựng|hướng dẫn|giúp|theo dõi|kiểm tra|rà soát|đánh giá|trình)\b|[;.]|$)", re.I)


def records_from_agency_sections(doc: Document, clauses: list[Clause]) -> list[TaskRecord]:
    """A heading naming one agency ('2. Sở Nội vụ', '2.1. Phòng Văn hóa - Xã hội') owns the duties below it."""
    g = gazetteer()
    out: list[TaskRecord] = []
    owners: dict[tuple[str, ...], str] = {}
    for c in clauses:
        if c.kind == "heading" and c.path:
            label = re.sub(r"^[\dIVX.]+\s*", "", c.path[-1]).strip()
            if not label or len(label) > 100:
                continue
            hits = g.find(label)
            # the heading is (almost) only the agency name
            if hits and (hits[0][2] - hits[0][1]) >= 0.6 * len(fold(label)) or label.startswith("Thủ trưởng"):
                owners[c.path] = label
    for c in clauses:
        if c.kind not in ("bullet", "paragraph") or c.path not in owners:
            continue
        if c.text.startswith(("Yêu cầu", "Trên đây")):
            continue
        duty = c.text.lstrip("-+ ").strip()
        agency = owners[c.path]
        coords = ""
        m = _CO_IN_DUTY.match(duty)
        if m:
            coords = m.group(1).strip(" ,")
        # a deadline only when the duty states one ("… trước ngày 01/12/2024")
        m2 = re.search(r"trước ngày \d{1,2}/\d{1,2}(?:/\d{4})?|trước tháng \d{1,2}(?:/\d{4})?", duty, re.I)
        r = TaskRecord(source=doc.id, section=c.path[0].split(".")[0], section_title=c.path[0],
                       task=agency, activity=duty, lead=agency, coordinators=coords,
                       deadline=m2.group(0) if m2 else "", kind="duty", clause=c.path_str, start=c.start, end=c.end)
        out.append(finalize(r, doc.year))
    return out


# ------------------------------------------------------------ inspection team (002)

_TEAM = re.compile(r"^-?\s*(Trưởng Đoàn|Phó Trưởng Đoàn|Thành viên[^:]*)\s*:\s*(.+)$", re.I)


def records_from_team(doc: Document, clauses: list[Clause]) -> list[TaskRecord]:
    out = []
    for c in clauses:
        m = _TEAM.match(c.text)
        if not m:
            continue
        r = TaskRecord(source=doc.id, section=c.path[0].split(".")[0] if c.path else "",
                       section_title=c.path[0] if c.path else "", task="Đoàn kiểm tra",
                       activity=f"{m.group(1)}: {m.group(2).rstrip('.')}", lead=m.group(2).rstrip("."),
                       kind="team", clause=c.path_str, start=c.start, end=c.end)
        out.append(finalize(r, doc.year))
    return out


# ------------------------------------------------------------ dispatch


def extract_records(doc: Document, parsed: ParsedDocument) -> tuple[list[TaskRecord], list[str]]:
    records: list[TaskRecord] = []
    warnings: list[str] = []
    for t in parsed.tables:
        records.extend(records_from_table(doc, t))
    if parsed.appendix_lines:
        from assistant.ingest.garbled_tables import parse_plan_table

        recs, warns = parse_plan_table(doc.id, parsed.appendix_lines, doc.year)
        records.extend(finalize(r, doc.year) for r in recs)
        warnings.extend(warns)
    records.extend(records_from_field_lines(doc, parsed.clauses))
    records.extend(records_from_agency_sections(doc, parsed.clauses))
    records.extend(records_from_team(doc, parsed.clauses))
    return records, warnings
