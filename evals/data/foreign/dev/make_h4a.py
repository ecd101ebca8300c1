# -*- coding: utf-8 -*-
"""Generate the holdout4 / h4a documents and gold files.

Run from this folder:  /work/main/.venv/bin/python make_h4a.py
Writes docs/a-*.{docx,pdf,txt} and meta_h4a.jsonl, tasks_h4a.jsonl, qa_h4a.jsonl.
All places, names and numbers are invented.
"""
import json
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# Document 1: Kế hoạch of UBND xã Lạc Khê Thượng (tỉnh Ninh Bình), DOCX
# ---------------------------------------------------------------------------
F1 = "a-kh-cchc-xa-lac-khe-thuong-2027.docx"
D1_NUMBER = "27/KH-UBND"
D1_SIGNER = "Phạm Thị Hồng Nhung"

VP = "Văn phòng HĐND và UBND xã"
PKT = "Phòng Kinh tế"
PVX = "Phòng Văn hóa - Xã hội"
TTPV = "Trung tâm Phục vụ hành chính công xã"
CA = "Công an xã"

# (section, no, content lines, lead lines, coordinator lines, deadline, output)
D1_TASKS = [
    ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", None),
    ("1", ["Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2027"], [PVX], [VP],
     "Tháng 02/2027", "Kế hoạch tuyên truyền"),
    ("2", ["Tổ chức tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã"], [VP],
     ["Các phòng, đơn vị thuộc UBND xã"], "Trước ngày 20/01/2027",
     "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
    ("3", ["Kiểm tra công tác CCHC tại các thôn, tổ dân phố", "(tối thiểu 06 thôn)"], [VP],
     ["Công an xã;", "Phòng Kinh tế"], "Quý III/2027", "Thông báo kết luận kiểm tra"),
    ("4", ["Báo cáo định kỳ công tác CCHC (quý, 6 tháng, năm) gửi Sở Nội vụ"], [VP], [],
     "Trước ngày 12 của tháng cuối quý", "Báo cáo CCHC định kỳ"),
    ("II. CẢI CÁCH THỂ CHẾ", None),
    ("5", ["Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND xã ban hành"], [VP],
     ["Các phòng chuyên môn thuộc UBND xã"], "Quý II/2027", "Báo cáo kết quả rà soát"),
    ("6", ["Tổ chức phổ biến, giáo dục pháp luật cho Nhân dân tại 14 thôn"], [PVX],
     ["Ủy ban MTTQ Việt Nam xã;", "Công an xã"], "Thường xuyên", "Các hội nghị tuyên truyền"),
    ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None),
    ("7", ["Niêm yết, công khai 100% TTHC thuộc thẩm quyền giải quyết của xã"], [TTPV], [VP],
     "Tháng 01/2027", "Danh mục TTHC được niêm yết"),
    ("8", ["Rà soát, đề xuất đơn giản hóa ít nhất 05 TTHC lĩnh vực đất đai, xây dựng"], [PKT],
     [TTPV], "Trước ngày 30/6/2027", "Phương án đơn giản hóa TTHC"),
    ("9", ["Số hóa hồ sơ, kết quả giải quyết TTHC", "đạt 100% hồ sơ tiếp nhận"], [TTPV], [],
     "Thường xuyên", "Hồ sơ được số hóa trên Hệ thống thông tin giải quyết TTHC tỉnh"),
    ("10", ["Khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC"], [VP],
     [TTPV], "", "Báo cáo kết quả khảo sát"),
    ("IV. CẢI CÁCH TỔ CHỨC BỘ MÁY", None),
    ("11", ["Rà soát, xây dựng Đề án vị trí việc làm của các phòng, đơn vị thuộc UBND xã"], [VP],
     ["Phòng Kinh tế;", "Phòng Văn hóa - Xã hội"], "Quý III/2027", "Đề án vị trí việc làm"),
    ("12", ["Kiện toàn tổ chức, hoạt động của các thôn sau sắp xếp"], [VP],
     ["Ủy ban MTTQ Việt Nam xã"], "Tháng 5/2027", "Quyết định kiện toàn"),
    ("V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", None),
    ("13", ["Cử cán bộ, công chức tham gia bồi dưỡng kiến thức CCHC, kỹ năng số"], [VP], [],
     "Theo kế hoạch của tỉnh", "Danh sách cán bộ, công chức được cử"),
    ("14", ["Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2027"], [VP],
     ["Các phòng chuyên môn thuộc UBND xã"], "Tháng 12/2027", "Quyết định xếp loại"),
    ("VI. CẢI CÁCH TÀI CHÍNH CÔNG", None),
    ("15", ["Thực hiện công khai dự toán, quyết toán ngân sách xã năm 2027"], [PKT], [VP],
     "Trước ngày 31/3/2027", "Quyết định công bố công khai ngân sách"),
    ("16", ["Giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn được giao"], [PKT],
     ["Ban Quản lý dự án đầu tư xây dựng khu vực"], "Trước ngày 31/01/2028",
     "Báo cáo tình hình giải ngân"),
    ("VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", None),
    ("17", ["Vận hành Hệ thống quản lý văn bản và điều hành; ký số 100% văn bản đi"], [VP], [],
     "Thường xuyên", "Văn bản điện tử được ký số"),
    ("18", ["Hướng dẫn người dân cài đặt, sử dụng tài khoản định danh điện tử VNeID, nộp hồ sơ trực tuyến"],
     [CA], ["Trung tâm Phục vụ hành chính công xã;", "Đoàn Thanh niên xã"], "Quý II/2027",
     "Số tài khoản được kích hoạt"),
    ("19", ["Xây dựng mô hình \"Thôn số\" thí điểm tại thôn Đồng Sấu"], [PKT],
     ["Phòng Văn hóa - Xã hội;", "Bưu điện văn hóa xã"], "Tháng 9/2027", "Mô hình \"Thôn số\""),
]

