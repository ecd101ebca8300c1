"""Generate the foreign-document holdout set "h3a" (three invented documents).
  docs/a-kh-cchc-xa-kien-hai-2026.docx              commune plan (xã Kiến Hải, thành phố Hải Phòng), DOCX:
                                                    header as a borderless 2-column table, sections with
                                                    numbered items and a) b) points, Nơi nhận / signature in a
                                                    borderless table, landscape appendix task table
                                                    (STT | Nội dung công việc | Sản phẩm | Thời gian hoàn thành
                                                    | Cơ quan chủ trì | Cơ quan phối hợp) with a column-number
                                                    row, Roman section rows merged across the whole row and
                                                    vertically merged lead cells (3, 3 and 2 rows)
  docs/a-hd-cham-diem-chi-so-cchc-xa-phuong-thai-nguyen-2026.pdf
                                                    Hướng dẫn of Sở Nội vụ tỉnh Thái Nguyên on scoring the
                                                    CCHC index of communes/wards, reportlab PDF: parts 1.-5.
                                                    with sub-items, a ruled criteria table (TT | Tiêu chí |
                                                    Điểm tối đa | Tài liệu kiểm chứng) broken over a page with
                                                    its header row repeated, a schedule of deadlines in text
  docs/a-qd-quy-che-mot-cua-huyen-hoai-phuoc-2026.txt
                                                    Quyết định of UBND huyện Hoài Phước (tỉnh Bình Định) and the
                                                    Quy chế it issues (Chương I-III, Điều 1-9), plain UTF-8 text
                                                    hard-wrapped at ~80 columns like text extracted from a PDF
                                                    (page numbers and form feeds between pages)
  meta_h3a.jsonl, tasks_h3a.jsonl, qa_h3a.jsonl     gold metadata, task-table rows, questions

All places, numbers and names are invented.
Run:  /work/main/.venv/bin/python make_h3a.py
"""
import json
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

F_DOCX = "a-kh-cchc-xa-kien-hai-2026.docx"
F_PDF = "a-hd-cham-diem-chi-so-cchc-xa-phuong-thai-nguyen-2026.pdf"
F_TXT = "a-qd-quy-che-mot-cua-huyen-hoai-phuoc-2026.txt"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# =============================================================================================
# 1. Commune plan (DOCX) - xã Kiến Hải, thành phố Hải Phòng
# =============================================================================================
D1_NUMBER = "Số: 08/KH-UBND"
D1_DATE = "Kiến Hải, ngày 14 tháng 01 năm 2026"
D1_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Cải cách hành chính xã Kiến Hải năm 2026"),
    ("rule", "—————"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải "
          "cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 295/KH-UBND ngày 29/12/2025 của UBND thành phố Hải Phòng về cải cách hành "
          "chính năm 2026;"),
    ("p", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 26/12/2025 của HĐND xã Kiến Hải về nhiệm vụ phát triển "
          "kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026;"),
    ("p", "Ủy ban nhân dân xã Kiến Hải ban hành Kế hoạch cải cách hành chính (CCHC) năm 2026 với các nội "
          "dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "a) Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC năm 2026 theo chỉ đạo của UBND thành phố; "
          "xây dựng chính quyền xã vận hành thông suốt, hiệu lực, hiệu quả sau sắp xếp đơn vị hành chính, "
          "lấy người dân, doanh nghiệp làm trung tâm phục vụ."),
    ("p", "b) Phấn đấu Chỉ số CCHC năm 2026 của xã đạt từ 85% trở lên, thuộc nhóm 30 đơn vị cấp xã dẫn "
          "đầu của thành phố."),
    ("h2", "2. Yêu cầu"),
    ("p", "a) Nhiệm vụ phải cụ thể, có sản phẩm, thời gian hoàn thành và gắn với trách nhiệm của người "
          "đứng đầu các phòng, đơn vị thuộc xã."),
    ("p", "b) Kết quả thực hiện Kế hoạch là căn cứ đánh giá, xếp loại chất lượng cán bộ, công chức, viên "
          "chức (CBCCVC) và bình xét thi đua, khen thưởng năm 2026."),
    ("h", "II. NHIỆM VỤ, CHỈ TIÊU CỤ THỂ"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "a) Ban hành đầy đủ, kịp thời các kế hoạch về CCHC, tuyên truyền CCHC, kiểm tra CCHC; 100% "
          "nhiệm vụ trong Kế hoạch được hoàn thành đúng thời hạn."),
    ("p", "b) Kiểm tra công tác CCHC tại ít nhất 04 thôn và 02 đơn vị thuộc xã trong năm; 100% tồn tại, "
          "hạn chế sau kiểm tra được khắc phục."),
    ("h2", "2. Cải cách thể chế"),
    ("p", "a) 100% văn bản quy phạm pháp luật (QPPL) do HĐND, UBND xã ban hành được tự kiểm tra, rà soát "
          "theo quy định."),
    ("p", "b) Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, trật tự xây dựng trên địa bàn xã."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", "a) 100% thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của xã được công khai đầy đủ, đúng "
          "quy định tại Trung tâm Phục vụ hành chính công xã và trên Cổng Dịch vụ công quốc gia."),
    ("p", "b) Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt từ 98% trở lên; 100% hồ sơ trễ hạn "
          "có văn bản xin lỗi người dân, tổ chức."),
    ("p", "c) Tỷ lệ hồ sơ nộp trực tuyến toàn trình (DVCTT) đạt tối thiểu 75%; tỷ lệ thanh toán trực "
          "tuyến phí, lệ phí đạt từ 65% trở lên."),
    ("p", "d) Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC đạt tối thiểu 95%."),
    ("h2", "4. Cải cách tổ chức bộ máy"),
    ("p", "a) Bố trí công chức đúng vị trí việc làm được phê duyệt; không để tồn tại tình trạng một vị "
          "trí kiêm nhiệm quá 02 nhiệm vụ chuyên môn."),
    ("p", "b) Rà soát, kiện toàn Tổ công nghệ số cộng đồng tại 11 thôn."),
    ("h2", "5. Cải cách chế độ công vụ"),
    ("p", "a) 100% CBCCVC được đánh giá, xếp loại chất lượng theo quy định; ít nhất 90% cán bộ, công chức "
          "được bồi dưỡng kiến thức, kỹ năng về CCHC, chuyển đổi số."),
    ("p", "b) Không có CBCCVC vi phạm kỷ luật, kỷ cương hành chính, văn hóa công vụ."),
    ("h2", "6. Cải cách tài chính công"),
    ("p", "a) Tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt từ 95% kế hoạch vốn được giao trở lên."),
    ("p", "b) Công khai dự toán, quyết toán ngân sách xã đúng nội dung, thời hạn theo quy định."),
    ("h2", "7. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "a) 100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên môi trường mạng."),
    ("p", "b) 100% hồ sơ, kết quả giải quyết TTHC được số hóa theo quy định; tối thiểu 80% hồ sơ công "
          "việc được xử lý trên môi trường mạng."),
    ("p", "c) Duy trì, nâng cấp hệ thống họp trực tuyến kết nối từ xã đến 11 thôn."),
    ("p", "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 là 160.000.000 đồng "
          "(Một trăm sáu mươi triệu đồng). Các phòng, đơn vị lập dự toán chi tiết gửi Phòng Kinh tế thẩm "
          "định trước khi trình Chủ tịch UBND xã phê duyệt."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng HĐND và UBND xã là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc, kiểm "
          "tra việc thực hiện Kế hoạch; tổng hợp báo cáo CCHC quý gửi Sở Nội vụ trước ngày 12 của tháng "
          "cuối quý, báo cáo năm trước ngày 05/12/2026."),
    ("p", "2. Phòng Văn hóa - Xã hội chủ trì công tác tuyên truyền CCHC trên hệ thống truyền thanh xã, "
          "trang thông tin điện tử xã và các nhóm Zalo thôn; tham mưu nội dung cải cách tổ chức bộ máy, "
          "chế độ công vụ và chuyển đổi số."),
    ("p", "3. Phòng Kinh tế tham mưu nội dung cải cách tài chính công; thẩm định dự toán kinh phí thực "
          "hiện Kế hoạch."),
    ("p", "4. Trung tâm Phục vụ hành chính công xã thực hiện tiếp nhận, trả kết quả giải quyết TTHC; hằng "
          "tháng báo cáo tình hình giải quyết hồ sơ gửi Văn phòng HĐND và UBND xã trước ngày 20."),
    ("p", "5. Công an xã phối hợp hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID, khai thác "
          "Cơ sở dữ liệu quốc gia về dân cư trong giải quyết TTHC."),
    ("p", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tăng cường "
          "giám sát việc thực hiện CCHC, kịp thời phản ánh những hạn chế, vướng mắc."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo UBND "
          "xã (qua Văn phòng HĐND và UBND xã) để xem xét, chỉ đạo./."),
]
D1_NOINHAN = ["Nơi nhận:", "- Sở Nội vụ thành phố Hải Phòng;", "- TT Đảng ủy, TT HĐND xã;",
              "- CT, các PCT UBND xã;", "- UBMTTQ Việt Nam xã;", "- Các phòng, đơn vị thuộc xã;",
              "- Lưu: VT, VP."]
