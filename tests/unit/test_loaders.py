"""Loaders: every encoding, DOCX layout and data tables, zip bombs refused before inflating, PDF limits, and a
scanned page never lost silently."""
import io
import tracemalloc
import zipfile

import pytest
from fixtures_docs import ROWS, make_docx, make_pdf
from fixtures_layouts import image_pdf, make_docx as make_layout_docx, scanned_page, to_cp1258, with_footnote

from assistant.ingest.limits import LoadLimits
from assistant.ingest.loaders import LoadError, check_bytes, load_bytes, load_file
from assistant.ingest.pdf_reader import PageTimeout, run_with_deadline
from assistant.ingest.structure import parse
from assistant.ingest.tables import extract_records
from assistant.records import Document, Loaded

PLAN = "KẾ HOẠCH\nCải cách hành chính xã Nậm Xe năm 2025\nỦy ban nhân dân xã thực hiện: kiểm tra, rà soát."


def _records(text: str, year=2027):
    doc = Document(id="thu", file="x", title="Kế hoạch thử", year=year, text=text)
    return extract_records(doc, parse(doc.id, text))[0]


# --- DOCX / PDF tables ------------------------------------------------------------------------------------

def test_docx_table_rows_survive(tmp_path):
    loaded = load_file(make_docx(tmp_path / "plan.docx"))
    assert isinstance(loaded, Loaded) and loaded.encoding == "docx" and not loaded.warnings
    text = loaded.text
    rows = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    assert rows[0][3] == "Hoạt động" and rows[0][5] == "Cơ quan chủ trì"
    assert rows[1][3] == ROWS[0][3] and rows[2][5] == "Sở Tư pháp"
    parsed = parse("thu", text)
    assert parsed.tables and len(parsed.tables[0].rows) == 3
    assert any(c.path_str == "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích" for c in parsed.clauses)


def test_docx_plan_table_round_trip_to_records(tmp_path):
    recs = [r for r in _records(load_file(make_docx(tmp_path / "plan.docx")).text) if r.kind == "activity"]
    assert [(r.activity_no, r.lead, r.coordinators, r.deadline) for r in recs] == [
        ("1", "Sở Nội vụ", "Báo Lai Châu", "Quý II"),
        ("2", "Sở Tư pháp", "Sở Nội vụ, Đài Phát thanh và Truyền hình tỉnh", "Tháng 9"),
    ]
    assert recs[1].task == "Tuyên truyền trên báo" and recs[1].task_no == "1"


def test_pdf_table_rows_survive(tmp_path):
    loaded = load_file(make_pdf(tmp_path / "plan.pdf"))
    assert loaded.encoding == "pdf" and loaded.ocr_pages == [] and loaded.warnings == []
    text = loaded.text
    assert "Nâng cao hiệu quả công tác cải cách hành chính" in text
    rows = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    assert len(rows) == 3, text
    assert rows[1][5] == "Sở Nội vụ" and rows[2][7] == "Tháng 9"
    recs = [r for r in _records(text) if r.kind == "activity"]
    assert [r.lead for r in recs] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_pdf_cell_merged_down_is_read_on_each_row_and_a_section_row_stays_empty(tmp_path):
    from fixtures_layouts import FONT
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    data = [["STT", "Đơn vị được kiểm tra", "Thời gian", "Trưởng đoàn"],
            ["I", "Các sở, ban, ngành", "", ""],
            ["1", "Sở Tài chính", "Tháng 4/2026", "Ông Lê Văn An"],
            ["2", "Sở Y tế", "Tháng 4/2026", ""],
            ["3", "Sở Xây dựng", "Tháng 5/2026", "Bà Trần Thị Bình"]]
    tb = Table(data, colWidths=[30, 160, 90, 160])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "DejaVu"),
                            ("SPAN", (1, 1), (3, 1)), ("SPAN", (3, 2), (3, 3))]))
    path = tmp_path / "lich.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([tb])
    rows = [ln.split("\t") for ln in load_file(path).text.splitlines() if "\t" in ln]
    assert rows[1] == ["I", "Các sở, ban, ngành", "", ""]  # merged across: not filled from the header
    assert rows[2][3] == "Ông Lê Văn An" and rows[3][3] == "Ông Lê Văn An"  # merged down: on both rows
    assert rows[4][3] == "Bà Trần Thị Bình"


