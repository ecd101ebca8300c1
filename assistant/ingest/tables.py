"""Tables and record-shaped text → TaskRecords (who leads, who coordinates, deadline, output) — and every
other table kept as row clauses, so nothing a table says is lost.

Real tables (DOCX, PDF with rulings, tab-separated or Markdown pipe tables) are read by their header row:
each column is mapped to a field by its header words, from the vocabulary in the national profile
(``profiles/vn/vocabulary.toml`` ``[columns]``), whatever the number and the order of the columns:

- content: Nội dung / Nhiệm vụ / Hoạt động / Công việc (several: the most specific is the row's content, the
  others keep their own field — Mục tiêu → goal, Nhiệm vụ → task); Đơn vị được kiểm tra → an inspection row;
- lead: (Cơ quan / Đơn vị) chủ trì; coordinators: phối hợp; "Chủ trì/phối hợp" cells are split;
- executors: (Đơn vị) thực hiện — the lead when no chủ trì column is printed;
- deadline: Thời gian / Thời hạn / Tiến độ / Thời gian hoàn thành; output: Kết quả / Sản phẩm.

Rows: a header repeated after a page break is dropped; a column-number row "(1) (2) …" is skipped; a section
row ("I | CẢI CÁCH THỂ CHẾ", "A. …" merged across) sets the section; numbering is the printed STT, else a
counter restarting in each section; an empty lead or deadline cell is a merged cell and inherits the value
above it (an empty coordinator / output cell does only when the whole row continues the one above); a
fragment that starts in lower case right after a page break continues the cell above. A table continued on
the next page without its header keeps the columns of the one before.

A table whose columns map to no task fields (fees, statistics, schedules, lists) becomes row clauses
("cột: giá trị | …", kind ``table_row``, with the row's real span).

Text shapes (whatever the document, detected by layout, not by file name):
- tables that reached us as column-by-column text (``garbled_tables.py``);
- numbered items closed by field lines "Đơn vị chủ trì / thực hiện / phối hợp / Thời gian thực hiện: …";
- agency sections ("2. Sở Nội vụ", "Điều 7. Trách nhiệm của …", "1. Phòng Nội vụ: …"): each duty is a record
  led by the heading's agency, no deadline unless the text gives one;
- an inspection team ("Trưởng Đoàn: …", "Phó Trưởng Đoàn: …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.ingest.chunking import render_task
from assistant.ingest.structure import ParsedDocument
from assistant.lang.dates import parse_period
from assistant.lang.gazetteer import Gazetteer, gazetteer
from assistant.lang.normalize import fold, normalize
from assistant.records import PATH_SEP, Clause, Document, Table, TableRow, TaskRecord

# ------------------------------------------------------------ finishing


def finalize(r: TaskRecord, year: int, g: Gazetteer | None = None) -> TaskRecord:
    g = g or gazetteer()
    r.lead = normalize(r.lead)
    r.coordinators = normalize(r.coordinators)
    r.executors = normalize(r.executors)
    r.deadline = normalize(r.deadline)
    r.lead_ids = g.ids(r.lead)
    r.coordinator_ids = g.ids(r.coordinators)
    p = parse_period(r.deadline, year)
    if p:
        r.deadline_start, r.deadline_end = p.iso()
        r.ongoing = p.ongoing
    if not r.quote:
        r.quote = render_task(r)
    return r


# ------------------------------------------------------------ column vocabulary (profile data)


@lru_cache(maxsize=4)
def _columns(profile: str = "") -> tuple[list[tuple[str, str]], dict[str, int], frozenset[str]]:
    """([(folded phrase, field)] longest first, {field: rank}, {stt phrases})."""
    from assistant.profiles import load_profile

    cols = dict(load_profile(profile or None).vocabulary.get("columns", {}))
    rank = dict(cols.pop("rank", {}))
    stt = frozenset(fold(w) for w in cols.pop("stt", []))
    phrases = [(fold(w), f) for f, words in cols.items() for w in words]
    phrases.sort(key=lambda x: -len(x[0]))
    return phrases, rank, stt


def column_field(name: str, profile: str = "") -> str:
    """The field a header cell names ('' when none): the longest vocabulary phrase it contains wins."""
    phrases, _, stt = _columns(profile)
    f = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
    if not f:
        return ""
    if f in stt:
        return "stt"
    has = lambda w: re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", f) is not None  # noqa: E731
    if has("chu tri") and has("phoi hop"):
        return "lead_coord"
    for w, fld in phrases:
        if has(" ".join(re.findall(r"[a-z0-9]+", w))):
            return fld
    return ""


_NUMERIC = re.compile(r"^[\d\s.,%()+\-–/:]*\d[\d\s.,%()+\-–/:]*$")
_DATEISH = re.compile(r"\d{1,2}/\d{1,2}|\d{1,2}/\d{4}|\b20\d\d\b")
_COLNUM = re.compile(r"^\(?\s*(?:\d{1,2}|[A-Za-zĐđ])\s*\)?\.?$")
_ROMAN_CELL = re.compile(r"^(?P<num>[IVXL]+|[A-ZĐ])\s*[.:)]?$")
_ROMAN_LEAD = re.compile(r"^(?P<num>[IVXL]+|[A-ZĐ])\s*[.:)]\s+(?P<title>\S.*)$")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$|^[a-zđ]\)?$")
_LEAD_COORD = re.compile(r"Chủ trì\s*:\s*(?P<lead>.*?)(?:[-–;]\s*)?(?:Phối hợp\s*:\s*(?P<co>.*))?$", re.I)
_NUM_LABEL = re.compile(r"^(?:Mục tiêu|Nhiệm vụ|Hoạt động)\s*0*(\d+)\s*[:.]?\s*", re.I)


def _split_label(text: str) -> tuple[str, str]:
    m = _NUM_LABEL.match(text)
    return (m.group(1), text[m.end():].strip()) if m else ("", text)


@dataclass
class ColumnMap:
    names: list[str]  # column names as printed (a two-row header: "Đơn vị thực hiện › Chủ trì" → "Chủ trì")
    fields: dict[int, str]  # column → field
    header: list[str]  # folded cells of the header row (a repeat of it is dropped)
    content: int | None = None  # the column holding the row's content
    kind: str = "activity"  # activity | inspection
    sub_header: list[str] = field(default_factory=list)  # folded cells of a second header row, if any

    @property
    def is_task_table(self) -> bool:
        has = set(self.fields.values())
        return self.content is not None and bool(has & {"lead", "lead_coord", "executors", "deadline"})

    def col(self, fld: str) -> int | None:
        return next((i for i, f in self.fields.items() if f == fld), None)


def _header_score(cells: list[str], profile: str) -> int:
    """How many cells of a row read as column names (0 when the row reads as data)."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or any(len(c) > 80 for c in filled):
        return 0
    hits = sum(1 for c in filled if column_field(c, profile))
    return hits if hits >= 2 and hits >= 0.5 * len(filled) else 0


