# -*- coding: utf-8 -*-
"""Build the holdout2 foreign documents (invented) and tasks_h2.jsonl.

Run with: /work/main/.venv/bin/python make_h2.py
Produces in docs/:
  1. kh-cchc-xa-duc-quang-son-2026.docx      (python-docx, header table, appendix task table with merges)
  2. kh-kiem-tra-cchc-snv-gia-lai-2026.pdf   (reportlab, ruled inspection schedule table)
  3. qd-857-quy-dinh-chi-so-cchc-trang-bang.txt (plain text, hard-wrapped like extracted PDF text)
  4. bc-cchc-6-thang-2025-tran-van-thoi.docx (python-docx, figures table)
  5. cv-1187-vp-kstt-lao-cai-scan.pdf        (Pillow, image-only one-page scan, 200 dpi)
"""
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

F1 = "kh-cchc-xa-duc-quang-son-2026.docx"
F2 = "kh-kiem-tra-cchc-snv-gia-lai-2026.pdf"
F3 = "qd-857-quy-dinh-chi-so-cchc-trang-bang.txt"
F4 = "bc-cchc-6-thang-2025-tran-van-thoi.docx"
F5 = "cv-1187-vp-kstt-lao-cai-scan.pdf"

TASKS = []  # gold task rows

# ---------------------------------------------------------------------------
# 1. Commune CCHC plan 2026 (DOCX)
# ---------------------------------------------------------------------------
D1_BODY = [
    ("c", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("c", "Căn cứ Kế hoạch số 518/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh Hà Tĩnh về cải cách hành chính tỉnh Hà Tĩnh năm 2026;"),
    ("c", "Căn cứ Nghị quyết số 07/NQ-HĐND ngày 19/12/2025 của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026;"),
    ("c", "Ủy ban nhân dân xã Đức Quang Sơn ban hành Kế hoạch cải cách hành chính (CCHC) năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("p", "a) Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC trên địa bàn xã sau khi thực hiện mô hình chính quyền địa phương hai cấp; nâng cao hiệu lực, hiệu quả hoạt động của bộ máy hành chính xã."),
    ("p", "b) Nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công xã; phấn đấu Chỉ số CCHC năm 2026 của xã xếp trong nhóm 30 xã, phường dẫn đầu của tỉnh."),
    ("b", "2. Yêu cầu"),
    ("p", "a) Nhiệm vụ CCHC phải cụ thể, có sản phẩm, gắn với trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Ủy ban nhân dân xã."),
    ("p", "b) Các phòng, đơn vị báo cáo kết quả thực hiện hằng quý về Văn phòng HĐND và UBND xã trước ngày 10 của tháng cuối quý để tổng hợp."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. 100% văn bản quy phạm pháp luật của HĐND, UBND xã được ban hành đúng thẩm quyền, trình tự, thủ tục theo quy định."),
    ("p", "2. Tỷ lệ hồ sơ thủ tục hành chính (TTHC) được giải quyết trước và đúng hạn đạt tối thiểu 98%; 100% hồ sơ trễ hạn có văn bản xin lỗi người dân."),
    ("p", "3. Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 65% trở lên; 100% hồ sơ được số hóa ngay khi tiếp nhận."),
    ("p", "4. Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Trung tâm Phục vụ hành chính công xã đạt tối thiểu 92%."),
    ("p", "5. 100% cán bộ, công chức được đánh giá, xếp loại hằng tháng theo kết quả, sản phẩm cụ thể; mỗi cán bộ, công chức được bồi dưỡng ít nhất 01 lần trong năm."),
    ("p", "6. Tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được giao."),
    ("p", "7. 100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên môi trường điện tử; tối thiểu 90% hồ sơ công việc được xử lý trên môi trường mạng."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("b", "1. Công tác chỉ đạo, điều hành"),
    ("p", "a) Ban hành kế hoạch tuyên truyền, kế hoạch kiểm tra CCHC năm 2026; đưa chỉ tiêu CCHC vào đánh giá mức độ hoàn thành nhiệm vụ của các phòng, đơn vị."),
    ("p", "b) Kiểm tra công tác CCHC tối thiểu 50% số phòng, đơn vị và thôn trên địa bàn xã; kịp thời chấn chỉnh các tồn tại sau kiểm tra."),
    ("p", "c) Tổ chức khảo sát sự hài lòng của người dân với số lượng tối thiểu 300 phiếu."),
    ("b", "2. Cải cách thể chế"),
    ("p", "a) Nâng cao chất lượng xây dựng, ban hành văn bản quy phạm pháp luật của HĐND, UBND xã."),
    ("p", "b) Rà soát, hệ thống hóa văn bản quy phạm pháp luật; kịp thời đề xuất sửa đổi, bổ sung, bãi bỏ văn bản không còn phù hợp."),
    ("b", "3. Cải cách thủ tục hành chính"),
    ("p", "a) Rà soát, đề xuất phương án đơn giản hóa ít nhất 05 TTHC thuộc thẩm quyền giải quyết của xã."),
    ("p", "b) Duy trì Tổ công nghệ số cộng đồng tại 14 thôn để hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến."),
    ("p", "c) Thực hiện nghiêm việc công khai TTHC; tiếp nhận, xử lý phản ánh, kiến nghị của người dân trong thời hạn 05 ngày làm việc."),
    ("b", "4. Cải cách tổ chức bộ máy"),
    ("p", "Rà soát, hoàn thiện Đề án vị trí việc làm của Ủy ban nhân dân xã sau sắp xếp; bố trí cán bộ, công chức đúng vị trí việc làm, chuyên môn đào tạo."),
    ("b", "5. Cải cách chế độ công vụ"),
    ("p", "a) Thực hiện đánh giá, xếp loại cán bộ, công chức hằng tháng theo kết quả, sản phẩm."),
    ("p", "b) Tăng cường kỷ luật, kỷ cương hành chính; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân."),
    ("b", "6. Cải cách tài chính công"),
    ("p", "Thực hiện công khai dự toán, quyết toán ngân sách xã; quản lý, sử dụng tài sản công đúng quy định."),
    ("b", "7. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "a) Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành, hệ thống thư điện tử công vụ."),
    ("p", "b) Cập nhật, làm sạch dữ liệu dân cư, đất đai phục vụ giải quyết TTHC."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã trong dự toán năm 2026, dự kiến 85.000.000 đồng (Tám mươi lăm triệu đồng); các phòng, đơn vị lập dự toán chi tiết gửi Phòng Kinh tế thẩm định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Văn phòng HĐND và UBND xã"),
    ("p", "a) Là cơ quan thường trực giúp Ủy ban nhân dân xã theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
    ("p", "b) Tổng hợp, xây dựng báo cáo CCHC định kỳ gửi Sở Nội vụ: báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 05/12/2026."),
    ("b", "2. Phòng Kinh tế"),
    ("p", "Chủ trì thẩm định dự toán kinh phí thực hiện nhiệm vụ CCHC; tham mưu cải cách tài chính công, theo dõi tiến độ giải ngân vốn đầu tư công."),
    ("b", "3. Phòng Văn hóa - Xã hội"),
    ("p", "Chủ trì công tác tuyên truyền CCHC trên hệ thống loa truyền thanh và Trang thông tin điện tử xã; hướng dẫn hoạt động của Tổ công nghệ số cộng đồng."),
    ("b", "4. Trung tâm Phục vụ hành chính công xã"),
    ("p", "Chủ trì tiếp nhận, trả kết quả giải quyết TTHC; niêm yết công khai TTHC; tổ chức khảo sát sự hài lòng của người dân; báo cáo kết quả giải quyết hồ sơ hằng tháng trước ngày 20."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tăng cường giám sát việc thực hiện CCHC trên địa bàn xã."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải quyết./."),
]

VP = "Văn phòng HĐND và UBND xã"
TTPV = "Trung tâm Phục vụ hành chính công xã"
# Appendix rows: (section, no, content, lead, coord, deadline, note)
# None in lead/deadline = vertically merged with the cell above; "=" in note = deadline cell spans note column.
D1_TABLE = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", [
        ("1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026", "Phòng Văn hóa - Xã hội", VP, "Tháng 01/2026", ""),
        ("2", "Ban hành Kế hoạch kiểm tra công tác CCHC năm 2026", VP, "Phòng Kinh tế; Trung tâm Phục vụ hành chính công xã", None, ""),
        ("3", "Kiểm tra công tác CCHC, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị và thôn", None, "Các phòng chuyên môn", "Quý II, Quý III/2026", "Tối thiểu 50% số phòng, đơn vị và thôn"),
        ("4", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã, gửi Sở Nội vụ thẩm định", None, "Các phòng, đơn vị thuộc UBND xã", "Theo hướng dẫn của Sở Nội vụ", "="),
        ("5", "Tổ chức khảo sát sự hài lòng của người dân đối với sự phục vụ của Trung tâm Phục vụ hành chính công xã", TTPV, "Công an xã; các thôn", "Tháng 9/2026", "Tối thiểu 300 phiếu"),
    ]),
    ("II", "CẢI CÁCH THỂ CHẾ", [
        ("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", VP, "Các phòng chuyên môn", "Quý III/2026", ""),
        ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, môi trường", "Phòng Kinh tế", "Công an xã", "Trong năm", "="),
    ]),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("1", "Rà soát, đề xuất phương án đơn giản hóa ít nhất 05 TTHC thuộc thẩm quyền giải quyết của xã", TTPV, "Các phòng chuyên môn", "Trước ngày 30/6/2026", ""),
        ("2", "Công khai, cập nhật TTHC và kết quả giải quyết hồ sơ trên Cổng Dịch vụ công và tại Trung tâm", None, VP, "Thường xuyên", ""),
        ("3", "Số hóa hồ sơ, kết quả giải quyết TTHC ngay khi tiếp nhận", None, "Các phòng chuyên môn", None, ""),
        ("4", "Duy trì Tổ công nghệ số cộng đồng tại 14 thôn hỗ trợ người dân nộp hồ sơ, thanh toán trực tuyến", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã; Trưởng các thôn", "Trong năm", ""),
    ]),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", [
        ("1", "Rà soát, hoàn thiện Đề án vị trí việc làm của Ủy ban nhân dân xã sau sắp xếp", VP, "Các phòng chuyên môn", "Quý II/2026", ""),
    ]),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("1", "Đánh giá, xếp loại cán bộ, công chức hằng tháng theo kết quả, sản phẩm", VP, "Các phòng, đơn vị thuộc UBND xã", "Trước ngày 05 tháng sau", ""),
        ("2", "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng chuyển đổi số", None, TTPV, "Quý III/2026", "Ít nhất 01 lần/người"),
    ]),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("1", "Công khai dự toán, quyết toán ngân sách xã năm 2026", "Phòng Kinh tế", VP, "Theo quy định", "="),
    ]),
    ("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("1", "Ký số, gửi nhận văn bản điện tử trên hệ thống quản lý văn bản và điều hành", VP, "Các phòng, đơn vị thuộc UBND xã", "Thường xuyên", "="),
        ("2", "Cập nhật, làm sạch dữ liệu dân cư, đất đai phục vụ giải quyết TTHC", "Phòng Kinh tế", "Công an xã", "Quý IV/2026", ""),
    ]),
]