def _layout_docx(tmp_path):
    return make_layout_docx(
        tmp_path / "xa.docx",
        left=["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 07/KH-UBND"],
        right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Tân Phú, ngày 03 tháng 02 năm 2025"],
        title=["KẾ HOẠCH", "Cải cách hành chính năm 2025"],
        body=["Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU"],
        recipients=["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."],
        signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "Trần Văn Bình"],
        table=[["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
               ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
               ["1", "Rà soát văn bản", "Công chức Tư pháp - Hộ tịch", "Văn phòng - Thống kê", "Quý I/2025"],
               ["2", "Phổ biến pháp luật", "Công chức Tư pháp - Hộ tịch", "Trưởng các thôn", "Quý II/2025"]],
        merges=[(1, 1, 1, 4), (2, 2, 3, 2)],  # a section row spanning four columns; a lead merged over two rows
    )


def test_docx_layout_tables_read_as_lines_in_reading_order(tmp_path):
    text = load_file(_layout_docx(tmp_path)).text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines[:6] == ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 07/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Tân Phú, ngày 03 tháng 02 năm 2025"]
    sig = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[sig - 3:sig] == ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."]  # left cell, then right
    assert lines[sig:sig + 4] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Trần Văn Bình"]
    assert not any("\t" in ln for ln in lines[: sig + 4])


def test_docx_data_table_merged_cells(tmp_path):
    rows = [ln.split("\t") for ln in load_file(_layout_docx(tmp_path)).text.splitlines() if "\t" in ln]
    assert rows[0] == ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    assert rows[1] == ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""]  # horizontal merge: blank after the first column
    assert rows[2][2] == rows[3][2] == "Công chức Tư pháp - Hộ tịch"  # vertical merge: the value on every row
    assert rows[3][1:] == ["Phổ biến pháp luật", "Công chức Tư pháp - Hộ tịch", "Trưởng các thôn", "Quý II/2025"]


def test_docx_footnotes_are_kept(tmp_path):
    data = with_footnote(_layout_docx(tmp_path).read_bytes(), "Theo Nghị quyết số 66/NQ-CP của Chính phủ.")
    assert load_bytes(data, "a.docx").text.rstrip().endswith("[1] Theo Nghị quyết số 66/NQ-CP của Chính phủ.")


# --- zip bombs ----------------------------------------------------------------------------------------------

def _docx_bytes(tmp_path) -> bytes:
    return make_docx(tmp_path / "plan.docx").read_bytes()


def _bomb(tmp_path, inflated: int, part: str = "word/document.xml") -> bytes:
    """A real DOCX whose ``part`` is replaced by ``inflated`` bytes of spaces: a few hundred KB on disk."""
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes(tmp_path)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename == part:
                with out.open(part, "w", force_zip64=True) as f:
                    chunk = b" " * (1 << 20)
                    for _ in range(inflated >> 20):
                        f.write(chunk)
            else:
                out.writestr(info, src.read(info.filename))
    return buf.getvalue()


