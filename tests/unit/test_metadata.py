"""Metadata read from the document itself, on small invented documents of many layouts and places."""
from pathlib import Path

import pytest
from fixtures_layouts import make_docx, make_pdf, to_cp1258

from assistant.ingest.catalogue import iter_documents
from assistant.ingest.loaders import load_file
from assistant.ingest.metadata import read_metadata

ROOT = Path(__file__).resolve().parents[2]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _check(md, **want):
    got = {k: getattr(md, k) for k in want}
    assert got == want


def test_commune_plan_docx_other_province(tmp_path):
    p = make_docx(
        tmp_path / "xa.docx",
        left=["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 07/KH-UBND"],
        right=[*MOTTO, "Tân Phú, ngày 03 tháng 02 năm 2025"],
        title=["KẾ HOẠCH", "Cải cách hành chính xã Tân Phú năm 2025"],
        body=["Căn cứ Kế hoạch số 88/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân huyện Định Quán;",
              "Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
              "- Thực hiện các chỉ tiêu của tỉnh Đồng Nai và của huyện."],
        recipients=["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."],
        signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Trần Văn Bình"],
    )
    _check(read_metadata(load_file(p).text), doc_type="Kế hoạch", number="07/KH-UBND",
           title="Kế hoạch Cải cách hành chính xã Tân Phú năm 2025", issuer="Ủy ban nhân dân xã Tân Phú",
           place="xã Tân Phú", province="tỉnh Đồng Nai", level="xã", date="2025-02-03", year=2025,
           signer="Trần Văn Bình", signer_title="TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")


def test_district_directive_pdf_flattened_header(tmp_path):
    p = make_pdf(
        tmp_path / "ct.pdf", left=["ỦY BAN NHÂN DÂN", "HUYỆN MAI SƠN"], right=MOTTO, number="Số: 03/CT-UBND",
        place_date="Mai Sơn, ngày 05 tháng 3 năm 2025",
        title=["CHỈ THỊ", "Về tăng cường kỷ luật hành chính và nâng cao chất lượng phục vụ người dân trên địa bàn "
               "huyện trong năm 2025"],
        body=["Thời gian qua, công tác cải cách hành chính của huyện đạt nhiều kết quả; Chủ tịch Ủy ban nhân dân "
              "huyện Mai Sơn yêu cầu:", "1. Thủ trưởng các phòng, ban chuyên môn:",
              "- Chấp hành nghiêm thời giờ làm việc; báo cáo Ủy ban nhân dân tỉnh Sơn La khi được yêu cầu."],
        recipients=["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, NV."],
        signature=["CHỦ TỊCH", "", "Lò Văn Sơn"],
    )
    text = load_file(p).text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text.splitlines()[0]  # flattened onto the issuer's line
    _check(read_metadata(text), doc_type="Chỉ thị", number="03/CT-UBND", issuer="Ủy ban nhân dân huyện Mai Sơn",
           place="huyện Mai Sơn", province="tỉnh Sơn La", level="huyện", date="2025-03-05", year=2025,
           signer="Lò Văn Sơn",
           title="Chỉ thị Về tăng cường kỷ luật hành chính và nâng cao chất lượng phục vụ người dân trên địa bàn "
                 "huyện trong năm 2025")


DEPARTMENT = """UBND TỈNH QUẢNG NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   SỞ NỘI VỤ                              Độc lập - Tự do - Hạnh phúc
  --------                                    ---------------
Số: 112/KH-SNV                         Quảng Nam, ngày 09 tháng 01 năm 2026

                          KẾ HOẠCH
    Kiểm tra công tác cải cách hành chính năm 2026 tại các sở, ngành

    Thực hiện Kế hoạch số 20/KH-UBND của Ủy ban nhân dân tỉnh, Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:
I. MỤC ĐÍCH
- Đánh giá kết quả thực hiện nhiệm vụ của các sở, ngành.

Nơi nhận:                                        KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                               PHÓ GIÁM ĐỐC
- Lưu: VT, CCHC.
                                                 Hồ Thị Mai Anh
"""


