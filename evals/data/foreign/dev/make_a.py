# -*- coding: utf-8 -*-
"""Generate the foreign-document dev set "a" (four invented documents).

  docs/kh-cchc-xa-lung-cu-2025.docx          commune plan, DOCX with a task table (merged cells)
  docs/kh-cchc-huyen-thuan-chau-2025.pdf     district plan, reportlab PDF with a drawn task table
  docs/qd-quy-che-ttpvhcc-cao-bang-2026.txt  provincial Quyết định + Quy chế, hard-wrapped text
  docs/tb-hoi-nghi-cchc-muong-ang-2025.pdf   one-page scanned Thông báo (image only)

Also writes tasks_a.jsonl (gold rows of the two task tables) from the same data.
All names, numbers and dates are invented.

Run:  /work/main/.venv/bin/python make_a.py
"""
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

F1 = "kh-cchc-xa-lung-cu-2025.docx"
F2 = "kh-cchc-huyen-thuan-chau-2025.pdf"
F3 = "qd-quy-che-ttpvhcc-cao-bang-2026.txt"
F4 = "tb-hoi-nghi-cchc-muong-ang-2025.pdf"

# ---------------------------------------------------------------------------
# 1. Commune plan (DOCX)
# ---------------------------------------------------------------------------

D1_BODY = [
    # (kind, text)   kind: h1 = Roman heading, h2 = numbered heading, p = paragraph
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;"),
    ("p", "Căn cứ Kế hoạch số 118/KH-UBND ngày 27/12/2024 của Ủy ban nhân dân huyện Đồng Văn về cải cách hành chính huyện Đồng Văn năm 2025;"),
    ("p", "Ủy ban nhân dân xã Lũng Cú xây dựng Kế hoạch cải cách hành chính (CCHC) năm 2025 với những nội dung sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Triển khai đồng bộ, có trọng tâm các nhiệm vụ CCHC trên địa bàn xã; gắn CCHC với thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng biên giới."),
    ("p", "- Nâng cao chất lượng phục vụ người dân, tổ chức; lấy sự hài lòng của người dân làm thước đo kết quả hoạt động của cán bộ, công chức xã."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Mỗi nhiệm vụ phải giao rõ người chủ trì, người phối hợp, sản phẩm và thời hạn hoàn thành."),
    ("p", "- Các công chức chuyên môn báo cáo kết quả thực hiện nhiệm vụ CCHC hằng quý về Công chức Văn phòng - Thống kê trước ngày 12 của tháng cuối quý để tổng hợp, báo cáo Ủy ban nhân dân huyện."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Cải cách thể chế"),
    ("p", "- 100% văn bản quy phạm pháp luật (QPPL) do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành được kiểm tra, rà soát theo quy định."),
    ("h2", "2. Cải cách thủ tục hành chính"),
    ("p", "- 100% thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của xã được công khai đầy đủ tại Bộ phận Một cửa và trên Cổng Dịch vụ công quốc gia."),
    ("p", "- Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 97%; mức độ hài lòng của người dân đối với việc giải quyết TTHC đạt tối thiểu 92%."),
    ("p", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt tối thiểu 85%."),
    ("h2", "3. Cải cách chế độ công vụ"),
    ("p", "- 100% cán bộ, công chức xã được bồi dưỡng kiến thức, kỹ năng chuyên môn ít nhất 01 lần trong năm."),
    ("h2", "4. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "- 100% văn bản đi của Ủy ban nhân dân xã (trừ văn bản mật) được ký số và gửi, nhận trên phần mềm quản lý văn bản và điều hành."),
    ("p", "- Mỗi thôn có ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thường xuyên."),
    ("h1", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "a) Kiện toàn Tổ công tác CCHC của xã do Phó Chủ tịch Ủy ban nhân dân xã làm Tổ trưởng; phân công công chức theo dõi từng lĩnh vực CCHC."),
    ("p", "b) Đưa kết quả thực hiện nhiệm vụ CCHC vào đánh giá, xếp loại cán bộ, công chức và bình xét thi đua cuối năm."),
    ("h2", "2. Công tác thông tin, tuyên truyền"),
    ("p", "- Tuyên truyền về CCHC trên hệ thống loa truyền thanh của xã ít nhất 02 lần/tháng, bằng tiếng phổ thông và tiếng Mông:"),
    ("p", "+ Lồng ghép nội dung CCHC trong các cuộc họp thôn, sinh hoạt chi hội;"),
    ("p", "+ Niêm yết số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", "a) Duy trì Bộ phận Một cửa tiếp nhận, trả kết quả tất cả các ngày làm việc trong tuần."),
    ("p", "b) Từ tháng 3/2025, tổ chức tiếp nhận hồ sơ vào sáng thứ Bảy của tuần thứ hai và tuần thứ tư hằng tháng để phục vụ người dân ở các thôn xa trung tâm xã."),
    ("p", "c) Thực hiện nghiêm việc xin lỗi người dân đối với 100% hồ sơ giải quyết quá hạn."),
    ("h2", "4. Cải cách tài chính công"),
    ("p", "- Thực hiện công khai dự toán, quyết toán ngân sách xã theo quy định; quản lý, sử dụng tài sản công đúng mục đích, tiết kiệm."),
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công chức Văn phòng - Thống kê: Là đầu mối tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo CCHC định kỳ; báo cáo kết quả CCHC năm 2025 gửi Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 10/12/2025."),
    ("p", "2. Công chức Tư pháp - Hộ tịch: Chủ trì thực hiện các nhiệm vụ cải cách thể chế; phối hợp với Bộ phận Một cửa kiểm soát TTHC."),
    ("p", "3. Công chức Tài chính - Kế toán: Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2025."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tăng cường tuyên truyền, giám sát việc thực hiện CCHC; Trưởng các thôn phổ biến Kế hoạch đến Nhân dân."),
    ("p", "Trên đây là Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân xã Lũng Cú. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận kịp thời báo cáo Ủy ban nhân dân xã (qua Công chức Văn phòng - Thống kê) để xem xét, giải quyết./."),
]

D1_RECIPIENTS = [
    "- UBND huyện Đồng Văn (b/c);",
    "- Phòng Nội vụ huyện;",
    "- TT Đảng ủy, TT HĐND xã;",
    "- CT, các PCT UBND xã;",
    "- Công chức chuyên môn xã;",
    "- Trưởng các thôn;",
    "- Lưu: VT.",
]

VP = "Công chức Văn phòng - Thống kê"
TP = "Công chức Tư pháp - Hộ tịch"
VH = "Công chức Văn hóa - Xã hội"
TC = "Công chức Tài chính - Kế toán"
MC = "Bộ phận Một cửa"
CA = "Công an xã"
CCM = "Các công chức chuyên môn"

# sections: (roman, title as printed in the table, title for gold "section")
# rows: (no, content, lead, coordinators, output, deadline)
D1_TABLE = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "I. Công tác chỉ đạo, điều hành", [
        ("1", "Xây dựng, ban hành Kế hoạch CCHC năm 2025 của xã", VP, CCM, "Kế hoạch", "Tháng 01/2025"),
        ("2", "Kiện toàn Tổ công tác CCHC của xã", VP, CCM, "Quyết định kiện toàn", "Quý I/2025"),
        ("3", "Tổng hợp, xây dựng báo cáo CCHC định kỳ (quý, 6 tháng, năm)", VP, CCM, "Báo cáo", "Trước ngày 12 tháng cuối quý"),
        ("4", "Đưa kết quả thực hiện nhiệm vụ CCHC vào đánh giá, xếp loại cán bộ, công chức cuối năm", "UBND xã", VP, "Kết quả đánh giá, xếp loại", "Tháng 12/2025"),
    ]),
    ("II", "CẢI CÁCH THỂ CHẾ", "II. Cải cách thể chế", [
        ("1", "Kiểm tra, rà soát các văn bản QPPL do HĐND, UBND xã ban hành còn hiệu lực", TP, VP, "Báo cáo kết quả rà soát", "Quý II/2025"),
        ("2", "Tổ chức hội nghị phổ biến pháp luật về hộ tịch, đất đai cho người dân tại các thôn", TP, VH + "; Trưởng các thôn", "Hội nghị tuyên truyền", "Quý II/2025"),
        ("3", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11)", TP, "Đoàn Thanh niên xã; các trường học trên địa bàn", "Báo cáo kết quả", "Tháng 11/2025"),
    ]),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "III. Cải cách thủ tục hành chính", [
        ("1", "Niêm yết, công khai đầy đủ, kịp thời danh mục TTHC thuộc thẩm quyền giải quyết của UBND xã", MC, TP, "Bảng niêm yết TTHC được cập nhật", "Thường xuyên"),
        ("2", "Số hóa hồ sơ, kết quả giải quyết TTHC khi tiếp nhận (tối thiểu 85%)", MC, CCM, "Hồ sơ, kết quả được số hóa", "Thường xuyên"),
        ("3", "Tiếp nhận hồ sơ TTHC vào sáng thứ Bảy của tuần thứ hai và tuần thứ tư hằng tháng", MC, CA + "; Trưởng các thôn", "Sổ theo dõi tiếp nhận hồ sơ", "Từ tháng 3/2025"),
        ("4", "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia", MC, "Đoàn Thanh niên xã; Tổ công nghệ số cộng đồng", "Hồ sơ trực tuyến phát sinh", "Trong năm"),
        ("5", "Lấy ý kiến đánh giá sự hài lòng của người dân về giải quyết TTHC", VP, MC, "Báo cáo kết quả khảo sát", "Quý IV/2025"),
        ("6", "Thực hiện liên thông TTHC: đăng ký khai sinh - đăng ký thường trú - cấp thẻ BHYT cho trẻ em dưới 6 tuổi", TP, CA, "Hồ sơ liên thông", "Thường xuyên"),
    ]),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. Cải cách tổ chức bộ máy", [
        ("1", "Rà soát quy mô số hộ gia đình của các thôn, đề xuất sáp nhập thôn chưa đạt tiêu chuẩn", "UBND xã", VP + "; Trưởng các thôn", "Báo cáo rà soát, đề xuất", "Quý III/2025"),
    ]),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "V. Cải cách chế độ công vụ", [
        ("1", "Cử cán bộ, công chức tham gia các lớp bồi dưỡng kiến thức, kỹ năng do huyện tổ chức", VP, CCM, "Danh sách cử đi bồi dưỡng", "Theo kế hoạch của huyện"),
        ("2", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc của cán bộ, công chức", "UBND xã", VP, "Biên bản kiểm tra", "Quý II, Quý IV/2025"),
    ]),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "VI. Cải cách tài chính công", [
        ("1", "Công khai dự toán ngân sách xã năm 2025 và quyết toán ngân sách xã năm 2024", TC, VP, "Văn bản công khai ngân sách", "Quý I/2025"),
    ]),
    ("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "VII. Xây dựng chính quyền điện tử, chính quyền số", [
        ("1", "Xử lý văn bản trên phần mềm quản lý văn bản và điều hành; ký số 100% văn bản đi (trừ văn bản mật)", VP, CCM, "Văn bản điện tử được ký số", "Thường xuyên"),
        ("2", "Duy trì hoạt động Tổ công nghệ số cộng đồng ở các thôn", VH, "Đoàn Thanh niên xã; Trưởng các thôn", "Báo cáo hoạt động của các Tổ", "Trong năm"),
        ("3", "Cập nhật, làm sạch dữ liệu dân cư phục vụ Đề án 06", CA, TP, "Dữ liệu dân cư được cập nhật", "Thường xuyên"),
    ]),
]