def test_docx_bomb_refused_before_inflating(tmp_path):
    data = _bomb(tmp_path, 300 << 20)  # 300 MB of XML in a file of well under 1 MB
    assert len(data) < 1 << 20
    tracemalloc.start()
    try:
        with pytest.raises(LoadError) as e:
            load_bytes(data, "bom.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "zip bomb" in str(e.value) and "bom.docx" in str(e.value)
    assert peak < 20 << 20  # the part was never inflated


def test_docx_compression_ratio_refused(tmp_path):
    data = _bomb(tmp_path, 20 << 20)  # within the size limits, but 20 MB from a few KB
    with pytest.raises(LoadError) as e:
        load_bytes(data, "nen.docx")
    assert "nén bất thường" in str(e.value)


def test_docx_part_count_and_size_limits(tmp_path):
    data = _docx_bytes(tmp_path)
    with pytest.raises(LoadError, match="phần"):
        load_bytes(data, "a.docx", LoadLimits(docx_max_parts=3))
    with pytest.raises(LoadError, match="giải nén"):
        load_bytes(data, "a.docx", LoadLimits(docx_max_unzipped_bytes=20_000, docx_max_xml_bytes=10_000))
    assert load_bytes(data, "a.docx").text  # the defaults take a normal plan


def test_limits_are_validated():
    with pytest.raises(ValueError):
        LoadLimits(pdf_max_pages=0)
    with pytest.raises(ValueError):
        LoadLimits(ocr_dpi=5000)
    with pytest.raises(ValueError):
        LoadLimits(ocr_lang="vie; rm -rf /")


# --- PDF limits ---------------------------------------------------------------------------------------------

def test_pdf_page_limit(tmp_path):
    pdf = image_pdf(tmp_path / "two.pdf", [], text_first=["Trang một."])
    data = pdf.read_bytes()
    assert load_bytes(data, "p.pdf", LoadLimits(pdf_max_pages=1)).text.strip() == "Trang một."
    two = image_pdf(tmp_path / "two.pdf", [scanned_page(["x"])], text_first=["Trang một."]).read_bytes()
    with pytest.raises(LoadError, match="2 trang"):
        load_bytes(two, "p.pdf", LoadLimits(pdf_max_pages=1))


def test_run_with_deadline_stops_a_runaway_page():
    def forever():
        n = 0
        while True:
            n += 1

    with pytest.raises(PageTimeout):
        run_with_deadline(forever, 0.2)
    assert run_with_deadline(lambda: 41 + 1, 5) == 42
    with pytest.raises(ZeroDivisionError):
        run_with_deadline(lambda: 1 / 0, 5)


def test_pdf_pages_past_their_budget_are_named(tmp_path):
    data = make_pdf(tmp_path / "plan.pdf").read_bytes()
    with pytest.raises(LoadError) as e:
        load_bytes(data, "p.pdf", LoadLimits(pdf_page_seconds=1e-9))
    assert "Trang 1" in str(e.value) and "chưa được đọc" in str(e.value)


def test_scanned_page_without_tesseract_is_named_not_lost(tmp_path, monkeypatch):
    pdf = image_pdf(tmp_path / "scan.pdf", [scanned_page(["THÔNG BÁO", "Hội nghị cải cách hành chính"])],
                    text_first=["Trang đầu có lớp chữ: Kế hoạch cải cách hành chính."])
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on the PATH
    loaded = load_file(pdf)
    assert "Trang đầu có lớp chữ" in loaded.text and loaded.ocr_pages == []
    assert len(loaded.warnings) == 1 and "Trang 2" in loaded.warnings[0] and "tesseract-ocr" in loaded.warnings[0]
    only_scan = image_pdf(tmp_path / "only.pdf", [scanned_page(["THÔNG BÁO"])])
    with pytest.raises(LoadError) as e:
        load_file(only_scan)
    assert "Trang 1" in str(e.value) and "Tesseract" in str(e.value)


# --- text encodings -----------------------------------------------------------------------------------------

TEXT = "Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân xã Nậm Xe\nĐiều 1. Quy định chung; Phường Hòa Bình."


@pytest.mark.parametrize("data,enc", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16-le"),  # BOM + little endian
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM
    (TEXT.encode("utf-16-be"), "utf-16-be"),  # no BOM
    (to_cp1258(TEXT), "cp1258"),
])
def test_every_text_encoding_is_read(data, enc):
    loaded = load_bytes(data, "a.txt")
    assert loaded.text == TEXT and loaded.encoding == enc and loaded.warnings == []


def test_cp1258_uses_combining_tones_and_comes_out_nfc():
    raw = to_cp1258("Hạnh phúc")
    assert b"\xf2" in raw  # the dot below is its own byte in cp1258
    assert load_bytes(raw, "a.md").text == "Hạnh phúc"


def test_text_is_sanitized_and_lines_normalised():
    raw = "Kế\u200b hoạch\r\nsố\u202e 09\rxong".encode("utf-8")
    assert load_bytes(raw, "a.txt").text == "Kế hoạch\nsố 09\nxong"


