"""A small in-memory stand-in for ``store.index.Index`` (documents, clauses, records) for the UI's fast tests.

It has the attributes the UI reads and nothing else; the records are written like a plan's appendix rows and a
directive's duties, with generic agencies from the active profile's gazetteer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.records import Clause, Document, TaskRecord

PLAN_TEXT = """KẾ HOẠCH Cải cách hành chính năm 2030
I. MỤC TIÊU
1. Sở Nội vụ bảo đảm 100% hồ sơ được số hóa.
2. Giảm 20% thời gian giải quyết thủ tục.
II. NHIỆM VỤ
Hoạt động 1 Ban hành kế hoạch tuyên truyền | Sở Nội vụ | Các sở, ban, ngành | Quý I
Hoạt động 2 Rà soát thủ tục nội bộ | Sở Tư pháp | Sở Nội vụ | Tháng 6
Hoạt động 3 Kiểm tra huyện A | Sở Nội vụ | | Trong năm
Hoạt động 4 Số hóa hồ sơ | Sở Nội vụ | | Thường xuyên
"""


@dataclass
class FakeIndex:
    documents: dict
    clauses: list
    records: list
    warnings: list = field(default_factory=list)
    build: str = "test-build"

    def __post_init__(self):
        self.clause_by_id = {c.id: c for c in self.clauses}
        self.clause_by_span = {(c.doc_id, c.start, c.end): c.id for c in self.clauses}

    def neighbours(self, clause_id: str, before: int = 1, after: int = 1):
        same = [c for c in self.clauses if c.doc_id == self.clause_by_id[clause_id].doc_id]
        i = next(j for j, c in enumerate(same) if c.id == clause_id)
        return same[max(0, i - before): i + after + 1]


def _span(text: str, needle: str) -> tuple[int, int]:
    a = text.index(needle)
    return a, a + len(needle)


def make_index() -> FakeIndex:
    t = PLAN_TEXT
    doc = Document(id="kh-2030", file="kh-2030.txt", title="Kế hoạch cải cách hành chính năm 2030", doc_type="Kế hoạch",
                   issuer="UBND tỉnh Mẫu", year=2030, level="tỉnh", text=t)
    clauses = []
    for n, line in enumerate(t.splitlines()):
        if not line.strip():
            continue
        a, b = _span(t, line)
        path = ("I. MỤC TIÊU",) if n in (2, 3) else (("II. NHIỆM VỤ",) if n > 4 else ())
        kind = "paragraph" if n in (2, 3) else ("heading" if n in (1, 4) else "table_row")
        clauses.append(Clause(f"kh-2030:{n}", "kh-2030", path or (line,), kind, line, a, b, n))

    def rec(no, activity, lead, lead_ids, coord, coord_ids, deadline, end, kind="activity", ongoing=False):
        line = next(x for x in t.splitlines() if x.startswith(f"Hoạt động {no} "))
        a, b = _span(t, line)
        return TaskRecord(source="kh-2030", section="II", section_title="Cải cách thủ tục hành chính" if no == 2
                          else "Công tác chỉ đạo, điều hành", goal_no="1",
                          goal="Giảm 20% thời gian giải quyết thủ tục" if no == 2 else "Bảo đảm 100% hồ sơ được số hóa",
                          activity_no=str(no), activity=activity, lead=lead, lead_ids=lead_ids, coordinators=coord,
                          coordinator_ids=coord_ids, deadline=deadline, deadline_end=end, ongoing=ongoing,
                          clause=f"II. NHIỆM VỤ › Hoạt động {no}", quote=line, start=a, end=b, kind=kind)

    records = [
        rec(1, "Ban hành kế hoạch tuyên truyền", "Sở Nội vụ", ["so-noi-vu"], "Các sở, ban, ngành", [], "Quý I",
            "2030-03-31"),
        rec(2, "Rà soát thủ tục nội bộ", "Sở Tư pháp", ["so-tu-phap"], "Sở Nội vụ", ["so-noi-vu"], "Tháng 6",
            "2030-06-30"),
        rec(3, "Kiểm tra huyện A", "Sở Nội vụ", ["so-noi-vu"], "", [], "Trong năm", "2030-12-31", kind="inspection"),
        rec(4, "Số hóa hồ sơ", "Sở Nội vụ", ["so-noi-vu"], "", [], "Thường xuyên", None, ongoing=True),
    ]
    return FakeIndex({doc.id: doc}, clauses, records)


class FakeBot:
    def __init__(self, index):
        self.index = index


class FakeState:
    """What routes and views read from ``server.State``."""

    def __init__(self, index, settings):
        self.bot = FakeBot(index) if index is not None else None
        self.settings = settings
        self.error = "" if index is not None else "Chưa có chỉ mục."
        self.rebuilding = False

    def get(self):
        return self.bot

    def error_html(self) -> str:
        return f'<div class="par-error">{self.error}</div>'