D1_BEFORE = [
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 318/KH-UBND ngày 22/12/2026 của UBND tỉnh Ninh Bình về cải cách hành chính tỉnh Ninh Bình năm 2027;"),
    ("p", "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 26/12/2026 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027;"),
    ("p", "Ủy ban nhân dân xã Lạc Khê Thượng ban hành Kế hoạch triển khai công tác cải cách hành chính (CCHC) năm 2027 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "a) Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC theo Kế hoạch CCHC năm 2027 của UBND tỉnh Ninh Bình; phấn đấu cải thiện Chỉ số CCHC và Chỉ số hài lòng của người dân, tổ chức (SIPAS) của xã."),
    ("p", "b) Xây dựng đội ngũ cán bộ, công chức xã chuyên nghiệp, tận tụy, phục vụ Nhân dân; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ."),
    ("h2", "2. Yêu cầu"),
    ("p", "a) Các phòng, đơn vị thuộc UBND xã xác định CCHC là nhiệm vụ trọng tâm, thường xuyên; người đứng đầu chịu trách nhiệm trước Chủ tịch UBND xã về kết quả CCHC của đơn vị mình."),
    ("p", "b) Nhiệm vụ phải cụ thể, có sản phẩm, thời hạn hoàn thành; gắn kết quả thực hiện với đánh giá, xếp loại cán bộ, công chức cuối năm."),
    ("h1", "II. MỤC TIÊU, CHỈ TIÊU NĂM 2027"),
    ("p", "1. 100% TTHC thuộc thẩm quyền giải quyết của xã được công bố, công khai đầy đủ, đúng quy định."),
    ("p", "2. Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%; 100% trường hợp trễ hạn có văn bản xin lỗi."),
    ("p", "3. Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 65% trở lên."),
    ("p", "4. Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của chính quyền xã đạt trên 92%."),
    ("p", "5. 100% văn bản trao đổi giữa các cơ quan hành chính được thực hiện dưới dạng điện tử, được ký số (trừ văn bản mật)."),
    ("p", "6. Chỉ số CCHC năm 2027 của xã nằm trong nhóm 30 xã, phường dẫn đầu của tỉnh."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
    ("h2", "1. Nhiệm vụ, giải pháp chung"),
    ("p", "a) Tăng cường vai trò lãnh đạo, chỉ đạo của Đảng ủy, chính quyền xã đối với công tác CCHC; đưa chỉ tiêu CCHC vào chương trình công tác năm của từng phòng, đơn vị."),
    ("p", "b) Đẩy mạnh tuyên truyền CCHC trên hệ thống truyền thanh xã, Trang thông tin điện tử xã và nhóm Zalo của các thôn."),
    ("p", "c) Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công xã; bố trí công chức có năng lực làm việc tại Trung tâm."),
    ("h2", "2. Nhiệm vụ cụ thể"),
    ("p", "Các nhiệm vụ cụ thể, đơn vị thực hiện, đơn vị phối hợp và thời gian hoàn thành như bảng dưới đây (cột \"Đơn vị thực hiện\" là đơn vị chủ trì, chịu trách nhiệm chính):"),
]

D1_AFTER = [
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách xã năm 2027, tổng dự toán là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng)."),
    ("p", "2. Phòng Kinh tế hướng dẫn các phòng, đơn vị lập dự toán chi tiết; các đơn vị gửi dự toán về Phòng Kinh tế trước ngày 28/02/2027."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Văn phòng HĐND và UBND xã"),
    ("p", "a) Là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch này."),
    ("p", "b) Tổng hợp báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Sở Nội vụ tỉnh Ninh Bình theo quy định."),
    ("h2", "2. Các phòng, đơn vị thuộc UBND xã"),
    ("p", "a) Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết của đơn vị, hoàn thành trước ngày 15/02/2027."),
    ("p", "b) Gửi báo cáo kết quả thực hiện CCHC hằng quý về Văn phòng HĐND và UBND xã trước ngày 10 của tháng cuối quý."),
    ("h2", "3. Trung tâm Phục vụ hành chính công xã"),
    ("p", "a) Công khai số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân về giải quyết TTHC."),
    ("p", "b) Hằng tháng báo cáo Chủ tịch UBND xã số hồ sơ trễ hạn và nguyên nhân trễ hạn."),
    ("p", "4. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội phối hợp tuyên truyền, giám sát việc thực hiện CCHC tại cơ sở."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Chủ tịch UBND xã xem xét, giải quyết./."),
]

D1_NOINHAN = ["- UBND tỉnh Ninh Bình (b/c);", "- Sở Nội vụ tỉnh Ninh Bình;", "- TT Đảng ủy, TT HĐND xã;",
              "- CT, các PCT UBND xã;", "- Các phòng, đơn vị thuộc UBND xã;", "- UBMTTQ Việt Nam xã;",
              "- Lưu: VT, VP."]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def _cell_par(cell, text, bold=False, italic=False, align=None, size=None, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(N(text))
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    return p


def _cell_lines(cell, lines, size=11, bold=False, align=None):
    if not lines:
        _cell_par(cell, "", size=size, first=True)
        return
    for i, ln in enumerate(lines):
        _cell_par(cell, ln, size=size, bold=bold, align=align, first=(i == 0))


def make_doc1():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)

    # header: borderless 2x2 table
    ht = doc.add_table(rows=2, cols=2)
    _no_borders(ht)
    C = WD_ALIGN_PARAGRAPH.CENTER
    a, b = ht.rows[0].cells
    _cell_par(a, "ỦY BAN NHÂN DÂN", align=C, size=13, first=True)
    _cell_par(a, "XÃ LẠC KHÊ THƯỢNG", bold=True, align=C, size=13)
    _cell_par(a, "_______", align=C, size=13)
    _cell_par(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, size=12, first=True)
    _cell_par(b, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=13)
    _cell_par(b, "_____________________", align=C, size=13)
    a, b = ht.rows[1].cells
    _cell_par(a, "Số: " + D1_NUMBER, align=C, size=13, first=True)
    _cell_par(b, "Lạc Khê Thượng, ngày 14 tháng 01 năm 2027", italic=True, align=C, size=13, first=True)
    _widths(ht, [Cm(6.3), Cm(10.2)])

    p = doc.add_paragraph()
    p.alignment = C
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(0)
    p.add_run("KẾ HOẠCH").bold = True
    p = doc.add_paragraph()
    p.alignment = C
    p.add_run(N("Triển khai công tác cải cách hành chính năm 2027")).bold = True

    def body(items):
        for kind, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(N(text))
            if kind in ("h1", "h2"):
                r.bold = True

    body(D1_BEFORE)

    # task table
    widths = [Cm(0.9), Cm(4.9), Cm(2.9), Cm(3.0), Cm(2.2), Cm(2.6)]
    hdr = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả/sản phẩm"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        _cell_lines(t.rows[0].cells[i], [h], bold=True, align=C)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for item in D1_TASKS:
        row = t.add_row()
        if item[1] is None:
            m = row.cells[0].merge(row.cells[5])
            _cell_lines(m, [item[0]], bold=True)
            continue
        no, content, lead, coord, dl, out = item
        _cell_lines(row.cells[0], [no], align=C)
        _cell_lines(row.cells[1], content)
        _cell_lines(row.cells[2], lead)
        _cell_lines(row.cells[3], coord)
        _cell_lines(row.cells[4], [dl] if dl else [], align=C)
        _cell_lines(row.cells[5], [out])
    _widths(t, widths)

    doc.add_paragraph()
    body(D1_AFTER)

    # Nơi nhận | signature (borderless)
    st_ = doc.add_table(rows=1, cols=2)
    _no_borders(st_)
    a, b = st_.rows[0].cells
    _cell_par(a, "Nơi nhận:", bold=True, italic=True, size=12, first=True)
    for ln in D1_NOINHAN:
        _cell_par(a, ln, size=11)
    _cell_par(b, "TM. ỦY BAN NHÂN DÂN", bold=True, align=C, first=True)
    _cell_par(b, "KT. CHỦ TỊCH", bold=True, align=C)
    _cell_par(b, "PHÓ CHỦ TỊCH", bold=True, align=C)
    for _ in range(3):
        _cell_par(b, "", align=C)
    _cell_par(b, D1_SIGNER, bold=True, align=C)
    _widths(st_, [Cm(7.5), Cm(9)])

    doc.save(os.path.join(DOCS, F1))


# ---------------------------------------------------------------------------
# Document 2: Báo cáo of Sở Xây dựng tỉnh Khánh Hòa, PDF (reportlab)
# ---------------------------------------------------------------------------
F2 = "a-bc-cchc-9-thang-2026-so-xay-dung-khanh-hoa.pdf"
D2_NUMBER = "2184/BC-SXD"
D2_SIGNER = "Trần Minh Khoa"

D2_ROWS = [
    ("Quy hoạch - kiến trúc", 86, 79, 2),
    ("Cấp giấy phép xây dựng", 534, 488, 17),
    ("Hoạt động xây dựng", 312, 290, 6),
    ("Nhà ở", 147, 139, 3),
    ("Kinh doanh bất động sản", 95, 90, 0),
    ("Vật liệu xây dựng", 28, 28, 0),
    ("Hạ tầng kỹ thuật", 41, 38, 1),
    ("Giấy phép lái xe", 6218, 6187, 9),
    ("Đường thủy nội địa", 173, 169, 0),
    ("Vận tải đường bộ", 1046, 1031, 4),
]


def vn_int(n):
    return f"{n:,}".replace(",", ".")


def vn_pct(x):
    return f"{x:.2f}".replace(".", ",")


D2_TOT_IN = sum(r[1] for r in D2_ROWS)
D2_TOT_OK = sum(r[2] for r in D2_ROWS)
D2_TOT_LATE = sum(r[3] for r in D2_ROWS)
D2_TOT_DONE = D2_TOT_OK + D2_TOT_LATE
D2_PENDING = D2_TOT_IN - D2_TOT_DONE
D2_RATE = vn_pct(100.0 * D2_TOT_OK / D2_TOT_DONE)
D2_ONLINE = 7912
D2_ONLINE_PCT = vn_pct(100.0 * D2_ONLINE / D2_TOT_IN)
D2_CPXD_RATE = vn_pct(100.0 * 488 / (488 + 17))

D2_TASKS = [
    ("1", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của Sở, gửi Sở Nội vụ", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Trước ngày 10/12/2026"),
    ("2", "Rà soát, đề xuất phương án đơn giản hóa 06 TTHC lĩnh vực cấp giấy phép xây dựng",
     "Phòng Quản lý hoạt động xây dựng", "Văn phòng Sở", "Tháng 10/2026"),
    ("3", "Giải quyết dứt điểm hồ sơ tồn đọng lĩnh vực giấy phép lái xe, vận tải đường bộ",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Trung tâm Phục vụ hành chính công tỉnh",
     "Tháng 11/2026"),
    ("4", "Tái cấu trúc quy trình 12 TTHC lĩnh vực nhà ở, kinh doanh bất động sản để cung cấp dịch vụ công trực tuyến toàn trình",
     "Phòng Phát triển đô thị và nhà ở", "Sở Khoa học và Công nghệ", "Quý IV/2026"),
    ("5", "Bồi dưỡng nghiệp vụ, kỹ năng giao tiếp cho công chức làm việc tại bộ phận một cửa",
     "Văn phòng Sở", "Sở Nội vụ", "Tháng 11/2026"),
    ("6", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại 03 đơn vị sự nghiệp trực thuộc",
     "Thanh tra Sở", "", "Quý IV/2026"),
    ("7", "Xây dựng Báo cáo kết quả CCHC năm 2026 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Trước ngày 05/12/2026"),
]

D2_PART1 = [
    ("p", "Thực hiện Công văn số 1630/SNV-CCHC ngày 02/9/2026 của Sở Nội vụ về việc báo cáo công tác cải cách hành chính (CCHC) định kỳ, Sở Xây dựng báo cáo kết quả thực hiện công tác CCHC 9 tháng đầu năm 2026 như sau:"),
    ("h1", "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "Sở đã ban hành Kế hoạch số 112/KH-SXD ngày 10/01/2026 về CCHC năm 2026 với 32 nhiệm vụ; đến nay đã hoàn thành 24/32 nhiệm vụ, các nhiệm vụ còn lại đang triển khai đúng tiến độ. Chỉ số CCHC năm 2025 của Sở đạt 86,57 điểm, xếp thứ 4/17 sở, ban, ngành tỉnh, tăng 03 bậc so với năm 2024. Trong kỳ, Sở đã kiểm tra công tác CCHC tại 04 phòng, đơn vị trực thuộc."),
    ("h2", "2. Cải cách thể chế"),
    ("p", "Sở đã tham mưu UBND tỉnh ban hành 03 văn bản quy phạm pháp luật; rà soát 27 văn bản thuộc lĩnh vực quản lý, đề nghị bãi bỏ 02 văn bản không còn phù hợp."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", f"a) Hiện nay, Sở đang thực hiện 168 TTHC, trong đó 121 TTHC cung cấp dịch vụ công trực tuyến toàn trình và 47 TTHC một phần. Trong kỳ, Sở đã trình Chủ tịch UBND tỉnh ban hành 02 quyết định công bố danh mục TTHC."),
    ("p", f"b) Tổng số hồ sơ tiếp nhận 9 tháng là {vn_int(D2_TOT_IN)} hồ sơ, trong đó tiếp nhận trực tuyến {vn_int(D2_ONLINE)} hồ sơ, chiếm {D2_ONLINE_PCT}%. Đã giải quyết {vn_int(D2_TOT_DONE)} hồ sơ, trong đó đúng hạn {vn_int(D2_TOT_OK)} hồ sơ (đạt {D2_RATE}%), quá hạn {D2_TOT_LATE} hồ sơ; đang giải quyết trong hạn {D2_PENDING} hồ sơ. Lĩnh vực có nhiều hồ sơ quá hạn nhất là Cấp giấy phép xây dựng với 17 hồ sơ, chủ yếu do phải lấy ý kiến các cơ quan liên quan và chủ đầu tư chậm bổ sung hồ sơ. Sở đã gửi 23 thư xin lỗi tổ chức, cá nhân đối với các hồ sơ quá hạn."),
    ("p", "c) Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 96,8%. Kết quả giải quyết hồ sơ theo từng lĩnh vực như sau:"),
]

D2_PART2 = [
    ("p", "Ghi chú: Tỷ lệ đúng hạn tính trên tổng số hồ sơ đã giải quyết (đúng hạn và quá hạn)."),
    ("h2", "4. Cải cách tổ chức bộ máy"),
    ("p", "Sau khi tiếp nhận chức năng, nhiệm vụ từ Sở Giao thông vận tải, Sở có 09 phòng chuyên môn và 03 đơn vị sự nghiệp trực thuộc; tổng số biên chế công chức được giao là 96 biên chế. Sở đã ban hành quy chế làm việc và sửa đổi quy trình nội bộ giải quyết TTHC cho phù hợp với tổ chức bộ máy mới."),
    ("h2", "5. Cải cách chế độ công vụ"),
    ("p", "Sở đã cử 37 lượt công chức, viên chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ; thực hiện nghiêm quy định về văn hóa công vụ, không để xảy ra trường hợp công chức nhũng nhiễu, gây phiền hà cho người dân."),
    ("h2", "6. Cải cách tài chính công"),
    ("p", "Giá trị giải ngân vốn đầu tư công 9 tháng đầu năm 2026 do Sở làm chủ đầu tư đạt 71,4% kế hoạch vốn được giao."),
    ("h2", "7. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "100% văn bản đi của Sở (trừ văn bản mật) được ký số và gửi, nhận qua Hệ thống quản lý văn bản và điều hành; 100% hồ sơ công việc được xử lý trên môi trường mạng."),
    ("h1", "II. TỒN TẠI, HẠN CHẾ"),
    ("p", f"1. Vẫn còn {D2_TOT_LATE} hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực cấp giấy phép xây dựng và hoạt động xây dựng."),
    ("p", "2. Tỷ lệ hồ sơ nộp trực tuyến toàn trình ở các lĩnh vực xây dựng còn thấp, chỉ đạt 38,2%."),
    ("p", "3. Hệ thống thông tin giải quyết TTHC của tỉnh có thời điểm bị lỗi đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia, ảnh hưởng đến việc cập nhật trạng thái hồ sơ."),
    ("p", "4. Số lượng công chức bố trí tại bộ phận một cửa còn thiếu so với khối lượng hồ sơ phát sinh."),
    ("h1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026"),
    ("p", "1. Tiếp tục thực hiện nghiêm Kế hoạch CCHC năm 2026 của Sở; phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn cả năm đạt trên 99%."),
    ("p", "2. Các nhiệm vụ trọng tâm quý IV năm 2026 được phân công như sau:"),
]

D2_PART3 = [
    ("h1", "IV. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("p", "1. Đề nghị UBND tỉnh xem xét bổ sung 02 biên chế công chức cho bộ phận một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh."),
    ("p", "2. Đề nghị Sở Khoa học và Công nghệ khắc phục dứt điểm lỗi đồng bộ dữ liệu giữa Hệ thống thông tin giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia."),
    ("p", "3. Đề nghị Sở Nội vụ tổ chức tập huấn hướng dẫn chấm điểm Chỉ số CCHC năm 2026 trước ngày 30/10/2026."),
    ("p", "Trên đây là báo cáo kết quả thực hiện công tác CCHC 9 tháng đầu năm 2026 và phương hướng, nhiệm vụ quý IV năm 2026 của Sở Xây dựng./."),
]

D2_NOINHAN = ["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
              "- Lưu: VT, VP."]


def make_doc2():
    fdir = "/usr/share/fonts/truetype/dejavu/"  # DejaVu has the Vietnamese glyphs (Liberation here does not)
    pdfmetrics.registerFont(TTFont("LSerif", fdir + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-B", fdir + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-I", fdir + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-BI", fdir + "DejaVuSerif-BoldItalic.ttf"))
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-BI")

    body = ParagraphStyle("body", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=4)
    h = ParagraphStyle("h", parent=body, fontName="LSerif-B")
    ctr = ParagraphStyle("ctr", fontName="LSerif", fontSize=11.5, leading=14.5, alignment=TA_CENTER)
    ctrb = ParagraphStyle("ctrb", parent=ctr, fontName="LSerif-B")
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cellc, fontName="LSerif-B")
    left = ParagraphStyle("left", fontName="LSerif", fontSize=10, leading=13)

    P = lambda t, s: Paragraph(N(t), s)
    story = []
    hd = ParagraphStyle("hd", parent=ctr, fontSize=11, leading=14)
    head = Table([
        [P("UBND TỈNH KHÁNH HÒA<br/><b>SỞ XÂY DỰNG</b><br/>_______", hd),
         P("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/>_____________________", hd)],
        [P("Số: " + D2_NUMBER, hd), P("<i>Khánh Hòa, ngày 18 tháng 9 năm 2026</i>", hd)],
    ], colWidths=[6.6 * cm, 10.4 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 10)]
    story.append(P("BÁO CÁO", ctrb))
    story.append(P("Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2026,", ctrb))
    story.append(P("phương hướng, nhiệm vụ quý IV năm 2026", ctrb))
    story.append(Spacer(1, 10))

    def add(items):
        for kind, text in items:
            story.append(P(text, h if kind != "p" else body))

    add(D2_PART1)
    data = [[P(x, cellb) for x in ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Đã giải quyết đúng hạn",
                                    "Quá hạn", "Tỷ lệ đúng hạn (%)"]]]
    for i, (lv, tn, ok, late) in enumerate(D2_ROWS, 1):
        rate = vn_pct(100.0 * ok / (ok + late)) if (ok + late) else ""
        if rate == "100,00":
            rate = "100"
        data.append([P(str(i), cellc), P(lv, cell), P(vn_int(tn), cellc), P(vn_int(ok), cellc),
                     P(str(late), cellc), P(rate, cellc)])
    data.append([P("", cellc), P("<b>Tổng cộng</b>", cell), P(f"<b>{vn_int(D2_TOT_IN)}</b>", cellc),
                 P(f"<b>{vn_int(D2_TOT_OK)}</b>", cellc), P(f"<b>{D2_TOT_LATE}</b>", cellc),
                 P(f"<b>{D2_RATE}</b>", cellc)])
    ft = Table(data, colWidths=[1.3 * cm, 5.6 * cm, 2.6 * cm, 3.0 * cm, 1.9 * cm, 2.6 * cm], repeatRows=1)
    ft.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [ft, Spacer(1, 6)]
    add(D2_PART2)
    data = [[P(x, cellb) for x in ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]]]
    for no, nv, ct, ph, tg in D2_TASKS:
        data.append([P(no, cellc), P(nv, cell), P(ct, cell), P(ph, cell), P(tg, cellc)])
    tt = Table(data, colWidths=[1.3 * cm, 6.5 * cm, 3.5 * cm, 3.2 * cm, 2.5 * cm], repeatRows=1)
    tt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tt, Spacer(1, 6)]
    add(D2_PART3)
    story.append(Spacer(1, 10))
    sig = Table([
        [P("<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(D2_NOINHAN), left),
         P("<b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><br/><br/><b>" + D2_SIGNER + "</b>", ctr)]],
        colWidths=[8 * cm, 9 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def page_no(canv, doc_):
        if doc_.page > 1:
            canv.setFont("LSerif", 11)
            canv.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc_.page))

    d = SimpleDocTemplate(os.path.join(DOCS, F2), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm,
                          title="Bao cao CCHC 9 thang 2026", author="So Xay dung")
    d.build(story, onFirstPage=page_no, onLaterPages=page_no)


# ---------------------------------------------------------------------------
# Document 3: Quyết định + Quy định of UBND tỉnh Sóc Trăng, plain text
# ---------------------------------------------------------------------------
F3 = "a-qd-danh-gia-xep-loai-cchc-soc-trang-2024.txt"
D3_NUMBER = "1187/QĐ-UBND"
D3_SIGNER = "Lâm Hoàng Phúc"

D3_TEXT = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH SÓC TRĂNG                                Độc lập - Tự do - Hạnh phúc
    -------                                       ---------------
Số: 1187/QĐ-UBND                          Sóc Trăng, ngày 23 tháng 4 năm 2024

                                QUYẾT ĐỊNH
  Về việc ban hành Quy định đánh giá, xếp loại kết quả thực hiện nhiệm vụ
  cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng

                      ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Kế hoạch số 214/KH-UBND ngày 28 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh Sóc Trăng năm 2024;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 05 tháng 4 năm 2024.

                               QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 2051/QĐ-UBND ngày 15 tháng 8 năm 2020 của Ủy ban nhân dân tỉnh ban hành Quy định chấm điểm, xếp hạng Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố. Việc đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024 được thực hiện theo Quy định ban hành kèm theo Quyết định này.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                           KT. CHỦ TỊCH
- Bộ Nội vụ (b/c);                                      PHÓ CHỦ TỊCH
- TT. TU, TT. HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Cổng Thông tin điện tử tỉnh;
- Lưu: VT, NC.                                        Lâm Hoàng Phúc



ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH SÓC TRĂNG                                Độc lập - Tự do - Hạnh phúc
    -------                                       ---------------

                                QUY ĐỊNH
      Đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính
            của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng
(Ban hành kèm theo Quyết định số 1187/QĐ-UBND ngày 23 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng)

                                Chương I
                             QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy định này quy định về nguyên tắc, thang điểm, tiêu chí, quy trình đánh giá, xếp loại và sử dụng kết quả đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính (CCHC) hằng năm.
2. Đối tượng áp dụng:
a) Các sở, ban, ngành tỉnh (sau đây gọi chung là các sở);
b) Ủy ban nhân dân các huyện, thị xã, thành phố (sau đây gọi chung là Ủy ban nhân dân cấp huyện);
c) Các cơ quan, tổ chức, cá nhân có liên quan.
3. Việc đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC đối với Ủy ban nhân dân các xã, phường, thị trấn do Chủ tịch Ủy ban nhân dân cấp huyện quy định.

Điều 2. Nguyên tắc đánh giá
1. Bảo đảm khách quan, công khai, minh bạch, đúng thực chất; phản ánh đúng kết quả thực hiện nhiệm vụ CCHC trong năm đánh giá.
2. Kết quả tự đánh giá phải có tài liệu kiểm chứng; tiêu chí không có tài liệu kiểm chứng hoặc tài liệu kiểm chứng không hợp lệ thì không được tính điểm.
3. Thời gian đánh giá tính từ ngày 01 tháng 12 năm trước đến ngày 30 tháng 11 của năm đánh giá.

Điều 3. Thang điểm đánh giá
1. Thang điểm đánh giá là 100 điểm, gồm:
a) Điểm đánh giá qua các tiêu chí, tiêu chí thành phần: tối đa 70 điểm;
b) Điểm điều tra xã hội học: tối đa 30 điểm.
2. Điểm trừ:
a) Chậm gửi báo cáo CCHC định kỳ so với thời hạn quy định: trừ 0,5 điểm/báo cáo;
b) Không hoàn thành nhiệm vụ được Ủy ban nhân dân tỉnh giao trong Kế hoạch CCHC hằng năm: trừ 1 điểm/nhiệm vụ;
c) Tổng số điểm trừ tối đa không quá 5 điểm.

                                Chương II
                        TIÊU CHÍ, XẾP LOẠI VÀ ĐIỀU TRA XÃ HỘI HỌC