def test_a_few_broken_bytes_are_replaced_with_a_warning():
    raw = (TEXT * 20).encode("utf-8") + b"\xff" + " thêm.".encode("utf-8")
    loaded = load_bytes(raw, "a.txt")
    assert "\ufffd" in loaded.text and loaded.warnings and "1 ký tự" in loaded.warnings[0]


@pytest.mark.parametrize("name,data,msg", [
    ("a.txt", b"", "rỗng"),
    ("a.exe", b"MZ\x00\x00", "Không hỗ trợ"),
    ("a.txt", b"\x00\x01\x02binary\x00\x07\x00\x03", "nhị phân"),
    ("a.pdf", b"not a pdf at all", "không phải PDF"),
    ("a.pdf", b"%PDF-1.4\n garbage garbage", "PDF"),
    ("a.docx", b"PK\x03\x04 broken zip", "DOCX"),
    # TCVN3 ("KÕ ho¹ch c¶i c¸ch"): a legacy font encoding, neither UTF-8 nor cp1258 Vietnamese
    ("a.txt", b"K\xd5 ho\xb9ch c\xb6i c\xb8ch h\xb5nh ch\xdanh n\xa8m 2025 " * 3, "UTF-8"),
])
def test_bad_files_get_a_clear_vietnamese_error(name, data, msg):
    with pytest.raises(LoadError) as e:
        load_bytes(data, name)
    assert msg in str(e.value)


def test_too_big_is_refused(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(PLAN.encode("utf-8"))
    with pytest.raises(LoadError, match="quá lớn"):
        load_file(p, LoadLimits(max_file_bytes=10))


def test_upload_check_skips_ocr_but_names_scans(tmp_path):
    data = image_pdf(tmp_path / "scan.pdf", [scanned_page(["THÔNG BÁO"])]).read_bytes()
    checked = check_bytes(data, "scan.pdf")  # no OCR run: fast enough for an upload form
    assert checked.scanned_pages == [1] and checked.ocr_pages == [] and "OCR" in checked.warnings[0]
    with pytest.raises(LoadError, match="DOCX"):
        check_bytes(b"PK\x03\x04 broken zip", "a.docx")


def test_ocr_reads_a_lone_l_back_as_the_roman_numeral_it_was():
    from assistant.ingest.ocr import fix_numerals

    assert fix_numerals("Hội nghị sơ kết quý l năm 2027; Phần ll. Mục lV") == \
        "Hội nghị sơ kết quý I năm 2027; Phần II. Mục IV"
    # words with an l in them stay as they are
    assert fix_numerals("lập kế hoạch, làm việc, Lâm Hà, lúc 8 giờ") == "lập kế hoạch, làm việc, Lâm Hà, lúc 8 giờ"
    assert fix_numerals("báo cáo quý | năm 2025; Phụ lục |") == "báo cáo quý I năm 2025; Phụ lục I"
    assert fix_numerals("STT | Nội dung | Thời gian") == "STT | Nội dung | Thời gian"  # a ruling stays
    # the last stroke of a numeral read as "H" or "|" after a numbering word
    assert fix_numerals("hoàn thành trong Quý IIH/2026; Phần I| và Hà Nội; quý II1/2026, quý 1/2026, Quý\nIIH/2027") == \
        "hoàn thành trong Quý III/2026; Phần II và Hà Nội; quý III/2026, quý 1/2026, Quý\nIII/2027"
    assert fix_numerals("Quý H/2026, mục Hồ sơ") == "Quý H/2026, mục Hồ sơ"  # no stroke read as I: left alone


def test_ocr_drops_the_marks_specks_leave_but_keeps_bullets_and_rulings():
    from assistant.ingest.ocr import drop_specks

    text = "THÔNG BÁO _\n: tại ‹ cuộc họp quý I năm 2027 -\n- Các sở: Nội vụ, Tư pháp;\nSTT | Nội dung | Thời gian"
    assert drop_specks(text) == ("THÔNG BÁO\ntại cuộc họp quý I năm 2027\n- Các sở: Nội vụ, Tư pháp;\n"
                                 "STT | Nội dung | Thời gian")