D1_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Bùi Văn Khánh"]

VP = "Văn phòng HĐND và UBND xã"
VHXH = "Phòng Văn hóa - Xã hội"
KT = "Phòng Kinh tế"
TTPV = "Trung tâm Phục vụ hành chính công xã"
TPHT = "Công chức Tư pháp - Hộ tịch"
PDV = "Các phòng, đơn vị thuộc xã"
# sections: (title as printed in the merged row, rows); row = (no, content, output, deadline, lead, coord)
# lead None = the lead cell is vertically merged with the row above
D1_TABLE = [
    ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", [
        ("1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026", "Kế hoạch tuyên truyền", "Tháng 01/2026", VP, VHXH),
        ("2", "Ban hành Kế hoạch kiểm tra công tác CCHC năm 2026", "Kế hoạch kiểm tra", "Tháng 02/2026", None,
         PDV),
        ("3", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã trên Phần mềm chấm điểm của thành phố",
         "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng", "Trước ngày 10/11/2026", None, PDV),
        ("4", "Kiểm tra công tác CCHC tại các thôn và các đơn vị thuộc xã", "Thông báo kết luận kiểm tra",
         "Quý III/2026", "Tổ kiểm tra CCHC xã", VP),
    ]),
    ("II. CẢI CÁCH THỂ CHẾ", [
        ("1", "Tự kiểm tra, rà soát văn bản QPPL do HĐND, UBND xã ban hành",
         "Báo cáo kết quả rà soát; danh mục văn bản cần sửa đổi, bổ sung", "Quý II/2026", TPHT, VP),
        ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, trật tự xây dựng",
         "Báo cáo theo dõi thi hành pháp luật", "Trước ngày 15/11/2026", KT, TPHT),
    ]),
    ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("1", "Công khai, cập nhật danh mục TTHC thuộc thẩm quyền giải quyết của xã",
         "Danh mục TTHC được niêm yết, đăng tải", "Thường xuyên", TTPV, "Các phòng chuyên môn"),
        ("2", "Tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính đối với các TTHC đủ điều kiện",
         "Sổ theo dõi hồ sơ", "Thường xuyên", None, VP),
        ("3", "Khảo sát, đo lường mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC",
         "Báo cáo kết quả khảo sát", "6 tháng/lần", None, VHXH),
        ("4", "Rà soát, đề xuất đơn giản hóa ít nhất 02 TTHC lĩnh vực đất đai, xây dựng",
         "Văn bản đề xuất gửi Văn phòng UBND thành phố", "Trước ngày 15/6/2026", KT, TTPV),
        ("5", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
         "Sổ theo dõi; văn bản trả lời", "Thường xuyên", VP, TTPV),
    ]),
    ("IV. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", [
        ("1", "Rà soát, điều chỉnh Đề án vị trí việc làm của các phòng, đơn vị thuộc xã",
         "Đề án điều chỉnh được phê duyệt", "Quý I/2026", VHXH, VP),
        ("2", "Cử cán bộ, công chức tham gia bồi dưỡng kiến thức, kỹ năng về CCHC, chuyển đổi số",
         "Danh sách cán bộ, công chức được cử đi bồi dưỡng", "Quý II/2026", None, PDV),
        ("3", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ", "Biên bản kiểm tra",
         "Đột xuất, ít nhất 02 lần/năm", VP, VHXH),
    ]),
    ("V. CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("1", "Xây dựng Quy chế chi tiêu nội bộ năm 2026", "Quyết định ban hành Quy chế", "Tháng 02/2026", KT,
         VP),
        ("2", "Công khai dự toán, quyết toán ngân sách xã", "Văn bản công khai", "Theo quy định", KT, ""),
    ]),
    ("VI. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("1", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
         "Dữ liệu số hóa trên Hệ thống thông tin giải quyết TTHC thành phố", "Trước ngày 30/9/2026", TTPV,
         TPHT),
        ("2", "Hướng dẫn người dân sử dụng DVCTT, thanh toán trực tuyến, tài khoản VNeID",
         "Số lượt người dân được hướng dẫn", "Thường xuyên", VHXH,
         "Công an xã; Đoàn Thanh niên xã; Tổ công nghệ số cộng đồng các thôn"),
        ("3", "Nâng cấp hệ thống họp trực tuyến kết nối từ xã đến 11 thôn", "Hệ thống họp trực tuyến hoạt động ổn định",
         "Tháng 10/2026", VP, KT),
        ("4", "Báo cáo kết quả thực hiện chuyển đổi số năm 2026", "Báo cáo", "Trước ngày 05/12/2026", VHXH, PDV),
    ]),
]
D1_HEAD = ["STT", "Nội dung công việc", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì",
           "Cơ quan phối hợp"]