Điều 4. Lĩnh vực, tiêu chí đánh giá
1. Đối với các sở: 08 lĩnh vực, 36 tiêu chí và 72 tiêu chí thành phần (Phụ lục I).
2. Đối với Ủy ban nhân dân cấp huyện: 08 lĩnh vực, 39 tiêu chí và 80 tiêu chí thành phần (Phụ lục II).
3. Các lĩnh vực đánh giá gồm: công tác chỉ đạo, điều hành CCHC; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển chính quyền điện tử, chính quyền số; tác động của CCHC đến người dân, tổ chức.

Điều 5. Xếp loại kết quả
1. Căn cứ tổng điểm đạt được sau thẩm định, kết quả thực hiện nhiệm vụ CCHC được xếp thành 05 loại:
a) Xuất sắc: đạt từ 90 điểm trở lên;
b) Tốt: đạt từ 80 điểm đến dưới 90 điểm;
c) Khá: đạt từ 70 điểm đến dưới 80 điểm;
d) Trung bình: đạt từ 50 điểm đến dưới 70 điểm;
đ) Yếu: đạt dưới 50 điểm.
2. Không xếp loại Xuất sắc đối với cơ quan, đơn vị trong năm có cán bộ, công chức bị xử lý kỷ luật do vi phạm trong giải quyết thủ tục hành chính.

