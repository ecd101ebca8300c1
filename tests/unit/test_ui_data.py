"""The UI's data parts without a server or an index: feedback store, task rows and exports, deadlines and the
iCalendar feed, the briefing DOCX, the catalogue editor, upload checks, download cleanup."""
from __future__ import annotations

import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest
from ui_fakes import make_index

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ feedback

def test_feedback_store_round_trip_and_eval_items(tmp_path):
    from assistant.store.feedback import FeedbackStore, write_jsonl

    fb = FeedbackStore(tmp_path / "index")
    cits = [{"source": "kh-2030", "title": "Kế hoạch", "clause": "II › 1", "quote": "…", "start": 1, "end": 5,
             "extra": "not stored"}]
    up = fb.add(True, "ai chu tri?", "Sở Nội vụ [1]", direct="Sở Nội vụ", citations=cits, build="b1", source="chat")
    down = fb.add(-1, "Thời hạn là gì?", "Quý I", intent="deadline", citations=cits, build="b1", source="widget",
                  history=["ai chu tri?"])
    assert fb.comment(down, "sai thời hạn")
    rows = fb.all()
    assert [r.id for r in rows] == [down, up]  # newest first
    bad = fb.all(flagged_only=True)
    assert len(bad) == 1 and bad[0].comment == "sai thời hạn" and bad[0].build == "b1"
    assert "extra" not in bad[0].citations[0]
    # the stored row has nothing but what the user typed or was shown
    assert set(bad[0].to_json()) == {"id", "created", "rating", "question", "answer", "comment", "history", "direct",
                                     "intent", "abstained", "citations", "build", "source"}

    items = fb.eval_items(flagged_only=True)
    gold_keys = set(json.loads((ROOT / "evals/data/gold_qa_a.jsonl").read_text("utf-8").splitlines()[0]))
    assert set(items[0]) == gold_keys  # the schema of evals/data/*.jsonl
    assert items[0]["question"] == "Thời hạn là gì?" and items[0]["turns"] == ["ai chu tri?"]
    assert items[0]["doc"] == "kh-2030" and "sai thời hạn" in items[0]["notes"]
    assert items[0]["accent_free"] is False

    out = tmp_path / "feedback.jsonl"
    assert write_jsonl(items, out) == 1
    assert write_jsonl(items, out) == 0  # the same ids are not added twice
    assert len(out.read_text("utf-8").splitlines()) == 1


# ------------------------------------------------------------------ task table

def test_task_rows_key_columns_filters_and_exports():
    from openpyxl import load_workbook

    from assistant.apps.tasklist import COLUMNS, quarter, quarter_key, task_rows, to_csv, to_xlsx

    idx = make_index()
    assert [h for h, _ in COLUMNS[:5]] == ["Hoạt động", "Chủ trì", "Phối hợp", "Thời hạn", "Văn bản"]
    rows = task_rows(idx)
    assert len(rows) == 4
    assert all("|" not in r.doc and "kh-2030:" not in r.doc for r in rows)  # no internal keys shown
    tp = task_rows(idx, agency="so tu phap")  # accent-free agency
    assert [r.activity for r in tp] == ["Rà soát thủ tục nội bộ"]
    nv = task_rows(idx, agency="Sở Nội vụ")
    assert {r.role for r in nv} == {"Chủ trì", "Phối hợp"}
    assert [r.activity for r in task_rows(idx, period="Quý II/2030")] == ["Rà soát thủ tục nội bộ"]
    assert [r.activity for r in task_rows(idx, search="so hoa")] == ["Số hóa hồ sơ"]
    assert quarter(None).startswith("Thường xuyên")
    assert sorted(["Quý II/2030", quarter(None), "Quý I/2031"], key=quarter_key)[-1] == quarter(None)

    csv_bytes = to_csv(tp)
    assert csv_bytes.startswith("\ufeff".encode())
    text = csv_bytes.decode("utf-8-sig").splitlines()
    assert text[0].startswith("Hoạt động,Chủ trì,Phối hợp,Thời hạn,Văn bản") and len(text) == 2
    wb = load_workbook(io.BytesIO(to_xlsx(nv)))
    ws = wb.active
    assert ws.cell(1, 1).value == "Hoạt động" and ws.max_row == 1 + len(nv)


