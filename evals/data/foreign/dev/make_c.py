"""Generate the foreign-document dev set "c" (five invented documents).
  docs/c-kh-cchc-phuong-vong-hai-2026.docx        ward plan (phường Vọng Hải, Quảng Ninh), DOCX with a
                                                  header table and a landscape appendix task table whose
                                                  columns come in an unusual order (TT | Nhiệm vụ | Sản phẩm
                                                  | Thời hạn hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp),
                                                  section rows inside the table, vertically merged lead cells
  docs/c-qd-quy-che-chi-so-cchc-huyen-lam-ha.txt  district Quyết định (huyện Lâm Hạ, Phú Thọ) + the Quy chế it
                                                  issues, plain text hard-wrapped at ~80 characters like PDF
                                                  text (page numbers, form feeds, a sentence cut by a page break)
  docs/c-bc-cchc-2025-so-khcn-hung-yen.pdf        provincial department report (Sở Khoa học và Công nghệ, Hưng
                                                  Yên), reportlab PDF: a ruled table of figures (Chỉ tiêu | Kế
                                                  hoạch | Thực hiện | Tỷ lệ (%)) broken over a page with its
                                                  header row repeated, and a short task table
  docs/c-chi-thi-05-ky-cuong-tthc-an-giang-2026.md  Chỉ thị of the Chủ tịch UBND tỉnh An Giang, Markdown with
                                                  numbered items and bullets, deadlines in prose, no table
  docs/c-tb-hoi-nghi-cchc-quy-1-xa-ia-hrom.pdf    one-page scanned Thông báo (xã Ia Hrơm, Gia Lai): text drawn
                                                  with Pillow at 200 dpi, saved as an image-only PDF
  meta_c.jsonl, tasks_c.jsonl, qa_c.jsonl         gold metadata, task-table rows, questions

All places, numbers and names are invented.
Run:  /work/main/.venv/bin/python make_c.py
"""
import json
import os
import random
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