def build_docx(path):
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
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tblPr.append(borders)

    def fix_widths(table, widths):
        # Word and LibreOffice read tblGrid / tcW, not only the python-docx cell width
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w.twips)))
        for row in table.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    def para(container, text, bold=False, italic=False, align=None, size=None, space_after=3, first=False):
        p = container.paragraphs[0] if first else container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    # header: borderless table, issuer | national motto
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(ht, [Cm(5.8), Cm(10.4)])
    left, right = ht.rows[0].cells
    C = WD_ALIGN_PARAGRAPH.CENTER
    para(left, "ỦY BAN NHÂN DÂN", align=C, size=13, first=True, space_after=0)
    para(left, "XÃ KIẾN HẢI", bold=True, align=C, size=13, space_after=0)
    para(left, "———", align=C, size=13)
    para(left, D1_NUMBER, align=C, size=13)
    para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, size=12, first=True, space_after=0)
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=14, space_after=0)
    para(right, "———————————", align=C, size=13)
    para(right, D1_DATE, italic=True, align=C, size=14)

    doc.add_paragraph()
    for kind, text in D1_BODY:
        if kind == "title":
            para(doc, text, bold=True, align=C, size=14, space_after=0)
        elif kind == "subtitle":
            para(doc, text, bold=True, align=C, size=14, space_after=0)
        elif kind == "rule":
            para(doc, text, align=C, space_after=6)
        elif kind == "h":
            p = para(doc, text, bold=True, space_after=3)
            p.paragraph_format.first_line_indent = Cm(1)
        elif kind == "h2":
            p = para(doc, text, bold=True, space_after=3)
            p.paragraph_format.first_line_indent = Cm(1)
        else:
            p = para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=4)
            p.paragraph_format.first_line_indent = Cm(1)

    # Nơi nhận | signature: borderless table
    doc.add_paragraph()
    st_ = doc.add_table(rows=1, cols=2)
    no_borders(st_)
    fix_widths(st_, [Cm(8.0), Cm(8.0)])
    l, r = st_.rows[0].cells
    for i, line in enumerate(D1_NOINHAN):
        if i == 0:
            para(l, line, bold=True, italic=True, size=12, first=True, space_after=0)
        else:
            para(l, line, size=11, space_after=0)
    for i, line in enumerate(D1_SIGN):
        bold = line.isupper() or line == D1_SIGN[-1]
        para(r, line, bold=bold, italic=(line == "(Đã ký)"), align=C, size=14, first=(i == 0), space_after=0)

    # appendix, landscape
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin, new.top_margin, new.bottom_margin = Cm(1.5), Cm(1.5), Cm(2), Cm(1.5)
    para(doc, "PHỤ LỤC", bold=True, align=C, space_after=0)
    para(doc, "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA XÃ KIẾN HẢI", bold=True, align=C,
         space_after=0)
    para(doc, "(Kèm theo Kế hoạch số 08/KH-UBND ngày 14/01/2026 của UBND xã Kiến Hải)", italic=True,
         align=C, space_after=8)

    nrows = 2 + sum(1 + len(rows) for _, rows in D1_TABLE)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(8.2), Cm(5.4), Cm(3.4), Cm(3.6), Cm(4.8)]
    fix_widths(t, widths)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def set_cell(cell, text, bold=False, italic=False, center=False, size=12):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        if center:
            p.alignment = C
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    for c, h in zip(t.rows[0].cells, D1_HEAD):
        set_cell(c, h, bold=True, center=True)
    for i, c in enumerate(t.rows[1].cells, start=1):
        set_cell(c, f"({i})", italic=True, center=True, size=11)
    for hr in (0, 1):
        trPr = t.rows[hr]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    r = 2
    merges = []
    for title, rows in D1_TABLE:
        cells = t.rows[r].cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, title, bold=True)
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
    spans = {}
    for s, e in merges:
        spans[s] = max(spans.get(s, s), e)
    for s, e in spans.items():
        top = t.cell(s, 4)
        text = top.text
        m = top.merge(t.cell(e, 4))
        set_cell(m, text)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    doc.add_paragraph()
    doc.save(path)


def tasks_docx():
    out = []
    for title, rows in D1_TABLE:
        lead = ""
        for no, task, o, dl, ld, coord in rows:
            if ld is not None:
                lead = ld
            out.append({"file": F_DOCX, "section": title, "no": no, "content": task[:120], "lead": lead,
                        "coordinators": coord, "deadline": dl, "output": o})
    return out


def docx_text():
    parts = [D1_NUMBER, D1_DATE] + [t for _, t in D1_BODY] + D1_NOINHAN + D1_SIGN
    for title, rows in D1_TABLE:
        parts.append(title)
        for row in rows:
            parts += [x for x in row if x]
    return "\n".join(parts)