def test_task_table_html_escapes_and_has_card_labels():
    from assistant.apps.tasklist import task_rows
    from assistant.apps.web.views import task_table_html

    rows = task_rows(make_index())
    rows[0].activity = "<script>alert(1)</script>"
    out = task_table_html(rows)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.count('data-label="Chủ trì"') == len(rows)  # the phone's card labels
    assert "Không có nhiệm vụ" in task_table_html([])


# ------------------------------------------------------------------ deadlines

def test_upcoming_by_agency_and_ics_round_trip():
    from icalendar import Calendar

    from assistant.apps.deadlines import UnknownAgency, by_agency, known_agency, to_ics, upcoming

    idx = make_index()
    due = upcoming(idx, date(2030, 3, 1), 30)
    assert [(d.agency, d.record.activity, d.due) for d in due] == [
        ("Sở Nội vụ", "Ban hành kế hoạch tuyên truyền", date(2030, 3, 31))]
    due90 = upcoming(idx, date(2030, 3, 1), 125)
    groups = by_agency(due90)
    assert list(groups) == ["Sở Nội vụ", "Sở Tư pháp"]  # the group with the earliest deadline first
    mine = upcoming(idx, date(2030, 1, 1), 365, agency="Sở Nội vụ")
    # inspection schedules and undated ("Thường xuyên") records are not deadlines of the agency
    assert [(d.record.activity, d.role) for d in mine] == [("Ban hành kế hoạch tuyên truyền", "Chủ trì"),
                                                            ("Rà soát thủ tục nội bộ", "Phối hợp")]
    assert known_agency(idx, "so noi vu") == "Sở Nội vụ"
    with pytest.raises(UnknownAgency):
        known_agency(idx, "Sở Không Có")

    cal = Calendar.from_ical(to_ics(idx, "Sở Nội vụ"))
    events = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["[Chủ trì] Ban hành kế hoạch tuyên truyền",
                                                   "[Phối hợp] Rà soát thủ tục nội bộ"]
    assert events[0].decoded("dtstart") == date(2030, 3, 31)
    assert "Sở Nội vụ" in str(cal["x-wr-calname"])
    assert len({str(e["uid"]) for e in events}) == 2
    assert "Nguồn: Kế hoạch cải cách hành chính năm 2030" in str(events[0]["description"])


def test_a_deadline_with_two_milestones_is_due_at_each():
    from dataclasses import replace

    from icalendar import Calendar

    from assistant.apps.deadlines import due_dates, to_ics, upcoming

    idx = make_index()
    # "02 đợt (Quý II và Quý IV)": due at the end of June and of December, not only at the end of the span
    idx.records[1] = replace(idx.records[1], deadline="02 đợt (Quý II và Quý IV)", deadline_end="2030-12-31")
    assert due_dates(idx, idx.records[1]) == [date(2030, 6, 30), date(2030, 12, 31)]
    assert due_dates(idx, idx.records[0]) == [date(2030, 3, 31)]  # one deadline, one date
    june = upcoming(idx, date(2030, 6, 1), 30)
    assert [(d.record.activity, d.due) for d in june] == [("Rà soát thủ tục nội bộ", date(2030, 6, 30))]
    year = upcoming(idx, date(2030, 1, 1), 365, agency="Sở Tư pháp")
    assert [d.due for d in year] == [date(2030, 6, 30), date(2030, 12, 31)]
    events = Calendar.from_ical(to_ics(idx, "Sở Tư pháp")).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [date(2030, 6, 30), date(2030, 12, 31)]
    assert len({str(e["uid"]) for e in events}) == 2


