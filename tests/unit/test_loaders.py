"""Loaders: real PDF and DOCX files with a plan table; rows survive as rows."""
import pytest
from fixtures_docs import ROWS, make_docx, make_pdf

from assistant.ingest.loaders import LoadError, load_bytes, load_file
from assistant.ingest.structure import parse
from assistant.ingest.tables import extract_records
from assistant.records import Document


def _records(text: str, year=2027):
    doc = Document(id="thu", file="x", title="Kế hoạch thử", year=year, text=text)
    return extract_records(doc, parse(doc.id, text))[0]


def test_docx_table_rows_survive(tmp_path):
    text = load_file(make_docx(tmp_path / "plan.docx"))
    rows = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    assert rows[0][3] == "Hoạt động" and rows[0][5] == "Cơ quan chủ trì"
    assert rows[1][3] == ROWS[0][3] and rows[2][5] == "Sở Tư pháp"
    parsed = parse("thu", text)
    assert parsed.tables and len(parsed.tables[0].rows) == 3
    assert any(c.path_str == "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích" for c in parsed.clauses)


def test_docx_plan_table_round_trip_to_records(tmp_path):
    recs = [r for r in _records(load_file(make_docx(tmp_path / "plan.docx"))) if r.kind == "activity"]
    assert [(r.activity_no, r.lead, r.coordinators, r.deadline) for r in recs] == [
        ("1", "Sở Nội vụ", "Báo Lai Châu", "Quý II"),
        ("2", "Sở Tư pháp", "Sở Nội vụ, Đài Phát thanh và Truyền hình tỉnh", "Tháng 9"),
    ]
    # merged (empty) goal/task cells inherit from the row above
    assert recs[1].task == "Tuyên truyền trên báo" and recs[1].task_no == "1"
    assert (recs[0].deadline_start, recs[0].deadline_end) == ("2027-04-01", "2027-06-30")
    assert recs[1].lead_ids == ["so-tu-phap"]


def test_pdf_table_rows_survive(tmp_path):
    text = load_file(make_pdf(tmp_path / "plan.pdf"))
    assert "Nâng cao hiệu quả công tác cải cách hành chính" in text
    rows = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    assert len(rows) == 3, text
    assert rows[1][5] == "Sở Nội vụ" and rows[2][7] == "Tháng 9"
    recs = [r for r in _records(text) if r.kind == "activity"]
    assert [r.lead for r in recs] == ["Sở Nội vụ", "Sở Tư pháp"]


@pytest.mark.parametrize("name,data,msg", [
    ("a.txt", b"", "rỗng"),
    ("a.exe", b"MZ\x00\x00", "Không hỗ trợ"),
    ("a.txt", b"\x00\x01\x02binary", "nhị phân"),
    ("a.pdf", b"not a pdf at all", "không phải PDF"),
    ("a.pdf", b"%PDF-1.4\n garbage garbage", "PDF"),
    ("a.docx", b"PK\x03\x04 broken zip", "DOCX"),
    ("a.txt", b"K\xe9 ho\xe1ch c\xe1i c\xe1ch", "UTF-8"),
])
def test_bad_files_get_a_clear_vietnamese_error(name, data, msg):
    with pytest.raises(LoadError) as e:
        load_bytes(data, name)
    assert msg in str(e.value)


def test_utf16_text_is_read():
    assert load_bytes("Kế hoạch cải cách".encode("utf-16"), "a.txt") == "Kế hoạch cải cách"