Điều 6. Điều tra xã hội học
1. Sở Nội vụ chủ trì, phối hợp với Cục Thống kê tỉnh tổ chức điều tra xã hội học trong tháng 11 hằng năm.
2. Đối tượng điều tra gồm: lãnh đạo, công chức các sở và Ủy ban nhân dân cấp huyện; người dân, tổ chức đã giao dịch giải quyết thủ tục hành chính trong năm.
3. Số phiếu điều tra tối thiểu là 30 phiếu đối với mỗi sở và 60 phiếu đối với mỗi Ủy ban nhân dân cấp huyện.

                                Chương III
                           TỔ CHỨC THỰC HIỆN

Điều 7. Quy trình, thời gian đánh giá
1. Các sở, Ủy ban nhân dân cấp huyện tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng về Sở Nội vụ qua Phần mềm chấm điểm CCHC trước ngày 15 tháng 12 hằng năm.
2. Hội đồng thẩm định hoàn thành việc thẩm định kết quả tự đánh giá trước ngày 20 tháng 01 năm sau.
3. Cơ quan, đơn vị có ý kiến về kết quả thẩm định gửi văn bản về Sở Nội vụ trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo kết quả thẩm định.
4. Sở Nội vụ tổng hợp, trình Ủy ban nhân dân tỉnh quyết định công bố kết quả xếp loại trước ngày 15 tháng 02 năm sau.