# =============================================================================================
# 2. Hướng dẫn of Sở Nội vụ tỉnh Thái Nguyên (reportlab PDF)
# =============================================================================================
D2_NUMBER = "Số: 21/HD-SNV"
D2_DATE = "Thái Nguyên, ngày 06 tháng 02 năm 2026"
D2_INTRO = [
    ("title", "HƯỚNG DẪN"),
    ("subtitle", "Đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2026"),
    ("subtitle", "của Ủy ban nhân dân các xã, phường"),
    ("rule", "—————"),
    ("p", "Căn cứ Quyết định số 312/QĐ-UBND ngày 28/01/2026 của Ủy ban nhân dân tỉnh Thái Nguyên ban hành Bộ "
          "Chỉ số đánh giá kết quả cải cách hành chính của Ủy ban nhân dân các xã, phường; thực hiện Kế "
          "hoạch số 18/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở "
          "Nội vụ hướng dẫn việc đánh giá, chấm điểm xác định Chỉ số cải cách hành chính (Chỉ số CCHC) năm "
          "2026 của Ủy ban nhân dân các xã, phường như sau:"),
    ("h", "1. Phạm vi, đối tượng và thời điểm chốt số liệu"),
    ("p", "1.1. Phạm vi: Hướng dẫn này hướng dẫn việc tự đánh giá, thẩm định, điều tra xã hội học và xếp "
          "loại Chỉ số CCHC năm 2026 của cấp xã."),
    ("p", "1.2. Đối tượng: Ủy ban nhân dân 92 xã, phường trên địa bàn tỉnh (sau đây gọi chung là Ủy ban "
          "nhân dân cấp xã)."),
    ("p", "1.3. Thời điểm chốt số liệu: từ ngày 01/01/2026 đến hết ngày 31/10/2026; riêng tiêu chí 6.1 "
          "(giải ngân vốn đầu tư công) được cập nhật số liệu đến hết ngày 30/11/2026."),
    ("h", "2. Cấu trúc thang điểm"),
    ("p", "2.1. Tổng điểm tối đa là 100 điểm, gồm:"),
    ("p", "a) Điểm tự đánh giá và thẩm định: tối đa 70 điểm, gồm 07 lĩnh vực, 23 tiêu chí thành phần theo "
          "Bảng tiêu chí dưới đây;"),
    ("p", "b) Điểm điều tra xã hội học: tối đa 30 điểm."),
    ("p", "2.2. Điểm thưởng: Ủy ban nhân dân cấp xã có sáng kiến, mô hình CCHC được Ủy ban nhân dân tỉnh "
          "công nhận trong năm được cộng tối đa 02 điểm; tổng điểm sau khi cộng không vượt quá 100 điểm."),
    ("p", "2.3. Điểm trừ: Ủy ban nhân dân cấp xã gửi kết quả tự đánh giá chậm so với thời hạn bị trừ 0,5 "
          "điểm cho mỗi ngày làm việc chậm; tiêu chí không có tài liệu kiểm chứng hoặc tài liệu kiểm chứng "
          "không phù hợp thì chấm 0 điểm."),
    ("cap", "Bảng tiêu chí đánh giá, chấm điểm Chỉ số CCHC cấp xã năm 2026"),
    ("TABLE", ""),
]
D2_HEAD = ["TT", "Tiêu chí", "Điểm tối đa", "Tài liệu kiểm chứng"]
D2_CRIT = [
    ("1", "Công tác chỉ đạo, điều hành CCHC", "9", ""),
    ("1.1", "Ban hành Kế hoạch CCHC năm 2026 trước ngày 31/01/2026", "2",
     "Kế hoạch CCHC năm 2026 của Ủy ban nhân dân cấp xã"),
    ("1.2", "Mức độ hoàn thành Kế hoạch CCHC năm", "3", "Báo cáo CCHC năm 2026; bảng theo dõi tiến độ nhiệm vụ"),
    ("1.3", "Thực hiện chế độ báo cáo CCHC định kỳ", "2", "Báo cáo quý I, 6 tháng, quý III và văn bản gửi kèm"),
    ("1.4", "Tuyên truyền CCHC", "2", "Kế hoạch tuyên truyền; tin, bài, hình ảnh hoạt động tuyên truyền"),
    ("2", "Cải cách thể chế", "6", ""),
    ("2.1", "Tự kiểm tra, rà soát văn bản QPPL do HĐND, UBND cấp xã ban hành", "3",
     "Báo cáo kết quả tự kiểm tra, rà soát văn bản"),
    ("2.2", "Theo dõi tình hình thi hành pháp luật", "3", "Kế hoạch và báo cáo theo dõi thi hành pháp luật"),
    ("3", "Cải cách thủ tục hành chính", "16", ""),
    ("3.1", "Công khai TTHC đầy đủ, đúng quy định", "3",
     "Ảnh chụp nơi niêm yết; đường dẫn công khai trên trang thông tin điện tử"),
    ("3.2", "Tỷ lệ hồ sơ TTHC giải quyết trước và đúng hạn", "5",
     "Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh"),
    ("3.3", "Thực hiện xin lỗi người dân, tổ chức khi hồ sơ trễ hạn", "2", "Văn bản xin lỗi; sổ theo dõi hồ sơ"),
    ("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "2",
     "Sổ theo dõi; văn bản trả lời phản ánh, kiến nghị"),
    ("3.5", "Số hóa hồ sơ, kết quả giải quyết TTHC", "4", "Báo cáo tỷ lệ số hóa trích xuất từ Hệ thống"),
    ("4", "Cải cách tổ chức bộ máy", "6", ""),
    ("4.1", "Bố trí công chức theo vị trí việc làm được phê duyệt", "3",
     "Quyết định phê duyệt vị trí việc làm; danh sách bố trí công chức"),
    ("4.2", "Kiện toàn tổ chức, hoạt động của các phòng, đơn vị thuộc Ủy ban nhân dân cấp xã", "3",
     "Quyết định kiện toàn; quy chế làm việc"),
    ("5", "Cải cách chế độ công vụ", "10", ""),
    ("5.1", "Đánh giá, xếp loại chất lượng CBCCVC", "3", "Quyết định, thông báo kết quả đánh giá, xếp loại"),
    ("5.2", "Bồi dưỡng cán bộ, công chức về CCHC, chuyển đổi số", "3",
     "Danh sách, chứng chỉ hoặc giấy chứng nhận bồi dưỡng"),
    ("5.3", "Chấp hành kỷ luật, kỷ cương hành chính", "4", "Biên bản kiểm tra; quyết định xử lý kỷ luật (nếu có)"),
    ("6", "Cải cách tài chính công", "7", ""),
    ("6.1", "Tỷ lệ giải ngân vốn đầu tư công", "4", "Báo cáo giải ngân có xác nhận của Kho bạc Nhà nước"),
    ("6.2", "Ban hành Quy chế chi tiêu nội bộ; công khai ngân sách", "3",
     "Quy chế chi tiêu nội bộ; văn bản công khai dự toán, quyết toán"),
    ("7", "Xây dựng chính quyền điện tử, chính quyền số", "16", ""),
    ("7.1", "Tỷ lệ văn bản đi được ký số, gửi nhận trên môi trường mạng", "3",
     "Số liệu trích xuất từ Hệ thống quản lý văn bản và điều hành"),
    ("7.2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "5", "Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh"),
    ("7.3", "Tỷ lệ thanh toán trực tuyến phí, lệ phí", "3", "Số liệu trích xuất từ Cổng Dịch vụ công quốc gia"),
    ("7.4", "Hoạt động của Tổ công nghệ số cộng đồng", "2", "Quyết định thành lập; báo cáo hoạt động của Tổ"),
    ("7.5", "Tổ chức họp trực tuyến đến thôn, tổ dân phố", "3", "Danh sách điểm cầu; biên bản, hình ảnh cuộc họp"),
    ("", "Tổng cộng", "70", ""),
]
D2_REST = [
    ("h", "3. Cách thức đánh giá, chấm điểm"),
    ("p", "3.1. Tự đánh giá: Ủy ban nhân dân cấp xã tự chấm điểm trên Phần mềm quản lý, chấm điểm Chỉ số "
          "CCHC của tỉnh; tài liệu kiểm chứng là bản điện tử định dạng PDF có chữ ký số của cơ quan, đặt "
          "tên theo số thứ tự tiêu chí."),
    ("p", "3.2. Thẩm định: Giám đốc Sở Nội vụ thành lập Hội đồng thẩm định Chỉ số CCHC cấp xã; Tổ giúp "
          "việc gồm công chức Phòng Cải cách hành chính (Sở Nội vụ), Văn phòng Ủy ban nhân dân tỉnh, Sở Tư "
          "pháp, Sở Tài chính và Sở Khoa học và Công nghệ theo lĩnh vực được phân công."),
    ("p", "3.3. Điều tra xã hội học: Sở Nội vụ phối hợp với Bưu điện tỉnh Thái Nguyên phát, thu phiếu "
          "khảo sát; mỗi xã, phường tối thiểu 40 phiếu người dân, tổ chức và 10 phiếu cán bộ, công chức."),
    ("p", "3.4. Xếp loại: Chỉ số CCHC được xếp thành 04 mức: Tốt (từ 85% trở lên); Khá (từ 70% đến dưới "
          "85%); Trung bình (từ 50% đến dưới 70%); Yếu (dưới 50%)."),
    ("h", "4. Thời gian thực hiện"),
    ("p", "a) Trước ngày 15/3/2026: Ủy ban nhân dân cấp xã cử 01 công chức đầu mối, đăng ký tài khoản Phần "
          "mềm, gửi về Sở Nội vụ (qua Phòng Cải cách hành chính)."),
    ("p", "b) Tháng 10/2026: Sở Nội vụ tổ chức điều tra xã hội học."),
    ("p", "c) Trước ngày 10/11/2026: Ủy ban nhân dân cấp xã hoàn thành tự đánh giá, chấm điểm và cập nhật "
          "đầy đủ tài liệu kiểm chứng trên Phần mềm."),
    ("p", "d) Từ ngày 11/11/2026 đến ngày 30/11/2026: Hội đồng thẩm định thực hiện thẩm định, thông báo kết "
          "quả thẩm định sơ bộ."),
    ("p", "đ) Trong thời hạn 03 ngày làm việc kể từ ngày nhận thông báo kết quả sơ bộ: Ủy ban nhân dân cấp "
          "xã gửi văn bản giải trình (nếu có)."),
    ("p", "e) Trước ngày 20/12/2026: Sở Nội vụ trình Ủy ban nhân dân tỉnh phê duyệt, công bố Chỉ số CCHC "
          "năm 2026 của các xã, phường."),
    ("h", "5. Tổ chức thực hiện"),
    ("p", "5.1. Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm về tính chính xác, trung thực của kết quả "
          "tự đánh giá và tài liệu kiểm chứng."),
    ("p", "5.2. Văn phòng HĐND và UBND cấp xã là đầu mối tham mưu tự đánh giá, chấm điểm; các phòng, đơn vị "
          "thuộc Ủy ban nhân dân cấp xã cung cấp tài liệu kiểm chứng theo lĩnh vực phụ trách."),
    ("p", "5.3. Phòng Cải cách hành chính, Sở Nội vụ có trách nhiệm hướng dẫn nghiệp vụ, quản trị Phần mềm "
          "và tổng hợp kết quả thẩm định."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị Ủy ban nhân dân cấp xã phản ánh về Sở Nội "
          "vụ (qua Phòng Cải cách hành chính, điện thoại: 0208.3856.214) để được hướng dẫn./."),
]
D2_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Văn phòng UBND tỉnh;",
              "- Các sở: Tư pháp, Tài chính, KH&CN;", "- UBND các xã, phường;", "- Lưu: VT, CCHC."]