# vertical merges in the appendix table: (section roman, column index, first no, last no)
# columns: 0 STT, 1 content, 2 lead, 3 coordinators, 4 output, 5 deadline
D1_VMERGES = [
    ("I", 2, "1", "3"),     # lead "Công chức Văn phòng - Thống kê" over I.1-I.3
    ("I", 3, "1", "3"),     # coordinators "Các công chức chuyên môn" over I.1-I.3
    ("II", 2, "1", "3"),    # lead "Công chức Tư pháp - Hộ tịch" over II.1-II.3
    ("II", 5, "1", "2"),    # deadline "Quý II/2025" over II.1-II.2
    ("III", 2, "1", "3"),   # lead "Bộ phận Một cửa" over III.1-III.3
    ("III", 5, "1", "2"),   # deadline "Thường xuyên" over III.1-III.2
]


def make_docx(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + b)
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tblPr.append(borders)

    def cell_par(cell, text, bold=False, italic=False, size=None, align=WD_ALIGN_PARAGRAPH.CENTER, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.alignment = align
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    # --- header: a real 2-column table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width, right.width = Cm(6.0), Cm(10.0)
    cell_par(left, "ỦY BAN NHÂN DÂN", size=13, first=True)
    cell_par(left, "XÃ LŨNG CÚ", bold=True, size=13)
    cell_par(left, "Số: 12/KH-UBND", size=13)
    cell_par(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=13, first=True)
    cell_par(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13)
    cell_par(right, "Lũng Cú, ngày 14 tháng 01 năm 2025", italic=True, size=13)

    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KẾ HOẠCH").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Cải cách hành chính xã Lũng Cú năm 2025").bold = True
    doc.add_paragraph()

    for kind, text in D1_BODY:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.0)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(text)
        if kind in ("h1", "h2"):
            r.bold = True
        if text.startswith("Căn cứ"):
            r.italic = True

    # --- recipients + signature: borderless 2-column table
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(8.0), Cm(8.0)
    p = cell_par(left, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
    for line in D1_RECIPIENTS:
        cell_par(left, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_par(right, "TM. ỦY BAN NHÂN DÂN", bold=True, first=True)
    cell_par(right, "CHỦ TỊCH", bold=True)
    cell_par(right, "")
    cell_par(right, "(Đã ký)", italic=True)
    cell_par(right, "")
    cell_par(right, "Giàng Mí Chứ", bold=True)

    # --- appendix in a landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(1.5)
    for text, bold, italic in (
        ("PHỤ LỤC", True, False),
        ("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH XÃ LŨNG CÚ NĂM 2025", True, False),
        ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 14/01/2025 của UBND xã Lũng Cú)", False, True),
    ):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text); r.bold, r.italic = bold, italic
    doc.add_paragraph()

    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.0), Cm(4.6), Cm(4.2), Cm(3.6)]
    nrows = 2 + sum(1 + len(rows) for _, _, _, rows in D1_TABLE)
    tb = doc.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER

    def put(cell, text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.LEFT):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = align
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(12)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    for i, h in enumerate(header):
        put(tb.cell(0, i), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        put(tb.cell(1, i), "(%d)" % (i + 1), italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    # mark first row as repeating header
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

    r = 2
    where = {}
    for roman, title, _gold, rows in D1_TABLE:
        put(tb.cell(r, 0), roman, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        m = tb.cell(r, 1).merge(tb.cell(r, 5))
        put(m, title, bold=True)
        r += 1
        for no, content, lead, coord, out, dl in rows:
            where[(roman, no)] = r
            vals = [no, content, lead, coord, out, dl]
            for c, v in enumerate(vals):
                put(tb.cell(r, c), v, align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 5) else WD_ALIGN_PARAGRAPH.LEFT)
            r += 1
    # vertical merges: the merged cell keeps the value of its first row
    for roman, col, a, b in D1_VMERGES:
        ra, rb = where[(roman, a)], where[(roman, b)]
        keep = tb.cell(ra, col).text
        for rr in range(ra, rb + 1):
            assert tb.cell(rr, col).text == keep, (roman, col, rr, tb.cell(rr, col).text, keep)
        for rr in range(ra + 1, rb + 1):
            put(tb.cell(rr, col), "")
        m = tb.cell(ra, col).merge(tb.cell(rb, col))
        put(m, keep, align=WD_ALIGN_PARAGRAPH.CENTER if col == 5 else WD_ALIGN_PARAGRAPH.LEFT)
    for row in tb.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. District plan (reportlab PDF)
# ---------------------------------------------------------------------------

D2_BODY_A = [
    ("i", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;"),
    ("i", "Căn cứ Kế hoạch số 402/KH-UBND ngày 26/12/2024 của Ủy ban nhân dân tỉnh Sơn La về cải cách hành chính tỉnh Sơn La năm 2025;"),
    ("p", "Ủy ban nhân dân huyện Thuận Châu ban hành Kế hoạch thực hiện công tác cải cách hành chính (CCHC) năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Cụ thể hóa các nhiệm vụ CCHC của tỉnh năm 2025 phù hợp với điều kiện thực tế của huyện; khắc phục các chỉ số thành phần bị giảm điểm trong Chỉ số CCHC năm 2024."),
    ("p", "- Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn trong chỉ đạo, tổ chức thực hiện CCHC."),
    ("h", "2. Yêu cầu"),
    ("p", "- Các nhiệm vụ được giao phải có đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành cụ thể; việc triển khai bảo đảm đúng tiến độ, thực chất, hiệu quả."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU"),
    ("p", "- Phấn đấu Chỉ số CCHC năm 2025 của huyện xếp trong nhóm 05 huyện, thành phố dẫn đầu của tỉnh."),
    ("p", "- Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn: cấp huyện đạt trên 98%, cấp xã đạt trên 96%."),
    ("p", "- Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối thiểu 50% trên tổng số hồ sơ TTHC có cung cấp dịch vụ công trực tuyến toàn trình."),
    ("p", "- Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt tối thiểu 93%."),
    ("p", "- Trong năm, kiểm tra công tác CCHC tại ít nhất 06 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện và 12 xã, thị trấn."),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các nhiệm vụ trọng tâm năm 2025, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được phân công cụ thể tại bảng dưới đây:"),
]

D2_BODY_B = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng), bố trí từ nguồn ngân sách huyện năm 2025 giao cho Phòng Nội vụ; các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn bố trí kinh phí thực hiện nhiệm vụ CCHC của đơn vị trong dự toán được giao."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nội vụ: Là cơ quan thường trực, giúp Ủy ban nhân dân huyện theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo CCHC quý, 6 tháng, năm gửi Sở Nội vụ đúng thời hạn."),
    ("p", "2. Văn phòng HĐND và UBND huyện: Chủ trì công tác kiểm soát TTHC, vận hành Bộ phận Một cửa huyện và hệ thống quản lý văn bản và điều hành."),
    ("p", "3. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị sử dụng kinh phí đúng quy định."),
    ("p", "4. Phòng Văn hóa và Thông tin: Chủ trì tuyên truyền về CCHC, chuyển đổi số trên Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở."),
    ("p", "5. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, Ủy ban nhân dân các xã, thị trấn: Xây dựng Kế hoạch CCHC năm 2025 của cơ quan, đơn vị, gửi về Phòng Nội vụ trước ngày 15/02/2025; báo cáo kết quả CCHC hằng quý về Phòng Nội vụ trước ngày 10 của tháng cuối quý, báo cáo năm trước ngày 05/12/2025."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân huyện (qua Phòng Nội vụ) để xem xét, chỉ đạo./."),
]

D2_RECIPIENTS = [
    "- Sở Nội vụ tỉnh Sơn La (b/c);",
    "- TT Huyện ủy, TT HĐND huyện (b/c);",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Các cơ quan chuyên môn thuộc UBND huyện;",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT, NV.",
]

NV = "Phòng Nội vụ"
VPH = "Văn phòng HĐND và UBND huyện"
PTP = "Phòng Tư pháp"
TCKH = "Phòng Tài chính - Kế hoạch"
VHTT = "Phòng Văn hóa và Thông tin"
XTT = "UBND các xã, thị trấn"
CQCM = "Các cơ quan chuyên môn thuộc UBND huyện"
CAH = "Công an huyện"

D2_TABLE = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ TUYÊN TRUYỀN", "I. Công tác chỉ đạo, điều hành và tuyên truyền", [
        ("1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2025 của huyện", NV, VHTT + "; Trung tâm Truyền thông và Văn hóa huyện", "Tháng 02/2025"),
        ("2", "Tổ chức kiểm tra công tác CCHC tại các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn theo Kế hoạch kiểm tra năm 2025", NV, VPH + "; " + PTP, "Quý II - Quý III/2025"),
        ("3", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của huyện; thu thập tài liệu kiểm chứng theo hướng dẫn của Sở Nội vụ", NV, CQCM, "Theo hướng dẫn của Sở Nội vụ"),
        ("4", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của UBND các xã, thị trấn", NV, "Thành viên Hội đồng thẩm định Chỉ số CCHC huyện", "Tháng 01/2026"),
        ("5", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của UBND các xã, thị trấn", NV, XTT, "Quý III/2025"),
    ]),
    ("II", "CẢI CÁCH THỂ CHẾ", "II. Cải cách thể chế", [
        ("1", "Kiểm tra, rà soát văn bản QPPL do HĐND, UBND huyện ban hành; công bố danh mục văn bản hết hiệu lực", PTP, CQCM, "Quý II/2025"),
        ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính trên địa bàn huyện", PTP, CAH + "; " + XTT, "Tháng 11/2025"),
        ("3", "Tổ chức Hội thi hòa giải viên giỏi cấp huyện năm 2025", PTP, "Ủy ban MTTQ Việt Nam huyện; " + XTT, "Quý III/2025"),
    ]),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "III. Cải cách thủ tục hành chính", [
        ("1", "Cập nhật, công khai đầy đủ TTHC thuộc thẩm quyền giải quyết của cấp huyện, cấp xã tại Bộ phận Một cửa và trên Cổng Dịch vụ công quốc gia", VPH, CQCM, "Thường xuyên"),
        ("2", "Rà soát, đề xuất phương án đơn giản hóa TTHC, giấy tờ công dân trong lĩnh vực đất đai, xây dựng", VPH, PTP + "; Phòng Tài nguyên và Môi trường", "Quý III/2025"),
        ("3", "Tập huấn nghiệp vụ kiểm soát TTHC, số hóa hồ sơ, kết quả giải quyết TTHC cho công chức Bộ phận Một cửa cấp xã", VPH, VHTT, "Quý II/2025"),
        ("4", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", VPH, "Thanh tra huyện; " + CQCM, "Thường xuyên"),
        ("5", "Thực hiện việc xin lỗi người dân, tổ chức đối với hồ sơ giải quyết quá hạn; công khai kết quả giải quyết TTHC", CQCM + "; " + XTT, VPH, "Thường xuyên"),
    ]),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. Cải cách tổ chức bộ máy", [
        ("1", "Rà soát, sắp xếp, kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức các cơ quan chuyên môn thuộc UBND huyện theo quy định của Chính phủ", NV, CQCM, "Quý I/2025"),
        ("2", "Quản lý vị trí việc làm, biên chế công chức và số lượng người làm việc trong các đơn vị sự nghiệp công lập", NV, TCKH, "Quý II/2025"),
    ]),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "V. Cải cách chế độ công vụ", [
        ("1", "Xây dựng, triển khai Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2025", NV, CQCM + "; " + XTT, "Tháng 3/2025"),
        ("2", "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", NV, "Thanh tra huyện; " + VPH, "Quý II, Quý IV/2025"),
        ("3", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025", NV, "Các cơ quan, đơn vị", "Tháng 12/2025"),
    ]),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "VI. Cải cách tài chính công", [
        ("1", "Công khai dự toán, quyết toán ngân sách huyện theo quy định", TCKH, "Các cơ quan, đơn vị", "Theo quy định"),
        ("2", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025", TCKH, "Ban Quản lý dự án đầu tư xây dựng huyện; " + XTT, "Trước ngày 31/01/2026"),
        ("3", "Kiểm tra việc quản lý, sử dụng tài sản công tại các trường học trên địa bàn huyện", TCKH, "Phòng Giáo dục và Đào tạo", "Quý III/2025"),
    ]),
    ("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "VII. Xây dựng chính quyền điện tử, chính quyền số", [
        ("1", "Vận hành hệ thống quản lý văn bản và điều hành; bảo đảm 100% văn bản đi (trừ văn bản mật) được ký số", VPH, VHTT, "Thường xuyên"),
        ("2", "Tổ chức diễn tập, bảo đảm an toàn thông tin mạng cho hệ thống thông tin của huyện", VHTT, CAH, "Quý III/2025"),
        ("3", "Triển khai Đề án 06: làm sạch dữ liệu dân cư, thực hiện dịch vụ công thiết yếu trên môi trường điện tử", CAH, VPH + "; " + XTT, "Trong năm 2025"),
        ("4", "Kiện toàn, duy trì hoạt động Tổ công nghệ số cộng đồng tại các bản, tiểu khu", VHTT, XTT + "; Huyện đoàn", "Quý I/2025"),
    ]),
]