Điều 8. Hội đồng thẩm định
1. Chủ tịch Hội đồng: Giám đốc Sở Nội vụ.
2. Phó Chủ tịch Hội đồng: Phó Giám đốc Sở Nội vụ phụ trách công tác CCHC.
3. Thành viên gồm đại diện lãnh đạo: Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Tài chính, Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư.
4. Tổ giúp việc Hội đồng do Giám đốc Sở Nội vụ quyết định thành lập.

Điều 9. Sử dụng kết quả đánh giá, xếp loại
1. Kết quả xếp loại là căn cứ để xem xét, đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể và người đứng đầu cơ quan, đơn vị trong năm.
2. Người đứng đầu cơ quan, đơn vị được xếp loại Trung bình hoặc Yếu không được đánh giá, xếp loại ở mức "Hoàn thành xuất sắc nhiệm vụ"; cơ quan, đơn vị xếp loại Yếu hai năm liên tiếp thì người đứng đầu phải kiểm điểm, báo cáo giải trình với Chủ tịch Ủy ban nhân dân tỉnh.
3. Sở và Ủy ban nhân dân cấp huyện có kết quả xếp loại cao nhất được xem xét, đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo quy định của pháp luật về thi đua, khen thưởng.

Điều 10. Trách nhiệm thi hành
1. Sở Nội vụ:
a) Hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Quy định này;
b) Quản lý, vận hành Phần mềm chấm điểm CCHC;
c) Tổng hợp kết quả, tham mưu Ủy ban nhân dân tỉnh công bố và báo cáo Bộ Nội vụ.
2. Sở Tài chính bố trí kinh phí thực hiện điều tra xã hội học và hoạt động của Hội đồng thẩm định.
3. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Phần mềm chấm điểm CCHC.
4. Thủ trưởng các sở, Chủ tịch Ủy ban nhân dân cấp huyện chịu trách nhiệm về tính chính xác của kết quả tự đánh giá và tài liệu kiểm chứng.
5. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./.
"""


def make_doc3():
    with open(os.path.join(DOCS, F3), "w", encoding="utf-8", newline="\n") as f:
        f.write(N(D3_TEXT))


# ---------------------------------------------------------------------------
# Gold files
# ---------------------------------------------------------------------------
META = [
    {"file": F1, "type": "Kế hoạch", "number": D1_NUMBER,
     "title": "Kế hoạch Triển khai công tác cải cách hành chính năm 2027",
     "issuer": "Ủy ban nhân dân xã Lạc Khê Thượng", "place": "xã Lạc Khê Thượng", "province": "tỉnh Ninh Bình",
     "level": "xã", "date": "2027-01-14", "year": 2027, "signer": D1_SIGNER, "parts": ["Kế hoạch"],
     "tables": [{"kind": "other", "rows": 2, "what": "khối tiêu đề (bảng không viền)"},
                {"kind": "tasks", "rows": 19},
                {"kind": "other", "rows": 1, "what": "nơi nhận và chữ ký (bảng không viền)"}],
     "scanned_pages": 0},
    {"file": F2, "type": "Báo cáo", "number": D2_NUMBER,
     "title": "Báo cáo Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2026, phương hướng, nhiệm vụ quý IV năm 2026",
     "issuer": "Sở Xây dựng", "place": "tỉnh Khánh Hòa", "province": "tỉnh Khánh Hòa", "level": "sở-ngành",
     "date": "2026-09-18", "year": 2026, "signer": D2_SIGNER, "parts": ["Báo cáo"],
     "tables": [{"kind": "other", "rows": 11, "what": "kết quả giải quyết hồ sơ TTHC theo lĩnh vực (10 lĩnh vực + dòng tổng)"},
                {"kind": "tasks", "rows": 7}],
     "scanned_pages": 0},
    {"file": F3, "type": "Quyết định", "number": D3_NUMBER,
     "title": "Quyết định Về việc ban hành Quy định đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng",
     "issuer": "Ủy ban nhân dân tỉnh Sóc Trăng", "place": "tỉnh Sóc Trăng", "province": "tỉnh Sóc Trăng",
     "level": "tỉnh", "date": "2024-04-23", "year": 2024, "signer": D3_SIGNER, "parts": ["Quyết định", "Quy định"],
     "tables": [], "scanned_pages": 0},
]


def tasks_rows():
    out = []
    section = ""
    for item in D1_TASKS:
        if item[1] is None:
            section = item[0]
            continue
        no, content, lead, coord, dl, outp = item
        out.append({"file": F1, "section": section, "no": no, "content": " ".join(content)[:120],
                    "lead": " ".join(lead), "coordinators": " ".join(coord), "deadline": dl, "output": outp})
    for no, nv, ct, ph, tg in D2_TASKS:
        out.append({"file": F2, "section": "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026", "no": no,
                    "content": nv[:120], "lead": ct, "coordinators": ph, "deadline": tg, "output": ""})
    return out


QA = []


def q(intent, doc, question, must_have, snippet, notes, turns=None, must_not=None, af=False):
    QA.append({"id": f"h4a{len(QA) + 1:03d}", "question": question, "turns": turns or [],
               "intent": intent, "must_have": must_have, "must_not": must_not or [], "doc": doc,
               "snippet": snippet, "accent_free": af, "notes": notes})


# --- Document 1 (Kế hoạch, DOCX) ---
q("lead", F1, "ai chu tri ra soat de xuat don gian hoa tthc linh vuc dat dai xay dung o xa lac khe thuong",
  ["Phòng Kinh tế"], "Rà soát, đề xuất đơn giản hóa ít nhất 05 TTHC lĩnh vực đất đai, xây dựng",
  "Bảng nhiệm vụ, mục III, dòng 8; cột Đơn vị thực hiện = chủ trì", af=True)
q("coordinators", F1, "Nhiệm vụ kiểm tra công tác CCHC tại các thôn năm 2027 có những đơn vị nào phối hợp?",
  ["Công an xã", "Phòng Kinh tế"], "Kiểm tra công tác CCHC tại các thôn, tổ dân phố",
  "Bảng nhiệm vụ, mục I, dòng 3; ô phối hợp hai dòng")
q("deadline", F1, "khi nao xa phai ban hanh ke hoach tuyen truyen cchc 2027",
  ["02/2027"], "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2027",
  "Bảng nhiệm vụ, mục I, dòng 1: Tháng 02/2027", af=True)
q("deadline", F1, "Đề nghị cho biết thời hạn thực hiện công khai dự toán, quyết toán ngân sách xã năm 2027 theo Kế hoạch số 27/KH-UBND của UBND xã.",
  ["31/3/2027"], "Thực hiện công khai dự toán, quyết toán ngân sách xã năm 2027",
  "Bảng nhiệm vụ, mục VI, dòng 15: Trước ngày 31/3/2027")
q("lead", F1, "Đơn vị nào thực hiện niêm yết, công khai TTHC của xã Lạc Khê Thượng?",
  ["Trung tâm Phục vụ hành chính công xã"], "Niêm yết, công khai 100% TTHC thuộc thẩm quyền giải quyết của xã",
  "Bảng nhiệm vụ, mục III, dòng 7; cột Đơn vị thực hiện")
q("output", F1, "so hoa ho so tthc thi ket qua san pham la gi",
  ["Hệ thống thông tin giải quyết TTHC"], "Số hóa hồ sơ, kết quả giải quyết TTHC",
  "Bảng nhiệm vụ, mục III, dòng 9, cột Kết quả/sản phẩm", af=True)
q("output", F1, "Tự chấm điểm chỉ số CCHC 2026 của xã thì sản phẩm phải nộp là gì?",
  ["tài liệu kiểm chứng"], "Tổ chức tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã",
  "Bảng nhiệm vụ, mục I, dòng 2, cột Kết quả/sản phẩm")
q("fact", F1, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn của xã Lạc Khê Thượng năm 2027 phải đạt bao nhiêu?",
  ["98%"], "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%",
  "Mục II. MỤC TIÊU, CHỈ TIÊU NĂM 2027, chỉ tiêu 2")
q("fact", F1, "ai ky ke hoach cchc 2027 cua ubnd xa lac khe thuong",
  [D1_SIGNER], D1_SIGNER, "Khối chữ ký: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH", af=True)
q("fact", F1, "kinh phi thuc hien kh cchc nam 2027 cua xa la bao nhieu",
  ["185.000.000"], "tổng dự toán là 185.000.000 đồng", "Mục IV. KINH PHÍ THỰC HIỆN, khoản 1", af=True)
q("list", F1, "Phòng Kinh tế chủ trì những nhiệm vụ nào trong kế hoạch CCHC năm 2027 của xã?",
  ["đơn giản hóa", "công khai dự toán", "Giải ngân", "Thôn số"],
  "Rà soát, đề xuất đơn giản hóa ít nhất 05 TTHC",
  "Bảng nhiệm vụ dòng 8, 15, 16, 19 (Phòng Kinh tế chỉ phối hợp ở dòng 3 và 11)",
  must_not=["vị trí việc làm"])
q("list", F1, "nhung viec nao trong ke hoach cchc cua xa phai xong trong quy III/2027",
  ["Kiểm tra công tác CCHC", "vị trí việc làm", "Thôn số"], "Quý III/2027",
  "Bảng nhiệm vụ dòng 3 và 11 (Quý III/2027), dòng 19 (Tháng 9/2027)", af=True)
q("unanswerable", F1, "Khảo sát mức độ hài lòng của người dân, tổ chức về giải quyết TTHC ở xã phải hoàn thành trước ngày nào?",
  [], "", "Bảng nhiệm vụ dòng 10: ô Thời gian hoàn thành để trống")
q("unanswerable", F1, "chu tich ubnd xa lac khe thuong ten la gi",
  [], "", "Văn bản do Phó Chủ tịch ký thay (KT. CHỦ TỊCH); tên Chủ tịch không có", af=True)
q("coordinators", F1, "con don vi phoi hop?",
  ["Trung tâm Phục vụ hành chính công xã", "Đoàn Thanh niên xã"],
  "Hướng dẫn người dân cài đặt, sử dụng tài khoản định danh điện tử VNeID",
  "Hội thoại nối tiếp; bảng nhiệm vụ mục VII, dòng 18 (chủ trì: Công an xã)",
  turns=["Ai chủ trì hướng dẫn người dân sử dụng VNeID, nộp hồ sơ trực tuyến ở xã Lạc Khê Thượng?",
         "con don vi phoi hop?"], af=True)
q("general", F1, "Kế hoạch CCHC năm 2027 của UBND xã Lạc Khê Thượng nhằm mục đích gì?",
  ["Chỉ số CCHC", "SIPAS"], "Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC theo Kế hoạch CCHC năm 2027",
  "Mục I. MỤC ĐÍCH, YÊU CẦU, 1. Mục đích, điểm a), b)")
q("deadline", F1, "bao cao cchc hang quy cua cac phong gui van phong hdnd ubnd xa truoc ngay nao",
  ["ngày 10"], "trước ngày 10 của tháng cuối quý",
  "Mục V, khoản 2 điểm b) (khác dòng 4 của bảng: VP gửi Sở Nội vụ trước ngày 12)", af=True)

# --- Document 2 (Báo cáo, PDF) ---
q("fact", F2, "so xay dung khanh hoa dang thuc hien bao nhieu tthc",
  ["168"], "Sở đang thực hiện 168 TTHC", "Mục I.3, điểm a)", af=True)
q("fact", F2, "Tỷ lệ hồ sơ giải quyết đúng hạn 9 tháng đầu năm 2026 của Sở Xây dựng là bao nhiêu?",
  [D2_RATE], f"đúng hạn {vn_int(D2_TOT_OK)} hồ sơ (đạt {D2_RATE}%)", "Mục I.3, điểm b) và dòng Tổng cộng của bảng")
q("lead", F2, "kiem tra cong vu ky luat ky cuong tai 03 don vi su nghiep truc thuoc so xd do ai chu tri",
  ["Thanh tra Sở"], "Kiểm tra công vụ, kỷ luật, kỷ", "Bảng nhiệm vụ quý IV, dòng 6 (ô phối hợp trống)", af=True)
q("fact", F2, "Lĩnh vực nào của Sở Xây dựng có nhiều hồ sơ quá hạn nhất trong 9 tháng năm 2026, vì sao?",
  ["Cấp giấy phép xây dựng", "17"], "Lĩnh vực có nhiều hồ sơ quá hạn nhất là Cấp giấy phép xây dựng với 17 hồ sơ",
  "Mục I.3, điểm b); bảng dòng 2")
q("fact", F2, "chi so cchc nam 2025 cua so xay dung dat bao nhieu diem, xep thu may",
  ["86,57", "4/17"], "Chỉ số CCHC năm 2025 của Sở đạt 86,57 điểm", "Mục I.1", af=True)
q("fact", F2, "Báo cáo kết quả CCHC 9 tháng đầu năm 2026 của Sở Xây dựng tỉnh Khánh Hòa có số hiệu là gì?",
  [D2_NUMBER], D2_NUMBER, "Tiêu đề: Số: 2184/BC-SXD, ngày 18 tháng 9 năm 2026")
q("fact", F2, "ai ky bc 2184",
  [D2_SIGNER], D2_SIGNER, "Khối chữ ký: KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC", af=True)
q("lead", F2, "ai chu tri tu danh gia cham diem chi so cchc nam 2026 cua so xay dung",
  ["Văn phòng Sở"], "Tự đánh giá, chấm điểm Chỉ số", "Bảng nhiệm vụ quý IV, dòng 1", af=True)
q("coordinators", F2, "Cơ quan nào phối hợp với Sở Xây dựng tái cấu trúc quy trình TTHC lĩnh vực nhà ở, kinh doanh bất động sản?",
  ["Sở Khoa học và Công nghệ"], "Tái cấu trúc quy trình 12 TTHC", "Bảng nhiệm vụ quý IV, dòng 4")
q("deadline", F2, "han giai quyet dut diem ho so ton dong giay phep lai xe",
  ["11/2026"], "Giải quyết dứt điểm hồ sơ tồn", "Bảng nhiệm vụ quý IV, dòng 3: Tháng 11/2026", af=True)
q("list", F2, "Văn phòng Sở Xây dựng chủ trì những nhiệm vụ nào trong quý IV/2026?",
  ["chấm điểm Chỉ số CCHC", "Bồi dưỡng nghiệp vụ", "Báo cáo kết quả CCHC"],
  "Bồi dưỡng nghiệp vụ, kỹ năng", "Bảng nhiệm vụ quý IV, dòng 1, 5, 7")
q("list", F2, "Sở Xây dựng tỉnh Khánh Hòa có những kiến nghị, đề xuất gì trong báo cáo CCHC 9 tháng?",
  ["02 biên chế", "lỗi đồng bộ", "tập huấn"], "bổ sung 02 biên chế công chức cho bộ phận một cửa",
  "Mục IV. KIẾN NGHỊ, ĐỀ XUẤT, khoản 1-3")
q("general", F2, "ton tai han che cua so xd trong cchc 9 thang dau nam 2026",
  ["quá hạn", "38,2%", "bộ phận một cửa"], "chỉ đạt 38,2%", "Mục II. TỒN TẠI, HẠN CHẾ, khoản 1-4", af=True)
q("unanswerable", F2, "Tỷ lệ giải quyết hồ sơ đúng hạn cả năm 2026 của Sở Xây dựng Khánh Hòa đạt bao nhiêu?",
  [], "", "Báo cáo chỉ có số liệu 9 tháng; mục III chỉ nêu mục tiêu phấn đấu trên 99%")
q("unanswerable", F2, "so tai nguyen va moi truong khanh hoa 9 thang 2026 tiep nhan bao nhieu ho so",
  [], "", "Không văn bản nào báo cáo về sở này", af=True)
q("fact", F2, "ty le dung han?",
  [D2_CPXD_RATE], "Cấp giấy phép xây dựng",
  "Hội thoại nối tiếp; bảng kết quả dòng 2: 534 tiếp nhận, 17 quá hạn",
  turns=["Lĩnh vực cấp giấy phép xây dựng của Sở Xây dựng Khánh Hòa tiếp nhận bao nhiêu hồ sơ trong 9 tháng?",
         "quá hạn bao nhiêu?", "ty le dung han?"], af=True)

# --- Document 3 (Quyết định + Quy định, TXT) ---
q("fact", F3, "dieu 5 quy dinh danh gia xep loai cchc soc trang quy dinh gi",
  ["Xuất sắc", "90 điểm"], "Xuất sắc: đạt từ 90 điểm trở lên", "Quy định, Chương II, Điều 5", af=True)
q("deadline", F3, "Hạn gửi báo cáo tự đánh giá, chấm điểm CCHC về Sở Nội vụ là khi nào?",
  ["15 tháng 12"], "trước ngày 15 tháng 12 hằng năm", "Quy định, Điều 7 khoản 1")
q("fact", F3, "diem dieu tra xa hoi hoc toi da bao nhieu",
  ["30 điểm"], "Điểm điều tra xã hội học: tối đa 30 điểm", "Quy định, Điều 3 khoản 1 điểm b)", af=True)
q("fact", F3, "Ai là Chủ tịch Hội đồng thẩm định kết quả đánh giá CCHC của tỉnh Sóc Trăng?",
  ["Giám đốc Sở Nội vụ"], "Chủ tịch Hội đồng: Giám đốc Sở Nội vụ", "Quy định, Điều 8 khoản 1")
q("list", F3, "hoi dong tham dinh gom nhung thanh vien nao",
  ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"],
  "Thành viên gồm đại diện lãnh đạo: Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Tài chính",
  "Quy định, Điều 8 khoản 1-3", af=True)
q("lead", F3, "Cơ quan nào chủ trì tổ chức điều tra xã hội học phục vụ đánh giá CCHC ở Sóc Trăng, phối hợp với ai?",
  ["Sở Nội vụ", "Cục Thống kê tỉnh"], "Sở Nội vụ chủ trì, phối hợp với Cục Thống kê tỉnh", "Quy định, Điều 6 khoản 1")
q("fact", F3, "moi huyen phai khao sat toi thieu bao nhieu phieu",
  ["60 phiếu"], "60 phiếu đối với mỗi Ủy ban nhân dân cấp huyện", "Quy định, Điều 6 khoản 3", af=True)
q("fact", F3, "Ai ký Quyết định ban hành Quy định đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC của tỉnh Sóc Trăng?",
  [D3_SIGNER], D3_SIGNER, "Khối chữ ký của Quyết định: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
q("list", F3, "Những trường hợp nào bị trừ điểm khi đánh giá kết quả CCHC theo quy định của UBND tỉnh Sóc Trăng?",
  ["0,5 điểm", "1 điểm"], "trừ 0,5 điểm/báo cáo", "Quy định, Điều 3 khoản 2 điểm a)-c)")
q("general", F3, "Quy định đánh giá, xếp loại CCHC của Sóc Trăng áp dụng đối với những cơ quan, đơn vị nào?",
  ["sở, ban, ngành tỉnh", "huyện, thị xã, thành phố"], "Các sở, ban, ngành tỉnh (sau đây gọi chung là các sở)",
  "Quy định, Điều 1 khoản 2")
q("deadline", F3, "khi nao cong bo ket qua xep loai cchc",
  ["15 tháng 02"], "trước ngày 15 tháng 02 năm sau", "Quy định, Điều 7 khoản 4", af=True)
q("fact", F3, "Điều 2 của Quyết định số 1187 quy định những gì?",
  ["kể từ ngày ký", "2051/QĐ-UBND"], "Quyết định này có hiệu lực thi hành kể từ ngày ký",
  "Quyết định, Điều 2 (không nhầm với Điều 2 Nguyên tắc đánh giá của Quy định)")
q("unanswerable", F3, "Đơn vị xếp loại Xuất sắc trong đánh giá CCHC của tỉnh Sóc Trăng được thưởng bao nhiêu tiền?",
  [], "", "Điều 9 chỉ nói đề nghị tặng Bằng khen; không nêu mức tiền thưởng")
q("unanswerable", F3, "bo tieu chi danh gia cchc cap xa cua soc trang gom bao nhieu tieu chi",
  [], "", "Điều 1 khoản 3: cấp xã do Chủ tịch UBND cấp huyện quy định; không có số tiêu chí", af=True)
q("fact", F3, "con loai tot?",
  ["80", "90"], "Tốt: đạt từ 80 điểm đến dưới 90 điểm",
  "Hội thoại nối tiếp; Quy định, Điều 5 khoản 1 điểm b)",
  turns=["Theo QĐ 1187 của UBND tỉnh Sóc Trăng, xếp loại Khá cần bao nhiêu điểm?", "con loai tot?"], af=True)


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(N(json.dumps(r, ensure_ascii=False)) + "\n")


if __name__ == "__main__":
    make_doc1()
    make_doc2()
    make_doc3()
    write_jsonl("meta_h4a.jsonl", META)
    write_jsonl("tasks_h4a.jsonl", tasks_rows())
    write_jsonl("qa_h4a.jsonl", QA)
    print("docs:", sorted(os.listdir(DOCS)))
    print("questions:", len(QA), "tasks:", len(tasks_rows()))