def read_header(rows: list[list[str]], profile: str = "") -> tuple[ColumnMap | None, int]:
    """The column map of a table and the index of its first data row (a header may take two rows and follow
    a caption row)."""
    for h in range(min(4, len(rows))):
        if not _header_score(rows[h], profile):
            continue
        top = list(rows[h])
        for i in range(1, len(top)):  # a header cell merged across columns prints once
            if not top[i].strip() and top[i - 1].strip():
                top[i] = top[i - 1] if i < len(top) else ""
        names = [c.strip() for c in top]
        first_data = h + 1
        # a second header row ("Chủ trì | Phối hợp" under "Đơn vị thực hiện")
        if first_data < len(rows) and _header_score(rows[first_data], profile) or (
                first_data < len(rows) and _sub_header(rows[first_data], profile)):
            sub = rows[first_data]
            names = [(s.strip() or n) for n, s in zip(names, list(sub) + [""] * (len(names) - len(sub)))]
            first_data += 1
        fields: dict[int, str] = {}
        for i, n in enumerate(names):
            fld = column_field(n, profile)
            if fld:
                fields[i] = fld
        cm = ColumnMap(names, fields, [fold(c) for c in rows[h]],
                       sub_header=[fold(c) for c in rows[h + 1]] if first_data == h + 2 else [])
        _choose_content(cm, profile)
        return cm, first_data
    return None, 0