F_DOCX = "c-kh-cchc-phuong-vong-hai-2026.docx"
F_TXT = "c-qd-quy-che-chi-so-cchc-huyen-lam-ha.txt"
F_PDF = "c-bc-cchc-2025-so-khcn-hung-yen.pdf"
F_MD = "c-chi-thi-05-ky-cuong-tthc-an-giang-2026.md"
F_SCAN = "c-tb-hoi-nghi-cchc-quy-1-xa-ia-hrom.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------------------------
# 1. Ward plan (DOCX)
# ---------------------------------------------------------------------------------------------
D1_BODY = [
    ("center_b", "KẾ HOẠCH"),
    ("center_b", "Cải cách hành chính phường Vọng Hải năm 2026"),
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
          "cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 318/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Quảng Ninh về cải "
          "cách hành chính tỉnh Quảng Ninh năm 2026;"),
    ("p", "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 19/12/2025 của Hội đồng nhân dân phường Vọng Hải về "
          "nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026;"),
    ("p", "Ủy ban nhân dân phường Vọng Hải ban hành Kế hoạch cải cách hành chính năm 2026, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính (CCHC) năm 2026 theo chỉ đạo "
          "của Ủy ban nhân dân tỉnh; xây dựng chính quyền phường hoạt động hiệu lực, hiệu quả sau sắp xếp "
          "đơn vị hành chính, lấy người dân, doanh nghiệp làm trung tâm."),
    ("p", "- Phấn đấu nâng thứ hạng Chỉ số CCHC của phường năm 2026 thuộc nhóm 10 đơn vị cấp xã dẫn đầu "
          "của tỉnh."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Các nhiệm vụ phải cụ thể, gắn với sản phẩm, thời hạn hoàn thành và trách nhiệm của cơ quan "
          "chủ trì; người đứng đầu các phòng, đơn vị chịu trách nhiệm trước Chủ tịch UBND phường về kết "
          "quả thực hiện nhiệm vụ được giao."),
    ("p", "- Kết quả thực hiện Kế hoạch là một trong những tiêu chí đánh giá, xếp loại chất lượng công "
          "chức và bình xét thi đua, khen thưởng năm 2026."),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("p", "1. Cải cách thể chế: 100% văn bản QPPL do HĐND, UBND phường ban hành được tự kiểm tra, rà "
          "soát theo quy định; không có văn bản trái pháp luật phải hủy bỏ."),
    ("p", "2. Cải cách thủ tục hành chính:"),
    ("p", "- 100% TTHC thuộc thẩm quyền giải quyết của phường được công khai đầy đủ, kịp thời tại Trung "
          "tâm Phục vụ hành chính công phường và trên Cổng Dịch vụ công quốc gia."),
    ("p", "- Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt từ 98% trở lên; 100% hồ sơ trễ hạn "
          "có văn bản xin lỗi người dân, tổ chức."),
    ("p", "- Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt tối thiểu 70%; tỷ lệ thanh toán trực tuyến phí, "
          "lệ phí đạt từ 60% trở lên."),
    ("p", "- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 92%."),
    ("p", "3. Cải cách tổ chức bộ máy: 100% phòng, đơn vị thuộc phường có Đề án vị trí việc làm được cấp "
          "có thẩm quyền phê duyệt."),
    ("p", "4. Cải cách chế độ công vụ: 100% công chức được bồi dưỡng kiến thức, kỹ năng ít nhất 01 lần "
          "trong năm; không có công chức vi phạm kỷ luật, kỷ cương hành chính."),
    ("p", "5. Cải cách tài chính công: Tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch "
          "được giao."),
    ("p", "6. Xây dựng chính quyền điện tử, chính quyền số: 100% văn bản đi (trừ văn bản mật) được ký số "
          "và gửi, nhận trên môi trường mạng; 100% hồ sơ, kết quả giải quyết TTHC được số hóa theo quy định."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("p", "1. Tăng cường công tác chỉ đạo, điều hành; gắn trách nhiệm người đứng đầu với kết quả CCHC "
          "của từng phòng, đơn vị."),
    ("p", "2. Đẩy mạnh tuyên truyền CCHC trên hệ thống truyền thanh phường, trang thông tin điện tử phường "
          "và các nhóm Zalo khu phố."),
    ("p", "3. Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công phường; thực hiện tiếp "
          "nhận hồ sơ không phụ thuộc địa giới hành chính đối với các TTHC đủ điều kiện."),
    ("p", "4. Tiếp tục duy trì hoạt động của 09 Tổ công nghệ số cộng đồng tại các khu phố."),
    ("p", "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường năm 2026 là 185.000.000 "
          "đồng (Một trăm tám mươi lăm triệu đồng); các phòng, đơn vị lập dự toán chi tiết gửi Phòng Kinh "
          "tế, Hạ tầng và Đô thị thẩm định trước khi trình Chủ tịch UBND phường phê duyệt."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Văn phòng HĐND và UBND phường"),
    ("p", "- Là cơ quan thường trực, tham mưu UBND phường theo dõi, đôn đốc, kiểm tra việc thực hiện Kế "
          "hoạch này."),
    ("p", "- Tổng hợp, tham mưu báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Sở Nội vụ đúng thời hạn quy định."),
    ("p", "2. Phòng Văn hóa - Xã hội: Chủ trì công tác tuyên truyền CCHC; tham mưu nội dung cải cách tổ "
          "chức bộ máy, chế độ công vụ."),
    ("p", "3. Phòng Kinh tế, Hạ tầng và Đô thị: Tham mưu nội dung cải cách tài chính công; thẩm định dự "
          "toán kinh phí thực hiện Kế hoạch."),
    ("p", "4. Trung tâm Phục vụ hành chính công phường: Thực hiện tiếp nhận, trả kết quả TTHC; hằng tháng "
          "báo cáo tình hình giải quyết hồ sơ gửi Văn phòng HĐND và UBND phường trước ngày 25."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường "
          "tăng cường giám sát việc thực hiện CCHC, phản ánh kịp thời những hạn chế, vướng mắc."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo UBND "
          "phường (qua Văn phòng HĐND và UBND phường) để xem xét, chỉ đạo./."),
]
D1_NOINHAN = ["Nơi nhận:", "- Sở Nội vụ tỉnh Quảng Ninh;", "- TT Đảng ủy, TT HĐND phường;",
              "- CT, các PCT UBND phường;", "- UBMTTQ Việt Nam phường;", "- Các phòng, đơn vị thuộc phường;",
              "- Lưu: VT, VP."]
D1_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Vũ Thị Minh Nguyệt"]

VP = "Văn phòng HĐND và UBND phường"
TTPV = "Trung tâm Phục vụ hành chính công phường"
VHXH = "Phòng Văn hóa - Xã hội"
KTHT = "Phòng Kinh tế, Hạ tầng và Đô thị"
TP = "Bộ phận Tư pháp - Hộ tịch"
# sections: (roman, name, rows); row = (no, task, output, deadline, lead, coordinators);
# lead None = the lead cell is vertically merged with the row above
D1_TABLE = [
    ("I.", "Công tác chỉ đạo, điều hành cải cách hành chính", [
        ("1", "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2026", "Kế hoạch", "Tháng 01/2026", VP, VHXH),
        ("2", "Tổ chức tự đánh giá, chấm điểm xác định Chỉ số CCHC năm 2026 của phường",
         "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng", "Trước ngày 10/11/2026", None,
         "Các phòng, đơn vị thuộc phường"),
        ("3", "Báo cáo định kỳ công tác CCHC quý, 6 tháng, năm", "Báo cáo",
         "Trước ngày 10 của tháng cuối quý", None, "Các phòng, đơn vị thuộc phường"),
        ("4", "Kiểm tra công tác CCHC tại các khu phố và các phòng, đơn vị thuộc phường",
         "Thông báo kết luận kiểm tra", "Quý III/2026", "Tổ công tác CCHC phường", VP),
    ]),
    ("II.", "Cải cách thể chế", [
        ("1", "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND phường ban hành",
         "Danh mục văn bản hết hiệu lực, cần sửa đổi, bổ sung", "Quý II/2026", TP, VP),
        ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng",
         "Báo cáo theo dõi thi hành pháp luật", "Tháng 11/2026", KTHT, TP),
    ]),
    ("III.", "Cải cách thủ tục hành chính", [
        ("1", "Công khai, cập nhật danh mục TTHC thuộc thẩm quyền giải quyết của phường",
         "Danh mục TTHC được niêm yết, đăng tải", "Thường xuyên", TTPV, "Các phòng chuyên môn"),
        ("2", "Đo lường sự hài lòng của người dân, tổ chức đối với việc giải quyết TTHC",
         "Báo cáo kết quả khảo sát", "6 tháng/lần", None, VP),
        ("3", "Rà soát, đề xuất cắt giảm, đơn giản hóa ít nhất 03 TTHC",
         "Văn bản kiến nghị gửi Văn phòng UBND tỉnh", "Trước ngày 30/6/2026", None,
         "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội"),
        ("4", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
         "Sổ theo dõi, văn bản trả lời", "Thường xuyên", VP, TTPV),
    ]),
    ("IV.", "Cải cách tổ chức bộ máy và chế độ công vụ", [
        ("1", "Rà soát, hoàn thiện Đề án vị trí việc làm của các phòng, đơn vị thuộc phường",
         "Đề án được phê duyệt", "Quý I/2026", VHXH, VP),
        ("2", "Cử công chức tham gia bồi dưỡng kiến thức, kỹ năng về CCHC, chuyển đổi số",
         "Danh sách công chức được cử đi bồi dưỡng", "Quý II, III/2026", None, "Các phòng, đơn vị thuộc phường"),
        ("3", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ",
         "Biên bản kiểm tra", "Đột xuất, ít nhất 02 lần/năm", VP, VHXH),
    ]),
    ("V.", "Cải cách tài chính công", [
        ("1", "Xây dựng, thực hiện Quy chế chi tiêu nội bộ năm 2026", "Quy chế chi tiêu nội bộ",
         "Tháng 02/2026", KTHT, VP),
        ("2", "Công khai dự toán, quyết toán ngân sách phường", "Văn bản công khai", "Theo quy định", KTHT, ""),
    ]),
    ("VI.", "Xây dựng chính quyền điện tử, chính quyền số", [
        ("1", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
         "Dữ liệu số hóa trên Hệ thống thông tin giải quyết TTHC tỉnh", "Trước ngày 31/10/2026", TTPV, TP),
        ("2", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến",
         "Số lượt người dân được hướng dẫn", "Thường xuyên", VHXH,
         "Đoàn Thanh niên phường; Tổ công nghệ số cộng đồng các khu phố"),
        ("3", "Triển khai hệ thống họp trực tuyến kết nối đến các khu phố", "Hệ thống họp trực tuyến hoạt động",
         "Quý IV/2026", VP, KTHT),
    ]),
]
D1_HEAD = ["TT", "Nhiệm vụ", "Sản phẩm", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"]


def build_docx(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(container, text, bold=False, italic=False, align=None, size=None, space_after=3):
        p = container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    # header table: issuer | national motto
    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = ht.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    left.paragraphs[0].text = ""
    r = left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN")
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(left, "PHƯỜNG VỌNG HẢI", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(left, "———", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(left, "Số: 14/KH-UBND", align=WD_ALIGN_PARAGRAPH.CENTER)
    r = right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r.bold = True
    r.font.size = Pt(12)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(right, "———————————", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(right, "Vọng Hải, ngày 12 tháng 01 năm 2026", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    doc.add_paragraph()
    for kind, text in D1_BODY:
        if kind == "center_b":
            para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
        elif kind == "h":
            para(doc, text, bold=True)
        elif kind == "h2":
            para(doc, text, bold=True, italic=True)
        else:
            p = para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            p.paragraph_format.first_line_indent = Cm(1)

    # Nơi nhận / signature block as plain paragraphs
    doc.add_paragraph()
    for line in D1_NOINHAN:
        para(doc, line, bold=(line == "Nơi nhận:"), italic=(line == "Nơi nhận:"), size=11, space_after=0)
    for line in D1_SIGN:
        para(doc, line, bold=line.isupper() or line == D1_SIGN[-1], align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)

    # appendix in a landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin, new.top_margin, new.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    para(doc, "PHỤ LỤC", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH PHƯỜNG VỌNG HẢI NĂM 2026", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "(Kèm theo Kế hoạch số 14/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân phường Vọng Hải)",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    nrows = 1 + sum(1 + len(rows) for _, _, rows in D1_TABLE)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.2), Cm(8.0), Cm(5.2), Cm(3.6), Cm(3.8), Cm(4.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    def set_cell(cell, text, bold=False, center=False):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(12)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for c, h in zip(t.rows[0].cells, D1_HEAD):
        set_cell(c, h, bold=True, center=True)
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)

    r = 1
    merges = []
    for roman, name, rows in D1_TABLE:
        cells = t.rows[r].cells
        set_cell(cells[0], roman, bold=True, center=True)
        merged = cells[1].merge(cells[5])
        set_cell(merged, name, bold=True)
        r += 1
        start = None
        for no, task, out, dl, lead, coord in rows:
            cells = t.rows[r].cells
            set_cell(cells[0], no, center=True)
            set_cell(cells[1], task)
            set_cell(cells[2], out)
            set_cell(cells[3], dl, center=True)
            if lead is None:
                merges.append((start, r))
            else:
                set_cell(cells[4], lead)
                start = r
            set_cell(cells[5], coord)
            r += 1
    # vertical merges of lead cells (merge the top cell down to the last row it owns)
    spans = {}
    for s, e in merges:
        spans[s] = max(spans.get(s, s), e)
    for s, e in spans.items():
        top = t.cell(s, 4)
        text = top.text
        m = top.merge(t.cell(e, 4))
        set_cell(m, text)
        # drop the empty paragraphs left behind by the merge
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    doc.add_paragraph()
    doc.save(path)


def tasks_docx():
    out = []
    for roman, name, rows in D1_TABLE:
        lead = ""
        for no, task, o, dl, ld, coord in rows:
            if ld is not None:
                lead = ld
            out.append({"file": F_DOCX, "section": f"{roman} {name}", "no": no, "content": task[:120],
                        "lead": lead, "coordinators": coord, "deadline": dl, "output": o})
    return out


# ---------------------------------------------------------------------------------------------
# 2. District Quyết định + Quy chế (plain text, hard-wrapped like PDF text)
# ---------------------------------------------------------------------------------------------
D2_HEADER = """\
   ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   HUYỆN LÂM HẠ                        Độc lập - Tự do - Hạnh phúc

  Số: 215/QĐ-UBND                  Lâm Hạ, ngày 18 tháng 3 năm 2025

"""
# ("c", text) centred line, ("p", text) wrapped paragraph, ("raw", text) verbatim, ("page", n) page break
D2_PARTS = [
    ("c", "QUYẾT ĐỊNH"),
    ("c", "Về việc ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính"),
    ("c", "của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện"),
    ("c", "và Ủy ban nhân dân các xã, thị trấn"),
    ("blank", ""),
    ("c", "ỦY BAN NHÂN DÂN HUYỆN LÂM HẠ"),
    ("blank", ""),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng "
          "thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Quyết định số 1085/QĐ-UBND ngày 05 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh Phú Thọ ban "
          "hành Bộ Chỉ số đánh giá kết quả cải cách hành chính của các sở, ban, ngành và Ủy ban nhân dân "
          "các huyện, thành, thị;"),
    ("p", "Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 37/TTr-PNV ngày 10 tháng 3 năm 2025."),
    ("blank", ""),
    ("c", "QUYẾT ĐỊNH:"),
    ("blank", ""),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính "
          "của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn trên "
          "địa bàn huyện Lâm Hạ."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 402/QĐ-UBND ngày 14 "
          "tháng 4 năm 2021 của Ủy ban nhân dân huyện ban hành Quy chế chấm điểm cải cách hành chính."),
    ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên "
          "môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn và các tổ chức, cá "
          "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("blank", ""),
    ("raw", """\
Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                              CHỦ TỊCH
- Sở Nội vụ tỉnh Phú Thọ;
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;                                  (Đã ký)
- Cổng TTĐT huyện;
- Lưu: VT, NV.                                         Hoàng Văn Khải
"""),
    ("page", "1"),
    ("c", "QUY CHẾ"),
    ("c", "Đánh giá, xác định Chỉ số cải cách hành chính của các cơ quan chuyên môn"),
    ("c", "thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn"),
    ("c", "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 18/3/2025"),
    ("c", "của Ủy ban nhân dân huyện Lâm Hạ)"),
    ("blank", ""),
    ("c", "Chương I"),
    ("c", "QUY ĐỊNH CHUNG"),
    ("blank", ""),
    ("p", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "1. Quy chế này quy định việc tự đánh giá, chấm điểm, thẩm định, xếp loại và công bố Chỉ số cải "
          "cách hành chính (sau đây gọi là Chỉ số CCHC) hằng năm trên địa bàn huyện Lâm Hạ."),
    ("p", "2. Đối tượng áp dụng:"),
    ("p", "a) 12 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện (sau đây gọi chung là cơ quan);"),
    ("p", "b) Ủy ban nhân dân 14 xã, 02 thị trấn (sau đây gọi chung là đơn vị)."),
    ("p", "Điều 2. Nguyên tắc đánh giá"),
    ("p", "1. Bảo đảm khách quan, công khai, minh bạch; đánh giá dựa trên tài liệu kiểm chứng và kết quả "
          "điều tra xã hội học."),
    ("p_split", "2. Kết quả Chỉ số CCHC là căn cứ để xem xét thi đua, khen thưởng và đánh giá, xếp loại mức "
                "độ hoàn thành nhiệm vụ của tập thể, người đứng đầu cơ quan, đơn vị trong năm."),
    ("p", "Điều 3. Thang điểm"),
    ("p", "1. Thang điểm đánh giá là 100 điểm, gồm:"),
    ("p", "a) Điểm tự đánh giá và thẩm định các tiêu chí, tiêu chí thành phần: tối đa 70 điểm;"),
    ("p", "b) Điểm điều tra xã hội học: tối đa 30 điểm."),
    ("p", "2. Chỉ số CCHC được tính bằng tỷ lệ phần trăm (%) giữa tổng điểm đạt được và tổng điểm tối đa."),
    ("blank", ""),
    ("c", "Chương II"),
    ("c", "TRÌNH TỰ ĐÁNH GIÁ, XÁC ĐỊNH CHỈ SỐ CCHC"),
    ("blank", ""),
    ("p", "Điều 4. Tự đánh giá, chấm điểm"),
    ("p", "1. Các cơ quan, đơn vị tự đánh giá, chấm điểm trên Phần mềm chấm điểm CCHC của tỉnh, kèm tài "
          "liệu kiểm chứng, hoàn thành trước ngày 15 tháng 11 hằng năm."),
    ("p", "2. Thời điểm chốt số liệu đánh giá tính từ ngày 01 tháng 11 năm trước đến ngày 31 tháng 10 của "
          "năm đánh giá."),
    ("p", "3. Cơ quan, đơn vị chậm gửi kết quả tự đánh giá bị trừ 02 điểm cho mỗi ngày chậm; quá 05 ngày "
          "làm việc thì không thực hiện thẩm định và xếp cuối bảng."),
    ("p", "Điều 5. Thẩm định kết quả tự đánh giá"),
    ("p", "1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện, Phòng Tư pháp, Phòng Tài "
          "chính - Kế hoạch thành lập Tổ thẩm định."),
    ("p", "2. Tổ thẩm định hoàn thành thẩm định trong thời hạn 10 ngày làm việc kể từ ngày hết hạn tự "
          "đánh giá."),
    ("p", "3. Trường hợp có ý kiến về kết quả thẩm định sơ bộ, cơ quan, đơn vị gửi văn bản giải trình "
          "trong thời hạn 03 ngày làm việc kể từ ngày nhận được thông báo; quá thời hạn trên mà không giải "
          "trình thì giữ nguyên kết quả thẩm định."),
    ("page", "2"),
    ("p", "Điều 6. Điều tra xã hội học"),
    ("p", "1. Phòng Nội vụ chủ trì, phối hợp với Bưu điện huyện Lâm Hạ tổ chức điều tra xã hội học trong "
          "tháng 10 hằng năm."),
    ("p", "2. Đối tượng khảo sát:"),
    ("p", "a) Lãnh đạo Ủy ban nhân dân huyện, lãnh đạo các cơ quan chuyên môn và Ủy ban nhân dân các xã, "
          "thị trấn;"),
    ("p", "b) Người dân, tổ chức đã giải quyết TTHC tại cơ quan, đơn vị trong năm, tối thiểu 30 phiếu/đơn vị."),
    ("p", "3. Kinh phí in ấn, phát, thu phiếu khảo sát là 25.000 đồng/phiếu, được bố trí trong dự toán "
          "ngân sách hằng năm của Phòng Nội vụ."),
    ("blank", ""),
    ("c", "Chương III"),
    ("c", "XẾP LOẠI, CÔNG BỐ VÀ SỬ DỤNG KẾT QUẢ"),
    ("blank", ""),
    ("p", "Điều 7. Xếp loại và công bố"),
    ("p", "1. Kết quả Chỉ số CCHC được xếp thành 04 mức:"),
    ("p", "a) Tốt: Chỉ số CCHC đạt từ 90% trở lên;"),
    ("p", "b) Khá: Chỉ số CCHC đạt từ 80% đến dưới 90%;"),
    ("p", "c) Trung bình: Chỉ số CCHC đạt từ 65% đến dưới 80%;"),
    ("p", "d) Yếu: Chỉ số CCHC đạt dưới 65%."),
    ("p", "2. Phòng Nội vụ tham mưu Ủy ban nhân dân huyện quyết định công bố Chỉ số CCHC trước ngày 20 "
          "tháng 12 hằng năm."),
    ("p", "Điều 8. Sử dụng kết quả và tổ chức thực hiện"),
    ("p", "1. Cơ quan, đơn vị xếp loại Tốt và đứng đầu mỗi khối được đề nghị Chủ tịch Ủy ban nhân dân huyện "
          "tặng Giấy khen kèm theo tiền thưởng 1.500.000 đồng."),
    ("p", "2. Cơ quan, đơn vị xếp loại Yếu thì người đứng đầu không được xếp loại \"Hoàn thành xuất sắc "
          "nhiệm vụ\" trong năm; cơ quan, đơn vị hai năm liền xếp cuối bảng phải giải trình bằng văn bản với "
          "Chủ tịch Ủy ban nhân dân huyện."),
    ("p", "3. Phòng Nội vụ có trách nhiệm hướng dẫn, đôn đốc, tổng hợp kết quả; Văn phòng HĐND và UBND "
          "huyện bảo đảm vận hành phần mềm chấm điểm; Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí "
          "thực hiện Quy chế."),
    ("p", "4. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để "
          "tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, sửa đổi, bổ sung./."),
]


def wrap(text, width=80, indent="    "):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent="",
                         break_on_hyphens=False, break_long_words=False)


def build_txt(path):
    out = [D2_HEADER]
    for kind, text in D2_PARTS:
        if kind == "c":
            out.append(text.center(80).rstrip() + " \n")
        elif kind == "blank":
            out.append("\n")
        elif kind == "raw":
            out.append(text)
        elif kind == "page":
            out.append("\n\n" + text.center(80).rstrip() + "\n\f\n")
        elif kind == "p":
            for ln in wrap(text):
                out.append(ln + " \n")
        elif kind == "p_split":
            # a sentence cut by a page break, like pdftotext output
            lines = wrap(text)
            out.append(lines[0] + " \n")
            out.append("\n\n" + "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/" + "\n\f\n")
            for ln in lines[1:]:
                out.append(ln + " \n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


# ---------------------------------------------------------------------------------------------
# 3. Provincial department report (reportlab PDF)
# ---------------------------------------------------------------------------------------------
D3_INTRO = [
    ("title", "BÁO CÁO"),
    ("subtitle", "Kết quả thực hiện công tác cải cách hành chính năm 2025"),
    ("p", "Thực hiện Kế hoạch số 96/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính "
          "tỉnh Hưng Yên năm 2025 và Công văn số 2871/SNV-CCHC ngày 17/11/2025 của Sở Nội vụ về việc báo cáo "
          "kết quả công tác cải cách hành chính năm 2025, Sở Khoa học và Công nghệ báo cáo như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "Sở đã ban hành Kế hoạch số 15/KH-SKHCN ngày 06/02/2025 về cải cách hành chính năm 2025, Kế hoạch "
          "tuyên truyền CCHC và 04 văn bản chỉ đạo, đôn đốc các phòng, đơn vị thực hiện nhiệm vụ CCHC. Trong "
          "năm, Sở tổ chức kiểm tra công tác CCHC tại 05 đơn vị trực thuộc; qua kiểm tra đã chấn chỉnh 03 "
          "trường hợp chậm cập nhật hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh."),
    ("h2", "2. Cải cách thủ tục hành chính"),
    ("p", "Hiện nay, Sở đang thực hiện 118 TTHC, trong đó 96 TTHC được cung cấp dịch vụ công trực tuyến "
          "toàn trình. Năm 2025, Sở tiếp nhận 2.436 hồ sơ; đã giải quyết trước và đúng hạn 2.419 hồ sơ, "
          "trễ hạn 06 hồ sơ, đang giải quyết trong hạn 11 hồ sơ. Các hồ sơ trễ hạn thuộc lĩnh vực xuất bản, "
          "in và phát hành, nguyên nhân do phải lấy ý kiến của cơ quan liên quan và thời gian xác minh thực "
          "tế kéo dài; Sở đã có văn bản xin lỗi tổ chức, cá nhân theo quy định. Kết quả thực hiện các chỉ tiêu "
          "cải cách hành chính năm 2025 được tổng hợp tại Bảng 1."),
    ("cap", "Bảng 1. Kết quả thực hiện các chỉ tiêu cải cách hành chính năm 2025"),
    ("TABLE1", ""),
    ("h2", "3. Cải cách tổ chức bộ máy, chế độ công vụ và tài chính công"),
    ("p", "Sau khi hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ, Sở đã kiện toàn cơ "
          "cấu tổ chức gồm Văn phòng Sở, 07 phòng chuyên môn và 04 đơn vị sự nghiệp trực thuộc. 100% công "
          "chức, viên chức được đánh giá, xếp loại chất lượng theo quy định."),
    ("h2", "4. Hiện đại hóa hành chính, chuyển đổi số"),
    ("p", "100% văn bản đi của Sở được ký số và gửi, nhận trên môi trường mạng; Trung tâm Chuyển đổi số "
          "vận hành ổn định Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)."),
]
D3_FIG_HEAD = ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
D3_FIG = [
    ("A", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ("1", "Số TTHC được rà soát, đánh giá", "20", "24", "120,0"),
    ("2", "Số TTHC đề xuất cắt giảm, đơn giản hóa", "8", "9", "112,5"),
    ("3", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn (%)", "98", "99,75", "101,8"),
    ("4", "Tỷ lệ hồ sơ trực tuyến toàn trình (%)", "80", "86,4", "108,0"),
    ("5", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)", "100", "97,2", "97,2"),
    ("6", "Mức độ hài lòng của người dân, doanh nghiệp (%)", "95", "96,8", "101,9"),
    ("B", "TỔ CHỨC BỘ MÁY, CHẾ ĐỘ CÔNG VỤ"),
    ("7", "Số lượt công chức, viên chức được bồi dưỡng", "120", "146", "121,7"),
    ("8", "Số cuộc kiểm tra kỷ luật, kỷ cương hành chính", "4", "5", "125,0"),
    ("9", "Số đơn vị sự nghiệp tự chủ chi thường xuyên", "2", "2", "100,0"),
    ("C", "TÀI CHÍNH CÔNG"),
    ("10", "Giải ngân vốn đầu tư công (%)", "95", "91,3", "96,1"),
    ("11", "Tiết kiệm chi thường xuyên (triệu đồng)", "850", "912", "107,3"),
    ("D", "HIỆN ĐẠI HÓA HÀNH CHÍNH, CHUYỂN ĐỔI SỐ"),
    ("12", "Tỷ lệ văn bản đi được ký số (%)", "100", "100", "100,0"),
    ("13", "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (%)", "90", "93,5", "103,9"),
    ("14", "Số cơ sở dữ liệu chuyên ngành kết nối với LGSP", "3", "2", "66,7"),
    ("15", "Số cuộc họp trực tuyến được tổ chức", "20", "34", "170,0"),
    ("16", "Số doanh nghiệp KH&CN được cấp giấy chứng nhận", "6", "7", "116,7"),
    ("17", "Số nhiệm vụ KH&CN về CCHC, chuyển đổi số được nghiệm thu", "2", "2", "100,0"),
]
D3_MID = [
    ("h", "II. TỒN TẠI, HẠN CHẾ"),
    ("p", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC mới đạt 97,2%, chưa đạt chỉ tiêu 100% do một số hồ "
          "sơ lưu trữ giấy trước năm 2020 bị hư hỏng."),
    ("p", "- Tỷ lệ giải ngân vốn đầu tư công đạt 91,3%, thấp hơn kế hoạch do dự án nâng cấp Trung tâm dữ "
          "liệu tỉnh chậm thủ tục đấu thầu."),
    ("p", "- Mới kết nối được 02/03 cơ sở dữ liệu chuyên ngành với Nền tảng LGSP."),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
    ("p", "Sở xác định các nhiệm vụ trọng tâm cải cách hành chính năm 2026 tại Bảng 2 dưới đây:"),
    ("cap", "Bảng 2. Nhiệm vụ trọng tâm cải cách hành chính năm 2026"),
]
D3_TASK_HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
D3_TASKS = [
    ("1", "Hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực đạt 100%", "Văn phòng Sở",
     "Trung tâm Chuyển đổi số", "Quý II/2026"),
    ("2", "Kết nối cơ sở dữ liệu sở hữu trí tuệ với Nền tảng LGSP", "Trung tâm Chuyển đổi số",
     "Phòng Quản lý công nghệ và Sở hữu trí tuệ", "Tháng 6/2026"),
    ("3", "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực bưu chính, viễn thông", "Phòng Bưu chính, Viễn thông",
     "Văn phòng Sở", "Quý III/2026"),
    ("4", "Xây dựng Kế hoạch đo lường sự hài lòng năm 2026", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 02/2026"),
    ("5", "Hoàn thành giải ngân vốn dự án nâng cấp Trung tâm dữ liệu tỉnh", "Phòng Kế hoạch - Tài chính",
     "Trung tâm Chuyển đổi số", "Trước ngày 31/12/2026"),
    ("6", "Tập huấn kỹ năng số cho công chức, viên chức của Sở", "Trung tâm Chuyển đổi số", "Văn phòng Sở",
     "Quý II/2026"),
]
D3_END = [
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ chấm điểm Chỉ số CCHC trên phần mềm cho công "
          "chức đầu mối của các sở, ngành trong quý I/2026."),
    ("p", "2. Đề nghị Ủy ban nhân dân tỉnh bố trí 1,2 tỷ đồng từ nguồn chi sự nghiệp khoa học và công nghệ "
          "năm 2026 để số hóa hồ sơ lưu trữ giấy còn lại."),
    ("p", "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2025 của Sở Khoa học và "
          "Công nghệ./."),
]
D3_NOINHAN = ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
              "- Lưu: VT, VP."]
D3_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Trần Đức Thịnh"]


def build_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DVSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-I", FONT_DIR + "DejaVuSerif-Italic.ttf"))
    base = ParagraphStyle("b", fontName="DVSerif", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=4)
    center = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    center_b = ParagraphStyle("cb", parent=center, fontName="DVSerif-B")
    center_i = ParagraphStyle("ci", parent=center, fontName="DVSerif-I")
    head = ParagraphStyle("h", parent=base, fontName="DVSerif-B", firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="DVSerif", fontSize=10, leading=12)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="DVSerif-B", alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="DVSerif", fontSize=9.5, leading=12)
    small_b = ParagraphStyle("sb", parent=small, fontName="DVSerif-B")

    def esc(x):
        return x.replace("&", "&amp;")

    story = []
    hsty = ParagraphStyle("hs", parent=center, fontSize=10, leading=13)
    hsty_b = ParagraphStyle("hsb", parent=hsty, fontName="DVSerif-B")
    hsty_i = ParagraphStyle("hsi", parent=hsty, fontName="DVSerif-I")
    hdr = Table([
        [Paragraph("UBND TỈNH HƯNG YÊN", hsty),
         Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", hsty_b)],
        [Paragraph("SỞ KHOA HỌC VÀ CÔNG NGHỆ", hsty_b),
         Paragraph("Độc lập - Tự do - Hạnh phúc", hsty_b)],
        [Paragraph("Số: 412/BC-SKHCN", hsty),
         Paragraph("Hưng Yên, ngày 08 tháng 12 năm 2025", hsty_i)],
    ], colWidths=[7.0 * cm, 9.6 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 2), (-1, 2), 8)]))
    story += [hdr, Spacer(1, 14)]

    def add_blocks(blocks):
        for kind, text in blocks:
            if kind == "title":
                story.append(Paragraph(text, ParagraphStyle("t", parent=center_b, fontSize=13)))
            elif kind == "subtitle":
                story.append(Paragraph(text, center_b))
                story.append(Spacer(1, 8))
            elif kind == "h":
                story.append(Paragraph(text, head))
            elif kind == "h2":
                story.append(Paragraph(text, ParagraphStyle("h2", parent=head, fontName="DVSerif-I")))
            elif kind == "TABLE1":
                story.append(fig_table())
                story.append(Spacer(1, 10))
            elif kind == "cap":
                story.append(Paragraph(text, center_i))
            else:
                story.append(Paragraph(text, base))

    def fig_table():
        rows = [[Paragraph(h, cell_b) for h in D3_FIG_HEAD]]
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
        for i, r in enumerate(D3_FIG, start=1):
            if len(r) == 2:
                rows.append([Paragraph(r[0], cell_b), Paragraph(esc(r[1]), ParagraphStyle(
                    "g", parent=cell, fontName="DVSerif-B")), "", "", ""])
                style.append(("SPAN", (1, i), (4, i)))
            else:
                rows.append([Paragraph(r[0], cell_c), Paragraph(esc(r[1]), cell)]
                            + [Paragraph(x, cell_c) for x in r[2:]])
        t = Table(rows, colWidths=[1.0 * cm, 9.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm], repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    add_blocks(D3_INTRO)

    add_blocks(D3_MID)
    rows = [[Paragraph(h, cell_b) for h in D3_TASK_HEAD]]
    for r in D3_TASKS:
        rows.append([Paragraph(r[0], cell_c)] + [Paragraph(esc(x), cell) for x in r[1:4]] + [Paragraph(r[4], cell_c)])
    t2 = Table(rows, colWidths=[1.0 * cm, 5.6 * cm, 3.2 * cm, 3.4 * cm, 2.8 * cm], repeatRows=1)
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
    story += [t2, Spacer(1, 10)]
    add_blocks(D3_END)
    story.append(Spacer(1, 10))
    left = [Paragraph(x, small_b if x == "Nơi nhận:" else small) for x in D3_NOINHAN]
    right = [Paragraph(x or "&nbsp;", center_b if x.isupper() or x == D3_SIGN[-1] else center) for x in D3_SIGN]
    sig = Table([[left, right]], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def page_no(canvas, doc):
        if doc.page > 1:
            canvas.setFont("DVSerif", 10)
            canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Bao cao CCHC nam 2025", author="SKHCN")
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)


def tasks_pdf():
    return [{"file": F_PDF, "section": "", "no": no, "content": task[:120], "lead": lead,
             "coordinators": coord, "deadline": dl, "output": ""} for no, task, lead, coord, dl in D3_TASKS]


# ---------------------------------------------------------------------------------------------
# 4. Provincial Chỉ thị (Markdown)
# ---------------------------------------------------------------------------------------------
D4_MD = """\
**ỦY BAN NHÂN DÂN TỈNH AN GIANG**

Số: 05/CT-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*An Giang, ngày 24 tháng 02 năm 2026*

# CHỈ THỊ

**Về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết thủ tục hành chính trên môi trường điện tử**

Năm 2025, công tác giải quyết thủ tục hành chính (TTHC) trên địa bàn tỉnh có nhiều chuyển biến tích cực; \
việc vận hành Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công các xã, phường, \
đặc khu sau sắp xếp đơn vị hành chính cơ bản ổn định. Tuy nhiên, tỷ lệ hồ sơ trễ hạn toàn tỉnh vẫn ở mức \
1,8%, trong đó một số xã, phường có tỷ lệ trễ hạn trên 5%; vẫn còn tình trạng yêu cầu người dân nộp lại \
giấy tờ đã có trong cơ sở dữ liệu; một số công chức chưa xin lỗi người dân khi để hồ sơ trễ hạn.

Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

## 1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu

- Quán triệt đến từng cán bộ, công chức, viên chức về trách nhiệm giải quyết TTHC đúng hạn; người đứng \
đầu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra hồ sơ trễ hạn kéo dài mà không có \
lý do chính đáng.
- Thực hiện xin lỗi bằng văn bản đối với 100% hồ sơ trễ hạn, trong đó nêu rõ thời hạn trả kết quả mới.
- Không yêu cầu tổ chức, cá nhân nộp lại giấy tờ đã được số hóa hoặc đã có trong Cơ sở dữ liệu quốc gia \
về dân cư.
- Rà soát, lập danh sách hồ sơ tồn đọng, trễ hạn năm 2025 và đề xuất giải pháp xử lý dứt điểm, gửi Văn \
phòng Ủy ban nhân dân tỉnh trước ngày 15/3/2026.

## 2. Văn phòng Ủy ban nhân dân tỉnh

- Chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị này; hằng tháng công khai tỷ lệ hồ sơ trễ hạn của \
từng cơ quan, địa phương trên Cổng thông tin điện tử tỉnh trước ngày 05 của tháng sau.
- Chủ trì, phối hợp với Sở Nội vụ tổ chức kiểm tra đột xuất việc giải quyết TTHC tại ít nhất 10 xã, \
phường trong quý II/2026; kịp thời tham mưu xử lý các trường hợp vi phạm.

## 3. Sở Nội vụ

- Đưa kết quả giải quyết TTHC đúng hạn vào tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức, \
viên chức và chấm điểm Chỉ số CCHC năm 2026 của các cơ quan, địa phương.
- Tham mưu xem xét trách nhiệm cán bộ, công chức để hồ sơ trễ hạn từ 03 lần trở lên trong một quý.

## 4. Sở Khoa học và Công nghệ

- Bảo đảm Hệ thống thông tin giải quyết TTHC tỉnh hoạt động thông suốt, an toàn; khắc phục sự cố trong \
vòng 04 giờ kể từ khi nhận được phản ánh.
- Hoàn thành kết nối, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia trước ngày 30/4/2026.

## 5. Sở Tài chính

Tham mưu bố trí kinh phí số hóa hồ sơ, kết quả giải quyết TTHC cho các xã, phường, đặc khu, trình Ủy \
ban nhân dân tỉnh trước ngày 31/3/2026.

## 6. Công an tỉnh

Phối hợp khai thác, sử dụng Cơ sở dữ liệu quốc gia về dân cư; hỗ trợ kích hoạt tài khoản định danh điện \
tử VNeID mức độ 2 cho người dân tại Trung tâm Phục vụ hành chính công các cấp.

## 7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh

Chỉ đạo Mặt trận các cấp tăng cường giám sát việc giải quyết TTHC, kịp thời phản ánh hành vi nhũng \
nhiễu, gây phiền hà cho người dân.

## 8. Tổ chức thực hiện

- Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả \
thực hiện Chỉ thị (lồng ghép trong báo cáo CCHC quý) gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 20 \
của tháng cuối quý.
- Văn phòng Ủy ban nhân dân tỉnh tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện \
Chỉ thị trước ngày 15/12/2026.

Chỉ thị này có hiệu lực kể từ ngày ký./.

---

***Nơi nhận:***
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- CT, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường, đặc khu;
- Lưu: VT, KSTT.

**CHỦ TỊCH**

*(Đã ký)*

**Lâm Quốc Thái**
"""

# ---------------------------------------------------------------------------------------------
# 5. Scanned Thông báo (image-only PDF)
# ---------------------------------------------------------------------------------------------
D5_HEAD_L = ["ỦY BAN NHÂN DÂN", "XÃ IA HRƠM", "———", "Số: 27/TB-UBND"]
D5_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————",
             "Ia Hrơm, ngày 18 tháng 3 năm 2026"]
D5_TITLE = ["THÔNG BÁO", "Về việc tổ chức Hội nghị sơ kết công tác cải cách hành chính",
            "quý I năm 2026"]
D5_BODY = [
    "Thực hiện Kế hoạch số 52/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Gia Lai và Kế hoạch số "
    "09/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân "
    "xã Ia Hrơm thông báo tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I năm 2026 như sau:",
    "1. Thời gian: 14 giờ 00 phút, thứ Năm, ngày 26 tháng 3 năm 2026 (buổi chiều).",
    "2. Địa điểm: Hội trường tầng 2, trụ sở Ủy ban nhân dân xã Ia Hrơm.",
    "3. Chủ trì: Đồng chí Siu Thanh Tâm - Chủ tịch Ủy ban nhân dân xã.",
    "4. Thành phần tham dự:",
    "- Các đồng chí Phó Chủ tịch Ủy ban nhân dân xã;",
    "- Chánh Văn phòng HĐND và UBND xã, Trưởng Phòng Kinh tế, Trưởng Phòng Văn hóa - Xã hội;",
    "- Giám đốc Trung tâm Phục vụ hành chính công xã và công chức tiếp nhận hồ sơ;",
    "- Trưởng các thôn, làng trên địa bàn xã (12 thôn, làng);",
    "- Mời dự: Đại diện Ủy ban MTTQ Việt Nam xã.",
    "5. Phân công chuẩn bị:",
    "- Văn phòng HĐND và UBND xã chuẩn bị dự thảo báo cáo sơ kết, gửi đại biểu trước 16 giờ 00 ngày "
    "24/3/2026; chuẩn bị hội trường, âm thanh, ánh sáng.",
    "- Trung tâm Phục vụ hành chính công xã tổng hợp số liệu hồ sơ TTHC quý I/2026, gửi Văn phòng HĐND "
    "và UBND xã trước ngày 23/3/2026.",
    "- Phòng Kinh tế chuẩn bị tham luận về thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC.",
    "Đề nghị các thành phần tham dự đúng thời gian, đúng thành phần./.",
]
D5_NOINHAN = ["Nơi nhận:", "- Như thành phần;", "- TT Đảng ủy xã (b/c);", "- Lưu: VT, VP."]
D5_SIGN = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "(Đã ký)", "", "Đinh Thị Hồng Vân"]