# ------------------------------------------------------------------ briefing

def _docx_xml(data: bytes, part: str) -> str:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if n.startswith(f"word/{part}")]
        return "".join(z.read(n).decode("utf-8") for n in names)


def test_briefing_is_the_agencys_only_grouped_and_a4():
    import docx
    from docx.shared import Mm

    from assistant.apps.briefing import build_briefing, to_docx

    idx = make_index()
    b = build_briefing(idx, agency="so noi vu", day=date(2030, 2, 1))
    acts = [i.record.activity for _, items in b.groups for i in items]
    assert "Kiểm tra huyện A" not in acts  # an inspection schedule line is not the agency's task
    assert set(acts) == {"Ban hành kế hoạch tuyên truyền", "Rà soát thủ tục nội bộ", "Số hóa hồ sơ"}
    roles = {i.record.activity: i.role for _, items in b.groups for i in items}
    assert roles["Rà soát thủ tục nội bộ"] == "Phối hợp" and roles["Số hóa hồ sơ"] == "Chủ trì"
    first_group = b.groups[0][1]
    assert [i.record.activity for i in first_group] == ["Ban hành kế hoạch tuyên truyền", "Số hóa hồ sơ"]  # by deadline
    # targets: the goals of its tasks and the objective naming it — not the other objective
    quotes = [c.quote for c in b.targets]
    assert "1. Sở Nội vụ bảo đảm 100% hồ sơ được số hóa." in quotes  # an objective naming the agency
    assert "Giảm 20% thời gian giải quyết thủ tục" in quotes  # the goal of a task it coordinates
    assert "2. Giảm 20% thời gian giải quyết thủ tục." not in quotes  # an objective that does not name it
    assert b.issuer == "UBND tỉnh Mẫu" and "ngày 01 tháng 02 năm 2030" in b.date_line

    lead_only = build_briefing(idx, agency="Sở Nội vụ", role="lead")
    assert "Rà soát thủ tục nội bộ" not in [r.activity for r in lead_only.records]

    data = to_docx(b)
    d = docx.Document(io.BytesIO(data))
    sec = d.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(1) and abs(sec.page_height - Mm(297)) < Mm(1)
    assert "UBND tỉnh Mẫu" in sec.header.paragraphs[0].text
    footer = _docx_xml(data, "footer")
    assert "PAGE" in footer and "NUMPAGES" in footer
    body = "\n".join(p.text for p in d.paragraphs) + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "TÀI LIỆU TÓM TẮT NHIỆM VỤ" in body and "ngày 01 tháng 02 năm 2030" in body
    assert "Kiểm tra huyện A" not in body and "Phối hợp" in body


# ------------------------------------------------------------------ catalogue corrections

CATALOGUE = """# Mục lục — chú thích giữ nguyên
[[document]]
id = "a"
file = "a.txt"
title = "Văn bản A"
year = 2024
level = "tỉnh"

[[document]]
id = "b"
file = "b.txt"
title = "Văn bản B"
"""