def _sub_header(cells: list[str], profile: str) -> bool:
    filled = [c for c in cells if c.strip()]
    return 1 <= len(filled) <= 3 and all(column_field(c, profile) in ("lead", "coordinators", "executors",
                                                                       "deadline", "output") for c in filled)


def _choose_content(cm: ColumnMap, profile: str) -> None:
    _, rank, _ = _columns(profile)
    cands = [(rank.get(f, 0), "hoat dong" in fold(cm.names[i]), -i, i) for i, f in cm.fields.items()
             if f in ("activity", "unit", "task")]
    if not cands:
        return
    cands.sort(reverse=True)
    i = cands[0][3]
    cm.content = i
    if cm.fields[i] == "unit":
        cm.kind = "inspection"
        # "Nội dung kiểm tra" beside the inspected unit: what is inspected → the output field
        for j, f in list(cm.fields.items()):
            if f == "activity":
                cm.fields[j] = "output"
    else:
        for j, f in list(cm.fields.items()):
            if j != i and f == "activity":
                cm.fields[j] = "task" if cm.col("task") is None else "notes"
        cm.fields[i] = "activity"


def _check_values(cm: ColumnMap, rows: list[list[str]]) -> None:
    """Unmap agency and deadline columns whose cells are numbers (a statistics table's 'Thực hiện' column)."""
    for i, f in list(cm.fields.items()):
        if f not in ("lead", "coordinators", "executors", "lead_coord", "deadline"):
            continue
        vals = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if not vals:
            continue
        numeric = [v for v in vals if _NUMERIC.match(v) and not (f == "deadline" and _DATEISH.search(v))]
        if len(numeric) >= 0.6 * len(vals):
            del cm.fields[i]


# ------------------------------------------------------------ real tables


@dataclass
class TableReading:
    records: list[TaskRecord] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)  # row clauses of tables that map to no task fields
    found: int = 0
    mapped: int = 0
    as_rows: int = 0
    warnings: list[str] = field(default_factory=list)


def _is_section_row(cells: list[str], cm: ColumnMap) -> tuple[str, str] | None:
    """('II', 'CẢI CÁCH THỂ CHẾ') for a section row; None for a data row."""
    filled = [c for c in cells if c]
    distinct = list(dict.fromkeys(filled))
    if not distinct or len(distinct) > 2:
        return None
    first = distinct[0]
    m = _ROMAN_CELL.match(first)
    if m and len(distinct) == 2:
        return m.group("num"), distinct[1]
    if len(distinct) == 1:
        m = _ROMAN_LEAD.match(first)
        if m and (_is_caps(m.group("title")) or len(m.group("title")) < 120):
            return m.group("num"), m.group("title")
        # a title merged across the row, in capitals, with no number: a section without a numeral
        if _is_caps(first) and cm.content is not None and cells.index(first) != cm.col("stt"):
            return "", first
    if len(distinct) == 2 and _is_caps(distinct[1]) and len(first) <= 4 \
            and not any(cells[i] for i, f in cm.fields.items() if f in ("lead", "deadline", "lead_coord")):
        return first.rstrip("."), distinct[1]
    return None


def _repeats_header(cells: list[str], cm: ColumnMap) -> bool:
    got = {fold(c) for c in cells if c}
    # either row of a two-row header, repeated after a page break (the second by the names it adds)
    for want in ({c for c in cm.header if c}, {c for c in cm.sub_header if c} - set(cm.header)):
        if want and len(want & got) >= max(2, 0.8 * len(want)):
            return True
    return False


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _cells_quote(names: list[str], cells: list[str]) -> str:
    parts = []
    for i, v in enumerate(cells):
        if not v:
            continue
        n = names[i] if i < len(names) else ""
        parts.append(f"{n}: {v}" if n else v)
    return " | ".join(parts)


def records_from_table(doc: Document, table: Table, profile: str = "", state: dict | None = None,
                       g: Gazetteer | None = None) -> list[TaskRecord]:
    """Records of one real table (compatibility entry point; see ``read_tables``)."""
    out = TableReading()
    _read_table(doc, table, profile, state if state is not None else {}, out, g or gazetteer())
    return out.records