def scan_source_text():
    """The text drawn on the scanned page (for validating snippets against it)."""
    parts = D5_HEAD_L + D5_HEAD_R + D5_TITLE + D5_BODY + D5_NOINHAN + D5_SIGN
    return "\n".join(parts)


def build_scan(path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 27)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 27)
    big = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 33)
    small = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 23)
    lm, rm = 190, 130
    line_h = 40

    def centred(text, font, cx, y):
        w = d.textlength(text, font=font)
        d.text((cx - w / 2, y), text, font=font, fill=20)

    y = 150
    cl, cr = lm + 280, W - rm - 430
    for i, (a, b) in enumerate(zip(D5_HEAD_L, D5_HEAD_R)):
        centred(a, bold if i == 1 else reg, cl, y)
        centred(b, bold if i in (0, 1) else reg, cr, y)
        y += line_h
    y += 40
    centred(D5_TITLE[0], big, W / 2, y)
    y += 52
    for t in D5_TITLE[1:]:
        centred(t, bold, W / 2, y)
        y += line_h
    y += 30
    maxw = W - lm - rm
    for para in D5_BODY:
        words, line, first = para.split(), "", True
        indent = 60
        for w in words:
            trial = (line + " " + w).strip()
            if d.textlength(trial, font=reg) + (indent if first else 0) > maxw:
                d.text((lm + (indent if first else 0), y), line, font=reg, fill=20)
                y += line_h
                line, first = w, False
            else:
                line = trial
        d.text((lm + (indent if first else 0), y), line, font=reg, fill=20)
        y += line_h + 8
    y += 30
    y0 = y
    for t in D5_NOINHAN:
        d.text((lm, y), t, font=bold if t == "Nơi nhận:" else small, fill=20)
        y += 34
    y = y0
    for t in D5_SIGN:
        if t:
            centred(t, bold if t.isupper() or t == D5_SIGN[-1] else reg, W - rm - 330, y)
        y += line_h
    assert y < H - 120, "scanned page overflows"
    # a little scanner noise and skew
    rnd = random.Random(7)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((150, 180, 210))
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
    img.convert("RGB").save(path, "PDF", resolution=dpi)