D2_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Đàm Thị Thu Hương"]


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
    head = ParagraphStyle("h", parent=base, fontName="DVSerif-B")
    cell = ParagraphStyle("cell", fontName="DVSerif", fontSize=10, leading=12)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="DVSerif-B")
    cell_bc = ParagraphStyle("cellbc", parent=cell_b, alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="DVSerif", fontSize=9.5, leading=12)
    small_b = ParagraphStyle("sb", parent=small, fontName="DVSerif-B")

    def esc(x):
        return x.replace("&", "&amp;")

    story = []
    hsty = ParagraphStyle("hs", parent=center, fontSize=10.5, leading=13.5)
    hsty_b = ParagraphStyle("hsb", parent=hsty, fontName="DVSerif-B")
    hsty_i = ParagraphStyle("hsi", parent=hsty, fontName="DVSerif-I")
    hdr = Table([
        [Paragraph("UBND TỈNH THÁI NGUYÊN", hsty), Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", hsty_b)],
        [Paragraph("SỞ NỘI VỤ", hsty_b), Paragraph("Độc lập - Tự do - Hạnh phúc", hsty_b)],
        [Paragraph("———", hsty), Paragraph("———————", hsty)],
        [Paragraph(D2_NUMBER, hsty), Paragraph(D2_DATE, hsty_i)],
    ], colWidths=[6.4 * cm, 9.6 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 3), (-1, 3), 6)]))
    story += [hdr, Spacer(1, 14)]

    def crit_table():
        rows = [[Paragraph(h, cell_bc) for h in D2_HEAD]]
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
        for no, name, pts, proof in D2_CRIT:
            group = "." not in no
            rows.append([Paragraph(no, cell_bc if group else cell_c),
                         Paragraph(esc(name), cell_b if group else cell),
                         Paragraph(pts, cell_bc if group else cell_c),
                         Paragraph(esc(proof), cell)])
        t = Table(rows, colWidths=[1.1 * cm, 7.0 * cm, 1.8 * cm, 6.1 * cm], repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    def add_blocks(blocks):
        for kind, text in blocks:
            if kind == "title":
                story.append(Paragraph(text, ParagraphStyle("t", parent=center_b, fontSize=13)))
            elif kind == "subtitle":
                story.append(Paragraph(text, center_b))
            elif kind == "rule":
                story.append(Paragraph(text, center))
                story.append(Spacer(1, 6))
            elif kind == "h":
                story.append(Paragraph(text, head))
            elif kind == "cap":
                story.append(Spacer(1, 4))
                story.append(Paragraph(text, center_i))
            elif kind == "TABLE":
                story.append(crit_table())
                story.append(Spacer(1, 10))
            else:
                story.append(Paragraph(esc(text), base))

    add_blocks(D2_INTRO)
    add_blocks(D2_REST)
    story.append(Spacer(1, 10))
    left = [Paragraph(esc(x), small_b if x == "Nơi nhận:" else small) for x in D2_NOINHAN]
    right = [Paragraph(x or "&nbsp;", center_b if x.isupper() or x == D2_SIGN[-1] else center_i)
             for x in D2_SIGN]
    sig = Table([[left, right]], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def page_no(canvas, doc):
        if doc.page > 1:
            canvas.setFont("DVSerif", 10)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(doc.page))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Huong dan cham diem Chi so CCHC cap xa 2026",
                            author="SNV")
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)


def pdf_source_text():
    parts = [D2_NUMBER, D2_DATE] + [t for _, t in D2_INTRO + D2_REST] + D2_NOINHAN + D2_SIGN
    for row in D2_CRIT:
        parts += [x for x in row if x]
    return "\n".join(parts)