# formats whose readers repeat a merged cell's value on every row it spans (docx_reader, pdf_reader): an empty cell
# of their tables is empty, not merged with the one above (OCR'd pages give no such guarantee)
MERGES_FILLED = (".docx", ".pdf")


def _read_table(doc: Document, table: Table, profile: str, state: dict, out: TableReading, g: Gazetteer) -> None:
    rows = [[normalize(c) for c in r.cells] for r in table.rows]
    filled = (doc.file or "").lower().endswith(MERGES_FILLED) and not doc.ocr_pages
    cm, first = read_header(rows, profile)
    continued = False
    if cm is None and state.get("cm") is not None and state.get("ncols") == max(len(r) for r in rows):
        cm, first, continued = state["cm"], 0, True  # a table continued on the next page without its header
    if cm is not None and not continued:
        _check_values(cm, rows[first:])
    out.found += 1
    if cm is None or not cm.is_task_table:
        out.as_rows += 1
        state.clear()
        out.clauses.extend(_row_clauses(doc, table, rows, cm, first))
        return
    out.mapped += 1
    # the caption rows above the header (a title merged across the table) stay findable as clauses
    if not continued:
        for k in range(0, first):
            if _header_score(rows[k], profile) or _sub_header(rows[k], profile):
                break
            _emit_clause(out.clauses, doc, table.path, " | ".join(c for c in rows[k] if c), table.rows[k])
    if continued:
        sec, sec_title, counter, carry, prev = state["section"], state["section_title"], state["counter"], \
            state["carry"], state.get("prev")
    else:
        sec, sec_title, counter, carry, prev = "", "", 0, {}, None
    ncols = max(len(r) for r in rows)
    after_break = continued
    stt_col = cm.col("stt")
    data = [r for r in rows[first:] if any(r)]
    numbered = stt_col is not None and sum(1 for r in data if stt_col < len(r) and _NUMBER.match(r[stt_col].strip())) \
        > 0.5 * len(data)
    for k in range(first, len(rows)):
        cells = rows[k] + [""] * (ncols - len(rows[k]))
        src = table.rows[k]
        if not any(cells):
            continue
        if _repeats_header(cells, cm):
            after_break = True  # the header row repeated after a page break
            continue
        filled = [c for c in cells if c]
        if len(filled) >= 2 and all(_COLNUM.match(c) for c in filled):
            continue  # the column-number row "(1) (2) (3) …"
        sect = _is_section_row(cells, cm)
        if sect:
            sec, sec_title = sect[0], re.sub(r"\s*\(.*\)\s*$", "", sect[1]).strip()
            counter, carry, prev, after_break = 0, {}, None, False
            continue
        vals = {f: cells[i] for i, f in cm.fields.items() if i < len(cells)}
        stt_i = cm.col("stt")
        number = cells[stt_i].strip().rstrip(".") if stt_i is not None and _NUMBER.match(cells[stt_i].strip()) else ""
        content = vals.get("activity", "") if cm.kind == "activity" else vals.get("unit", "")
        if numbered and not number and content and filled == [content] and not after_break:
            # a title alone in a numbered table ("Cải cách thể chế" with no STT): a section row
            sec, sec_title = "", content
            counter, carry, prev = 0, {}, None
            continue
        # a cell continued after a page break: lower-case text at the top of the new page
        if after_break and prev is not None:
            cont = [(i, cells[i]) for i in range(ncols) if cells[i] and cells[i][:1].islower() and i != stt_i
                    and (number == "" or i != cm.content)]
            if cont and not number and len(cont) == len(filled):
                for i, v in cont:
                    _extend_cell(prev, cm, i, v, src)
                after_break = False
                continue
            if cont and number:
                for i, v in cont:
                    _extend_cell(prev, cm, i, v, src)
                    cells[i] = ""
                vals = {f: cells[i] for i, f in cm.fields.items() if i < len(cells)}
        after_break = False
        if not content:
            # no content of its own: a merged content cell above it, or a lone fragment
            if prev is not None and any(v for f, v in vals.items() if f not in ("stt",)):
                content = prev.activity
            else:
                # a row with no content to assign (a note, a total): kept as a row clause, not lost
                _emit_clause(out.clauses, doc, table.path, _cells_quote(cm.names, cells), src)
                continue
        # a group row: a number and a title, nothing assigned, the next rows numbered under it ("1" → "1.1")
        if number and not any(vals.get(f) for f in ("lead", "coordinators", "executors", "deadline", "lead_coord",
                                                      "output")) and _opens_group(rows, k, number, stt_i):
            carry["task"] = content
            carry["task_no"] = number
            _emit_clause(out.clauses, doc, table.path, _cells_quote(cm.names, cells), src)
            continue
        lead, coords = vals.get("lead", ""), vals.get("coordinators", "")
        if vals.get("lead_coord"):
            m = _LEAD_COORD.search(vals["lead_coord"])
            if m:
                lead, coords = m.group("lead").strip(" -;"), (m.group("co") or "").strip(" -;")
            else:
                lead = vals["lead_coord"]
        executors = vals.get("executors", "")
        if executors and cm.col("lead") is None and cm.col("lead_coord") is None:
            lead, executors = executors, ""
        if re.match(r"^\W*Chủ trì\s*:", lead, re.I) and not coords:  # "Chủ trì: X; Phối hợp: Y" in one cell
            m = _LEAD_COORD.search(lead)
            if m:
                lead, coords = m.group("lead").strip(" -;"), (m.group("co") or "").strip(" -;")
        fields = {"goal": vals.get("goal", ""), "task": vals.get("task", ""), "output": vals.get("output", ""),
                  "lead": lead, "coordinators": coords, "executors": executors,
                  # "Thời gian: Bắt đầu | Hoàn thành": the end, or the one value a cell spanning both shows
                  # ("Thường xuyên"); a start day alone ("01/4/2027") sets no deadline
                  "deadline": vals.get("deadline", "") or _spanning(vals.get("start", ""))}
        if cm.kind == "inspection":
            fields["output"] = vals.get("output", "")
        # merged cells: the cell above shows its value for this row too — unless the reader already repeated merged
        # cells on every row (DOCX, ruled PDF tables): there an empty cell is empty ("no deadline set")
        whole = not any(fields[f] for f in ("lead", "deadline", "coordinators", "executors"))
        for f in ("goal", "task", "lead", "deadline", "executors"):
            if fields[f]:
                carry[f] = fields[f]
            elif f in carry and (f in ("goal", "task") or not filled or whole):
                fields[f] = carry[f]
        for f in ("coordinators", "output"):
            if fields[f]:
                carry[f] = fields[f]
            elif whole and f in carry:
                fields[f] = carry[f]
        counter += 1
        if cm.kind == "inspection":
            r = TaskRecord(source=doc.id, section=sec, section_title=sec_title, activity=content,
                           output=fields["output"], lead=fields["lead"], coordinators=fields["coordinators"],
                           executors=fields["executors"], deadline=fields["deadline"],
                           activity_no=number or str(counter), kind="inspection", start=src.start, end=src.end)
            label = f"{r.activity_no}. {content}"
        else:
            a_no, a_text = _split_label(content)
            g_no, g_text = _split_label(fields["goal"])
            t_no, t_text = _split_label(fields["task"])
            r = TaskRecord(source=doc.id, section=sec, section_title=sec_title, goal_no=g_no, goal=g_text,
                           task_no=t_no or (carry.get("task_no", "") if fields["task"] == carry.get("task") else ""),
                           task=t_text, activity_no=a_no or number or str(counter), activity=a_text,
                           output=fields["output"], lead=fields["lead"], coordinators=fields["coordinators"],
                           executors=fields["executors"], deadline=fields["deadline"], kind="activity",
                           start=src.start, end=src.end)
            label = f"Hoạt động {r.activity_no}" if "hoat dong" in fold(cm.names[cm.content]) else f"{r.activity_no}."
        sec_label = (f"{sec}. {sec_title}" if sec else sec_title) if (sec or sec_title) else ""
        r.clause = PATH_SEP.join(table.path + ((sec_label,) if sec_label else ()) + (label,))
        shown = list(cells)
        for i, f in cm.fields.items():  # merged cells show the inherited value
            if not shown[i] and f in fields and fields[f] and f not in ("stt",):
                shown[i] = fields[f]
        if cm.content is not None and not shown[cm.content]:
            shown[cm.content] = content
        r.cells = [[cm.names[i] if i < len(cm.names) else "", shown[i]] for i in range(ncols)]
        r.quote = _cells_quote(cm.names, shown)
        out.records.append(finalize(r, doc.year, g))
        prev = r
    state.update(cm=cm, ncols=ncols, section=sec, section_title=sec_title, counter=counter, carry=carry, prev=prev)