def test_department_text_aligned_with_spaces():
    _check(read_metadata(DEPARTMENT), doc_type="Kế hoạch", number="112/KH-SNV", issuer="Sở Nội vụ",
           place="tỉnh Quảng Nam", province="tỉnh Quảng Nam", level="sở-ngành", date="2026-01-09", year=2026,
           signer="Hồ Thị Mai Anh", signer_title="KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
           title="Kế hoạch Kiểm tra công tác cải cách hành chính năm 2026 tại các sở, ngành")


def test_the_same_document_in_windows_1258(tmp_path):
    p = tmp_path / "snv.txt"
    p.write_bytes(to_cp1258(DEPARTMENT))
    loaded = load_file(p)
    assert loaded.encoding == "cp1258"
    assert read_metadata(loaded.text).issuer == "Sở Nội vụ"


OFFICE = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
VĂN PHÒNG

Số: 31/TB-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Kạn, ngày 28 tháng 11 năm 2025

THÔNG BÁO
Lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân tỉnh
tháng 12 năm 2025

Văn phòng Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân như sau:
1. Thời gian: ngày 15/12/2025.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nông Văn Tiến
"""


def test_provincial_office_bare_issuer_line():
    _check(read_metadata(OFFICE), doc_type="Thông báo", number="31/TB-VP",
           issuer="Văn phòng Ủy ban nhân dân tỉnh", place="tỉnh Bắc Kạn", province="tỉnh Bắc Kạn",
           level="văn phòng", date="2025-11-28", year=2025, signer="Nông Văn Tiến",
           title="Thông báo Lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân tỉnh tháng 12 năm 2025")


WARD_MD = """ỦY BAN NHÂN DÂN  
**PHƯỜNG HÒA BÌNH**  
Số: 05/BC-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**

*Hòa Bình, ngày 30 tháng 6 năm 2025*

# BÁO CÁO
## Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025

Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, Ủy ban nhân dân phường Hòa Bình báo cáo như sau:

## I. KẾT QUẢ

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

**PHẠM THU HƯƠNG**
"""


def test_an_office_line_misread_by_ocr_is_not_the_signer():
    # a scan: the deputy's title line came out "PÐ VĂN PHONG" beside the recipients, the name under a stamp is lost
    scanned = OFFICE.replace("""KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nông Văn Tiến
""", """KT. CHÁNH VĂN PHÒNG
- Lưu: VT; PÐ VĂN PHONG

nh Tiến
""")
    assert scanned != OFFICE and read_metadata(scanned).signer == ""
    # a name in capitals under another office stays a name
    named = OFFICE.replace("PHÓ CHÁNH VĂN PHÒNG\n\nNông Văn Tiến", "PHÓ CHÁNH VĂN PHÒNG\n\nLÊ VĂN PHONG")
    assert named != OFFICE and read_metadata(named.replace("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
                                                           "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")).signer == "Lê Văn Phong"


def test_ward_report_in_markdown():
    _check(read_metadata(WARD_MD), doc_type="Báo cáo", number="05/BC-UBND", issuer="Ủy ban nhân dân phường Hòa Bình",
           place="phường Hòa Bình", level="xã", date="2025-06-30", year=2025, signer="Phạm Thu Hương",
           title="Báo cáo Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025")


DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH

Số: 1020/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 08 tháng 4 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp trong giải quyết thủ tục hành chính
trên địa bàn tỉnh Hà Tĩnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
Điều 2. Quyết định có hiệu lực từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đặng Quốc Vinh

QUY CHẾ
Phối hợp trong giải quyết thủ tục hành chính
(Ban hành kèm theo Quyết định số 1020/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh

GIÁM ĐỐC
Nguyễn Văn Khác
"""