# =============================================================================================
# 3. District Quyết định + Quy chế (plain text hard-wrapped like PDF text)
# =============================================================================================
D3_HEADER = """\
    ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   HUYỆN HOÀI PHƯỚC                   Độc lập - Tự do - Hạnh phúc
      ________                     ______________________________

   Số: 47/QĐ-UBND                Hoài Phước, ngày 16 tháng 01 năm 2026

"""
D3_PARTS = [
    ("c", "QUYẾT ĐỊNH"),
    ("c", "Về việc ban hành Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính"),
    ("c", "theo cơ chế một cửa, một cửa liên thông trên địa bàn huyện Hoài Phước"),
    ("c", "__________"),
    ("blank", ""),
    ("c", "ỦY BAN NHÂN DÂN HUYỆN HOÀI PHƯỚC"),
    ("blank", ""),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một "
          "cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 "
          "tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;"),
    ("p", "Căn cứ Quyết định số 18/2024/QĐ-UBND ngày 22 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Bình Định "
          "ban hành Quy chế hoạt động của Bộ phận Một cửa các cấp trên địa bàn tỉnh;"),
    ("p", "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện tại Tờ trình số 09/TTr-VP ngày 10 tháng 01 "
          "năm 2026."),
    ("blank", ""),
    ("c", "QUYẾT ĐỊNH:"),
    ("blank", ""),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành "
          "chính theo cơ chế một cửa, một cửa liên thông trên địa bàn huyện Hoài Phước."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số "
          "1126/QĐ-UBND ngày 08 tháng 9 năm 2022 của Ủy ban nhân dân huyện ban hành Quy chế phối hợp giải "
          "quyết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện."),
    ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban "
          "nhân dân huyện, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Hoài Phước, Chủ tịch Ủy ban "
          "nhân dân các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết "
          "định này./."),
    ("blank", ""),
    ("raw", """\
Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                           KT. CHỦ TỊCH
- Sở Nội vụ, Văn phòng UBND tỉnh;                       PHÓ CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;                                  (Đã ký)
- Trang TTĐT huyện;
- Lưu: VT, VP.                                       Trương Công Thạnh
"""),
    ("page", "1"),
    ("c", "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("c", "HUYỆN HOÀI PHƯỚC                    Độc lập - Tự do - Hạnh phúc"),
    ("blank", ""),
    ("c", "QUY CHẾ"),
    ("c", "Phối hợp tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa,"),
    ("c", "một cửa liên thông trên địa bàn huyện Hoài Phước"),
    ("c", "(Ban hành kèm theo Quyết định số 47/QĐ-UBND ngày 16/01/2026"),
    ("c", "của Ủy ban nhân dân huyện Hoài Phước)"),
    ("c", "__________"),
    ("blank", ""),
    ("c", "Chương I"),
    ("c", "QUY ĐỊNH CHUNG"),
    ("blank", ""),
    ("p", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "1. Quy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp giữa Bộ phận Một cửa huyện "
          "(Bộ phận Tiếp nhận và Trả kết quả thuộc Văn phòng HĐND và UBND huyện), các cơ quan chuyên môn "
          "thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn trong tiếp nhận, giải quyết và "
          "trả kết quả giải quyết thủ tục hành chính (TTHC)."),
    ("p", "2. Đối tượng áp dụng:"),
    ("p", "a) Văn phòng HĐND và UBND huyện; 11 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;"),
    ("p", "b) Chi nhánh Văn phòng Đăng ký đất đai huyện Hoài Phước, Bảo hiểm xã hội huyện, Công an huyện "
          "khi tham gia giải quyết TTHC liên thông;"),
    ("p", "c) Ủy ban nhân dân 13 xã, 02 thị trấn (sau đây gọi chung là cấp xã)."),
    ("p", "Điều 2. Nguyên tắc phối hợp"),
    ("p", "1. Lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ; không yêu cầu người "
          "dân, tổ chức nộp thêm giấy tờ ngoài thành phần hồ sơ đã được công bố."),
    ("p", "2. Hồ sơ được luân chuyển, xử lý trên Hệ thống thông tin giải quyết TTHC tỉnh Bình Định; hạn "
          "chế tối đa việc chuyển hồ sơ giấy giữa các cơ quan."),
    ("p", "3. Xác định rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn của từng bước; cơ quan nào làm "
          "chậm thì cơ quan đó chịu trách nhiệm và thực hiện xin lỗi người dân, tổ chức."),
    ("blank", ""),
    ("c", "Chương II"),
    ("c", "NỘI DUNG PHỐI HỢP"),
    ("blank", ""),
    ("p", "Điều 3. Tiếp nhận hồ sơ"),
    ("p", "1. Bộ phận Một cửa huyện tiếp nhận hồ sơ TTHC từ 7 giờ 00 đến 11 giờ 30 và từ 13 giờ 30 đến 17 "
          "giờ 00 các ngày làm việc trong tuần; sáng thứ Bảy tiếp nhận hồ sơ thuộc lĩnh vực đất đai, hộ "
          "tịch từ 7 giờ 30 đến 11 giờ 00."),
    ("p", "2. Hồ sơ đầy đủ, hợp lệ được số hóa và cập nhật lên Hệ thống trong ngày tiếp nhận; trường hợp "
          "tiếp nhận sau 15 giờ 00 thì cập nhật chậm nhất vào buổi sáng ngày làm việc tiếp theo."),
    ("p", "3. Trường hợp hồ sơ chưa đầy đủ, công chức tiếp nhận hướng dẫn một lần, đầy đủ bằng Phiếu yêu "
          "cầu bổ sung, hoàn thiện hồ sơ."),
    ("page", "2"),
    ("p", "Điều 4. Chuyển hồ sơ và phối hợp giải quyết"),
    ("p", "1. Chậm nhất 08 giờ làm việc kể từ khi tiếp nhận, Bộ phận Một cửa huyện chuyển hồ sơ điện tử "
          "đến cơ quan có thẩm quyền giải quyết."),
    ("p", "2. Đối với TTHC liên thông giữa Phòng Nông nghiệp và Môi trường, Chi nhánh Văn phòng Đăng ký "
          "đất đai huyện Hoài Phước và Thuế cơ sở, cơ quan được lấy ý kiến phải trả lời bằng văn bản trong "
          "thời hạn 03 ngày làm việc; quá thời hạn mà không trả lời thì được coi là đồng ý và chịu trách "
          "nhiệm về nội dung thuộc chức năng quản lý của mình."),
    ("p", "3. Đối với hồ sơ liên thông từ cấp xã lên cấp huyện, Ủy ban nhân dân cấp xã chuyển hồ sơ điện "
          "tử qua Hệ thống trong thời hạn 01 ngày làm việc kể từ khi có ý kiến xác nhận."),
    ("p", "Điều 5. Xử lý hồ sơ trễ hạn"),
    ("p", "1. Chậm nhất 01 ngày làm việc trước thời hạn trả kết quả, cơ quan giải quyết dự kiến trễ hạn "
          "phải gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả đến Bộ phận Một cửa huyện để gửi người dân, "
          "tổ chức."),
    ("p", "2. Mỗi hồ sơ chỉ được hẹn lại ngày trả kết quả 01 lần; thời gian hẹn lại không quá 05 ngày làm "
          "việc."),
    ("p", "3. Hằng tháng, trước ngày 05, Văn phòng HĐND và UBND huyện tổng hợp danh sách hồ sơ trễ hạn của "
          "tháng trước, báo cáo Chủ tịch Ủy ban nhân dân huyện."),
    ("p", "Điều 6. Trả kết quả và số hóa kết quả"),
    ("p", "1. Kết quả giải quyết TTHC được trả tại Bộ phận Một cửa huyện, qua dịch vụ bưu chính công ích "
          "hoặc bản điện tử trên Cổng Dịch vụ công quốc gia theo lựa chọn của người dân, tổ chức."),
    ("p", "2. 100% kết quả giải quyết TTHC còn hiệu lực được số hóa và lưu vào Kho quản lý dữ liệu điện "
          "tử của tổ chức, cá nhân."),
    ("p", "3. Cước phí chuyển phát qua dịch vụ bưu chính công ích do người dân, tổ chức chi trả theo giá "
          "cước của Bưu điện huyện; riêng hộ nghèo, người có công với cách mạng được ngân sách huyện hỗ trợ "
          "100% cước phí."),
    ("blank", ""),
    ("c", "Chương III"),
    ("c", "TỔ CHỨC THỰC HIỆN"),
    ("blank", ""),
    ("p", "Điều 7. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "1. Văn phòng HĐND và UBND huyện:"),
    ("p", "a) Quản lý, điều hành hoạt động của Bộ phận Một cửa huyện; bố trí công chức tiếp nhận hồ sơ "
          "theo từng lĩnh vực;"),
    ("p", "b) Chủ trì, phối hợp với Phòng Nội vụ kiểm tra việc thực hiện Quy chế này ít nhất 02 lần/năm."),
    ("p", "2. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện cử công chức đến làm việc tại Bộ phận "
          "Một cửa huyện với thời hạn tối thiểu 12 tháng; chịu trách nhiệm về việc giải quyết hồ sơ đúng "
          "hạn theo lĩnh vực quản lý."),
    ("p", "3. Phòng Văn hóa, Khoa học và Thông tin bảo đảm hạ tầng kỹ thuật, đường truyền và an toàn thông "
          "tin cho Bộ phận Một cửa huyện."),
    ("p", "4. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hoạt động của Bộ phận Một cửa huyện; chế "
          "độ bồi dưỡng đối với công chức làm việc tại Bộ phận Một cửa huyện là 40.000 đồng/người/ngày làm "
          "việc."),
    ("p", "5. Ủy ban nhân dân cấp xã phân công công chức theo dõi hồ sơ liên thông; phối hợp với Bộ phận "
          "Một cửa huyện xác minh, trả lời các nội dung thuộc thẩm quyền."),
    ("p", "Điều 8. Khen thưởng và xử lý vi phạm"),
    ("p", "1. Cơ quan, đơn vị có tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 100% trong năm được xem xét "
          "đề nghị khen thưởng khi tổng kết công tác cải cách hành chính."),
    ("p", "2. Cơ quan, đơn vị có từ 03 hồ sơ trễ hạn trở lên trong một quý mà không có lý do chính đáng "
          "thì người đứng đầu phải giải trình bằng văn bản với Chủ tịch Ủy ban nhân dân huyện; kết quả được "
          "trừ điểm khi chấm điểm Chỉ số cải cách hành chính năm."),
    ("p", "Điều 9. Điều khoản thi hành"),
    ("p", "1. Văn phòng HĐND và UBND huyện chủ trì theo dõi, đôn đốc việc thực hiện Quy chế này; tổng hợp "
          "kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12), báo cáo Ủy ban nhân dân "
          "huyện."),
    ("p", "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn "
          "phòng HĐND và UBND huyện để tổng hợp, trình Ủy ban nhân dân huyện xem xét, sửa đổi, bổ sung "
          "cho phù hợp./."),
]


def wrap(text, width=80, indent="    "):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent="",
                         break_on_hyphens=False, break_long_words=False)