# ---------------------------------------------------------------------------------------------
# gold metadata
# ---------------------------------------------------------------------------------------------
META = [
    {"file": F_DOCX, "type": "Kế hoạch", "number": "14/KH-UBND",
     "title": "Kế hoạch Cải cách hành chính phường Vọng Hải năm 2026",
     "issuer": "Ủy ban nhân dân phường Vọng Hải", "place": "phường Vọng Hải", "province": "tỉnh Quảng Ninh",
     "level": "xã", "date": "2026-01-12", "year": 2026, "signer": "Vũ Thị Minh Nguyệt",
     "parts": ["Kế hoạch", "Phụ lục"], "tables": [{"kind": "tasks", "rows": 18}], "scanned_pages": 0},
    {"file": F_TXT, "type": "Quyết định", "number": "215/QĐ-UBND",
     "title": "Quyết định Về việc ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các cơ "
              "quan chuyên môn thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn",
     "issuer": "Ủy ban nhân dân huyện Lâm Hạ", "place": "huyện Lâm Hạ", "province": "tỉnh Phú Thọ",
     "level": "huyện", "date": "2025-03-18", "year": 2025, "signer": "Hoàng Văn Khải",
     "parts": ["Quyết định", "Quy chế"], "tables": [], "scanned_pages": 0},
    {"file": F_PDF, "type": "Báo cáo", "number": "412/BC-SKHCN",
     "title": "Báo cáo Kết quả thực hiện công tác cải cách hành chính năm 2025",
     "issuer": "Sở Khoa học và Công nghệ", "place": "tỉnh Hưng Yên", "province": "tỉnh Hưng Yên",
     "level": "sở-ngành", "date": "2025-12-08", "year": 2025, "signer": "Trần Đức Thịnh",
     "parts": ["Báo cáo"],
     "tables": [{"kind": "other", "rows": 17, "what": "kết quả thực hiện các chỉ tiêu CCHC năm 2025 "
                 "(Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)), 17 chỉ tiêu trong 4 nhóm A-D"},
                {"kind": "tasks", "rows": 6}],
     "scanned_pages": 0},
    {"file": F_MD, "type": "Chỉ thị", "number": "05/CT-UBND",
     "title": "Chỉ thị Về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết thủ tục hành chính trên "
              "môi trường điện tử",
     "issuer": "Ủy ban nhân dân tỉnh An Giang", "place": "tỉnh An Giang", "province": "tỉnh An Giang",
     "level": "tỉnh", "date": "2026-02-24", "year": 2026, "signer": "Lâm Quốc Thái",
     "parts": ["Chỉ thị"], "tables": [], "scanned_pages": 0},
    {"file": F_SCAN, "type": "Thông báo", "number": "27/TB-UBND",
     "title": "Thông báo Về việc tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I năm 2026",
     "issuer": "Ủy ban nhân dân xã Ia Hrơm", "place": "xã Ia Hrơm", "province": "tỉnh Gia Lai",
     "level": "xã", "date": "2026-03-18", "year": 2026, "signer": "Đinh Thị Hồng Vân",
     "parts": ["Thông báo"], "tables": [], "scanned_pages": 1},
]