def test_provincial_decision_with_the_rules_it_issues():
    _check(read_metadata(DECISION), doc_type="Quyết định", number="1020/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
           place="tỉnh Hà Tĩnh", province="tỉnh Hà Tĩnh", level="tỉnh", date="2025-04-08", year=2025,
           signer="Đặng Quốc Vinh",
           title="Quyết định Về việc ban hành Quy chế phối hợp trong giải quyết thủ tục hành chính trên địa bàn tỉnh "
                 "Hà Tĩnh")


OFFICIAL_LETTER = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CHỢ MỚI                        Độc lập - Tự do - Hạnh phúc

Số: 450/UBND-NV                      Chợ Mới, ngày 17 tháng 9 năm 2025
V/v đẩy mạnh số hóa hồ sơ thủ tục
hành chính năm 2025

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Ủy ban nhân dân huyện Chợ Mới đề nghị các xã thực hiện các nội dung sau:
1. Số hóa 100% hồ sơ tiếp nhận.

Nơi nhận:                                     TL. CHỦ TỊCH
- Như trên;                                   CHÁNH VĂN PHÒNG
- Lưu: VT.
                                              Lâm Văn Đức
"""


def test_official_letter_subject_is_the_vv_line():
    _check(read_metadata(OFFICIAL_LETTER), doc_type="Công văn", number="450/UBND-NV",
           title="Công văn V/v đẩy mạnh số hóa hồ sơ thủ tục hành chính năm 2025",
           issuer="Ủy ban nhân dân huyện Chợ Mới", level="huyện", date="2025-09-17", year=2025, signer="Lâm Văn Đức")


BLANK = """ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số:      /KH-UBND                    Điện Biên, ngày     tháng     năm 2025