def build_txt(path):
    out = [D3_HEADER]
    for kind, text in D3_PARTS:
        if kind == "c":
            out.append(text.center(80).rstrip() + "\n")
        elif kind == "blank":
            out.append("\n")
        elif kind == "raw":
            out.append(text)
        elif kind == "page":
            out.append("\n" + text.center(80).rstrip() + "\n\f")
        elif kind == "p":
            for ln in wrap(text):
                out.append(ln + "\n")
    out.append("\n" + "3".center(80).rstrip() + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


# =============================================================================================
# meta
# =============================================================================================
META = [
    {"file": F_DOCX, "type": "Kế hoạch", "number": "08/KH-UBND",
     "title": "Kế hoạch Cải cách hành chính xã Kiến Hải năm 2026", "issuer": "Ủy ban nhân dân xã Kiến Hải",
     "place": "xã Kiến Hải", "province": "thành phố Hải Phòng", "level": "xã", "date": "2026-01-14",
     "year": 2026, "signer": "Bùi Văn Khánh", "parts": ["Kế hoạch", "Phụ lục"],
     "tables": [{"kind": "tasks", "rows": sum(len(r) for _, r in D1_TABLE)}], "scanned_pages": 0},
    {"file": F_PDF, "type": "Hướng dẫn", "number": "21/HD-SNV",
     "title": "Hướng dẫn Đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2026 của Ủy ban nhân "
              "dân các xã, phường",
     "issuer": "Sở Nội vụ", "place": "tỉnh Thái Nguyên", "province": "tỉnh Thái Nguyên", "level": "sở-ngành",
     "date": "2026-02-06", "year": 2026, "signer": "Đàm Thị Thu Hương", "parts": ["Hướng dẫn"],
     "tables": [{"kind": "other", "rows": len(D2_CRIT) - 1,
                 "what": "tiêu chí chấm điểm Chỉ số CCHC cấp xã (TT | Tiêu chí | Điểm tối đa | Tài liệu "
                         "kiểm chứng): 7 lĩnh vực, 23 tiêu chí thành phần, dòng Tổng cộng 70 điểm"}],
     "scanned_pages": 0},
    {"file": F_TXT, "type": "Quyết định", "number": "47/QĐ-UBND",
     "title": "Quyết định Về việc ban hành Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính theo "
              "cơ chế một cửa, một cửa liên thông trên địa bàn huyện Hoài Phước",
     "issuer": "Ủy ban nhân dân huyện Hoài Phước", "place": "huyện Hoài Phước", "province": "tỉnh Bình Định",
     "level": "huyện", "date": "2026-01-16", "year": 2026, "signer": "Trương Công Thạnh",
     "parts": ["Quyết định", "Quy chế"], "tables": [], "scanned_pages": 0},
]

# =============================================================================================
# questions: (intent, question or [turns], must_have, doc, snippet, notes, must_not)
# =============================================================================================
D1, D2, D3 = F_DOCX, F_PDF, F_TXT
QA = [
    # ---- 1. commune plan (DOCX) ----
    ("lead", "ai chu tri tu cham diem chi so cchc 2026 cua xa kien hai",
     ["Văn phòng HĐND và UBND xã"], D1, "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã",
     "Phụ lục, mục I, dòng 3; ô chủ trì gộp dọc từ dòng 1 (dòng 1-3)", ["Tổ kiểm tra CCHC xã"]),
    ("lead", "Ở xã Kiến Hải, đơn vị nào chủ trì khảo sát đo lường sự hài lòng của người dân về giải quyết TTHC?",
     ["Trung tâm Phục vụ hành chính công xã"], D1,
     "Khảo sát, đo lường mức độ hài lòng của người dân, tổ chức", 
     "Phụ lục, mục III, dòng 3; ô chủ trì gộp dọc từ dòng 1 (dòng 1-3); Phòng Văn hóa - Xã hội chỉ phối hợp", []),
    ("coordinators", "ra soat de xuat don gian hoa tthc dat dai xay dung xa kien hai phoi hop voi ai",
     ["Trung tâm Phục vụ hành chính công xã"], D1,
     "Rà soát, đề xuất đơn giản hóa ít nhất 02 TTHC lĩnh vực đất đai, xây dựng",
     "Phụ lục, mục III, dòng 4 (chủ trì: Phòng Kinh tế)", []),
    ("deadline", ["ai chu tri ra soat don gian hoa tthc linh vuc dat dai xay dung o xa kien hai", "han khi nao"],
     ["15/6/2026"], D1, "Rà soát, đề xuất đơn giản hóa ít nhất 02 TTHC lĩnh vực đất đai, xây dựng",
     "Phụ lục, mục III, dòng 4 (câu hỏi nối tiếp câu hỏi về chủ trì)", []),
    ("output", "san pham cua viec tu kiem tra ra soat van ban qppl xa kien hai la gi",
     ["Báo cáo kết quả rà soát", "danh mục văn bản cần sửa đổi, bổ sung"], D1,
     "Tự kiểm tra, rà soát văn bản QPPL do HĐND, UBND xã ban hành", "Phụ lục, mục II, dòng 1", []),
    ("coordinators", "Hướng dẫn người dân dùng DVCTT, VNeID ở xã Kiến Hải thì những đơn vị nào phối hợp?",
     ["Công an xã", "Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng các thôn"], D1,
     "Hướng dẫn người dân sử dụng DVCTT, thanh toán trực tuyến, tài khoản VNeID",
     "Phụ lục, mục VI, dòng 2 (chủ trì: Phòng Văn hóa - Xã hội)", []),
    ("list", "Phòng Văn hóa - Xã hội xã Kiến Hải chủ trì những nhiệm vụ nào trong KH CCHC 2026?",
     ["Đề án vị trí việc làm", "bồi dưỡng kiến thức", "Hướng dẫn người dân sử dụng DVCTT",
      "Báo cáo kết quả thực hiện chuyển đổi số"], D1,
     "Rà soát, điều chỉnh Đề án vị trí việc làm của các phòng, đơn vị thuộc xã",
     "Phụ lục: IV.1, IV.2 (ô chủ trì gộp dọc), VI.2, VI.4; ngoài ra mục IV.2 thân Kế hoạch: tuyên truyền", []),
    ("list", "nhung viec nao trong kh cchc xa kien hai phai xong trong quy II/2026",
     ["rà soát văn bản QPPL", "bồi dưỡng kiến thức"], D1,
     "Tự kiểm tra, rà soát văn bản QPPL do HĐND, UBND xã ban hành",
     "Phụ lục: II.1 và IV.2 ghi 'Quý II/2026'; III.4 'Trước ngày 15/6/2026' cũng rơi vào quý II", []),
    ("fact", "ty le ho so truc tuyen toan trinh xa kien hai nam 2026 phai dat bao nhieu",
     ["75%"], D1, "Tỷ lệ hồ sơ nộp trực tuyến toàn trình (DVCTT) đạt tối thiểu 75%",
     "Mục II.3, điểm c", ["65%"]),
    ("general", "van phong hdnd va ubnd xa kien hai co nhiem vu gi trong to chuc thuc hien kh cchc 2026",
     ["cơ quan thường trực", "trước ngày 12 của tháng cuối quý", "05/12/2026"], D1,
     "Văn phòng HĐND và UBND xã là cơ quan thường trực", "Mục IV, điểm 1", []),
    ("fact", "kh cchc 2026 xa kien hai so may ai ky",
     ["08/KH-UBND", "Bùi Văn Khánh"], D1, "Số: 08/KH-UBND", "Tiêu đề và khối chữ ký (KT. CHỦ TỊCH - PHÓ CHỦ TỊCH)",
     []),
    ("unanswerable", "Năm 2026 xã Kiến Hải được giao bao nhiêu tỷ đồng vốn đầu tư công?", [], D1, "",
     "Chỉ nêu chỉ tiêu giải ngân từ 95% kế hoạch vốn, không nêu số vốn", []),
    ("unanswerable", "chu tich ubnd xa kien hai ten gi", [], D1, "",
     "Không nêu tên Chủ tịch; người ký là Phó Chủ tịch Bùi Văn Khánh (KT. CHỦ TỊCH)", []),
    ("unanswerable", "KH CCHC năm 2025 của xã Kiến Hải giao bao nhiêu nhiệm vụ?", [], D1, "",
     "Chỉ có Kế hoạch năm 2026", []),

    # ---- 2. Hướng dẫn of Sở Nội vụ Thái Nguyên (PDF) ----
    ("fact", "Chỉ số CCHC cấp xã năm 2026 ở Thái Nguyên tổng điểm tối đa bao nhiêu, điều tra xã hội học chiếm mấy điểm?",
     ["100 điểm", "30 điểm"], D2, "Điểm điều tra xã hội học: tối đa 30 điểm", "Mục 2.1, điểm a, b", []),
    ("fact", "linh vuc xay dung chinh quyen dien tu chinh quyen so toi da bao nhieu diem",
     ["16"], D2, "Xây dựng chính quyền điện tử, chính quyền số", "Bảng tiêu chí, lĩnh vực 7 (trang sau, sau tiêu đề lặp)",
     []),
    ("output", "tai lieu kiem chung tieu chi giai ngan von dau tu cong la gi",
     ["Báo cáo giải ngân có xác nhận của Kho bạc Nhà nước"], D2,
     "Báo cáo giải ngân có xác nhận của Kho bạc Nhà nước", "Bảng tiêu chí, dòng 6.1", []),
    ("deadline", "Theo hướng dẫn của Sở Nội vụ Thái Nguyên, UBND xã phải xong tự chấm điểm Chỉ số CCHC 2026 trước ngày nào?",
     ["10/11/2026"], D2, "Trước ngày 10/11/2026: Ủy ban nhân dân cấp xã hoàn thành tự đánh giá",
     "Mục 4, điểm c", []),
    ("deadline", "so noi vu trinh ubnd tinh cong bo chi so cchc cap xa 2026 truoc ngay nao",
     ["20/12/2026"], D2, "Trước ngày 20/12/2026: Sở Nội vụ trình Ủy ban nhân dân tỉnh", "Mục 4, điểm e", []),
    ("lead", "Ai thành lập Hội đồng thẩm định Chỉ số CCHC cấp xã của tỉnh Thái Nguyên?",
     ["Giám đốc Sở Nội vụ"], D2, "Giám đốc Sở Nội vụ thành lập Hội đồng thẩm định", "Mục 3.2", []),
    ("coordinators", ["dieu tra xa hoi hoc chi so cchc xa phuong thai nguyen lam vao thang may",
                      "phoi hop voi don vi nao"],
     ["Bưu điện tỉnh Thái Nguyên"], D2, "Sở Nội vụ phối hợp với Bưu điện tỉnh Thái Nguyên",
     "Mục 3.3 (câu hỏi nối tiếp; lượt 1 trả lời Tháng 10/2026, mục 4 điểm b)", []),
    ("general", "hd 21/hd-snv quy dinh diem thuong the nao",
     ["02 điểm", "sáng kiến"], D2, "được cộng tối đa 02 điểm", "Mục 2.2", []),
    ("list", "Lĩnh vực cải cách TTHC trong bảng tiêu chí chấm điểm cấp xã gồm những tiêu chí thành phần nào?",
     ["Công khai TTHC", "giải quyết trước và đúng hạn", "xin lỗi", "phản ánh, kiến nghị", "Số hóa hồ sơ"], D2,
     "Cải cách thủ tục hành chính", "Bảng tiêu chí, lĩnh vực 3 (3.1-3.5, tối đa 16 điểm)", []),
    ("fact", "Hướng dẫn chấm điểm Chỉ số CCHC xã, phường năm 2026 của Sở Nội vụ số mấy, ai ký?",
     ["21/HD-SNV", "Đàm Thị Thu Hương"], D2, "Số: 21/HD-SNV", "Tiêu đề và khối chữ ký (KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC)",
     []),
    ("deadline", "xa phuong phai cu cong chuc dau moi, dang ky tai khoan phan mem cham diem cchc truoc ngay nao",
     ["15/3/2026"], D2, "Trước ngày 15/3/2026: Ủy ban nhân dân cấp xã cử 01 công chức đầu mối",
     "Mục 4, điểm a", []),
    ("unanswerable", "kinh phi dieu tra xa hoi hoc chi so cchc cap xa thai nguyen 2026 la bao nhieu", [], D2, "",
     "Hướng dẫn không nêu kinh phí", []),
    ("unanswerable", "Trưởng phòng Cải cách hành chính Sở Nội vụ Thái Nguyên tên là gì?", [], D2, "",
     "Chỉ nêu tên phòng và số điện thoại, không nêu tên người", []),
    ("unanswerable", "Chỉ số CCHC năm 2026 của các sở, ban, ngành tỉnh Thái Nguyên có bao nhiêu tiêu chí?", [], D2, "",
     "Hướng dẫn chỉ áp dụng cho Ủy ban nhân dân các xã, phường", []),

    # ---- 3. district Quyết định + Quy chế (TXT) ----
    ("fact", "qd ban hanh quy che mot cua huyen hoai phuoc so may, hieu luc tu ngay nao",
     ["47/QĐ-UBND", "01 tháng 02 năm 2026"], D3, "Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2026",
     "Số hiệu; Quyết định, Điều 2", []),
    ("fact", "Ai ký Quyết định ban hành Quy chế một cửa, một cửa liên thông của huyện Hoài Phước?",
     ["Trương Công Thạnh"], D3, "Trương Công Thạnh", "Khối chữ ký: KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", []),
    ("general", "Điều 5 quy chế một cửa huyện Hoài Phước quy định gì?",
     ["Phiếu xin lỗi", "01 lần", "05 ngày làm việc"], D3, "Điều 5. Xử lý hồ sơ trễ hạn",
     "Quy chế, Điều 5, khoản 1-3", []),
    ("deadline", "bo phan mot cua huyen phai chuyen ho so den co quan giai quyet trong bao lau",
     ["08 giờ làm việc"], D3, "Chậm nhất 08 giờ làm việc kể từ khi tiếp nhận", "Quy chế, Điều 4, khoản 1", []),
    ("deadline", "Hồ sơ liên thông đất đai, cơ quan được lấy ý kiến phải trả lời trong mấy ngày?",
     ["03 ngày làm việc"], D3, "cơ quan được lấy ý kiến phải trả lời bằng văn bản", "Quy chế, Điều 4, khoản 2", []),
    ("fact", "thu bay bo phan mot cua huyen hoai phuoc co nhan ho so khong",
     ["đất đai, hộ tịch", "7 giờ 30 đến 11 giờ 00"], D3, "sáng thứ Bảy tiếp nhận hồ sơ thuộc lĩnh vực đất đai",
     "Quy chế, Điều 3, khoản 1", []),
    ("coordinators", ["ai chu tri kiem tra viec thuc hien quy che mot cua huyen hoai phuoc", "phoi hop voi phong nao"],
     ["Phòng Nội vụ"], D3, "Chủ trì, phối hợp với Phòng Nội vụ kiểm tra việc thực hiện Quy chế",
     "Quy chế, Điều 7, khoản 1, điểm b (lượt 1: Văn phòng HĐND và UBND huyện)", []),
    ("lead", "Ai đảm bảo hạ tầng kỹ thuật, an toàn thông tin cho Bộ phận Một cửa huyện Hoài Phước?",
     ["Phòng Văn hóa, Khoa học và Thông tin"], D3, "Phòng Văn hóa, Khoa học và Thông tin bảo đảm hạ tầng",
     "Quy chế, Điều 7, khoản 3", []),
    ("fact", "Điều nào của Quy chế một cửa huyện Hoài Phước quy định khen thưởng và xử lý vi phạm?",
     ["Điều 8"], D3, "Điều 8. Khen thưởng và xử lý vi phạm", "Quy chế, Điều 8", []),
    ("fact", "cong chuc lam o bo phan mot cua huyen hoai phuoc duoc boi duong bao nhieu tien mot ngay",
     ["40.000 đồng/người/ngày"], D3, "40.000 đồng/người/ngày", "Quy chế, Điều 7, khoản 4", []),
    ("list", "Quy chế một cửa huyện Hoài Phước áp dụng đối với những cơ quan, đơn vị nào?",
     ["11 cơ quan chuyên môn", "Chi nhánh Văn phòng Đăng ký đất đai", "13 xã, 02 thị trấn"], D3,
     "c) Ủy ban nhân dân 13 xã, 02 thị trấn", "Quy chế, Điều 1, khoản 2, điểm a-c", []),
    ("deadline", "Văn phòng HĐND và UBND huyện Hoài Phước báo cáo kết quả thực hiện quy chế 6 tháng, năm trước ngày nào?",
     ["15/6", "05/12"], D3, "kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12)",
     "Quy chế, Điều 9, khoản 1", []),
    ("unanswerable", "Bộ phận Một cửa huyện Hoài Phước có bao nhiêu công chức làm việc?", [], D3, "",
     "Quy chế không nêu số lượng công chức", []),
    ("unanswerable", "quy che mot cua huyen tay son binh dinh nam 2026 quy dinh gio tiep nhan ho so the nao", [], D3,
     "", "Không có tài liệu của huyện Tây Sơn", []),
]


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D")


def qa_rows():
    out = []
    for i, (intent, q, must, doc, snip, notes, must_not) in enumerate(QA, start=1):
        turns = q if isinstance(q, list) else []
        question = turns[-1] if turns else q
        out.append({"id": f"h3a{i:03d}", "question": question, "turns": turns, "intent": intent,
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
    build_pdf(os.path.join(DOCS, F_PDF))
    build_txt(os.path.join(DOCS, F_TXT))
    write_jsonl("meta_h3a.jsonl", META)
    write_jsonl("tasks_h3a.jsonl", tasks_docx())
    write_jsonl("qa_h3a.jsonl", qa_rows())


if __name__ == "__main__":
    main()