def _spanning(start: str) -> str:
    """The value of a start cell read as the deadline too: a period or a phrase, not a single start day."""
    return "" if re.fullmatch(r"(?:(?:từ\s+)?ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}", start.strip(), re.IGNORECASE) else start


def _opens_group(rows: list[list[str]], k: int, number: str, stt_i: int | None) -> bool:
    if stt_i is None:
        return False
    for r in rows[k + 1:k + 3]:
        if stt_i < len(r) and r[stt_i].strip():
            return r[stt_i].strip().startswith(number + ".")
    return False


def _extend_cell(r: TaskRecord, cm: ColumnMap, i: int, text: str, src: TableRow) -> None:
    """A cell continued across a page break: append to the record above."""
    f = cm.fields.get(i, "")
    attr = {"activity": "activity", "unit": "activity", "output": "output", "lead": "lead",
            "coordinators": "coordinators", "deadline": "deadline", "executors": "executors", "goal": "goal",
            "task": "task"}.get(f)
    if attr and i == cm.content:
        attr = "activity"
    if attr:
        setattr(r, attr, f"{getattr(r, attr)} {text}".strip())
    if i < len(r.cells):
        r.cells[i][1] = f"{r.cells[i][1]} {text}".strip()
    r.quote = _cells_quote([c[0] for c in r.cells], [c[1] for c in r.cells])
    r.end = max(r.end, src.end)