KẾ HOẠCH
Tuyên truyền cải cách hành chính giai đoạn 2026 - 2030

Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền như sau:
"""


def test_blank_number_and_date_left_for_signing():
    _check(read_metadata(BLANK), number="/KH-UBND", date="", year=2025, level="tỉnh", place="tỉnh Điện Biên",
           issuer="Ủy ban nhân dân tỉnh Điện Biên", title="Kế hoạch Tuyên truyền cải cách hành chính giai đoạn 2026 - 2030")


NEUTRAL = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc."


@pytest.mark.parametrize("issuer_lines,body,issuer,level,place", [
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"], NEUTRAL, "Ủy ban nhân dân thành phố Đà Nẵng", "tỉnh",
     "thành phố Đà Nẵng"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẢO LỘC"], NEUTRAL, "Ủy ban nhân dân thành phố Bảo Lộc", "huyện",
     "thành phố Bảo Lộc"),
    (["UBND HUYỆN TAM NÔNG", "PHÒNG NỘI VỤ"], NEUTRAL, "Phòng Nội vụ", "huyện", "huyện Tam Nông"),
    (["UBND TỈNH LẠNG SƠN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], "Sở Kế hoạch và Đầu tư ban hành Kế hoạch như sau:",
     "Sở Kế hoạch và Đầu tư", "sở-ngành", "tỉnh Lạng Sơn"),
    (["ỦY BAN NHÂN DÂN", "THỊ TRẤN PHỐ RÀNG"], NEUTRAL, "Ủy ban nhân dân thị trấn Phố Ràng", "xã",
     "thị trấn Phố Ràng"),
    (["ỦY BAN NHÂN DÂN", "THỊ XÃ NGHĨA LỘ"], NEUTRAL, "Ủy ban nhân dân thị xã Nghĩa Lộ", "huyện", "thị xã Nghĩa Lộ"),
])
def test_issuer_place_and_level_of_each_kind_of_unit(issuer_lines, body, issuer, level, place):
    text = "\n".join([*issuer_lines, "Số: 01/KH-UBND", *MOTTO, "Nơi X, ngày 02 tháng 01 năm 2025", "", "KẾ HOẠCH",
                      "Cải cách hành chính năm 2025", "", "Căn cứ Luật Tổ chức chính quyền địa phương;", "", body])
    md = read_metadata(text)
    assert (md.issuer, md.level, md.place) == (issuer, level, place)


def test_the_motto_is_never_a_commune():
    text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH YÊN BÁI Độc lập - Tự do - Hạnh phúc\n" \
           "Số: 5/KH-UBND Yên Bái, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
    md = read_metadata(text)
    assert md.level == "tỉnh" and md.place == "tỉnh Yên Bái" and "xã" not in md.issuer.lower()
    assert "CỘNG HÒA" not in md.title


def test_a_body_number_is_not_the_document_number():
    text = "KẾ HOẠCH\nCải cách hành chính năm 2025\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
    md = read_metadata(text)
    assert md.number == "" and md.doc_type == "Kế hoạch" and md.title == "Kế hoạch Cải cách hành chính năm 2025"


def test_a_horizon_year_is_not_the_plan_year():
    text = "Số: /KH-VP\nHà Giang, ngày   tháng   năm 2026\nKẾ HOẠCH\nThực hiện Kết luận về phát triển giai đoạn " \
           "2021-2025, định hướng đến năm 2030\n"
    assert read_metadata(text).year == 2026


# --- the seeds and the catalogue ------------------------------------------------------------------------------

def test_seed_documents_read_sensibly():
    reads = {name: doc.read for name, doc, _ in iter_documents(ROOT / "corpus")}
    types = [r["doc_type"] for r in reads.values()]
    assert types == ["Kế hoạch", "Chỉ thị", "Kế hoạch", "Kế hoạch", "Kế hoạch"]
    assert all(r["title"].startswith(r["doc_type"] + " ") and "\t" not in r["title"] for r in reads.values())
    assert [r["level"] for r in reads.values()] == ["tỉnh", "", "tỉnh", "xã", "văn phòng"]
    assert [r["year"] for r in reads.values()][2:] == [2024, 2025, 2026] and list(reads.values())[0]["year"] == 2024
    assert all(r["signer"] and r["signer"].split()[0][0].isupper() for r in reads.values())
    assert all(r["province"] == "tỉnh Lai Châu" for r in reads.values())


def test_the_catalogue_overrides_what_was_read():
    docs = {doc.file: doc for _, doc, _ in iter_documents(ROOT / "corpus")}
    d = docs["000_16ebe664ba812736.txt"]
    assert d.title == "Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2024"  # catalogue
    assert d.read["title"] == "Kế hoạch Cải cách hành chính tỉnh Lai Châu năm 2024"  # read from the text
    assert d.date == "2023" and d.read["date"] == ""
    assert d.signer == d.read["signer"]  # not in the catalogue: read


def test_catalogue_keys_given_empty_win_and_unknown_keys_warn(tmp_path):
    (tmp_path / "a.txt").write_text(OFFICE, "utf-8")
    (tmp_path / "catalogue.toml").write_text(
        '[[document]]\nid = "tb"\nfile = "a.txt"\nnumber = ""\nlevel = "tỉnh"\ncolour = "đỏ"\n', "utf-8")
    [(_, doc, err)] = list(iter_documents(tmp_path))
    assert err == "" and doc.id == "tb"
    assert doc.number == "" and doc.read["number"] == "31/TB-VP"
    assert doc.level == "tỉnh" and doc.read["level"] == "văn phòng"
    assert doc.issuer == "Văn phòng Ủy ban nhân dân tỉnh"  # not given: read
    assert any("colour" in w for w in doc.load_warnings)


def test_a_broken_catalogue_is_reported_and_the_files_still_ingest(tmp_path):
    (tmp_path / "a.txt").write_text(OFFICE, "utf-8")
    (tmp_path / "catalogue.toml").write_text("[[document]\nfile = ", "utf-8")
    out = list(iter_documents(tmp_path))
    assert out[0][0] == "catalogue.toml" and out[0][1] is None and "catalogue.toml" in out[0][2]
    assert out[1][1].doc_type == "Thông báo"


def test_a_document_without_a_type_line_keeps_a_readable_title(tmp_path):
    (tmp_path / "ghi-chu.txt").write_text("Ghi chú cuộc họp giao ban cải cách hành chính\nNội dung: …", "utf-8")
    [(_, doc, _)] = list(iter_documents(tmp_path))
    assert doc.title == "Ghi chú cuộc họp giao ban cải cách hành chính" and doc.doc_type == ""


def test_subject_in_capitals_and_issuer_in_normal_case():
    text = "\n".join(["Ủy ban nhân dân", "Xã Nà Tấu", "Số: 3/KH-UBND", *MOTTO, "Nà Tấu ngày 4/3/2025", "",
                      "KẾ HOẠCH", "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", "NĂM 2025", "",
                      "Căn cứ chỉ đạo của huyện, Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành "
                      "chính năm 2025 như sau:"])
    _check(read_metadata(text), issuer="Ủy ban nhân dân xã Nà Tấu", level="xã", date="2025-03-04", year=2025,
           title="Kế hoạch Tuyên truyền cải cách hành chính năm 2025")


def test_office_of_a_district_committee():
    text = "\n".join(["UBND HUYỆN ĐÔNG HẢI", "VĂN PHÒNG HĐND VÀ UBND", "Số: 9/TB-VP", *MOTTO,
                      "Đông Hải, ngày 2 tháng 5 năm 2025", "THÔNG BÁO", "Lịch làm việc của lãnh đạo huyện"])
    _check(read_metadata(text), issuer="Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", level="văn phòng",
           place="huyện Đông Hải")


def test_subject_wrapped_before_a_place_name():
    text = "\n".join(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐIỆN BIÊN PHỦ", "Số: 8/KH-UBND", *MOTTO,
                      "Điện Biên Phủ, ngày 6 tháng 1 năm 2025", "KẾ HOẠCH", "Triển khai Đề án 06 trên địa bàn",
                      "Thành phố Điện Biên Phủ năm 2025",
                      "Ủy ban nhân dân thành phố Điện Biên Phủ ban hành Kế hoạch triển khai Đề án 06 như sau:"])
    md = read_metadata(text)
    assert md.title == "Kế hoạch Triển khai Đề án 06 trên địa bàn Thành phố Điện Biên Phủ năm 2025"
    assert md.year == 2025 and md.level == "huyện" and md.issuer == "Ủy ban nhân dân thành phố Điện Biên Phủ"


def test_a_scans_specks_and_glued_words_leave_the_header_readable():
    # what Tesseract makes of a noisy scan: a speck glued to the first word, syllables glued, stray marks and a
    # letter of another alphabet ("ÐÐ") beside the office, a mark after the type word, a dash before the subject
    text = "\n".join(["-UBND TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "VĂNPHÒNG ÐÐ - Độc lập - Tự do - Hạnh phúc .",
                      "Số: 17/TB-VP Đồng Tháp, ngày 3 tháng 5 năm 2027",
                      "THÔNG BÁO _", "",
                      "- Kết luận của Phó Chủ tịch UBND tỉnh",
                      ": tại ‹ cuộc họp giao ban cải cách hành chính quý I năm 2027 -", "",
                      "Ngày 28/4/2027, tại Phòng họp số 2, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp."])
    _check(read_metadata(text), issuer="Văn phòng Ủy ban nhân dân tỉnh", level="văn phòng", place="tỉnh Đồng Tháp",
           number="17/TB-VP", date="2027-05-03",
           title="Thông báo Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban cải cách hành chính quý I năm "
                 "2027")


def test_a_rule_drawn_with_characters_under_the_issuer_is_not_its_name():
    for rule in ("―――――", "¯¯¯¯¯¯¯ ¯¯¯¯¯¯¯¯", "________"):
        text = "\n".join(["ỦY BAN NHÂN DÂN", f"TỈNH TÂY NINH {rule}", "Số: 4/CT-UBND", *MOTTO,
                          "Tây Ninh, ngày 9 tháng 2 năm 2027", "CHỈ THỊ", "Về tăng cường kỷ luật, kỷ cương hành chính"])
        _check(read_metadata(text), issuer="Ủy ban nhân dân tỉnh Tây Ninh", place="tỉnh Tây Ninh", level="tỉnh")
