"""The task list as people read it: rows with the key columns first, filters, CSV / Excel export.

One place for what the task table, the deadlines view, the calendar feed and the briefing share: which records
are an agency's own assignments, the agency names to offer, a document's short label, a deadline's quarter.
Depends on the index's records only (no web framework), so the CLI and the tests use it as is.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold
from assistant.records import Document, TaskRecord
from assistant.store.tasks import filter_records

# Records that are an agency's own assignment. Inspection schedules ("Đơn vị được kiểm tra: huyện …") and team
# lists ("Trưởng Đoàn: …") name an agency too, but they are not its tasks: they stay in the task explorer only.
ASSIGNMENT_KINDS = ("activity", "item", "duty")
ALL = "Tất cả"
LEAD, COORD = "Chủ trì", "Phối hợp"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# (heading, TaskRow attribute): the order people read a task in; the table, the cards and the exports share it
COLUMNS = [("Hoạt động", "activity"), ("Chủ trì", "lead"), ("Phối hợp", "coordinators"),
           ("Thời hạn", "deadline"), ("Văn bản", "doc"), ("Kết quả / sản phẩm", "output"),
           ("Mục / lĩnh vực", "section"), ("Hạn cuối (ngày)", "due"), ("Điều khoản", "clause")]


@dataclass
class TaskRow:
    activity: str
    lead: str
    coordinators: str
    deadline: str
    doc: str
    output: str
    section: str
    due: str  # ISO date the deadline ends, "" when it gives none
    clause: str
    quote: str
    doc_id: str
    role: str = ""  # for a chosen agency: Chủ trì | Phối hợp

    def cells(self) -> list[str]:
        return [getattr(self, attr) for _, attr in COLUMNS]


def agency_name(agency_id: str) -> str:
    return gazetteer().name(agency_id)


def agency_choices(records: list[TaskRecord], lead_only: bool = False) -> list[str]:
    """Names of the agencies that lead (or coordinate) at least one record, sorted Vietnamese-alphabetically."""
    ids = {a for r in records for a in (r.lead_ids if lead_only else r.lead_ids + r.coordinator_ids)}
    return sorted({agency_name(a) for a in ids}, key=fold)


def role_of(r: TaskRecord, agency: str) -> str:
    """'Chủ trì' when the agency leads the record, 'Phối hợp' when it coordinates, '' otherwise."""
    if not agency:
        return ""
    if filter_records([r], agency=agency, role="lead"):
        return LEAD
    if filter_records([r], agency=agency, role="coordinator"):
        return COORD
    return ""


def doc_label(doc: Document | None, fallback: str = "") -> str:
    return doc.title if doc and doc.title else fallback


def quarter(iso: str | None) -> str:
    """'Quý II/2024' for a deadline's end date; 'Thường xuyên / không ghi hạn' when there is none."""
    if not iso:
        return "Thường xuyên / không ghi hạn"
    y, m = int(iso[:4]), int(iso[5:7])
    return f"Quý {ROMAN[(m - 1) // 3 + 1]}/{y}"


def quarter_key(label: str) -> tuple:
    if not label.startswith("Quý ") or "/" not in label:
        return (9999, 9)
    q, y = label.removeprefix("Quý ").split("/")
    return (int(y), {v: k for k, v in ROMAN.items()}.get(q, 9))


def due_date(r: TaskRecord) -> date | None:
    return date.fromisoformat(r.deadline_end) if r.deadline_end else None


def sort_key(r: TaskRecord) -> tuple:
    """By deadline (undated last), then by the order of the document."""
    d = due_date(r)
    return (d is None, d or date.max, r.source, r.start)


def task_rows(index, agency: str = "", doc_id: str = "", period: str = "", search: str = "", section: str = "",
              kinds: tuple[str, ...] | None = None) -> list[TaskRow]:
    """The records matching the filters ("" or ALL = any), as table rows in document order."""
    recs = list(index.records)
    if kinds:
        recs = [r for r in recs if r.kind in kinds]
    if doc_id and doc_id != ALL:
        recs = [r for r in recs if r.source == doc_id]
    agency = "" if agency == ALL else (agency or "")
    if agency:
        recs = filter_records(recs, agency=agency)
    if period and period != ALL:
        recs = [r for r in recs if quarter(r.deadline_end) == period]
    if section and section != ALL:
        recs = [r for r in recs if r.section_title == section]
    if search and search.strip():
        f = fold(search)
        recs = [r for r in recs
                if f in fold(" ".join((r.activity, r.task, r.output, r.lead, r.coordinators, r.executors)))]
    return [to_row(index, r, agency) for r in recs]


def to_row(index, r: TaskRecord, agency: str = "") -> TaskRow:
    doc = index.documents.get(r.source)
    activity = r.activity or r.task
    lead = r.lead or r.executors
    return TaskRow(activity=activity, lead=lead, coordinators=r.coordinators, deadline=r.deadline,
                   doc=doc_label(doc, r.source), output=r.output, section=r.section_title,
                   due=r.deadline_end or "", clause=r.clause, quote=r.quote, doc_id=r.source,
                   role=role_of(r, agency))


def to_csv(rows: list[TaskRow]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Vietnamese text correctly."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([h for h, _ in COLUMNS])
    for r in rows:
        w.writerow(r.cells())
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(rows: list[TaskRow], title: str = "Nhiệm vụ") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([h for h, _ in COLUMNS])
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r.cells())
    widths = [60, 30, 40, 22, 40, 40, 30, 14, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