def test_catalogue_edit_rewrites_one_block(tmp_path):
    from assistant.apps.web.catalogue_edit import CatalogueError, set_entry
    from assistant.ingest.catalogue import read_catalogue

    (tmp_path / "catalogue.toml").write_text(CATALOGUE, "utf-8")
    shown = {"title": "Văn bản B", "year": 2025, "level": "xã", "number": ""}  # what the form showed (read)
    set_entry(tmp_path, "b", "b.txt", {"title": 'Quyết định "B" sửa', "year": "2025", "level": "xã", "number": ""},
              current=shown)
    text = (tmp_path / "catalogue.toml").read_text("utf-8")
    block_b = text[text.index('file = "b.txt"'):]
    assert "year" not in block_b and "level" not in block_b and "number" not in block_b  # untouched: not written
    assert text.startswith("# Mục lục — chú thích giữ nguyên")
    entries = {e.file: e for e in read_catalogue(tmp_path)}
    assert entries["b.txt"].title == 'Quyết định "B" sửa'
    assert entries["a.txt"].title == "Văn bản A" and entries["a.txt"].year == 2024  # untouched
    set_entry(tmp_path, "c-moi", "c.pdf", {"title": "Văn bản C"})  # a file not yet catalogued
    entries = {e.file: e for e in read_catalogue(tmp_path)}
    assert entries["c.pdf"].id == "c-moi" and len(entries) == 3
    set_entry(tmp_path, "a", "a.txt", {"level": ""}, current={"level": "tỉnh"})  # an explicit clearing is kept
    assert 'level = ""' in (tmp_path / "catalogue.toml").read_text("utf-8")
    with pytest.raises(CatalogueError):
        set_entry(tmp_path, "a", "a.txt", {"year": "hai nghìn"})
    assert {e.file: e for e in read_catalogue(tmp_path)}["a.txt"].year == 2024  # a refused edit changes nothing


# ------------------------------------------------------------------ uploads

def test_upload_checks(tmp_path, monkeypatch):
    from assistant.apps.web import admin
    from assistant.ingest.loaders import LoadError

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with pytest.raises(LoadError):
        admin.check_upload("virus.exe", b"MZ", 10_000)
    with pytest.raises(LoadError):
        admin.check_upload("README.md", "# Kế hoạch".encode(), 10_000)  # the ingest never reads it
    with pytest.raises(LoadError):
        admin.check_upload("rong.txt", b"", 10_000)
    with pytest.raises(LoadError):
        admin.check_upload("lon.txt", b"x" * 20_001, 20_000)
    p1, same1 = admin.save_upload(corpus, "../../ke hoach.txt", "Kế hoạch một".encode(), 10_000)
    p2, same2 = admin.save_upload(corpus, "ke hoach.txt", "Kế hoạch hai".encode(), 10_000)
    p3, same3 = admin.save_upload(corpus, "ke hoach.txt", "Kế hoạch một".encode(), 10_000)
    assert p1.parent == corpus and p1.name == "ke hoach.txt" and p2.name == "ke hoach-2.txt"
    assert p3 == p1 and same3 and not same1 and not same2  # never overwritten, same bytes not duplicated
    assert p1.read_text("utf-8") == "Kế hoạch một"

    # only the contents of an upload are taken: a path elsewhere on the server is refused
    up = tmp_path / "gradio-uploads"
    (up / "abc").mkdir(parents=True)
    (up / "abc" / "ok.txt").write_text("Nội dung", "utf-8")
    monkeypatch.setattr(admin, "upload_folder", lambda: up.resolve())
    assert admin.uploaded_bytes({"path": str(up / "abc" / "ok.txt"), "orig_name": "Kế hoạch.txt"}) == \
        ("Kế hoạch.txt", "Nội dung".encode())
    secret = tmp_path / "secret.txt"
    secret.write_text("mật", "utf-8")
    for bad in (str(secret), str(up / "abc" / ".." / ".." / "secret.txt"), "/etc/hostname"):
        with pytest.raises(LoadError):
            admin.uploaded_bytes({"path": bad})


def test_downloads_are_swept(tmp_path):
    from assistant.apps.web.downloads import Downloads

    d = Downloads(ttl=60, root=tmp_path / "dl")
    p = Path(d.write("tóm tắt.docx", b"x"))
    assert p.exists() and p.name == "tóm tắt.docx"
    assert d.sweep() == 0 and p.exists()
    old = time.time() - 120
    os.utime(p.parent, (old, old))
    assert d.sweep() == 1 and not p.exists() and d.count() == 0
    d.write("b.csv", b"y")
    d.close()
    assert not (tmp_path / "dl").exists()
