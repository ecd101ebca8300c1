"""Heading paths, unwrapping and noise removal on the real seed documents."""
import re

import pytest
from conftest import CORPUS

from assistant.ingest.loaders import load_file
from assistant.ingest.structure import join_wrapped, parse

FILES = {
    "khcchc-2024": "000_16ebe664ba812736.txt",
    "chithi-cchc-2021": "001_837036fdda0cd622.txt",
    "kiemtra-cchc-2024": "002_57b1797f826331d2.txt",
    "khcchc-silolau-2025": "003_02561330650f8d4c.txt",
    "kl90-vpubnd-2026": "004_c88db6b99b330dc5.txt",
}


@pytest.fixture(scope="module")
def parsed():
    out = {}
    for doc_id, f in FILES.items():
        text = load_file(CORPUS / f).text
        out[doc_id] = (text, parse(doc_id, text))
    return out


def find(parsed, doc_id, needle):
    _, p = parsed[doc_id]
    hits = [c for c in p.clauses if needle in c.text]
    assert hits, f"no clause of {doc_id} contains {needle!r}"
    return hits[0]


@pytest.mark.parametrize("doc_id,needle,path", [
    ("khcchc-2024", "Thực hiện quyết liệt trong cải cách thủ tục hành chính", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4."),
    ("khcchc-2024", "Tối thiểu 30% số cơ quan chuyên môn", "II. MỤC TIÊU › 1. Công tác chỉ đạo, điều hành"),
    ("khcchc-2024", "Sở Nội vụ chủ trì, phối hợp với các cơ quan", "IV. TỔ CHỨC THỰC HIỆN › 2."),
    ("chithi-cchc-2021", "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư", "5. Sở Thông tin và Truyền thông"),
    ("chithi-cchc-2021", "ISO 9001", "6. Sở Khoa học và Công nghệ"),
    ("kiemtra-cchc-2024", "Trưởng Đoàn: Đại diện Lãnh đạo Sở Nội vụ", "IV. THÀNH PHẦN VÀ THỜI GIAN KIỂM TRA › 1. Thành phần Đoàn kiểm tra"),
    ("kiemtra-cchc-2024", "Kinh phí thực hiện kiểm tra", "V. TỔ CHỨC THỰC HIỆN › 4."),
    ("kiemtra-cchc-2024", "Công tác kiểm soát thủ tục hành chính; việc rà soát", "ĐỀ CƯƠNG › II. KẾT QUẢ ĐẠT ĐƯỢC TRONG TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH › 1. Kết quả đạt được › a)"),
    ("khcchc-silolau-2025", "Đôn đốc, theo dõi, kiểm tra", "V. TỔ CHỨC THỰC HIỆN › 2. Trách nhiệm của cơ quan, đơn vị › 2.1. Phòng Văn hóa - Xã hội"),
    ("khcchc-silolau-2025", "80% hồ sơ công việc tại xã", "II. MỤC TIÊU › 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
    ("kl90-vpubnd-2026", "Đơn vị chủ trì: Phòng Hành chính – Quản trị", "II. NỘI DUNG TRIỂN KHAI › 1. Tuyên truyền, quán triệt, cụ thể hóa Kết luận số 90-KL/TU, ngày 03/3/2026 của Ban…"),
    ("kl90-vpubnd-2026", "ISO 9001 – 2015", "II. NỘI DUNG TRIỂN KHAI › 7. Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
])
def test_heading_paths(parsed, doc_id, needle, path):
    assert find(parsed, doc_id, needle).path_str == path


def test_unwrapped_text_has_no_page_numbers_or_urls(parsed):
    for doc_id, (_, p) in parsed.items():
        for c in p.clauses:
            assert "thuvienphapluat" not in c.text and "https://" not in c.text, c
            assert "\n" not in c.text


def test_hyphen_broken_document_numbers_are_joined(parsed):
    c = find(parsed, "khcchc-silolau-2025", "Kế hoạch số 4141/KH-UBND")
    assert "4141/KH-UBND" in c.text
    assert join_wrapped("4163/KH-", "UBND") == "4163/KH-UBND"
    assert join_wrapped("thanh -", "Truyền") == "thanh - Truyền"


def test_sentence_broken_by_url_line_is_one_clause(parsed):
    # 000: a stray URL line sits inside section I; the bullet around it stays whole
    c = find(parsed, "khcchc-2024", "Nâng cao mức độ hài lòng của người dân, tổ chức")
    assert c.text.endswith("cơ quan hành chính Nhà nước các cấp.")


def test_page_number_inside_sentence_is_dropped(parsed):
    c = find(parsed, "khcchc-2024", "100% các cơ quan, đơn vị sự trong tỉnh ban hành quy chế")
    assert re.search(r"\s4\s", c.text) is None


def test_closing_block_is_metadata_not_text(parsed):
    for doc_id, (_, p) in parsed.items():
        assert not any(c.text.startswith("Nơi nhận") for c in p.clauses), doc_id
        assert not any(c.text.startswith("- Lưu: VT") for c in p.clauses), doc_id
    assert parsed["khcchc-2024"][1].signer == "Lê Văn Lương"
    assert parsed["chithi-cchc-2021"][1].signer == "Trần Tiến Dũng"
    assert parsed["kiemtra-cchc-2024"][1].signer == "Tổng Thanh Hải"
    assert parsed["kiemtra-cchc-2024"][1].signer_title.startswith("TM. ỦY BAN NHÂN DÂN")
    assert parsed["kl90-vpubnd-2026"][1].signer == "Nguyễn Văn Ban"


def test_html_and_markdown_stripped_from_002(parsed):
    _, p = parsed["kiemtra-cchc-2024"]
    for c in p.clauses:
        assert "<" not in c.text and "**" not in c.text and not c.text.startswith("#"), c.text
    rows = [r for t in p.tables for r in t.rows]
    assert rows and all("<" not in cell for r in rows for cell in r.cells)
    muong_te = [r for r in rows if r.cells[1:2] == ["Huyện Mường Tè"]][0]
    assert "- Việc cập nhật hồ sơ cán bộ" in muong_te.cells[2]


def test_footnotes_are_separate_and_do_not_break_sentences(parsed):
    _, p = parsed["kiemtra-cchc-2024"]
    notes = [c for c in p.clauses if c.kind == "footnote"]
    assert notes and notes[0].text.startswith("¹ Đối với các đơn vị kiểm tra trực tiếp")


def test_offsets_point_into_the_source(parsed):
    for doc_id, (text, p) in parsed.items():
        for c in p.clauses[:40]:
            src = text[c.start:c.end]
            first = c.text.split()[0].strip("*#-+")
            assert first[:3].lower() in src.lower() or first.isdigit(), (doc_id, c.text[:40], src[:40])


def test_plan_appendix_lines_are_handed_to_table_parser(parsed):
    for doc_id in ("khcchc-2024", "khcchc-silolau-2025"):
        _, p = parsed[doc_id]
        assert len(p.appendix_lines) > 500
        assert "Mục tiêu" in p.appendix_lines[0].text