def _set_cell(cell, text, bold=False, align=None, size=None):
    from docx.shared import Pt
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def build_doc1():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    C = WD_ALIGN_PARAGRAPH.CENTER
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    hdr = doc.add_table(rows=2, cols=2)
    _set_cell(hdr.cell(0, 0), "ỦY BAN NHÂN DÂN\nXÃ ĐỨC QUANG SƠN\n¯¯¯¯¯¯¯", bold=True, align=C, size=12)
    _set_cell(hdr.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯", bold=True, align=C, size=12)
    _set_cell(hdr.cell(1, 0), "Số: 12/KH-UBND", align=C)
    _set_cell(hdr.cell(1, 1), "Đức Quang Sơn, ngày 16 tháng 01 năm 2026", align=C)
    hdr.cell(1, 1).paragraphs[0].runs[0].italic = True

    p = doc.add_paragraph()
    p.alignment = C
    r = p.add_run("\nKẾ HOẠCH")
    r.bold = True
    p = doc.add_paragraph()
    p.alignment = C
    r = p.add_run("Cải cách hành chính xã Đức Quang Sơn năm 2026")
    r.bold = True
    doc.add_paragraph()

    for kind, text in D1_BODY:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.0)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text)
        if kind in ("h", "b"):
            r.bold = True

    sig = doc.add_table(rows=1, cols=2)
    _set_cell(sig.cell(0, 0), "Nơi nhận:\n- Sở Nội vụ tỉnh Hà Tĩnh (b/c);\n- TT Đảng ủy, TT HĐND xã (b/c);\n- CT, các PCT UBND xã;\n- Các phòng, đơn vị thuộc UBND xã;\n- Các thôn;\n- Lưu: VT, VP.", size=11)
    sig.cell(0, 0).paragraphs[0].runs[0].bold = True
    _set_cell(sig.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Thị Minh Nguyệt", bold=True, align=C)

    # Appendix in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(2)
    for t in ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"):
        p = doc.add_paragraph()
        p.alignment = C
        p.add_run(t).bold = True
    p = doc.add_paragraph()
    p.alignment = C
    p.add_run("(Kèm theo Kế hoạch số 12/KH-UBND ngày 16/01/2026 của UBND xã Đức Quang Sơn)").italic = True

    header = ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"]
    nrows = 1 + sum(1 + len(rows) for _, _, rows in D1_TABLE)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(4.8), Cm(3.4), Cm(3.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i, h in enumerate(header):
        _set_cell(t.cell(0, i), h, bold=True, align=C, size=12)

    ri = 1
    for roman, title, rows in D1_TABLE:
        _set_cell(t.cell(ri, 0), roman, bold=True, align=C, size=12)
        m = t.cell(ri, 1).merge(t.cell(ri, 5))
        _set_cell(m, title, bold=True, size=12)
        ri += 1
        start = ri
        # text cells first
        for k, (no, content, lead, coord, dl, note) in enumerate(rows):
            r = start + k
            _set_cell(t.cell(r, 0), no, align=C, size=12)
            _set_cell(t.cell(r, 1), content, size=12)
            _set_cell(t.cell(r, 3), coord, size=12)
        # vertical merges for lead (col 2) and deadline (col 4)
        for col, idx in ((2, 2), (4, 4)):
            k = 0
            while k < len(rows):
                val = rows[k][idx]
                j = k + 1
                while j < len(rows) and rows[j][idx] is None:
                    j += 1
                cell = t.cell(start + k, col)
                if j - 1 > k:
                    cell = cell.merge(t.cell(start + j - 1, col))
                _set_cell(cell, val, size=12, align=C if col == 4 else None)
                k = j
        # note column / horizontal merge of deadline+note
        for k, row in enumerate(rows):
            note = row[5]
            r = start + k
            if note == "=":
                dcell = t.cell(r, 4)
                txt = dcell.text
                m = dcell.merge(t.cell(r, 5))
                _set_cell(m, txt, size=12, align=C)
            else:
                _set_cell(t.cell(r, 5), note, size=12)
        ri += len(rows)

    doc.save(os.path.join(DOCS, F1))

    for roman, title, rows in D1_TABLE:
        last_lead = last_dl = None
        for no, content, lead, coord, dl, note in rows:
            lead = last_lead if lead is None else lead
            dl = last_dl if dl is None else dl
            last_lead, last_dl = lead, dl
            TASKS.append({"file": F1, "section": f"{roman}. {title}", "no": no, "content": content[:120],
                          "lead": lead, "coordinators": coord, "deadline": dl, "output": ""})


# ---------------------------------------------------------------------------
# 2. Sở Nội vụ Gia Lai: inspection plan 2026 (reportlab PDF)
# ---------------------------------------------------------------------------
KHOA = "Ông Nguyễn Đình Khoa, Giám đốc Sở Nội vụ"
HUNG = "Ông Phạm Văn Hùng, Phó Giám đốc Sở Nội vụ"
LINH = "Bà Rơ Châm H'Linh, Phó Giám đốc Sở Nội vụ"
D2_SCHEDULE = [
    ("I", "Các sở, ban, ngành tỉnh", [
        ("1", "Sở Tài chính", "Tháng 4/2026", HUNG, ""),
        ("2", "Sở Nông nghiệp và Môi trường", "Tháng 4/2026", None, ""),
        ("3", "Sở Y tế", "Tháng 5/2026", LINH, ""),
        ("4", "Sở Xây dựng", "Tháng 5/2026", None, "Kết hợp kiểm tra công vụ"),
        ("5", "Ban Quản lý Khu kinh tế tỉnh", "Tháng 6/2026", KHOA, ""),
    ]),
    ("II", "Ủy ban nhân dân các xã, phường", [
        ("1", "UBND phường Biển Hồ Tây", "Tháng 7/2026", HUNG, ""),
        ("2", "UBND xã Ia Hrông", "Tháng 7/2026", None, "Chỉ số CCHC năm 2025 xếp cuối"),
        ("3", "UBND xã Chư Pơng", "Tháng 8/2026", LINH, ""),
        ("4", "UBND xã Đak Rơ Wa", "Tháng 8/2026", None, ""),
        ("5", "UBND phường Trà Bá Nam", "Tháng 9/2026", KHOA, ""),
        ("6", "UBND xã Kông Lơng Khơng", "Tháng 9/2026", HUNG, ""),
        ("7", "UBND xã Ia Mơr", "Tháng 10/2026", None, "Kết hợp kiểm tra công vụ"),
    ]),
]

D2_BODY = [
    ("p", "Căn cứ Quyết định số 1125/QĐ-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026;"),
    ("p", "Căn cứ Kế hoạch số 34/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về kiểm tra công tác cải cách hành chính, công vụ năm 2026;"),
    ("p", "Sở Nội vụ xây dựng Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Đánh giá đúng thực trạng việc triển khai nhiệm vụ CCHC tại các cơ quan, đơn vị; kịp thời phát hiện, chấn chỉnh những tồn tại, hạn chế và biểu dương các mô hình, cách làm hay."),
    ("p", "2. Việc kiểm tra bảo đảm khách quan, đúng trọng tâm, không gây phiền hà, không làm ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị được kiểm tra."),
    ("h", "II. NỘI DUNG, ĐỐI TƯỢNG VÀ HÌNH THỨC KIỂM TRA"),
    ("b", "1. Nội dung kiểm tra"),
    ("p", "a) Công tác chỉ đạo, điều hành CCHC; việc ban hành và thực hiện kế hoạch CCHC năm 2026."),
    ("p", "b) Việc tiếp nhận, giải quyết hồ sơ TTHC; việc xin lỗi người dân đối với hồ sơ trễ hạn; số hóa hồ sơ, kết quả giải quyết TTHC."),
    ("p", "c) Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức, viên chức."),
    ("p", "d) Việc sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số, hệ thống thông tin giải quyết TTHC của tỉnh."),
    ("b", "2. Đối tượng kiểm tra"),
    ("p", "05 sở, ban, ngành tỉnh và 07 Ủy ban nhân dân xã, phường (có danh sách và lịch kiểm tra tại Mục IV)."),
    ("b", "3. Hình thức kiểm tra"),
    ("p", "Kiểm tra trực tiếp tại cơ quan, đơn vị theo lịch; kết hợp kiểm tra đột xuất, không báo trước tại Bộ phận Một cửa của ít nhất 03 đơn vị ngoài danh sách."),
    ("h", "III. THÀNH PHẦN ĐOÀN KIỂM TRA"),
    ("p", "1. Trưởng đoàn: Lãnh đạo Sở Nội vụ (theo lịch tại Mục IV)."),
    ("p", "2. Thành viên: Lãnh đạo và công chức Phòng Cải cách hành chính, Sở Nội vụ; đại diện Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh; đại diện Sở Tư pháp; đại diện Sở Khoa học và Công nghệ."),
    ("p", "3. Thư ký Đoàn: 01 công chức Phòng Cải cách hành chính, Sở Nội vụ."),
    ("h", "IV. THỜI GIAN VÀ LỊCH KIỂM TRA"),
    ("p", "Thời gian kiểm tra từ tháng 4 đến hết tháng 10 năm 2026. Mỗi đơn vị kiểm tra trong 01 ngày làm việc. Lịch kiểm tra cụ thể như sau:"),
    ("TABLE", ""),
    ("p", "Trường hợp thay đổi thời gian kiểm tra, Sở Nội vụ thông báo bằng văn bản cho đơn vị trước ít nhất 03 ngày làm việc."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Cải cách hành chính"),
    ("p", "a) Tham mưu Giám đốc Sở quyết định thành lập Đoàn kiểm tra trước ngày 25/3/2026."),
    ("p", "b) Thông báo lịch kiểm tra cụ thể đến đơn vị được kiểm tra chậm nhất 07 ngày làm việc trước ngày kiểm tra."),
    ("p", "c) Tổng hợp kết quả kiểm tra, tham mưu Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2026."),
    ("b", "2. Các cơ quan, đơn vị được kiểm tra"),
    ("p", "a) Xây dựng báo cáo tự kiểm tra theo Đề cương kèm theo Kế hoạch này, gửi về Sở Nội vụ (qua Phòng Cải cách hành chính) chậm nhất 05 ngày làm việc trước ngày kiểm tra."),
    ("p", "b) Chuẩn bị đầy đủ hồ sơ, tài liệu; bố trí lãnh đạo đơn vị và công chức có liên quan làm việc với Đoàn kiểm tra."),
    ("p", "c) Trong thời hạn 30 ngày kể từ ngày nhận được thông báo kết luận kiểm tra, báo cáo kết quả khắc phục tồn tại, hạn chế về Sở Nội vụ."),
    ("b", "3. Văn phòng Sở"),
    ("p", "Bố trí phương tiện, kinh phí phục vụ Đoàn kiểm tra từ nguồn chi thường xuyên năm 2026 của Sở Nội vụ."),
    ("b", "4. Đề nghị Văn phòng UBND tỉnh, Sở Tư pháp, Sở Khoa học và Công nghệ"),
    ("p", "Cử 01 công chức tham gia Đoàn kiểm tra, gửi danh sách về Sở Nội vụ trước ngày 20/3/2026."),
]


def build_doc2():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

    pdfmetrics.registerFont(TTFont("Serif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-I", FONT_DIR + "DejaVuSerif-Italic.ttf"))

    body = ParagraphStyle("b", fontName="Serif", fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=0.9 * cm, spaceAfter=3)
    bold = ParagraphStyle("bb", parent=body, fontName="Serif-B")
    ctr = ParagraphStyle("c", fontName="Serif-B", fontSize=10.5, leading=13, alignment=TA_CENTER)
    ctr_n = ParagraphStyle("cn", fontName="Serif", fontSize=10.5, leading=13, alignment=TA_CENTER)
    ctr_i = ParagraphStyle("ci", fontName="Serif-I", fontSize=10.5, leading=13, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="Serif", fontSize=10, leading=12.5)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Serif-B")
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_bc = ParagraphStyle("cellbc", parent=cell_b, alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="Serif", fontSize=9.5, leading=12)

    story = []
    hdr = Table([
        [Paragraph("UBND TỈNH GIA LAI<br/>SỞ NỘI VỤ<br/>———", ctr), Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/>—————————", ctr)],
        [Paragraph("Số: 215/KH-SNV", ctr_n), Paragraph("Gia Lai, ngày 05 tháng 3 năm 2026", ctr_i)],
    ], colWidths=[6.5 * cm, 10 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [hdr, Spacer(1, 0.5 * cm)]
    story.append(Paragraph("KẾ HOẠCH", ParagraphStyle("t", parent=ctr, fontSize=13, leading=17)))
    story.append(Paragraph("Kiểm tra công tác cải cách hành chính năm 2026", ParagraphStyle("t2", parent=ctr, fontSize=12, leading=16)))
    story.append(Spacer(1, 0.4 * cm))

    for kind, text in D2_BODY:
        if kind == "TABLE":
            data = [[Paragraph(h, cell_bc) for h in ("STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Trưởng đoàn", "Ghi chú")]]
            style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]
            r = 1
            for roman, title, rows in D2_SCHEDULE:
                data.append([Paragraph(roman, cell_bc), Paragraph(title, cell_b), "", "", ""])
                style.append(("SPAN", (1, r), (4, r)))
                r += 1
                start = r
                for k, (no, unit, month, leader, note) in enumerate(rows):
                    data.append([Paragraph(no, cell_c), Paragraph(unit, cell), Paragraph(month, cell_c),
                                 Paragraph(leader, cell) if leader else "", Paragraph(note, cell) if note else ""])
                    r += 1
                # vertical spans for leader
                k = 0
                while k < len(rows):
                    j = k + 1
                    while j < len(rows) and rows[j][3] is None:
                        j += 1
                    if j - 1 > k:
                        style.append(("SPAN", (3, start + k), (3, start + j - 1)))
                    k = j
            tbl = Table(data, colWidths=[1.35 * cm, 4.9 * cm, 2.6 * cm, 4.8 * cm, 3.15 * cm], repeatRows=1)
            tbl.setStyle(TableStyle(style))
            story += [Spacer(1, 0.2 * cm), tbl, Spacer(1, 0.3 * cm)]
        else:
            story.append(Paragraph(text, bold if kind in ("h", "b") else body))

    story.append(Spacer(1, 0.5 * cm))
    sig = Table([[Paragraph("<b>Nơi nhận:</b><br/>- UBND tỉnh (b/c);<br/>- Văn phòng UBND tỉnh;<br/>- Sở Tư pháp, Sở KH&amp;CN;<br/>- Các đơn vị có tên tại Mục IV;<br/>- Giám đốc, các PGĐ Sở;<br/>- Lưu: VT, CCHC.", small),
                  Paragraph("GIÁM ĐỐC<br/><br/><br/><br/>Nguyễn Đình Khoa", ctr)]], colWidths=[8 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    doc = SimpleDocTemplate(os.path.join(DOCS, F2), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="", author="")
    doc.build(story)

    for roman, title, rows in D2_SCHEDULE:
        last = None
        for no, unit, month, leader, note in rows:
            leader = last if leader is None else leader
            last = leader
            TASKS.append({"file": F2, "section": f"{roman}. {title}", "no": no, "content": unit,
                          "lead": leader, "coordinators": "", "deadline": month, "output": ""})


# ---------------------------------------------------------------------------
# 3. Quyết định + Quy định, thị xã Trảng Bàng (hard-wrapped TXT)
# ---------------------------------------------------------------------------
D3_PARAS = [
    "@ ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "@ THỊ XÃ TRẢNG BÀNG               Độc lập - Tự do - Hạnh phúc",
    "@ Số: 857/QĐ-UBND           Trảng Bàng, ngày 22 tháng 3 năm 2024",
    "",
    "@                              QUYẾT ĐỊNH",
    "@ Về việc ban hành Quy định đánh giá, xếp loại Chỉ số cải cách hành chính",
    "@ của các cơ quan chuyên môn và Ủy ban nhân dân các xã, phường",
    "@                      thuộc thị xã Trảng Bàng",
    "",
    "@                 ỦY BAN NHÂN DÂN THỊ XÃ TRẢNG BÀNG",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 512/QĐ-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Tây Ninh ban hành Bộ Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố;",
    "Theo đề nghị của Trưởng phòng Nội vụ thị xã tại Tờ trình số 45/TTr-PNV ngày 15 tháng 3 năm 2024.",
    "@                               QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định đánh giá, xếp loại Chỉ số cải cách hành chính của các cơ quan chuyên môn và Ủy ban nhân dân các xã, phường thuộc thị xã Trảng Bàng.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1532/QĐ-UBND ngày 14 tháng 6 năm 2021 của Ủy ban nhân dân thị xã Trảng Bàng.",
    "Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "",
    "@ Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN",
    "@ - Như Điều 3;                                     CHỦ TỊCH",
    "@ - Sở Nội vụ tỉnh Tây Ninh;",
    "@ - TT. Thị ủy, TT. HĐND thị xã;",
    "@ - CT, các PCT UBND thị xã;",
    "@ - Lưu: VT, PNV.                              Võ Thanh Tâm",
    "",
    "#PAGE",
    "@                               QUY ĐỊNH",
    "@ Đánh giá, xếp loại Chỉ số cải cách hành chính của các cơ quan chuyên môn",
    "@ và Ủy ban nhân dân các xã, phường thuộc thị xã Trảng Bàng",
    "@ (Ban hành kèm theo Quyết định số 857/QĐ-",
    "@ UBND ngày 22/3/2024 của Ủy ban nhân dân thị xã Trảng Bàng)",
    "",
    "@                              Chương I",
    "@                           QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    "1. Quy định này quy định nguyên tắc, tiêu chí, thang điểm, quy trình đánh giá, xếp loại và công bố Chỉ số cải cách hành chính (sau đây gọi là Chỉ số CCHC) hằng năm của các cơ quan, đơn vị thuộc thị xã Trảng Bàng.",
    "2. Đối tượng áp dụng:",
    "a) 10 cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã (sau đây gọi chung là cơ quan);",
    "b) Ủy ban nhân dân 06 phường và 04 xã thuộc thị xã (sau đây gọi chung là cấp xã).",
    "Điều 2. Nguyên tắc đánh giá",
    "1. Bảo đảm khách quan, công khai, minh bạch; phản ánh đúng kết quả thực hiện nhiệm vụ CCHC của từng cơ quan, đơn vị.",
    "2. Việc đánh giá được thực hiện mỗi năm một lần; số liệu đánh giá tính từ ngày 01 tháng 10 năm trước đến hết ngày 30 tháng 9 của năm đánh giá.",
    "3. Điểm đánh giá được làm tròn đến hai chữ số thập phân.",
    "@                              Chương II",
    "@                    TIÊU CHÍ, THANG ĐIỂM ĐÁNH GIÁ",
    "Điều 3. Cấu trúc Bộ Chỉ số",
    "1. Thang điểm đánh giá là 100 điểm, gồm:",
    "a) Điểm tự đánh giá, thẩm định theo các tiêu chí, tiêu chí thành phần: tối đa 80 điểm;",
    "b) Điểm điều tra xã hội học về sự hài lòng của người dân, tổ chức: tối đa 20 điểm.",
    "2. Bộ Chỉ số của cơ quan gồm 07 lĩnh vực, 28 tiêu chí và 62 tiêu chí thành phần; Bộ Chỉ số của cấp xã gồm 07 lĩnh vực, 30 tiêu chí và 68 tiêu chí thành phần (chi tiết tại Phụ lục I, Phụ lục II kèm theo).",
    "Điều 4. Lĩnh vực đánh giá và điểm tối đa",
    "1. Công tác chỉ đạo, điều hành CCHC: tối đa 14 điểm.",
    "2. Cải cách thể chế: tối đa 8 điểm.",
    "3. Cải cách thủ tục hành chính: tối đa 16 điểm đối với cơ quan; tối đa 18 điểm đối với cấp xã.",
    "4. Cải cách tổ chức bộ máy hành chính: tối đa 6 điểm.",
    "5. Cải cách chế độ công vụ: tối đa 12 điểm.",
    "6. Cải cách tài chính công: tối đa 6 điểm đối với cơ quan; tối đa 4 điểm đối với cấp xã.",
    "7. Xây dựng, phát triển chính quyền điện tử, chính quyền số: tối đa 18 điểm.",
    "Điều 5. Điểm thưởng, điểm trừ",
    "1. Cơ quan, đơn vị có sáng kiến, mô hình CCHC được Ủy ban nhân dân tỉnh công nhận được cộng 5 điểm cho mỗi sáng kiến, mô hình; tổng điểm thưởng tối đa 10 điểm, nhưng tổng điểm sau khi cộng không vượt quá 100 điểm.",
    "2. Các trường hợp bị trừ điểm:",
    "a) Hồ sơ TTHC giải quyết trễ hạn mà không có văn bản xin lỗi người dân, tổ chức: trừ 0,5 điểm cho mỗi hồ sơ, tối đa trừ 5 điểm;",
    "b) Người đứng đầu cơ quan, đơn vị bị xử lý kỷ luật do vi phạm trong thực hiện nhiệm vụ CCHC: trừ 3 điểm;",
    "c) Gửi báo cáo CCHC định kỳ chậm so với thời hạn quy định: trừ 0,25 điểm cho mỗi báo cáo.",
    "Điều 6. Điều tra xã hội học",
    "1. Số phiếu khảo sát tối thiểu: 30 phiếu đối với mỗi cơ quan; 100 phiếu đối với mỗi đơn vị cấp xã.",
    "2. Đối tượng khảo sát là người dân, đại diện tổ chức đã giải quyết TTHC tại cơ quan, đơn vị trong kỳ đánh giá.",
    "3. Phòng Nội vụ chủ trì, phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã tổ chức khảo sát trong tháng 10 hằng năm.",
    "@                              Chương III",
    "@                 QUY TRÌNH ĐÁNH GIÁ, XẾP LOẠI VÀ CÔNG BỐ",
    "Điều 7. Tự đánh giá, chấm điểm",
    "1. Các cơ quan, đơn vị tự đánh giá, chấm điểm trên Phần mềm chấm điểm Chỉ số CCHC của thị xã, kèm tài liệu kiểm chứng, hoàn thành trước ngày 15 tháng 10 hằng năm.",
    "2. Tài liệu kiểm chứng là bản điện tử có ký số của cơ quan, đơn vị. Tiêu chí, tiêu chí thành phần không có tài liệu kiểm chứng hoặc tài liệu không phù hợp thì chấm 0 điểm.",
    "Điều 8. Thẩm định kết quả tự đánh giá",
    "1. Chủ tịch Ủy ban nhân dân thị xã thành lập Hội đồng thẩm định. Chủ tịch Hội đồng là Phó Chủ tịch Ủy ban nhân dân thị xã phụ trách khối nội chính; Phó Chủ tịch thường trực Hội đồng là Trưởng phòng Nội vụ; thành viên gồm đại diện lãnh đạo Văn phòng HĐND và UBND thị xã, Phòng Tư pháp, Phòng Tài chính - Kế hoạch, Phòng Văn hóa và Thông tin.",
    "2. Hội đồng thẩm định hoàn thành việc thẩm định trước ngày 10 tháng 11 hằng năm. Cơ quan, đơn vị được giải trình, đề nghị xem xét lại kết quả thẩm định trong thời hạn 03 ngày làm việc kể từ ngày nhận được thông báo.",
    "Điều 9. Xếp loại",
    "1. Căn cứ tổng điểm đạt được, Chỉ số CCHC của cơ quan, đơn vị được xếp thành 05 loại:",
    "a) Xuất sắc: đạt từ 90 điểm trở lên;",
    "b) Tốt: đạt từ 80 điểm đến dưới 90 điểm;",
    "c) Khá: đạt từ 70 điểm đến dưới 80 điểm;",
    "d) Trung bình: đạt từ 50 điểm đến dưới 70 điểm;",
    "đ) Yếu: đạt dưới 50 điểm.",
    "2. Cơ quan, đơn vị có tỷ lệ hồ sơ TTHC giải quyết trễ hạn trên 5% tổng số hồ sơ đã giải quyết trong kỳ thì không được xếp loại Xuất sắc.",
    "Điều 10. Công bố và sử dụng kết quả",
    "1. Trước ngày 30 tháng 11 hằng năm, Ủy ban nhân dân thị xã quyết định công bố Chỉ số CCHC của các cơ quan, đơn vị.",
    "2. Kết quả Chỉ số CCHC là căn cứ để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu. Cơ quan, đơn vị xếp loại Yếu thì người đứng đầu không được xếp loại \"Hoàn thành tốt nhiệm vụ\" trở lên.",
    "3. Cơ quan, đơn vị xếp loại Xuất sắc và dẫn đầu mỗi khối được Chủ tịch Ủy ban nhân dân thị xã tặng Giấy khen.",
    "@                              Chương IV",
    "@                         TỔ CHỨC THỰC HIỆN",
    "Điều 11. Trách nhiệm của các cơ quan, đơn vị",
    "1. Phòng Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi việc đánh giá; quản lý Phần mềm chấm điểm; tổng hợp kết quả trình Hội đồng thẩm định.",
    "2. Văn phòng HĐND và UBND thị xã cung cấp số liệu giải quyết hồ sơ TTHC từ Hệ thống thông tin giải quyết TTHC của tỉnh cho Phòng Nội vụ trước ngày 05 tháng 10 hằng năm.",
    "3. Phòng Văn hóa và Thông tin hướng dẫn, thẩm định các tiêu chí thuộc lĩnh vực xây dựng, phát triển chính quyền điện tử, chính quyền số.",
    "4. Thủ trưởng các cơ quan, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm về tính chính xác của kết quả tự đánh giá và tài liệu kiểm chứng.",
    "Điều 12. Sửa đổi, bổ sung",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để tổng hợp, trình Ủy ban nhân dân thị xã xem xét, sửa đổi, bổ sung cho phù hợp./.",
]


def build_doc3():
    rnd = random.Random(3)
    out = []
    nlines = 0
    page = 1

    def emit(line, blank=True):
        nonlocal nlines, page
        out.append(line)
        if blank:
            out.append("")
        nlines += 1
        if nlines >= 46:
            page += 1
            nlines = 0
            out.extend(["", "", str(page), "", ""])

    for para in D3_PARAS:
        if para == "":
            out.append(" ")
            continue
        if para == "#PAGE":
            page += 1
            nlines = 0
            out.extend(["", "", "", str(page), ""])
            continue
        if para.startswith("@"):
            emit(para[1:].rstrip() + " ", blank=rnd.random() < 0.5)
            continue
        first = "      "
        lines = textwrap.wrap(para, width=78, initial_indent=first, break_long_words=False, break_on_hyphens=False)
        for ln in lines:
            if rnd.random() < 0.15:
                ln = ln.replace(" ", "  ", 1)
            emit(ln + " ", blank=rnd.random() < 0.85)
    txt = "\n".join(out).rstrip() + "\n"
    with open(os.path.join(DOCS, F3), "w", encoding="utf-8") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 4. Báo cáo 6 tháng 2025, huyện Trần Văn Thời (DOCX)
# ---------------------------------------------------------------------------
D4_TABLE = [
    ("Đất đai", 3215, 3010, 84),
    ("Hộ tịch", 2460, 2455, 0),
    ("Chứng thực", 2118, 2118, 0),
    ("Đăng ký hộ kinh doanh", 812, 790, 3),
    ("Xây dựng", 356, 322, 19),
    ("Lao động, người có công và xã hội", 641, 612, 6),
    ("Lĩnh vực khác", 240, 209, 3),
]


def vn_int(n):
    return f"{n:,}".replace(",", ".")


def vn_pct(a, b):
    return f"{a / b * 100:.2f}".replace(".", ",")


D4_BODY = [
    ("p", "Thực hiện Công văn số 1420/SNV-CCHC ngày 20/5/2025 của Sở Nội vụ tỉnh Cà Mau về việc báo cáo kết quả công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2025, Ủy ban nhân dân huyện Trần Văn Thời báo cáo như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC"),
    ("b", "1. Công tác chỉ đạo, điều hành"),
    ("p", "- Ủy ban nhân dân huyện ban hành Kế hoạch số 15/KH-UBND ngày 20/01/2025 về CCHC năm 2025 và 09 văn bản chỉ đạo, đôn đốc thực hiện nhiệm vụ CCHC; 100% nhiệm vụ có thời hạn trong 6 tháng đầu năm đã hoàn thành."),
    ("p", "- Công tác kiểm tra: đã kiểm tra 05/13 xã, thị trấn (đạt 38,5%) và 04 cơ quan chuyên môn thuộc UBND huyện; qua kiểm tra phát hiện 11 tồn tại, hạn chế, đến nay đã khắc phục 08 tồn tại."),
    ("p", "- Công tác tuyên truyền: đăng tải 26 tin, bài về CCHC trên Trang thông tin điện tử huyện; phát 140 lượt tin trên Đài Truyền thanh huyện."),
    ("b", "2. Cải cách thể chế"),
    ("p", "Rà soát 47 văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành; đề nghị bãi bỏ 03 văn bản không còn phù hợp sau khi sắp xếp đơn vị hành chính."),
    ("b", "3. Cải cách thủ tục hành chính"),
    ("p", "- Số TTHC đang thực hiện: 268 TTHC cấp huyện và 112 TTHC cấp xã; 100% TTHC được công khai tại Bộ phận Một cửa và trên Cổng Dịch vụ công quốc gia."),
    ("p", "- Kết quả tiếp nhận, giải quyết hồ sơ TTHC tại Bộ phận Một cửa huyện (số liệu từ ngày 15/12/2024 đến ngày 31/5/2025):"),
    ("TABLE", ""),
    ("p", "- Tổng số hồ sơ tiếp nhận 9.842 hồ sơ, trong đó tiếp nhận trực tuyến 6.105 hồ sơ (chiếm 62,03%); số hồ sơ đang giải quyết là 326 hồ sơ. Đối với 115 hồ sơ trễ hạn, các cơ quan đã gửi văn bản xin lỗi người dân theo quy định."),
    ("p", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 91,3%; thực hiện 1.284 giao dịch thanh toán phí, lệ phí trực tuyến."),
    ("b", "4. Cải cách tổ chức bộ máy"),
    ("p", "Triển khai sắp xếp đơn vị hành chính cấp xã theo chủ trương của Trung ương và của tỉnh; sau sắp xếp, 13 xã, thị trấn của huyện được tổ chức lại thành 06 xã. Thực hiện chính sách nghỉ việc theo Nghị định số 178/2024/NĐ-CP cho 37 cán bộ, công chức, viên chức."),
    ("b", "5. Cải cách chế độ công vụ"),
    ("p", "Duy trì đánh giá, xếp loại cán bộ, công chức hằng tháng; tổ chức 02 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho 96 công chức làm việc tại Bộ phận Một cửa huyện, xã."),
    ("b", "6. Cải cách tài chính công"),
    ("p", "Giải ngân vốn đầu tư công đến ngày 31/5/2025 đạt 41,6% kế hoạch vốn được giao."),
    ("b", "7. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("p", "Tỷ lệ văn bản đi được ký số đạt 98,7%; 100% xã, thị trấn sử dụng hệ thống quản lý văn bản và điều hành; tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 38,4%."),
    ("b", "8. Kết quả các chỉ số"),
    ("p", "Chỉ số CCHC năm 2024 của huyện đạt 86,45 điểm, xếp thứ 3/9 huyện, thành phố; Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 đạt 84,2%."),
    ("h", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    ("p", "1. Hồ sơ trễ hạn còn tập trung ở lĩnh vực đất đai (84 hồ sơ) và xây dựng (19 hồ sơ); nguyên nhân chủ yếu do hồ sơ tồn đọng về đo đạc, xác minh nguồn gốc đất và thiếu nhân lực chuyên môn."),
    ("p", "2. Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 38,4%, thấp hơn chỉ tiêu 50% tỉnh giao."),
    ("p", "3. Giải ngân vốn đầu tư công còn chậm so với tiến độ."),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
    ("p", "1. Hoàn thành việc bàn giao hồ sơ, tài liệu, dữ liệu giải quyết TTHC cho Ủy ban nhân dân các xã mới trước ngày 30/6/2025."),
    ("p", "2. Tập trung giải quyết dứt điểm hồ sơ tồn đọng lĩnh vực đất đai; phấn đấu tỷ lệ giải quyết đúng hạn lĩnh vực đất đai đạt trên 98%."),
    ("p", "3. Tiếp tục duy trì 13 Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến."),
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Sở Nội vụ hướng dẫn việc bàn giao, lưu trữ hồ sơ CCHC của cấp huyện sau khi kết thúc hoạt động."),
    ("p", "2. Đề nghị Sở Khoa học và Công nghệ nâng cấp đường truyền, thiết bị số hóa cho Bộ phận Một cửa các xã mới."),
    ("p", "Trên đây là báo cáo kết quả thực hiện công tác CCHC 6 tháng đầu năm 2025 của Ủy ban nhân dân huyện Trần Văn Thời./."),
]


def build_doc4():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    C = WD_ALIGN_PARAGRAPH.CENTER
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)

    hdr = doc.add_table(rows=1, cols=2)
    _set_cell(hdr.cell(0, 0), "ỦY BAN NHÂN DÂN\nHUYỆN TRẦN VĂN THỜI\n———\nSố: 186/BC-UBND", bold=True, align=C, size=12)
    hdr.cell(0, 0).paragraphs[3].runs[0].bold = False
    _set_cell(hdr.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———————\nTrần Văn Thời, ngày 12 tháng 6 năm 2025", bold=True, align=C, size=12)
    last = hdr.cell(0, 1).paragraphs[3].runs[0]
    last.bold, last.italic = False, True

    for t in ("BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025", "và phương hướng, nhiệm vụ 6 tháng cuối năm 2025"):
        p = doc.add_paragraph()
        p.alignment = C
        p.add_run(t).bold = True

    for kind, text in D4_BODY:
        if kind == "TABLE":
            hdrs = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Đã giải quyết", "Trễ hạn", "Tỷ lệ đúng hạn (%)"]
            t = doc.add_table(rows=2 + len(D4_TABLE), cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(hdrs):
                _set_cell(t.cell(0, i), h, bold=True, align=C, size=12)
            tot = [0, 0, 0]
            for k, (name, rec, done, late) in enumerate(D4_TABLE, start=1):
                vals = [str(k), name, vn_int(rec), vn_int(done), vn_int(late), vn_pct(done - late, done)]
                for i, v in enumerate(vals):
                    _set_cell(t.cell(k, i), v, size=12, align=None if i == 1 else C)
                tot[0] += rec
                tot[1] += done
                tot[2] += late
            r = len(D4_TABLE) + 1
            m = t.cell(r, 0).merge(t.cell(r, 1))
            _set_cell(m, "Tổng cộng", bold=True, align=C, size=12)
            for i, v in enumerate([vn_int(tot[0]), vn_int(tot[1]), vn_int(tot[2]), vn_pct(tot[1] - tot[2], tot[1])], start=2):
                _set_cell(t.cell(r, i), v, bold=True, align=C, size=12)
            continue
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.0)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(text).bold = kind in ("h", "b")

    sig = doc.add_table(rows=1, cols=2)
    _set_cell(sig.cell(0, 0), "Nơi nhận:\n- Sở Nội vụ tỉnh Cà Mau (b/c);\n- TT Huyện ủy, TT HĐND huyện;\n- CT, các PCT UBND huyện;\n- Phòng Nội vụ huyện;\n- Lưu: VT.", size=11)
    sig.cell(0, 0).paragraphs[0].runs[0].bold = True
    _set_cell(sig.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHuỳnh Quốc Việt", bold=True, align=C)
    doc.save(os.path.join(DOCS, F4))


# ---------------------------------------------------------------------------
# 5. Scanned Công văn, Văn phòng UBND tỉnh Lào Cai (image-only PDF)
# ---------------------------------------------------------------------------
# (align, bold, text); align: L left, C centred, R right, J body paragraph (wrapped), T two-column header line
D5_LINES = [
    ("T", True, ("UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
    ("T", True, ("VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc")),
    ("T", False, ("Số: 1187/VP-KSTT", "Lào Cai, ngày 18 tháng 3 năm 2025")),
    ("L", False, "V/v báo cáo kết quả thực hiện kiểm soát TTHC,"),
    ("L", False, "triển khai cơ chế một cửa, một cửa liên thông"),
    ("L", False, "quý I năm 2025"),
    ("S", False, ""),
    ("C", False, "Kính gửi:  - Các sở, ban, ngành tỉnh;"),
    ("C", False, "               - UBND các huyện, thị xã, thành phố."),
    ("S", False, ""),
    ("J", False, "Thực hiện Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ quy định chế độ báo cáo định kỳ và quản lý, sử dụng, khai thác Hệ thống quản lý và đánh giá về kiểm soát thủ tục hành chính, để kịp thời tổng hợp báo cáo Văn phòng Chính phủ, Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"),
    ("J", False, "1. Báo cáo tình hình, kết quả thực hiện kiểm soát TTHC, triển khai cơ chế một cửa, một cửa liên thông quý I năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 14/3/2025) theo các biểu mẫu ban hành kèm theo Thông tư số 01/2020/TT-VPCP."),
    ("J", False, "2. Đối với đơn vị có tỷ lệ hồ sơ giải quyết trễ hạn trên 2%, báo cáo phải nêu rõ nguyên nhân, trách nhiệm của cá nhân có liên quan và giải pháp khắc phục."),
    ("J", False, "3. Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh, đồng thời gửi bản mềm (định dạng .doc và .xlsx) qua thư điện tử kstt.vp@laocai.gov.vn trước ngày 24/3/2025."),
    ("J", False, "Quá thời hạn trên, đơn vị nào không gửi báo cáo, Văn phòng UBND tỉnh sẽ tổng hợp, báo cáo Chủ tịch UBND tỉnh và làm căn cứ chấm điểm Chỉ số CCHC năm 2025 của đơn vị."),
    ("J", False, "Thông tin chi tiết xin liên hệ: bà Hoàng Thị Thu Hà, chuyên viên Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh; điện thoại: 0214.3840.517, di động: 0912.468.305./."),
    ("S", False, ""),
    ("SIG", False, ""),
]
D5_NOINHAN = ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Lãnh đạo Văn phòng;", "- Lưu: VT, KSTT."]
D5_SIG = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "", "Đỗ Minh Tuấn"]


def d5_source_text():
    parts = []
    for kind, _b, text in D5_LINES:
        if kind == "T":
            parts.append(text[0] + " " + text[1])
        elif kind in ("S", "SIG"):
            continue
        else:
            parts.append(text)
    parts += D5_NOINHAN + D5_SIG
    return "\n".join(parts)


def build_doc5():
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 29)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 29)
    fs = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 24)
    fsb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 24)
    L, R = 200, 1500
    y = 150
    colL, colR = 400, 1080  # centres of the two header columns
    for kind, bold, text in D5_LINES:
        font = fb if bold else f
        if kind == "T":
            a, b = text
            fa = fsb if bold else fs
            d.text((colL - d.textlength(a, font=fa) / 2, y), a, font=fa, fill=20)
            d.text((colR - d.textlength(b, font=fa) / 2, y), b, font=fa, fill=20)
            y += 40
            if text[0] == "VĂN PHÒNG":
                d.line((colL - 70, y + 2, colL + 70, y + 2), fill=30, width=2)
                d.line((colR - 200, y + 2, colR + 200, y + 2), fill=30, width=2)
                y += 22
        elif kind == "L":
            d.text((L - 40, y), text, font=fs, fill=20)
            y += 34
        elif kind == "C":
            d.text((560, y), text, font=f, fill=20)
            y += 44
        elif kind == "S":
            y += 26
        elif kind == "J":
            words = text.split()
            line = ""
            first = True
            lines = []
            for w in words:
                test = (line + " " + w).strip()
                width = R - L - (70 if first and not lines else 0)
                if d.textlength(test, font=font) > width:
                    lines.append(line)
                    line = w
                else:
                    line = test
            lines.append(line)
            for i, ln in enumerate(lines):
                x = L + (70 if i == 0 else 0)
                d.text((x, y), ln, font=font, fill=20)
                y += 44
            y += 6
        elif kind == "SIG":
            y0 = y
            for i, ln in enumerate(D5_NOINHAN):
                d.text((L - 40, y), ln, font=fsb if i == 0 else fs, fill=20)
                y += 32
            y = y0
            for ln in D5_SIG:
                if ln:
                    fnt = fb
                    d.text((1150 - d.textlength(ln, font=fnt) / 2, y), ln, font=fnt, fill=20)
                y += 44
    # red-ish stamp (rendered grey in this greyscale scan) and a signature scrawl
    cx, cy, rr = 1060, y0 + 150, 105
    d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=120, width=5)
    d.ellipse((cx - rr + 18, cy - rr + 18, cx + rr - 18, cy + rr - 18), outline=120, width=2)
    pts = [(1110 + i * 9, y0 + 150 + int(25 * ((-1) ** i))) for i in range(14)]
    d.line(pts, fill=40, width=3)

    rnd = random.Random(5)
    px = img.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        px[xx, yy] = rnd.choice((160, 190, 210))
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=250, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.convert("RGB").save(os.path.join(DOCS, F5), "PDF", resolution=200.0)


if __name__ == "__main__":
    build_doc1()
    build_doc2()
    build_doc3()
    build_doc4()
    build_doc5()
    with open(os.path.join(HERE, "tasks_h2.jsonl"), "w", encoding="utf-8") as f:
        for t in TASKS:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("docs:", sorted(os.listdir(DOCS)), "tasks:", len(TASKS))