def _emit_clause(out: list[Clause], doc: Document, path: tuple[str, ...], text: str, src: TableRow,
                 kind: str = "table_row") -> None:
    if text.strip():
        out.append(Clause("", doc.id, tuple(path) or ("Bảng",), kind, text, src.start, src.end))


def _names_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 2 and len(filled) >= 0.6 * len(cells) and all(
        len(c) <= 60 and not _NUMERIC.match(c) for c in filled)


def _row_clauses(doc: Document, table: Table, rows: list[list[str]], cm: ColumnMap | None,
                 first: int) -> list[Clause]:
    """A table that maps to no task fields: one clause per row, 'cột: giá trị | …'."""
    out: list[Clause] = []
    names = cm.names if cm else []
    if cm is None and len(rows) >= 2 and _names_row(rows[0]):
        names, first = [c.strip() for c in rows[0]], 1  # column names that are not task words ("Lĩnh vực", "Số hồ sơ")
        cm = ColumnMap(names, {}, [fold(c) for c in rows[0]])
    section = ""
    for k, cells in enumerate(rows):
        if not any(cells):
            continue
        if cm is not None and k < first:
            _emit_clause(out, doc, table.path, " | ".join(c for c in cells if c), table.rows[k], "table")
            continue
        filled = [c for c in cells if c]
        if len(filled) >= 2 and all(_COLNUM.match(c) for c in filled):
            continue
        if cm is not None and _repeats_header(cells, cm):
            continue
        distinct = list(dict.fromkeys(filled))
        if len(distinct) <= 2 and cm is not None and (_ROMAN_CELL.match(distinct[0]) or len(distinct) == 1) \
                and not any(_NUMERIC.match(c) for c in distinct[1:]):
            section = " ".join(distinct)
            _emit_clause(out, doc, table.path, section, table.rows[k])
            continue
        path = table.path + ((section,) if section else ())
        text = _cells_quote(names, cells) if names else " | ".join(filled)
        _emit_clause(out, doc, path, text, table.rows[k])
    return out


# ------------------------------------------------------------ field lines (numbered items closed by fields)

_FIELD = re.compile(r"^(?:Đơn vị|Cơ quan)\s+(chủ trì|thực hiện|phối hợp)\s*:\s*(.*)$|^Thời gian(?: thực hiện| hoàn thành)?\s*:\s*(.*)$", re.I)