# ---------------------------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------------------------
D1, D2, D3, D4, D5 = F_DOCX, F_TXT, F_PDF, F_MD, F_SCAN
# (intent, question or [turns...], must_have, doc, snippet, notes, must_not)
QA = [
    # ---- 1. ward plan (DOCX) ----
    ("lead", "ai chu tri to chuc tu danh gia cham diem chi so cchc 2026 cua phuong vong hai",
     ["Văn phòng HĐND và UBND phường"], D1,
     "Tổ chức tự đánh giá, chấm điểm xác định Chỉ số CCHC năm 2026 của phường",
     "Phụ lục, mục I, dòng 2; ô chủ trì gộp dọc với dòng 1", ["Tổ công tác CCHC phường"]),
    ("deadline", "Hạn hoàn thành việc tự chấm điểm Chỉ số CCHC năm 2026 của phường Vọng Hải là khi nào?",
     ["10/11/2026"], D1, "Tổ chức tự đánh giá, chấm điểm xác định Chỉ số CCHC năm 2026 của phường",
     "Phụ lục, mục I, dòng 2", []),
    ("output", "san pham cua nv tu cham diem chi so cchc phuong vong hai la gi",
     ["Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"], D1, "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng",
     "Phụ lục, mục I, dòng 2, cột Sản phẩm (cột thứ 3)", []),
    ("lead", "Ai chủ trì đo lường sự hài lòng của người dân đối với việc giải quyết TTHC ở phường Vọng Hải?",
     ["Trung tâm Phục vụ hành chính công phường"], D1,
     "Đo lường sự hài lòng của người dân, tổ chức đối với việc giải quyết TTHC",
     "Phụ lục, mục III, dòng 2; ô chủ trì gộp dọc từ dòng 1", ["Văn phòng HĐND và UBND phường chủ trì"]),
    ("deadline", "do luong su hai long o phuong vong hai bao lau lam 1 lan",
     ["6 tháng/lần"], D1, "Đo lường sự hài lòng của người dân, tổ chức đối với việc giải quyết TTHC",
     "Phụ lục, mục III, dòng 2, cột Thời hạn hoàn thành", []),
    ("coordinators", "Rà soát, đề xuất cắt giảm, đơn giản hóa TTHC của phường Vọng Hải thì cơ quan nào phối hợp?",
     ["Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"], D1,
     "Rà soát, đề xuất cắt giảm, đơn giản hóa ít nhất 03 TTHC", "Phụ lục, mục III, dòng 3", []),
    ("deadline", "han gui vb kien nghi cat giam tthc cua phuong vong hai",
     ["30/6/2026"], D1, "Văn bản kiến nghị gửi Văn phòng UBND tỉnh", "Phụ lục, mục III, dòng 3", []),
    ("output", "Sản phẩm của việc rà soát, hệ thống hóa văn bản QPPL của phường là gì?",
     ["Danh mục văn bản hết hiệu lực, cần sửa đổi, bổ sung"], D1,
     "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND phường ban hành", "Phụ lục, mục II, dòng 1", []),
    ("lead", "ra soat vb qppl phuong vong hai ai chu tri",
     ["Bộ phận Tư pháp - Hộ tịch"], D1, "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND phường ban hành",
     "Phụ lục, mục II, dòng 1", []),
    ("deadline", "khi nao phai xong de an vi tri viec lam cua cac phong don vi thuoc phuong",
     ["Quý I/2026"], D1, "Rà soát, hoàn thiện Đề án vị trí việc làm của các phòng, đơn vị thuộc phường",
     "Phụ lục, mục IV, dòng 1", []),
    ("lead", "Ai chủ trì cử công chức phường Vọng Hải đi bồi dưỡng kiến thức CCHC, chuyển đổi số?",
     ["Phòng Văn hóa - Xã hội"], D1, "Cử công chức tham gia bồi dưỡng kiến thức, kỹ năng về CCHC, chuyển đổi số",
     "Phụ lục, mục IV, dòng 2; ô chủ trì gộp dọc từ dòng 1", []),
    ("list", "Những nhiệm vụ nào trong phụ lục do Trung tâm Phục vụ hành chính công phường Vọng Hải chủ trì?",
     ["Công khai, cập nhật danh mục TTHC", "Đo lường sự hài lòng", "đề xuất cắt giảm", "Số hóa hồ sơ"], D1,
     "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
     "Phụ lục, mục III dòng 1-3 (ô gộp) và mục VI dòng 1", []),
    ("list", "nhung viec nao cua kh cchc phuong vong hai phai xong trong quy 1/2026",
     ["Kế hoạch tuyên truyền CCHC", "vị trí việc làm", "Quy chế chi tiêu nội bộ"], D1,
     "Xây dựng, thực hiện Quy chế chi tiêu nội bộ năm 2026",
     "Phụ lục: I.1 Tháng 01/2026, IV.1 Quý I/2026, V.1 Tháng 02/2026", []),
    ("fact", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của phường Vọng Hải là bao nhiêu?",
     ["185.000.000 đồng"], D1, "dự toán ngân sách phường năm 2026 là 185.000.000 đồng",
     "Mục IV. KINH PHÍ THỰC HIỆN", []),
    ("fact", "ty le ho so nop truc tuyen toan trinh cua phuong vong hai nam 2026 phai dat bao nhieu",
     ["tối thiểu 70%"], D1, "Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt tối thiểu 70%",
     "Mục II.2, gạch đầu dòng 3", ["86,4"]),
    ("fact", "kh cchc 2026 phuong vong hai so may, ban hanh ngay nao",
     ["14/KH-UBND", "12 tháng 01 năm 2026"], D1, "Số: 14/KH-UBND", "Bảng tiêu đề (header table)", []),
    ("fact", "Ai ký Kế hoạch CCHC năm 2026 của phường Vọng Hải?",
     ["Vũ Thị Minh Nguyệt"], D1, "Vũ Thị Minh Nguyệt", "Khối chữ ký: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH", []),
    ("fact", "Kế hoạch CCHC 2026 của phường Vọng Hải căn cứ kế hoạch nào của UBND tỉnh Quảng Ninh?",
     ["318/KH-UBND"], D1, "Căn cứ Kế hoạch số 318/KH-UBND ngày 26/12/2025", "Phần căn cứ", []),
    ("deadline", ["ai chu tri xay dung ke hoach tuyen truyen cchc 2026 phuong vong hai", "thoi han khi nao"],
     ["Tháng 01/2026"], D1, "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2026",
     "Phụ lục, mục I, dòng 1 (theo sau câu hỏi về chủ trì)", []),
    ("coordinators", "Hướng dẫn người dân dùng dịch vụ công trực tuyến ở phường Vọng Hải thì ai phối hợp?",
     ["Đoàn Thanh niên phường", "Tổ công nghệ số cộng đồng"], D1,
     "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến", "Phụ lục, mục VI, dòng 2", []),
    ("general", "Phòng Kinh tế, Hạ tầng và Đô thị có trách nhiệm gì trong tổ chức thực hiện KH CCHC 2026 của phường?",
     ["cải cách tài chính công", "thẩm định dự toán"], D1,
     "Tham mưu nội dung cải cách tài chính công; thẩm định dự toán kinh phí", "Mục V, điểm 3", []),
    ("lead", "kiem tra cchc tai cac khu pho phuong vong hai ai chu tri, san pham la gi",
     ["Tổ công tác CCHC phường", "Thông báo kết luận kiểm tra"], D1,
     "Kiểm tra công tác CCHC tại các khu phố và các phòng, đơn vị thuộc phường", "Phụ lục, mục I, dòng 4", []),
    ("output", "san pham cua nhiem vu huong dan nguoi dan dung dvc truc tuyen o phuong vong hai la gi",
     ["Số lượt người dân được hướng dẫn"], D1, "Số lượt người dân được hướng dẫn",
     "Phụ lục, mục VI, dòng 2, cột Sản phẩm", []),
    ("output", "Nhiệm vụ kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính của phường có sản phẩm gì, bao lâu một lần?",
     ["Biên bản kiểm tra", "ít nhất 02 lần/năm"], D1,
     "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ", "Phụ lục, mục IV, dòng 3", []),
    ("coordinators", "So hoa ho so, ket qua giai quyet tthc con hieu luc o phuong vong hai ai phoi hop",
     ["Bộ phận Tư pháp - Hộ tịch"], D1, "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
     "Phụ lục, mục VI, dòng 1", ["Văn phòng HĐND và UBND phường"]),
    ("coordinators", "tiep nhan xu ly phan anh kien nghi ve quy dinh hanh chinh cua phuong ai phoi hop",
     ["Trung tâm Phục vụ hành chính công phường"], D1,
     "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
     "Phụ lục, mục III, dòng 4 (chủ trì: Văn phòng HĐND và UBND phường, ô không gộp)", []),
    ("unanswerable", "cong khai du toan quyet toan ngan sach phuong vong hai co don vi nao phoi hop",
     [], D1, "", "Phụ lục V.2: ô Cơ quan phối hợp để trống; chủ trì là Phòng Kinh tế, Hạ tầng và Đô thị", []),
    ("unanswerable", "Chủ tịch UBND phường Vọng Hải tên là gì?", [], D1, "",
     "Không nêu tên; người ký là Phó Chủ tịch Vũ Thị Minh Nguyệt (KT. CHỦ TỊCH)", []),
    ("unanswerable", "ke hoach cchc nam 2025 cua phuong vong hai giao nhung nhiem vu gi", [], D1, "",
     "Chỉ có kế hoạch năm 2026", []),

    # ---- 2. district QĐ + Quy chế (TXT) ----
    ("fact", "qd ban hanh quy che danh gia chi so cchc huyen lam ha so bao nhieu",
     ["215/QĐ-UBND"], D2, "Số: 215/QĐ-UBND", "Tiêu đề Quyết định", []),
    ("fact", "Ai ký Quyết định ban hành Quy chế đánh giá Chỉ số CCHC của huyện Lâm Hạ?",
     ["Hoàng Văn Khải"], D2, "Hoàng Văn Khải", "Khối chữ ký: TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH", []),
    ("fact", "Quyết định 215/QĐ-UBND của huyện Lâm Hạ thay thế quyết định nào?",
     ["402/QĐ-UBND"], D2, "thay thế Quyết định số 402/QĐ-UBND ngày 14 tháng 4 năm 2021", "Quyết định, Điều 2", []),
    ("fact", "Điều 3 quy chế chỉ số CCHC huyện Lâm Hạ quy định gì?",
     ["100 điểm", "70 điểm", "30 điểm"], D2, "Thang điểm đánh giá là 100 điểm",
     "Quy chế, Điều 3 Thang điểm (khác Điều 3 của Quyết định)", ["chịu trách nhiệm thi hành"]),
    ("deadline", "han tu cham diem chi so cchc cua cac co quan, xa thi tran huyen lam ha",
     ["trước ngày 15 tháng 11 hằng năm"], D2, "hoàn thành trước ngày 15 tháng 11 hằng năm",
     "Quy chế, Điều 4, khoản 1", []),
    ("deadline", "Tổ thẩm định phải thẩm định xong kết quả tự đánh giá trong bao lâu?",
     ["10 ngày làm việc"], D2, "Tổ thẩm định hoàn thành thẩm định trong thời hạn 10 ngày làm việc",
     "Quy chế, Điều 5, khoản 2", []),
    ("deadline", "co y kien ve ket qua tham dinh so bo thi giai trinh trong may ngay",
     ["03 ngày làm việc"], D2, "gửi văn bản giải trình trong thời hạn 03 ngày làm việc",
     "Quy chế, Điều 5, khoản 3", []),
    ("lead", "Ai chủ trì thành lập Tổ thẩm định Chỉ số CCHC của huyện Lâm Hạ?",
     ["Phòng Nội vụ"], D2, "Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện",
     "Quy chế, Điều 5, khoản 1", []),
    ("coordinators", "to tham dinh chi so cchc huyen lam ha co nhung co quan nao phoi hop",
     ["Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"], D2,
     "Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện", "Quy chế, Điều 5, khoản 1", []),
    ("fact", "Kinh phí in, phát, thu phiếu khảo sát xã hội học mỗi phiếu bao nhiêu tiền?",
     ["25.000 đồng/phiếu"], D2, "phiếu khảo sát là 25.000 đồng/phiếu", "Quy chế, Điều 6, khoản 3", []),
    ("fact", "Chỉ số CCHC đạt bao nhiêu phần trăm thì được xếp loại Tốt theo quy chế huyện Lâm Hạ?",
     ["từ 90% trở lên"], D2, "Tốt: Chỉ số CCHC đạt từ 90% trở lên", "Quy chế, Điều 7, khoản 1, điểm a", []),
    ("deadline", "khi nao cong bo chi so cchc huyen lam ha",
     ["trước ngày 20 tháng 12 hằng năm"], D2, "công bố Chỉ số CCHC trước ngày 20",
     "Quy chế, Điều 7, khoản 2", []),
    ("fact", "Cơ quan xếp loại Tốt, đứng đầu khối được thưởng bao nhiêu tiền?",
     ["Giấy khen", "1.500.000 đồng"], D2, "tặng Giấy khen kèm theo tiền thưởng 1.500.000 đồng",
     "Quy chế, Điều 8, khoản 1", []),
    ("general", "Đơn vị bị xếp loại Yếu thì người đứng đầu bị ảnh hưởng gì?",
     ["Hoàn thành xuất sắc nhiệm vụ"], D2, "người đứng đầu không được xếp loại",
     "Quy chế, Điều 8, khoản 2", []),
    ("coordinators", "dieu tra xa hoi hoc chi so cchc huyen lam ha phong noi vu phoi hop voi ai",
     ["Bưu điện huyện Lâm Hạ"], D2, "phối hợp với Bưu điện huyện Lâm Hạ tổ chức điều tra xã hội học",
     "Quy chế, Điều 6, khoản 1", []),
    ("fact", "quy che chi so cchc huyen lam ha ap dung cho bao nhieu xa, thi tran",
     ["14 xã, 02 thị trấn"], D2, "Ủy ban nhân dân 14 xã, 02 thị trấn", "Quy chế, Điều 1, khoản 2, điểm b", []),
    ("fact", "nop ket qua tu cham diem cham bi tru bao nhieu diem",
     ["02 điểm cho mỗi ngày chậm"], D2, "bị trừ 02 điểm cho mỗi ngày chậm", "Quy chế, Điều 4, khoản 3", []),
    ("list", ["quy che chi so cchc huyen lam ha co may chuong", "chuong II gom nhung dieu nao"],
     ["Tự đánh giá, chấm điểm", "Thẩm định kết quả tự đánh giá", "Điều tra xã hội học"], D2,
     "TRÌNH TỰ ĐÁNH GIÁ, XÁC ĐỊNH CHỈ SỐ CCHC", "Quy chế, Chương II: Điều 4, 5, 6", []),
    ("fact", "qd 215 ban hanh theo de nghi cua ai, to trinh so may",
     ["Trưởng phòng Nội vụ", "37/TTr-PNV"], D2, "Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 37/TTr-PNV",
     "Quyết định, phần căn cứ", []),
    ("general", "Điều 8 quy chế giao trách nhiệm gì cho Văn phòng HĐND và UBND huyện?",
     ["vận hành phần mềm chấm điểm"], D2, "Văn phòng HĐND và UBND huyện bảo đảm vận hành phần mềm chấm điểm",
     "Quy chế, Điều 8, khoản 3", []),
    ("output", "sau khi tham dinh, phong noi vu tham muu ubnd huyen lam ha ban hanh gi, truoc ngay nao",
     ["quyết định công bố Chỉ số CCHC", "20 tháng 12"], D2, "quyết định công bố Chỉ số",
     "Quy chế, Điều 7, khoản 2", []),
    ("unanswerable", "Đơn vị xếp loại Khá được thưởng bao nhiêu tiền theo quy chế huyện Lâm Hạ?", [], D2, "",
     "Chỉ nêu tiền thưởng cho đơn vị xếp loại Tốt đứng đầu khối", []),
    ("unanswerable", "truong phong noi vu huyen lam ha ten gi", [], D2, "",
     "Chức danh được nêu, không có tên", []),

    # ---- 3. department report (PDF) ----
    ("fact", "Báo cáo CCHC năm 2025 của Sở Khoa học và Công nghệ Hưng Yên số mấy, ai ký?",
     ["412/BC-SKHCN", "Trần Đức Thịnh"], D3, "Số: 412/BC-SKHCN", "Tiêu đề và khối chữ ký (KT. GIÁM ĐỐC)", []),
    ("fact", "so khcn hung yen tiep nhan bao nhieu ho so tthc nam 2025",
     ["2.436 hồ sơ"], D3, "Năm 2025, Sở tiếp nhận 2.436 hồ sơ", "Mục I.2", []),
    ("fact", "Năm 2025 Sở KH&CN Hưng Yên có bao nhiêu hồ sơ trễ hạn, thuộc lĩnh vực nào?",
     ["06 hồ sơ", "xuất bản, in và phát hành"], D3, "trễ hạn 06 hồ sơ", "Mục I.2", []),
    ("fact", "ty le giai ngan von dau tu cong cua so khcn hung yen nam 2025 dat bao nhieu so voi ke hoach",
     ["91,3", "96,1"], D3, "Giải ngân vốn đầu tư công (%)", "Bảng 1, nhóm C, chỉ tiêu 10", []),
    ("fact", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của Sở năm 2025 thực hiện được bao nhiêu?",
     ["97,2"], D3, "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)", "Bảng 1, chỉ tiêu 5; mục II", []),
    ("fact", "tiet kiem chi thuong xuyen nam 2025 cua so khcn duoc bao nhieu",
     ["912"], D3, "Tiết kiệm chi thường xuyên (triệu đồng)", "Bảng 1, nhóm C, chỉ tiêu 11 (kế hoạch 850)", []),
    ("list", "Những chỉ tiêu CCHC năm 2025 nào của Sở KH&CN Hưng Yên không đạt kế hoạch?",
     ["số hóa", "Giải ngân vốn đầu tư công", "LGSP"], D3, "Số cơ sở dữ liệu chuyên ngành kết nối với LGSP",
     "Bảng 1: chỉ tiêu 5 (97,2), 10 (96,1), 14 (66,7); mục II", []),
    ("fact", "so cuoc hop truc tuyen so khcn to chuc nam 2025",
     ["34"], D3, "Số cuộc họp trực tuyến được tổ chức", "Bảng 1, nhóm D, chỉ tiêu 15 (trang 2, sau tiêu đề lặp)", []),
    ("lead", "ai chu tri ket noi csdl so huu tri tue voi lgsp",
     ["Trung tâm Chuyển đổi số"], D3, "Kết nối cơ sở dữ liệu sở hữu",
     "Bảng 2, dòng 2", []),
    ("deadline", "Kết nối cơ sở dữ liệu sở hữu trí tuệ với LGSP phải xong khi nào?",
     ["Tháng 6/2026"], D3, "Kết nối cơ sở dữ liệu sở hữu", "Bảng 2, dòng 2", []),
    ("lead", "Việc rà soát, đề xuất đơn giản hóa TTHC lĩnh vực bưu chính, viễn thông do đơn vị nào chủ trì và hạn khi nào?",
     ["Phòng Bưu chính, Viễn thông", "Quý III/2026"], D3,
     "Rà soát, đề xuất đơn giản", "Bảng 2, dòng 3", []),
    ("coordinators", "xay dung kh do luong su hai long 2026 cua so khcn phoi hop voi ai",
     ["Các phòng, đơn vị thuộc Sở"], D3, "Xây dựng Kế hoạch đo lường", "Bảng 2, dòng 4", []),
    ("list", "nhung nhiem vu cchc 2026 nao do van phong so khcn chu tri",
     ["số hóa hồ sơ", "đo lường sự hài lòng"], D3, "Xây dựng Kế hoạch đo lường",
     "Bảng 2, dòng 1 và 4", []),
    ("general", "Sở KH&CN Hưng Yên kiến nghị Sở Nội vụ điều gì?",
     ["tập huấn nghiệp vụ chấm điểm Chỉ số CCHC"], D3,
     "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ chấm điểm Chỉ số CCHC", "Mục IV, điểm 1", []),
    ("deadline", ["so khcn hung yen giai ngan von dau tu cong 2025 dat bao nhieu", "vay nam 2026 phai giai ngan xong du an trung tam du lieu truoc ngay nao"],
     ["31/12/2026"], D3, "Hoàn thành giải ngân vốn", "Bảng 2, dòng 5", []),
    ("coordinators", "Hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC năm 2026 thì đơn vị nào phối hợp với Văn phòng Sở KH&CN?",
     ["Trung tâm Chuyển đổi số"], D3, "Hoàn thành số hóa hồ sơ", "Bảng 2, dòng 1 (trang 2, trước ngắt trang)", []),
    ("unanswerable", "Sở KH&CN Hưng Yên đạt bao nhiêu điểm Chỉ số CCHC năm 2025?", [], D3, "",
     "Báo cáo không nêu điểm/xếp hạng Chỉ số CCHC", []),
    ("unanswerable", "Giám đốc Sở Khoa học và Công nghệ tỉnh Hưng Yên là ai?", [], D3, "",
     "Không nêu tên; người ký là Phó Giám đốc Trần Đức Thịnh (KT. GIÁM ĐỐC)", []),

    # ---- 4. provincial Chỉ thị (MD) ----
    ("deadline", "Hạn gửi danh sách hồ sơ tồn đọng, trễ hạn năm 2025 về Văn phòng UBND tỉnh An Giang là ngày nào?",
     ["15/3/2026"], D4, "lập danh sách hồ sơ tồn đọng, trễ hạn năm 2025", "Điểm 1, gạch đầu dòng 4", []),
    ("deadline", "so khcn an giang phai ket noi dong bo trang thai ho so voi cong dvc quoc gia truoc ngay nao",
     ["30/4/2026"], D4, "đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia trước ngày 30/4/2026",
     "Điểm 4, gạch đầu dòng 2", []),
    ("fact", "Theo Chỉ thị 05 của An Giang, sự cố Hệ thống thông tin giải quyết TTHC phải khắc phục trong bao lâu?",
     ["04 giờ"], D4, "khắc phục sự cố trong vòng 04 giờ", "Điểm 4 (Sở Khoa học và Công nghệ)", []),
    ("lead", "ai chu tri kiem tra dot xuat viec giai quyet tthc tai cac xa phuong an giang, phoi hop voi ai",
     ["Văn phòng", "Sở Nội vụ"], D4, "Chủ trì, phối hợp với Sở Nội vụ tổ chức kiểm tra đột xuất",
     "Điểm 2 (Văn phòng Ủy ban nhân dân tỉnh), gạch đầu dòng 2", []),
    ("deadline", "Kiểm tra đột xuất giải quyết TTHC theo chỉ thị 05 làm ở bao nhiêu xã, phường và khi nào?",
     ["ít nhất 10 xã", "quý II/2026"], D4, "tại ít nhất 10 xã, phường trong quý II/2026", "Điểm 2, gạch đầu dòng 2", []),
    ("lead", "Ai tham mưu bố trí kinh phí số hóa hồ sơ cho các xã, phường, đặc khu của An Giang, hạn khi nào?",
     ["Sở Tài chính", "31/3/2026"], D4, "Tham mưu bố trí kinh phí số hóa hồ sơ", "Điểm 5", []),
    ("general", "chi thi 05 an giang yeu cau gi ve viec xin loi nguoi dan",
     ["100% hồ sơ trễ hạn", "thời hạn trả kết quả mới"], D4,
     "Thực hiện xin lỗi bằng văn bản đối với 100% hồ sơ trễ hạn", "Điểm 1, gạch đầu dòng 2", []),
    ("general", "Công an tỉnh An Giang có nhiệm vụ gì theo Chỉ thị 05/CT-UBND?",
     ["VNeID", "Cơ sở dữ liệu quốc gia về dân cư"], D4, "hỗ trợ kích hoạt tài khoản định danh điện",
     "Điểm 6", []),
    ("fact", "ty le ho so tre han toan tinh an giang nam 2025 la bao nhieu",
     ["1,8%"], D4, "tỷ lệ hồ sơ trễ hạn toàn tỉnh vẫn ở mức", "Phần mở đầu", []),
    ("deadline", "Các sở, ngành, xã gửi báo cáo kết quả thực hiện Chỉ thị 05 khi nào?",
     ["trước ngày 20", "tháng cuối quý"], D4, "lồng ghép trong báo cáo CCHC quý", "Điểm 8, gạch đầu dòng 1", []),
    ("fact", "ai ky chi thi 05 cua an giang",
     ["Lâm Quốc Thái"], D4, "Lâm Quốc Thái", "Khối chữ ký: CHỦ TỊCH", []),
    ("list", "Chỉ thị 05/CT-UBND tỉnh An Giang giao nhiệm vụ cho những cơ quan nào?",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an tỉnh"],
     D4, "Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị", "Điểm 1-8", []),
    ("general", "so noi vu an giang lam gi theo chi thi 05",
     ["tiêu chí đánh giá, xếp loại", "03 lần trở lên"], D4,
     "để hồ sơ trễ hạn từ 03 lần trở lên trong một quý", "Điểm 3", []),
    ("deadline", ["chi thi 05 an giang giao van phong ubnd tinh nhung viec gi", "con so noi vu thi sao",
      "the van phong phai bao cao chu tich ket qua thuc hien chi thi truoc ngay nao"],
     ["15/12/2026"], D4, "kết quả thực hiện Chỉ thị trước ngày 15/12/2026", "Điểm 8, gạch đầu dòng 2 (lượt 3 của hội thoại)", []),
    ("unanswerable", "Chỉ thị 05 của An Giang quy định phạt tiền công chức để hồ sơ trễ hạn bao nhiêu?", [], D4, "",
     "Không có mức tiền; chỉ 'xem xét trách nhiệm' khi trễ hạn từ 03 lần trở lên trong một quý", []),
    ("unanswerable", "ubnd tinh an giang yeu cau ty le ho so truc tuyen toan trinh nam 2026 dat bao nhieu", [], D4, "",
     "Chỉ thị không nêu chỉ tiêu trực tuyến toàn trình", []),

    # ---- 5. scanned Thông báo (image-only PDF) ----
    ("fact", "hoi nghi so ket cchc quy 1 xa ia hrom to chuc luc nao",
     ["14 giờ 00", "26 tháng 3 năm 2026"], D5, "1. Thời gian: 14 giờ 00 phút, thứ Năm, ngày 26 tháng 3 năm 2026",
     "Thông báo (bản scan), điểm 1", []),
    ("fact", "Hội nghị sơ kết CCHC quý I năm 2026 của xã Ia Hrơm họp ở đâu?",
     ["Hội trường tầng 2"], D5, "2. Địa điểm: Hội trường tầng 2, trụ sở Ủy ban nhân dân xã Ia Hrơm",
     "Thông báo (bản scan), điểm 2", []),
    ("fact", "Ai chủ trì hội nghị sơ kết cải cách hành chính quý I xã Ia Hrơm?",
     ["Siu Thanh Tâm"], D5, "3. Chủ trì: Đồng chí Siu Thanh Tâm - Chủ tịch Ủy ban nhân dân xã",
     "Thông báo (bản scan), điểm 3", ["Đinh Thị Hồng Vân"]),
    ("list", "thanh phan du hoi nghi so ket cchc quy 1 ia hrom gom nhung ai",
     ["Phó Chủ tịch", "Trung tâm Phục vụ hành chính công xã", "Trưởng các thôn, làng"], D5,
     "Trưởng các thôn, làng trên địa bàn xã (12 thôn, làng)", "Thông báo (bản scan), điểm 4", []),
    ("deadline", "van phong hdnd ubnd xa ia hrom gui du thao bao cao so ket truoc khi nao",
     ["16 giờ 00 ngày 24/3/2026"], D5, "gửi đại biểu trước 16 giờ 00 ngày 24/3/2026",
     "Thông báo (bản scan), điểm 5, gạch đầu dòng 1", []),
    ("lead", "Ai tổng hợp số liệu hồ sơ TTHC quý I/2026 cho hội nghị sơ kết của xã Ia Hrơm, hạn khi nào?",
     ["Trung tâm Phục vụ hành chính công xã", "23/3/2026"], D5,
     "tổng hợp số liệu hồ sơ TTHC quý I/2026", "Thông báo (bản scan), điểm 5, gạch đầu dòng 2", []),
    ("fact", "thong bao hop so ket cchc xa ia hrom so may, ai ky",
     ["27/TB-UBND", "Đinh Thị Hồng Vân"], D5, "Số: 27/TB-UBND", "Tiêu đề và khối chữ ký (TL. CHỦ TỊCH)", []),
    ("output", "Phòng Kinh tế xã Ia Hrơm phải chuẩn bị gì cho hội nghị sơ kết?",
     ["tham luận về thanh toán trực tuyến phí, lệ phí"], D5,
     "Phòng Kinh tế chuẩn bị tham luận về thanh toán trực tuyến phí, lệ phí", "Thông báo (bản scan), điểm 5", []),
    ("fact", ["hoi nghi so ket cchc quy 1 ia hrom hop o dau", "co moi mat tran khong"],
     ["Ủy ban MTTQ Việt Nam xã"], D5, "Mời dự: Đại diện Ủy ban MTTQ Việt Nam xã", "Thông báo (bản scan), điểm 4", []),
    ("unanswerable", "Hội nghị sơ kết CCHC quý II năm 2026 của xã Ia Hrơm tổ chức ngày nào?", [], D5, "",
     "Chỉ có thông báo hội nghị quý I", []),
    ("unanswerable", "kinh phi to chuc hoi nghi so ket cchc quy 1 xa ia hrom la bao nhieu", [], D5, "",
     "Thông báo không nêu kinh phí", []),

    # ---- across documents ----
    ("unanswerable", "ke hoach cchc nam 2026 cua phuong ha tu quang ninh co bao nhieu nhiem vu", [], D1, "",
     "Không có tài liệu của phường Hà Tu", []),
]


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D")


def qa_rows():
    out = []
    for i, (intent, q, must, doc, snip, notes, must_not) in enumerate(QA, start=1):
        turns = q if isinstance(q, list) else []
        question = turns[-1] if turns else q
        out.append({"id": f"fc{i:03d}", "question": question, "turns": turns, "intent": intent,
                    "must_have": must, "must_not": must_not, "doc": doc, "snippet": snip,
                    "accent_free": strip_accents(question) == question, "notes": notes})
    return out


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_docx(os.path.join(DOCS, F_DOCX))
    build_txt(os.path.join(DOCS, F_TXT))
    build_pdf(os.path.join(DOCS, F_PDF))
    with open(os.path.join(DOCS, F_MD), "w", encoding="utf-8") as f:
        f.write(D4_MD)
    build_scan(os.path.join(DOCS, F_SCAN))
    write_jsonl("meta_c.jsonl", META)
    write_jsonl("tasks_c.jsonl", tasks_docx() + tasks_pdf())
    write_jsonl("qa_c.jsonl", qa_rows())


if __name__ == "__main__":
    main()
