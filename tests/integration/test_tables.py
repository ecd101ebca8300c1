"""Agency gazetteer and the record shapes of 001, 002, 003 (section V) and 004."""
import json
import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT

from assistant.ingest.catalogue import iter_documents
from assistant.ingest.structure import parse
from assistant.ingest.tables import extract_records
from assistant.lang.gazetteer import gazetteer


@pytest.fixture(scope="module")
def records():
    out = {}
    for _, doc, _ in iter_documents(CORPUS):
        out[doc.id] = extract_records(doc, parse(doc.id, doc.text))
    return out


def test_gazetteer_variants_and_accent_free_lookup():
    g = gazetteer()
    for typed in ("Sở Nội vụ", "so noi vu", "SỞ NỘI VỤ", "Sở  Nội vụ"):
        assert g.lookup(typed).id == "so-noi-vu", typed
    assert g.lookup("stttt").name == "Sở Thông tin và Truyền thông"
    assert g.lookup("Sở TT&TT").name == "Sở Thông tin và Truyền thông"
    assert g.lookup("tu phap").name == "Sở Tư pháp"  # a short form, allowed in questions
    assert g.lookup("Uỷ ban nhân dân các huyện, thành phố").id == g.lookup("UBND các huyện, thành phố").id
    assert g.lookup("Phòng Hành chính - Quản trị").id == g.lookup("Phòng Hành chính – Quản trị").id
    assert g.lookup("Văn phòng HĐND - UBND xã").id != g.lookup("Văn phòng UBND tỉnh").id


def test_gazetteer_reads_sở_lists_and_keeps_short_forms_out_of_prose():
    g = gazetteer()
    ids = g.ids("Các sở: Tài chính, Tư pháp, Thông tin và Truyền thông, Khoa học và Công nghệ")
    assert {"so-tai-chinh", "so-tu-phap", "so-tttt", "so-khcn"} <= set(ids)
    # "tài chính" alone in prose is not Sở Tài chính
    assert "so-tai-chinh" not in g.ids("Tăng cường kỷ luật, kỷ cương tài chính - ngân sách")


def test_004_items_inherit_their_trailer_fields(records):
    recs, _ = records["kl90-vpubnd-2026"]
    first = [r for r in recs if "100% CCVCNLD trong cơ quan được quán triệt" in r.activity][0]
    assert first.lead == "Phòng Hành chính – Quản trị, Trung tâm Tin học và Công báo"
    assert first.executors == "Các phòng, ban, trung tâm"
    assert first.deadline == "Thường xuyên" and first.ongoing and first.deadline_end is None
    iso = [r for r in recs if "ISO 9001" in r.activity][0]
    assert iso.lead == "Trung tâm Tin học và Công báo" and iso.coordinators == "Các phòng, ban, trung tâm"
    # the footnote line is not an item, the sentence around it is
    assert not any(r.activity.startswith("¹") for r in recs)
    assert len([r for r in recs if r.kind == "item"]) == 26


def test_002_inspection_table_team_and_self_inspection_deadline(records):
    recs, _ = records["kiemtra-cchc-2024"]
    insp = [r for r in recs if r.kind == "inspection"]
    assert [r.activity for r in insp] == ["Huyện Phong Thổ", "Huyện Nậm Nhùn", "Sở Ngoại vụ", "Sở Giáo dục và Đào tạo",
                                          "Sở Y tế", "Sở Tài nguyên và Môi trường", "Sở Nội vụ",
                                          "Ban quản lý Khu kinh tế tỉnh", "Huyện Mường Tè"]
    assert all(r.lead == "Sở Nội vụ" for r in insp)  # merged cells inherit
    assert all(r.coordinators == "Sở Thông tin và Truyền thông; Văn phòng UBND tỉnh" for r in insp)
    assert insp[0].section == "I" and insp[2].section == "II"
    team = {r.activity.split(":")[0]: r.lead for r in recs if r.kind == "team"}
    assert team["Trưởng Đoàn"] == "Đại diện Lãnh đạo Sở Nội vụ"
    assert team["Phó Trưởng Đoàn"] == "Đại diện Lãnh đạo Sở Thông tin và Truyền thông"
    self_check = [r for r in recs if r.deadline == "trước ngày 01/12/2024"]
    assert len(self_check) == 1 and self_check[0].deadline_end == "2024-12-01"


def test_001_agency_sections_make_duties(records):
    recs, _ = records["chithi-cchc-2021"]
    leads = {r.lead for r in recs}
    for agency in ("Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Thông tin và Truyền thông",
                   "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"):
        assert agency in leads
    tt = [r for r in recs if r.activity.startswith("Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư")][0]
    assert tt.lead == "Sở Thông tin và Truyền thông"
    assert tt.coordinators == "Sở Tài chính, Sở Kế hoạch và Đầu tư"
    assert all(r.deadline == "" for r in recs)  # the directive gives no dates
    assert not any("Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch" in r.activity for r in recs)


def test_003_section_v_duties(records):
    recs, _ = records["khcchc-silolau-2025"]
    duties = [r for r in recs if r.kind == "duty"]
    assert {r.lead for r in duties} >= {"Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã",
                                        "Trung tâm phục vụ hành chính công"}
    assert len([r for r in recs if r.kind == "activity"]) == 24


def test_tasks_cli_filters(built_index):
    s, _ = built_index
    out = subprocess.run([sys.executable, "-m", "assistant", "tasks", "--json", "--index", str(s.index_dir),
                          "--doc", "khcchc-2024", "--agency", "so noi vu", "--due-before", "2024-06-30"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows
    for r in rows:
        assert r["source"] == "khcchc-2024" and r["deadline_end"] <= "2024-06-30"
        assert "Sở Nội vụ" in r["lead"] + r["coordinators"]
        assert set(r) >= {"section", "section_title", "goal_no", "goal", "task_no", "task", "activity_no",
                          "activity", "output", "lead", "coordinators", "deadline", "deadline_start",
                          "deadline_end", "clause", "quote"}
    assert any("điều tra xã hội học" in r["activity"] for r in rows)