def records_from_field_lines(doc: Document, clauses: list[Clause], g: Gazetteer | None = None) -> list[TaskRecord]:
    """Numbered items whose content is closed by 'Đơn vị …: / Thời gian thực hiện:' lines."""
    out: list[TaskRecord] = []
    i = 0
    n = len(clauses)
    while i < n:
        if clauses[i].kind != "field":
            i += 1
            continue
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
            out.append(finalize(r, doc.year, g))
        i = j
    return out


# ------------------------------------------------------------ agency sections

# "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư đề xuất …": the partners run up to the verb
_CO_IN_DUTY = re.compile(
    r"^Chủ trì,?\s*phối hợp(?: với)?\s+(.*?)(?=\s+(?:tham mưu|tham gia|đề xuất|tổ chức|thực hiện|triển khai|"
    r"xây dựng|hướng dẫn|giúp|theo dõi|kiểm tra|rà soát|đánh giá|trình)\b|[;.]|$)", re.I)
_RESPONSIBILITY = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ)(?: của)?\s+", re.I)
_INLINE_OWNER = re.compile(r"^(?P<agency>[^:;.]{3,90}?)\s*:\s*(?P<duty>\S.{10,})$")


def _heading_agency(label: str, g: Gazetteer) -> str:
    """The agency a heading is about ('2. Sở Nội vụ', 'Điều 7. Trách nhiệm của Trung tâm …'), '' otherwise."""
    from assistant.ingest.agencies import looks_like_agency

    label = re.sub(r"^(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*|[\dIVX.]+\s*)", "", label).strip().rstrip(":")
    label = _RESPONSIBILITY.sub("", label)
    if not label or len(label) > 100:
        return ""
    hits = g.find(label)
    if hits and (hits[0][2] - hits[0][1]) >= 0.6 * len(fold(label)) or label.startswith("Thủ trưởng"):
        return label
    return label if looks_like_agency(label) else ""


_POINT = re.compile(r"^[a-zđ]\)$")


def records_from_agency_sections(doc: Document, clauses: list[Clause], g: Gazetteer | None = None) -> list[TaskRecord]:
    """A heading naming one agency owns the duties below it; '1. Phòng Nội vụ: Chủ trì …' is a duty of its own."""
    g = g or gazetteer()
    out: list[TaskRecord] = []
    owners: dict[tuple[str, ...], str] = {}
    for c in clauses:
        if c.kind == "heading" and c.path:
            agency = _heading_agency(c.path[-1], g)
            if agency:
                owners[c.path] = agency
    for c in clauses:
        if c.kind not in ("bullet", "paragraph"):
            continue
        agency = owners.get(c.path, "")
        if not agency and c.path and (c.path[-1].startswith(("khoản ", "điểm ")) or _POINT.match(c.path[-1])):
            # "Điều 7. Trách nhiệm của …" › khoản 1, 2, 3; "6. Công an tỉnh" › a), b); … › khoản 2 › điểm a
            agency = owners.get(c.path[:-1], "") or (owners.get(c.path[:-2], "") if len(c.path) > 2 and (
                c.path[-2].startswith("khoản ") or _POINT.match(c.path[-2])) else "")
        duty = c.text.lstrip("-+ ").strip()
        if not agency:
            # "5. Các cơ quan chuyên môn …, Ủy ban nhân dân các xã: Xây dựng Kế hoạch …" (numbered, inline owner)
            m = _INLINE_OWNER.match(re.sub(r"^(?:\d{1,2}\.|[a-zđ]\))\s*", "", c.text)) if c.kind == "paragraph" else None
            if not m or not re.match(r"^(?:\d{1,2}\.|[a-zđ]\))\s", c.text):
                continue
            from assistant.ingest.agencies import looks_like_agency

            if not (looks_like_agency(m.group("agency")) or g.find(m.group("agency"))):
                continue
            agency, duty = m.group("agency").strip(), m.group("duty").strip()
        if c.text.startswith(("Yêu cầu", "Trên đây")):
            continue
        if c.path and c.path[-1].startswith("khoản "):
            duty = re.sub(r"^\d{1,2}\.\s*", "", duty)
        elif c.path and (c.path[-1].startswith("điểm ") or _POINT.match(c.path[-1])):
            duty = re.sub(r"^[a-zđ]\)\s*", "", duty)
        # a heading naming several agencies ("Trách nhiệm của Sở A, Sở B và Sở C"): the one a duty starts with
        hits = g.find(agency)
        parts = [agency[a:b] for _, a, b in hits] if len(hits) > 1 and len(fold(agency)) == len(agency) else \
            [x.strip() for x in agency.split(",") if x.strip()]
        if len(parts) > 1:
            agency = next((x for x in parts if fold(duty).startswith(fold(x))), agency)
        coords = ""
        m = _CO_IN_DUTY.match(duty)
        if m:
            coords = m.group(1).strip(" ,")
        # a deadline only when the duty states one ("… trước ngày 01/12/2024")
        m2 = re.search(r"trước ngày \d{1,2}/\d{1,2}(?:/\d{4})?|trước tháng \d{1,2}(?:/\d{4})?", duty, re.I)
        r = TaskRecord(source=doc.id, section=c.path[0].split(".")[0], section_title=c.path[0],
                       task=agency, activity=duty, lead=agency, coordinators=coords,
                       deadline=m2.group(0) if m2 else "", kind="duty", clause=c.path_str, start=c.start, end=c.end)
        out.append(finalize(r, doc.year, g))
    return out