def make_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DVSerif", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVSerif-Bold", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVSerif-Italic", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")))
    pdfmetrics.registerFont(TTFont("DVSerif-BoldItalic", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf")))
    from reportlab.lib.fonts import addMapping
    addMapping("DVSerif", 0, 0, "DVSerif")
    addMapping("DVSerif", 1, 0, "DVSerif-Bold")
    addMapping("DVSerif", 0, 1, "DVSerif-Italic")
    addMapping("DVSerif", 1, 1, "DVSerif-BoldItalic")

    body = ParagraphStyle("body", fontName="DVSerif", fontSize=11.5, leading=16, alignment=TA_JUSTIFY,
                          firstLineIndent=1.0 * cm, spaceAfter=4)
    ital = ParagraphStyle("ital", parent=body, fontName="DVSerif-Italic")
    head = ParagraphStyle("head", parent=body, fontName="DVSerif-Bold")
    center = ParagraphStyle("center", fontName="DVSerif", fontSize=11, leading=14, alignment=TA_CENTER)
    centerb = ParagraphStyle("centerb", parent=center, fontName="DVSerif-Bold")
    centeri = ParagraphStyle("centeri", parent=center, fontName="DVSerif-Italic")
    cellst = ParagraphStyle("cell", fontName="DVSerif", fontSize=9.5, leading=12, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cellst, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellst, fontName="DVSerif-Bold", alignment=TA_CENTER)
    cellsec = ParagraphStyle("cellsec", parent=cellst, fontName="DVSerif-Bold")
    small = ParagraphStyle("small", fontName="DVSerif", fontSize=9.5, leading=12)
    smallbi = ParagraphStyle("smallbi", parent=small, fontName="DVSerif-BoldItalic", fontSize=11)

    story = []
    hdr = Table([
        [Paragraph("ỦY BAN NHÂN DÂN<br/><b>HUYỆN THUẬN CHÂU</b>", center),
         Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>", center)],
        [Paragraph("Số: 36/KH-UBND", center),
         Paragraph("<i>Thuận Châu, ngày 22 tháng 01 năm 2025</i>", center)],
    ], colWidths=[6.5 * cm, 10.5 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    story += [hdr, Spacer(1, 18)]
    story += [Paragraph("KẾ HOẠCH", centerb),
              Paragraph("Thực hiện công tác cải cách hành chính", centerb),
              Paragraph("huyện Thuận Châu năm 2025", centerb), Spacer(1, 14)]

    def add_body(items):
        for kind, text in items:
            st = {"p": body, "i": ital, "h": head}[kind]
            story.append(Paragraph(text, st))

    add_body(D2_BODY_A)
    story.append(Spacer(1, 6))

    data = [[Paragraph(h, cellh) for h in ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian")]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
    ]
    for roman, title, _g, rows in D2_TABLE:
        r = len(data)
        data.append([Paragraph("<b>%s</b>" % roman, cellc), Paragraph(title, cellsec), "", "", ""])
        style.append(("SPAN", (1, r), (4, r)))
        for no, content, lead, coord, dl in rows:
            data.append([Paragraph(no, cellc), Paragraph(content, cellst), Paragraph(lead, cellst),
                         Paragraph(coord, cellst), Paragraph(dl, cellc)])
    tbl = Table(data, colWidths=[1.3 * cm, 6.4 * cm, 3.2 * cm, 3.6 * cm, 2.5 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story += [tbl, Spacer(1, 10)]

    add_body(D2_BODY_B)
    story.append(Spacer(1, 12))
    rec = "<br/>".join(D2_RECIPIENTS)
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b>", small),
                  Paragraph("<b>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b>", center)],
                 [Paragraph(rec, small), Paragraph("<br/><i>(Đã ký)</i><br/><br/><b>Quàng Văn Định</b>", center)]],
                colWidths=[8.5 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def footer(canvas, doc_):
        canvas.saveState()
        canvas.setFont("DVSerif", 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc_.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Kế hoạch CCHC huyện Thuận Châu năm 2025", author="UBND huyện Thuận Châu")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 3. Provincial Quyết định + Quy chế (hard-wrapped text)
# ---------------------------------------------------------------------------

# Lines starting with "=" are printed as is (headings, header block); "" is a blank line;
# other entries are paragraphs that get hard-wrapped.
D3_LOGICAL = [
    "=ỦY BAN NHÂN DÂN",
    "=TỈNH CAO BẰNG",
    "=Số: 215/QĐ-UBND",
    "",
    "=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "=Độc lập - Tự do - Hạnh phúc",
    "",
    "=Cao Bằng, ngày 12 tháng 02 năm 2026",
    "",
    "=QUYẾT ĐỊNH",
    "=Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công",
    "=tỉnh Cao Bằng",
    "",
    "=CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
    "Căn cứ Quyết định số 1187/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc thành lập Trung tâm Phục vụ hành chính công tỉnh Cao Bằng;",
    "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 46/TTr-VP ngày 28 tháng 01 năm 2026.",
    "",
    "=QUYẾT ĐỊNH:",
    "",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Cao Bằng.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2026 và thay thế Quyết định số 2045/QĐ-UBND ngày 15 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh Cao Bằng ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "",
    "=Nơi nhận:",
    "=- Văn phòng Chính phủ (Cục KSTTHC);",
    "=- TT Tỉnh ủy, TT HĐND tỉnh;",
    "=- Chủ tịch, các PCT UBND tỉnh;",
    "=- Như Điều 3;",
    "=- Cổng TTĐT tỉnh;",
    "=- Lưu: VT, TTPVHCC.",
    "",
    "=KT. CHỦ TỊCH",
    "=PHÓ CHỦ TỊCH",
    "",
    "=(Đã ký)",
    "",
    "=Đàm Văn Quý",
    "",
    "@PAGE",
    "=ỦY BAN NHÂN DÂN",
    "=TỈNH CAO BẰNG",
    "",
    "=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "=Độc lập - Tự do - Hạnh phúc",
    "",
    "=QUY CHẾ",
    "=Hoạt động của Trung tâm Phục vụ hành chính công tỉnh Cao Bằng",
    "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Cao Bằng)",
    "",
    "=Chương I",
    "=QUY ĐỊNH CHUNG",
    "",
    "=Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    "1. Quy chế này quy định về nguyên tắc, thời gian làm việc, quy trình tiếp nhận, giải quyết, trả kết quả hồ sơ thủ tục hành chính (TTHC) tại Trung tâm Phục vụ hành chính công tỉnh Cao Bằng (sau đây gọi là Trung tâm) và trách nhiệm của các cơ quan, đơn vị có liên quan.",
    "2. Quy chế này áp dụng đối với:",
    "a) Trung tâm và công chức, viên chức, người lao động làm việc tại Trung tâm;",
    "b) Các sở, ban, ngành tỉnh có TTHC được tiếp nhận, trả kết quả tại Trung tâm;",
    "c) Ủy ban nhân dân các xã, phường có liên quan đến việc giải quyết TTHC liên thông;",
    "d) Tổ chức, cá nhân có yêu cầu giải quyết TTHC tại Trung tâm.",
    "=Điều 2. Nguyên tắc hoạt động",
    "1. Lấy sự hài lòng của tổ chức, cá nhân là thước đo chất lượng và hiệu quả phục vụ của cán bộ, công chức, viên chức và cơ quan có thẩm quyền.",
    "2. Việc giải quyết TTHC được quản lý tập trung, thống nhất; công khai, minh bạch; bảo đảm đúng thời hạn theo quy định.",
    "3. Không yêu cầu tổ chức, cá nhân cung cấp lại thông tin, giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư hoặc đã được số hóa và có giá trị pháp lý.",
    "=Điều 3. Thời gian làm việc của Trung tâm",
    "1. Trung tâm làm việc từ thứ Hai đến thứ Sáu hằng tuần, trừ ngày nghỉ lễ, Tết theo quy định: buổi sáng từ 07 giờ 30 phút đến 11 giờ 30 phút; buổi chiều từ 13 giờ 30 phút đến 17 giờ 00 phút.",
    "2. Sáng thứ Bảy hằng tuần, từ 07 giờ 30 phút đến 11 giờ 30 phút, Trung tâm tiếp nhận và trả kết quả đối với các TTHC thuộc lĩnh vực đất đai, đăng ký doanh nghiệp và tư pháp.",
    "3. Trường hợp cần thay đổi thời gian làm việc, Giám đốc Trung tâm báo cáo Chánh Văn phòng Ủy ban nhân dân tỉnh xem xét, quyết định và thông báo công khai trước ít nhất 05 ngày làm việc.",
    "",
    "=Chương II",
    "=TIẾP NHẬN, GIẢI QUYẾT VÀ TRẢ KẾT QUẢ HỒ SƠ",
    "",
    "=Điều 4. Tiếp nhận hồ sơ",
    "1. Tổ chức, cá nhân nộp hồ sơ TTHC theo một trong các cách thức: trực tiếp tại Trung tâm; qua dịch vụ bưu chính công ích; trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "2. Trường hợp hồ sơ chưa đầy đủ, chưa chính xác, công chức tiếp nhận hướng dẫn tổ chức, cá nhân bổ sung, hoàn thiện một lần, đầy đủ bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
    "3. Đối với hồ sơ nộp trực tuyến, trong thời hạn 08 giờ làm việc kể từ khi hồ sơ được gửi thành công trên hệ thống, công chức tiếp nhận phải kiểm tra và phản hồi cho tổ chức, cá nhân.",
    "4. 100% hồ sơ TTHC tiếp nhận trực tiếp tại Trung tâm được số hóa ngay khi tiếp nhận.",
    "=Điều 5. Chuyển hồ sơ và giải quyết hồ sơ",
    "1. Hồ sơ tiếp nhận trước 15 giờ 00 phút được chuyển đến cơ quan có thẩm quyền giải quyết ngay trong ngày; hồ sơ tiếp nhận sau 15 giờ 00 phút được chuyển chậm nhất vào đầu giờ của ngày làm việc tiếp theo.",
    "2. Trường hợp hồ sơ cần bổ sung, trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ, cơ quan giải quyết phải có văn bản gửi Trung tâm để thông báo cho tổ chức, cá nhân, nêu rõ lý do và nội dung cần bổ sung.",
    "3. Đối với hồ sơ quá hạn giải quyết, chậm nhất 01 ngày làm việc trước ngày hết hạn, cơ quan giải quyết phải có văn bản xin lỗi tổ chức, cá nhân, trong đó ghi rõ lý do quá hạn và thời gian hẹn trả kết quả mới.",
    "=Điều 6. Trả kết quả giải quyết TTHC",
    "1. Kết quả giải quyết TTHC được trả tại Trung tâm, qua dịch vụ bưu chính công ích hoặc trả bản điện tử trên Cổng Dịch vụ công quốc gia theo đăng ký của tổ chức, cá nhân.",
    "2. Sau 03 tháng kể từ ngày hẹn trả kết quả mà tổ chức, cá nhân không đến nhận, Trung tâm chuyển kết quả về cơ quan giải quyết để lưu trữ.",
    "",
    "=Chương III",
    "=TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
    "",
    "=Điều 7. Trách nhiệm của Trung tâm Phục vụ hành chính công tỉnh",
    "1. Bố trí, quản lý công chức, viên chức làm việc tại Trung tâm; công khai danh mục TTHC, quy trình giải quyết và số điện thoại đường dây nóng tại Trung tâm.",
    "2. Tổng hợp, báo cáo kết quả tiếp nhận, giải quyết TTHC tại Trung tâm hằng quý gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 của tháng cuối quý.",
    "3. Tổ chức lấy ý kiến đánh giá của tổ chức, cá nhân; phấn đấu mức độ hài lòng đối với việc giải quyết TTHC tại Trung tâm đạt tối thiểu 95%.",
    "=Điều 8. Trách nhiệm của các sở, ban, ngành tỉnh",
    "1. Cử công chức có trình độ đại học trở lên và có ít nhất 03 năm công tác trong ngành, lĩnh vực đến làm việc tại Trung tâm; thời hạn cử không dưới 12 tháng và không quá 24 tháng.",
    "2. Giải quyết hồ sơ TTHC đúng thời hạn; phấn đấu tỷ lệ hồ sơ được giải quyết trước và đúng hạn đạt tối thiểu 98%.",
    "3. Không được thu thêm bất kỳ khoản phí, lệ phí nào ngoài quy định; không yêu cầu tổ chức, cá nhân nộp thêm giấy tờ ngoài thành phần hồ sơ đã được công bố.",
    "=Điều 9. Trách nhiệm của Sở Khoa học và Công nghệ, Công an tỉnh và Sở Nội vụ",
    "1. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật, Hệ thống thông tin giải quyết TTHC tỉnh hoạt động thông suốt; khắc phục sự cố trong thời hạn 04 giờ làm việc kể từ khi nhận được thông báo của Trung tâm.",
    "2. Công an tỉnh bảo đảm an ninh, trật tự tại Trung tâm; phối hợp kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết TTHC.",
    "3. Sở Nội vụ theo dõi, đánh giá việc chấp hành kỷ luật, kỷ cương hành chính của công chức được cử đến Trung tâm; sử dụng kết quả đánh giá của Trung tâm khi chấm điểm Chỉ số CCHC của các sở, ban, ngành.",
    "=Điều 10. Tổ chức thực hiện",
    "1. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan có liên quan theo dõi, kiểm tra việc thực hiện Quy chế này.",
    "2. Công chức, viên chức làm việc tại Trung tâm có thành tích xuất sắc được xem xét khen thưởng theo quy định; vi phạm Quy chế thì tùy tính chất, mức độ bị xử lý theo quy định của pháp luật.",
    "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng Ủy ban nhân dân tỉnh (qua Trung tâm) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./.",
]


def make_txt(path):
    rnd = random.Random(20260212)
    out = []
    for item in D3_LOGICAL:
        if item == "":
            out.append("")
        elif item == "@PAGE":
            out += ["", "", "", ""]
        elif item.startswith("="):
            out.append(item[1:] + (" " if rnd.random() < 0.4 else ""))
            if rnd.random() < 0.5:
                out.append("")
        else:
            lines = textwrap.wrap(item, width=rnd.choice([72, 74, 76, 78]), break_long_words=False,
                                  break_on_hyphens=False)
            for ln in lines:
                out.append(ln + (" " if rnd.random() < 0.5 else ""))
                if rnd.random() < 0.6:
                    out.append("")
    # page numbers alone on a line, roughly every 46 lines
    final, n, page = [], 0, 2
    for ln in out:
        final.append(ln)
        n += 1
        if n >= 46 and ln == "":
            final += ["", str(page), "", ""]
            page += 1
            n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(final) + "\n")


# ---------------------------------------------------------------------------
# 4. Scanned one-page Thông báo (image-only PDF)
# ---------------------------------------------------------------------------

D4_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG ẢNG", "Số: 85/TB-UBND"]
D4_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Mường Ảng, ngày 10 tháng 6 năm 2025"]
D4_TITLE = ["THÔNG BÁO", "Về việc tổ chức Hội nghị sơ kết công tác cải cách hành chính",
            "6 tháng đầu năm 2025"]
D4_BODY = [
    "Thực hiện Kế hoạch số 19/KH-UBND ngày 17/01/2025 của Ủy ban nhân dân huyện Mường Ảng về cải cách hành chính năm 2025, Ủy ban nhân dân huyện thông báo tổ chức Hội nghị sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2025 như sau:",
    "1. Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 phút, thứ Năm, ngày 26/6/2025.",
    "2. Địa điểm: Hội trường tầng 2, trụ sở Ủy ban nhân dân huyện Mường Ảng.",
    "3. Chủ trì: Phó Chủ tịch Ủy ban nhân dân huyện, Trưởng Ban Chỉ đạo CCHC huyện.",
    "4. Thành phần: Lãnh đạo các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện; Chủ tịch Ủy ban nhân dân các xã, thị trấn; công chức Văn phòng - Thống kê phụ trách CCHC của các xã, thị trấn.",
    "5. Công tác chuẩn bị:",
    "- Các cơ quan chuyên môn, Ủy ban nhân dân các xã, thị trấn gửi báo cáo kết quả CCHC 6 tháng đầu năm 2025 (bản điện tử có ký số) về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 18/6/2025.",
    "- Phòng Nội vụ dự thảo báo cáo sơ kết, chương trình Hội nghị, trình Ủy ban nhân dân huyện trước ngày 23/6/2025.",
    "- Ủy ban nhân dân thị trấn Mường Ảng và Ủy ban nhân dân xã Ẳng Nưa chuẩn bị tham luận về kết quả giải quyết TTHC trên môi trường điện tử, thời lượng mỗi tham luận không quá 07 phút.",
    "- Văn phòng HĐND và UBND huyện chuẩn bị hội trường, âm thanh, ánh sáng phục vụ Hội nghị.",
    "Đề nghị các cơ quan, đơn vị, địa phương cử đại biểu tham dự đầy đủ, đúng thành phần./.",
]
D4_RECIPIENTS = ["Nơi nhận:", "- Như thành phần;", "- TT Huyện ủy, TT HĐND huyện (b/c);",
                 "- Lãnh đạo UBND huyện;", "- Lưu: VT, NV."]
D4_SIGN = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Lò Thị Hương"]


def d4_source_text():
    parts = D4_HEADER_LEFT + D4_HEADER_RIGHT + D4_TITLE + D4_BODY + D4_RECIPIENTS + D4_SIGN
    return "\n".join(parts)


def make_scan(path, dpi=250):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    pt = lambda p: int(round(p / 72 * dpi))
    f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), pt(12))
    fb = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), pt(12))
    fi = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"), pt(12))
    fs = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), pt(10))
    fsb = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"), pt(10.5))
    L, R = int(1.18 * dpi), W - int(0.79 * dpi)   # 3 cm / 2 cm margins
    lh = pt(18)

    def centered(x0, x1, y, text, font):
        w = dr.textlength(text, font=font)
        dr.text(((x0 + x1 - w) / 2, y), text, font=font, fill=0)

    y = int(0.8 * dpi)
    colL = (L - pt(20), L + int(2.6 * dpi))
    colR = (L + int(2.6 * dpi), R + pt(10))
    fonts_l = [f, fb, f]
    fonts_r = [fb, fb, fi]
    for i in range(3):
        yi = y + i * lh + (pt(8) if i == 2 else 0)
        centered(*colL, yi, D4_HEADER_LEFT[i], fonts_l[i])
        centered(*colR, yi, D4_HEADER_RIGHT[i], fonts_r[i])
        if i == 1:
            yy = y + i * lh + pt(19)
            cx = (colL[0] + colL[1]) / 2
            dr.line([(cx - pt(30), yy), (cx + pt(30), yy)], fill=0, width=2)
            cx = (colR[0] + colR[1]) / 2
            dr.line([(cx - pt(75), yy), (cx + pt(75), yy)], fill=0, width=2)
    y += 3 * lh + pt(30)
    for i, t in enumerate(D4_TITLE):
        centered(L, R, y, t, fb)
        y += lh
    y += pt(12)

    def para(text, y, indent=pt(28)):
        words = text.split()
        line, first = "", True
        for w in words:
            trial = (line + " " + w).strip()
            width = R - L - (indent if first else 0)
            if dr.textlength(trial, font=f) > width and line:
                dr.text((L + (indent if first else 0), y), line, font=f, fill=0)
                y += lh
                line, first = w, False
            else:
                line = trial
        if line:
            dr.text((L + (indent if first else 0), y), line, font=f, fill=0)
            y += lh
        return y + pt(4)

    for p in D4_BODY:
        y = para(p, y)
    y += pt(14)
    ys = y
    dr.text((L, y), D4_RECIPIENTS[0], font=fsb, fill=0)
    y += pt(14)
    for t in D4_RECIPIENTS[1:]:
        dr.text((L, y), t, font=fs, fill=0)
        y += pt(13)
    sx0, sx1 = L + int(3.2 * dpi), R
    centered(sx0, sx1, ys, D4_SIGN[0], fb)
    centered(sx0, sx1, ys + lh, D4_SIGN[1], fb)
    centered(sx0, sx1, ys + 3 * lh, D4_SIGN[2], fi)
    centered(sx0, sx1, ys + 5 * lh, D4_SIGN[3], fb)

    # scan effects: slight blur, rotation, speckle noise, uneven grey background
    rnd = random.Random(85)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(int(W * H * 0.002)):
        x, yv = rnd.randrange(W), rnd.randrange(H)
        px[x, yv] = rnd.choice((0, 60, 120, 200))
    noise = Image.effect_noise((W, H), 10)
    img = Image.blend(img, noise, 0.06)
    img = img.point(lambda v: min(255, int(v * 0.96 + 6)))
    img.save(path, "PDF", resolution=dpi)


# ---------------------------------------------------------------------------
# gold task rows
# ---------------------------------------------------------------------------

def task_rows():
    rows = []
    for roman, _t, gsec, items in D1_TABLE:
        for no, content, lead, coord, out, dl in items:
            rows.append({"file": F1, "section": gsec, "no": no, "content": content, "lead": lead,
                         "coordinators": coord, "deadline": dl, "output": out})
    for roman, _t, gsec, items in D2_TABLE:
        for no, content, lead, coord, dl in items:
            rows.append({"file": F2, "section": gsec, "no": no, "content": content, "lead": lead,
                         "coordinators": coord, "deadline": dl, "output": ""})
    return rows


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_docx(os.path.join(DOCS, F1))
    make_pdf(os.path.join(DOCS, F2))
    make_txt(os.path.join(DOCS, F3))
    make_scan(os.path.join(DOCS, F4))
    with open(os.path.join(HERE, "tasks_a.jsonl"), "w", encoding="utf-8") as fo:
        for r in task_rows():
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("ok")


if __name__ == "__main__":
    main()