# ------------------------------------------------------------ inspection team

_TEAM = re.compile(r"^-?\s*(Trưởng Đoàn|Phó Trưởng Đoàn|Thành viên[^:]*)\s*:\s*(.+)$", re.I)


def records_from_team(doc: Document, clauses: list[Clause], g: Gazetteer | None = None) -> list[TaskRecord]:
    out = []
    for c in clauses:
        m = _TEAM.match(c.text)
        if not m:
            continue
        r = TaskRecord(source=doc.id, section=c.path[0].split(".")[0] if c.path else "",
                       section_title=c.path[0] if c.path else "", task="Đoàn kiểm tra",
                       activity=f"{m.group(1)}: {m.group(2).rstrip('.')}", lead=m.group(2).rstrip("."),
                       kind="team", clause=c.path_str, start=c.start, end=c.end)
        out.append(finalize(r, doc.year, g))
    return out


# ------------------------------------------------------------ dispatch


def read_tables(doc: Document, parsed: ParsedDocument, profile: str = "", g: Gazetteer | None = None,
                deadline: float | None = None) -> TableReading:
    """Every table of a parsed document: records, row clauses, counts and warnings."""
    from assistant.ingest.garbled_tables import parse_plan_table

    g = g or gazetteer()
    out = TableReading()
    state: dict = {}
    for t in parsed.tables:
        _read_table(doc, t, profile, state, out, g)
    for region in parsed.garbled:
        out.found += 1
        recs, warns = parse_plan_table(doc.id, region.lines, doc.year, root=region.root, deadline=deadline)
        out.records.extend(finalize(r, doc.year, g) for r in recs)
        out.warnings.extend(warns)
        if recs:
            out.mapped += 1
        else:
            out.as_rows += 1  # nothing read: the lines stay as text clauses
            out.clauses.extend(_text_clauses(doc, region))
    out.records.extend(records_from_field_lines(doc, parsed.clauses, g))
    out.records.extend(records_from_agency_sections(doc, parsed.clauses + out.clauses, g))
    out.records.extend(records_from_team(doc, parsed.clauses, g))
    return out


def _text_clauses(doc: Document, region) -> list[Clause]:
    """A text-only table that could not be read: its lines, a paragraph per line, so nothing is lost."""
    from assistant.ingest.structure import paragraphs

    out = []
    for p in paragraphs([ln for ln in region.lines if not ln.is_row]):
        out.append(Clause("", doc.id, tuple(region.root), "table_row", p.text, p.start, p.end))
    return out


def extract_records(doc: Document, parsed: ParsedDocument) -> tuple[list[TaskRecord], list[str]]:
    """Records and warnings (compatibility entry point; ``read_tables`` also returns row clauses and counts)."""
    res = read_tables(doc, parsed)
    return res.records, res.warnings
