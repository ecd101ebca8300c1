# -*- coding: utf-8 -*-
"""Generate the held-out foreign documents (suffix "h") into ./docs/.

Run with:  /work/main/.venv/bin/python make_h.py
Produces:
  docs/kh-cchc-phuong-hac-thanh-2026.docx        (Kế hoạch CCHC of a phường, DOCX, appendix after signature)
  docs/kh-cchc-so-tai-chinh-vinh-long-2026.pdf   (Kế hoạch of a provincial department, ruled table over pages)
  docs/qd-quy-che-mot-cua-huyen-duc-trong-2025.txt (Quyết định + Quy chế, hard-wrapped text)
  docs/bc-cchc-6-thang-xa-hoa-phu-2025.docx      (Báo cáo with a statistics table, DOCX)
  docs/cv-ho-so-qua-han-ubnd-bac-ninh-2026-scan.pdf (scanned Công văn, 2 image-only pages)
All places, numbers, names are invented for testing.
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# 1. Kế hoạch CCHC phường Hạc Thành 2026 (DOCX)
# ---------------------------------------------------------------------------
HT_FILE = "kh-cchc-phuong-hac-thanh-2026.docx"

VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
TT = "Trung tâm Phục vụ hành chính công phường"

# (section, nhiệm vụ, [ (no, hoạt động, chủ trì, phối hợp, thời hạn, sản phẩm) ])
HT_APPX = [
    ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
        ("Xây dựng, triển khai kế hoạch, báo cáo CCHC", [
            ("1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", VP, VH,
             "Tháng 02/2026", "Kế hoạch được ban hành"),
            ("2", "Xây dựng báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Sở Nội vụ", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Trước ngày 15 tháng cuối quý",
             "Báo cáo của UBND phường"),
        ]),
        ("Kiểm tra, đánh giá công tác CCHC", [
            ("3", "Tự kiểm tra công tác CCHC tại các phòng, đơn vị thuộc UBND phường", VP,
             KT + "; " + VH, "Quý III/2026", "Thông báo kết luận kiểm tra"),
            ("4", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của phường", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Theo hướng dẫn của Sở Nội vụ",
             "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
        ]),
    ]),
    ("II. CẢI CÁCH THỂ CHẾ", [
        ("Xây dựng và tổ chức thi hành pháp luật", [
            ("5", "Rà soát văn bản QPPL do HĐND, UBND các phường cũ ban hành trước khi sắp xếp đơn vị hành chính",
             VP + " (công chức Tư pháp)", "Các phòng chuyên môn", "Quý II/2026",
             "Danh mục văn bản đề nghị bãi bỏ, thay thế"),
            ("6", "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", VP,
             VH + "; Công an phường", "Tháng 11/2026", "Hội nghị tuyên truyền, phổ biến pháp luật"),
            ("7", "Theo dõi tình hình thi hành pháp luật về trật tự xây dựng đô thị", KT,
             "Công an phường", "Trong năm", "Báo cáo theo dõi thi hành pháp luật"),
        ]),
    ]),
    ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("Công khai, tiếp nhận và giải quyết TTHC", [
            ("8", "Niêm yết, công khai đầy đủ TTHC thuộc thẩm quyền giải quyết của cấp xã", TT, VP,
             "Thường xuyên", "100% TTHC được công khai"),
            ("9", "Tiếp nhận, giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC tỉnh; gửi văn bản xin lỗi đối với hồ sơ quá hạn",
             TT, "Các phòng chuyên môn", "Thường xuyên", "Tỷ lệ hồ sơ đúng hạn trên 98%"),
            ("10", "Số hóa hồ sơ, kết quả giải quyết TTHC", TT, VP, "Thường xuyên",
             "100% hồ sơ được số hóa"),
        ]),
        ("Phản ánh, kiến nghị và đánh giá sự hài lòng", [
            ("11", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính",
             VP, TT, "Thường xuyên", "100% phản ánh, kiến nghị được xử lý"),
            ("12", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp tại Trung tâm", TT, VH,
             "Quý III, Quý IV/2026", "Báo cáo kết quả khảo sát"),
        ]),
    ]),
    ("IV. CẢI CÁCH TỔ CHỨC BỘ MÁY", [
        ("Kiện toàn tổ chức bộ máy sau sắp xếp", [
            ("13", "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn, đơn vị thuộc UBND phường", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Quý I/2026",
             "Quyết định quy định chức năng, nhiệm vụ"),
            ("14", "Xây dựng, hoàn thiện Đề án vị trí việc làm của UBND phường", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Tháng 6/2026",
             "Đề án trình cấp có thẩm quyền phê duyệt"),
        ]),
    ]),
    ("V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("Quản lý, nâng cao chất lượng cán bộ, công chức", [
            ("15", "Đánh giá, xếp loại chất lượng cán bộ, công chức hằng quý", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Trước ngày 05 tháng đầu quý sau",
             "Kết quả đánh giá, xếp loại"),
            ("16", "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng số, chuyển đổi số", VP, VH,
             "Quý III/2026", "100% CBCC được bồi dưỡng ít nhất 01 lần"),
            ("17", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ", VP,
             "Công an phường", "Đột xuất", "Biên bản kiểm tra"),
        ]),
    ]),
    ("VI. CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("Quản lý ngân sách, đầu tư công", [
            ("18", "Công khai dự toán, quyết toán ngân sách phường", KT, VP, "Theo quy định",
             "Văn bản công khai trên Trang thông tin điện tử phường"),
            ("19", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026", KT,
             "Các chủ đầu tư, nhà thầu", "Trước ngày 31/01/2027",
             "Giải ngân 100% kế hoạch vốn được giao"),
        ]),
    ]),
    ("VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("Hiện đại hóa hành chính, chuyển đổi số", [
            ("20", "Duy trì, cập nhật thông tin trên Trang thông tin điện tử phường", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Thường xuyên",
             "Trang thông tin điện tử hoạt động ổn định"),
            ("21", "Xử lý văn bản điện tử, ký số trên Hệ thống quản lý văn bản và điều hành", VP,
             "Các phòng, đơn vị thuộc UBND phường", "Thường xuyên",
             "100% văn bản đi được ký số (trừ văn bản mật)"),
            ("22", "Hướng dẫn người dân kích hoạt, sử dụng VNeID và nộp hồ sơ trực tuyến", "Công an phường",
             TT + "; Đoàn Thanh niên phường", "Trong năm",
             "Hồ sơ trực tuyến toàn trình đạt tối thiểu 60%"),
        ]),
    ]),
]

HT_BODY = [
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 318/KH-UBND ngày 22/12/2025 của UBND tỉnh Thanh Hóa về cải cách hành chính nhà nước tỉnh Thanh Hóa năm 2026;"),
    ("p", "Ủy ban nhân dân phường Hạc Thành ban hành Kế hoạch cải cách hành chính (CCHC) năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC trong năm đầu tiên vận hành đầy đủ mô hình chính quyền địa phương hai cấp; bảo đảm bộ máy UBND phường sau sắp xếp hoạt động thông suốt, phục vụ người dân, doanh nghiệp kịp thời."),
    ("p", "- Nâng cao Chỉ số CCHC và mức độ hài lòng của người dân đối với sự phục vụ của UBND phường; phấn đấu Chỉ số CCHC năm 2026 của phường xếp trong nhóm 10 đơn vị cấp xã dẫn đầu của tỉnh."),
    ("h", "2. Yêu cầu"),
    ("p", "- Xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành và sản phẩm cụ thể; người đứng đầu các phòng, đơn vị chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện nhiệm vụ được giao."),
    ("p", "- Gắn kết quả thực hiện nhiệm vụ CCHC với đánh giá, xếp loại chất lượng cán bộ, công chức và bình xét thi đua, khen thưởng hằng năm."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. 100% văn bản quy phạm pháp luật (QPPL) của HĐND, UBND phường được ban hành đúng thẩm quyền, trình tự, thủ tục."),
    ("p", "2. 100% thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của cấp xã được công khai đầy đủ, đúng quy định tại Trung tâm Phục vụ hành chính công phường và trên Cổng Dịch vụ công quốc gia."),
    ("p", "3. Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 98%; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% trên tổng số hồ sơ tiếp nhận."),
    ("p", "4. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 92%."),
    ("p", "5. 100% hồ sơ, kết quả giải quyết TTHC được số hóa; 100% văn bản đi của UBND phường (trừ văn bản mật) được ký số và gửi, nhận trên môi trường điện tử."),
    ("p", "6. 100% cán bộ, công chức được đánh giá, xếp loại chất lượng hằng quý; không có cán bộ, công chức bị xử lý kỷ luật do vi phạm kỷ luật, kỷ cương hành chính."),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM"),
    ("p", "1. Tăng cường công tác chỉ đạo, điều hành; đưa nội dung CCHC vào chương trình công tác tháng, quý của UBND phường; kiểm tra, đôn đốc thường xuyên."),
    ("p", "2. Rà soát, hoàn thiện hệ thống văn bản của phường sau sắp xếp đơn vị hành chính; xử lý kịp thời văn bản không còn phù hợp."),
    ("p", "3. Đổi mới phương thức tiếp nhận, giải quyết TTHC tại Trung tâm Phục vụ hành chính công phường; tiếp nhận hồ sơ không phụ thuộc vào địa giới hành chính đối với các TTHC đủ điều kiện."),
    ("p", "4. Kiện toàn tổ chức bộ máy, vị trí việc làm; nâng cao chất lượng đội ngũ cán bộ, công chức."),
    ("p", "5. Quản lý, sử dụng ngân sách tiết kiệm, hiệu quả; công khai, minh bạch tài chính công."),
    ("p", "6. Đẩy mạnh chuyển đổi số, xây dựng chính quyền số gắn với Đề án 06 của Chính phủ."),
    ("p", "(Nhiệm vụ, hoạt động cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên của UBND phường năm 2026 và các nguồn kinh phí hợp pháp khác theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Văn phòng HĐND và UBND phường"),
    ("p", "- Là cơ quan thường trực, tham mưu Chủ tịch UBND phường chỉ đạo, đôn đốc, kiểm tra việc thực hiện Kế hoạch này."),
    ("p", "- Tổng hợp, tham mưu báo cáo kết quả CCHC định kỳ gửi Sở Nội vụ: báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 10/12/2026."),
    ("h", "2. Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("p", "- Chủ trì thực hiện các nhiệm vụ cải cách tài chính công; tham mưu quản lý trật tự xây dựng, đô thị gắn với giải quyết TTHC lĩnh vực xây dựng, đất đai."),
    ("h", "3. Phòng Văn hóa - Xã hội"),
    ("p", "- Chủ trì, phối hợp với Văn phòng HĐND và UBND phường tuyên truyền CCHC trên hệ thống truyền thanh phường, tối thiểu 02 tin, bài/tháng."),
    ("h", "4. Trung tâm Phục vụ hành chính công phường"),
    ("p", "- Tổ chức tiếp nhận, trả kết quả TTHC; theo dõi, đôn đốc các phòng giải quyết hồ sơ đúng hạn; hằng tháng công khai kết quả đánh giá việc giải quyết TTHC tại Trung tâm."),
    ("h", "5. Công an phường"),
    ("p", "- Chủ trì hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID; phối hợp thực hiện nhiệm vụ chuyển đổi số theo Đề án 06."),
    ("p", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường phối hợp tuyên truyền, giám sát việc thực hiện Kế hoạch."),
    ("p", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh về Văn phòng HĐND và UBND phường để tổng hợp, báo cáo Chủ tịch UBND phường xem xét, giải quyết./."),
]


def _no_borders(table):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + b)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    # keep CT_TblPr child order valid (tblBorders must precede shd/tblLayout/tblCellMar/tblLook)
    anchor = None
    for child in tblPr.iterchildren():
        if child.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook")):
            anchor = child
            break
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tblPr.append(borders)


def _cell_text(cell, lines, bold=False, italic=False, size=13, center=True, underline_last=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    first = True
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        b = bold[i] if isinstance(bold, (list, tuple)) else bold
        it = italic[i] if isinstance(italic, (list, tuple)) else italic
        r = p.add_run(line)
        r.bold = b
        r.italic = it
        r.font.size = Pt(size)
        if underline_last and i == len(lines) - 1:
            r.underline = True


def make_hac_thanh():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT, WD_SECTION

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    hdr = doc.add_table(rows=2, cols=2)
    _no_borders(hdr)
    _cell_text(hdr.cell(0, 0), ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH"], bold=[False, True],
               underline_last=False)
    _cell_text(hdr.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
               bold=True)
    _cell_text(hdr.cell(1, 0), ["Số: 07/KH-UBND"], size=13)
    _cell_text(hdr.cell(1, 1), ["Hạc Thành, ngày 09 tháng 01 năm 2026"], italic=True, size=13)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("KẾ HOẠCH")
    r.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Cải cách hành chính phường Hạc Thành năm 2026")
    r.bold = True

    for kind, text in HT_BODY:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(text)
        if kind == "h":
            r.bold = True

    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left = sig.cell(0, 0)
    left.text = ""
    lines = ["Nơi nhận:", "- Sở Nội vụ tỉnh Thanh Hóa;", "- TT Đảng ủy, TT HĐND phường;",
             "- Chủ tịch, các PCT UBND phường;", "- Các phòng, đơn vị thuộc UBND phường;",
             "- Lưu: VT."]
    for i, line in enumerate(lines):
        pp = left.paragraphs[0] if i == 0 else left.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(12 if i == 0 else 11)
        rr.bold = i == 0
        rr.italic = i == 0
    _cell_text(sig.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "", "Trịnh Văn Quang"],
               bold=[True, True, False, False, False, True], italic=[False, False, False, True, False, False])

    # Appendix in a landscape section after the signature
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(1.5), Cm(1.5)
    for t, b, it in [("PHỤ LỤC", True, False),
                     ("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", True, False),
                     ("(Kèm theo Kế hoạch số 07/KH-UBND ngày 09/01/2026 của UBND phường Hạc Thành)", False, True)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = b, it

    heads = ["TT", "Nhiệm vụ", "Hoạt động cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp",
             "Thời hạn hoàn thành", "Sản phẩm"]
    nrows = 1 + sum(1 + sum(len(acts) for _, acts in groups) for _, groups in HT_APPX)
    tab = doc.add_table(rows=nrows, cols=7)
    tab.style = "Table Grid"
    widths = [Cm(1.1), Cm(4.2), Cm(6.6), Cm(3.6), Cm(4.2), Cm(3.2), Cm(3.8)]
    for i, h in enumerate(heads):
        _cell_text(tab.cell(0, i), [h], bold=True, size=11)
    ri = 1
    for sec_title, groups in HT_APPX:
        c = tab.cell(ri, 0).merge(tab.cell(ri, 6))
        _cell_text(c, [sec_title], bold=True, size=11, center=False)
        ri += 1
        for task, acts in groups:
            start = ri
            for (no, act, lead, coop, dl, out) in acts:
                vals = [no, None, act, lead, coop, dl, out]
                for ci, v in enumerate(vals):
                    if v is None:
                        continue
                    _cell_text(tab.cell(ri, ci), [v], size=11, center=ci in (0, 5))
                ri += 1
            mc = tab.cell(start, 1).merge(tab.cell(ri - 1, 1)) if ri - 1 > start else tab.cell(start, 1)
            _cell_text(mc, [task], size=11, center=False)
    for row in tab.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.save(os.path.join(DOCS, HT_FILE))


# ---------------------------------------------------------------------------
# 2. Kế hoạch CCHC 2026 của Sở Tài chính tỉnh Vĩnh Long (PDF, ruled table)
# ---------------------------------------------------------------------------
VL_FILE = "kh-cchc-so-tai-chinh-vinh-long-2026.pdf"
VPS = "Văn phòng Sở"
PQLNS = "Phòng Quản lý ngân sách"
PTCĐT = "Phòng Tài chính đầu tư"
PGCS = "Phòng Quản lý giá và công sản"
PĐKKD = "Phòng Đăng ký kinh doanh"
CPĐV = "Các phòng, đơn vị thuộc Sở"

VL_TABLE = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
        ("1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026 của Sở", VPS, CPĐV, "Tháng 01/2026", "Kế hoạch"),
        ("2", "Kiện toàn Tổ công tác CCHC của Sở sau hợp nhất", VPS, CPĐV, "Quý I/2026", "Quyết định kiện toàn"),
        ("3", "Báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Sở Nội vụ", VPS, CPĐV,
         "Trước ngày 12 của tháng cuối quý", "Báo cáo"),
        ("4", "Tự đánh giá, chấm điểm Chỉ số CCHC (PAR INDEX) năm 2026 của Sở", VPS, CPĐV, "Tháng 11/2026",
         "Báo cáo tự chấm điểm và tài liệu kiểm chứng"),
        ("5", "Kiểm tra công tác CCHC tại các phòng, đơn vị thuộc Sở", VPS, "Phòng Tổng hợp, quy hoạch",
         "Quý III/2026", "Báo cáo kết quả kiểm tra"),
    ]),
    ("II", "CẢI CÁCH THỂ CHẾ", [
        ("1", "Tham mưu HĐND tỉnh ban hành Nghị quyết quy định nguyên tắc, tiêu chí, định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2027",
         PQLNS, VPS + " (bộ phận pháp chế)", "Quý III/2026", "Nghị quyết của HĐND tỉnh"),
        ("2", "Rà soát văn bản QPPL thuộc lĩnh vực tài chính, kế hoạch và đầu tư do các tỉnh cũ ban hành",
         VPS, "Các phòng chuyên môn", "Quý II/2026",
         "Danh mục văn bản cần sửa đổi, bổ sung, thay thế, bãi bỏ"),
        ("3", "Theo dõi tình hình thi hành pháp luật về quản lý giá", PGCS, "Sở Tư pháp", "Trong năm",
         "Báo cáo theo dõi thi hành pháp luật"),
    ]),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("1", "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực đầu tư tại Việt Nam", PTCĐT, VPS,
         "Quý II/2026", "Phương án đơn giản hóa trình UBND tỉnh"),
        ("2", "Cập nhật, trình công bố danh mục TTHC thuộc thẩm quyền giải quyết của Sở", VPS,
         "Các phòng chuyên môn; Văn phòng UBND tỉnh", "Khi có văn bản QPPL mới",
         "Quyết định công bố của Chủ tịch UBND tỉnh"),
        ("3", "Giải quyết hồ sơ đăng ký doanh nghiệp qua mạng điện tử", PĐKKD,
         "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Trên 95% hồ sơ nộp qua mạng"),
        ("4", "Xin lỗi tổ chức, cá nhân bằng văn bản đối với hồ sơ quá hạn", "Các phòng có TTHC", VPS,
         "Thường xuyên", "Văn bản xin lỗi"),
        ("5", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", VPS, "Các phòng chuyên môn",
         "Thường xuyên", "100% được xử lý đúng hạn"),
    ]),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", [
        ("1", "Rà soát, tham mưu sửa đổi Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở",
         VPS, "Sở Nội vụ", "Quý I/2026", "Dự thảo Quyết định trình UBND tỉnh"),
        ("2", "Xây dựng Đề án vị trí việc làm của Sở sau hợp nhất", VPS, CPĐV, "Quý II/2026",
         "Đề án trình Sở Nội vụ thẩm định"),
        ("3", "Quản lý, sử dụng biên chế công chức, số lượng người làm việc được giao", VPS, "", "Trong năm",
         "Không vượt số biên chế được giao"),
    ]),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("1", "Xây dựng Kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2026", VPS, CPĐV,
         "Tháng 02/2026", "Kế hoạch"),
        ("2", "Đánh giá, xếp loại công chức, viên chức theo tháng trên phần mềm", CPĐV, VPS, "Hằng tháng",
         "Kết quả đánh giá trên phần mềm"),
        ("3", "Thực hiện Quy tắc ứng xử, văn hóa công sở; chấn chỉnh kỷ luật, kỷ cương hành chính",
         "Trưởng các phòng, đơn vị", VPS, "Thường xuyên", "Không có công chức vi phạm kỷ luật"),
    ]),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("1", "Tham mưu UBND tỉnh giao dự toán ngân sách nhà nước năm 2027", PQLNS,
         "Các sở, ban, ngành; UBND các xã, phường", "Tháng 12/2026", "Quyết định giao dự toán"),
        ("2", "Tham mưu giao kế hoạch vốn đầu tư công năm 2027", PTCĐT, PQLNS, "Tháng 12/2026",
         "Quyết định giao kế hoạch vốn"),
        ("3", "Theo dõi, đôn đốc giải ngân vốn đầu tư công năm 2026", PTCĐT, "Các chủ đầu tư", "Hằng tháng",
         "Báo cáo tình hình giải ngân"),
        ("4", "Thẩm định phương án sắp xếp, xử lý nhà, đất dôi dư sau sắp xếp đơn vị hành chính", PGCS,
         "UBND các xã, phường; Sở Xây dựng", "Quý II/2026", "Phương án trình UBND tỉnh phê duyệt"),
    ]),
    ("VII", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("1", "Kết nối, chia sẻ dữ liệu đăng ký doanh nghiệp với Hệ thống thông tin giải quyết TTHC tỉnh qua nền tảng LGSP",
         PĐKKD, "Sở Khoa học và Công nghệ", "Quý III/2026", "Dữ liệu được kết nối, chia sẻ"),
        ("2", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", VPS, CPĐV,
         "Thường xuyên", "Hệ thống được duy trì, cải tiến"),
        ("3", "Số hóa hồ sơ lưu trữ của Sở", VPS, CPĐV, "Quý IV/2026", "Tối thiểu 50% hồ sơ lưu trữ được số hóa"),
        ("4", "Cập nhật thông tin trên Trang thông tin điện tử của Sở", VPS, CPĐV, "Thường xuyên",
         "Thông tin được cập nhật kịp thời"),
    ]),
]

VL_BODY_A = [
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 291/KH-UBND ngày 26/12/2025 của UBND tỉnh Vĩnh Long về cải cách hành chính nhà nước năm 2026;"),
    ("p", "Sở Tài chính xây dựng Kế hoạch thực hiện công tác cải cách hành chính (CCHC) năm 2026, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ CCHC của tỉnh năm 2026 thuộc lĩnh vực quản lý của Sở; xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và kết quả, sản phẩm của từng nhiệm vụ."),
    ("p", "2. Tổ chức bộ máy của Sở sau hợp nhất phải vận hành thông suốt; công tác CCHC gắn với chuyển đổi số, lấy người dân, doanh nghiệp làm trung tâm phục vụ."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU"),
    ("p", "1. Chỉ số CCHC năm 2026 của Sở phấn đấu xếp trong nhóm 05 sở, ban, ngành dẫn đầu của tỉnh."),
    ("p", "2. 100% TTHC thuộc thẩm quyền giải quyết của Sở được cập nhật, công khai đúng hạn trên Cơ sở dữ liệu quốc gia về TTHC."),
    ("p", "3. Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt tối thiểu 99%; tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt trên 95%."),
    ("p", "4. 100% văn bản trao đổi giữa Sở với các cơ quan hành chính nhà nước dưới dạng điện tử (trừ văn bản mật); tối thiểu 50% hồ sơ lưu trữ của Sở được số hóa."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
]
VL_BODY_B = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao; gửi báo cáo kết quả về Văn phòng Sở trước ngày 08 của tháng cuối quý (báo cáo quý) và trước ngày 25/11/2026 (báo cáo năm)."),
    ("p", "2. Văn phòng Sở là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo gửi Sở Nội vụ theo quy định; bố trí kinh phí thực hiện nhiệm vụ CCHC trong dự toán năm 2026 của Sở."),
    ("p", "3. Trong quá trình thực hiện, nếu cần điều chỉnh, bổ sung nhiệm vụ, các phòng, đơn vị đề xuất bằng văn bản gửi Văn phòng Sở để tổng hợp, trình Giám đốc Sở xem xét, quyết định./."),
]


def make_vinh_long():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

    pdfmetrics.registerFont(TTFont("DVSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-I", FONT_DIR + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-B", italic="DVSerif-I",
                                  boldItalic="DVSerif-B")

    body = ParagraphStyle("b", fontName="DVSerif", fontSize=10.5, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=0.8 * cm, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName="DVSerif-B")
    ctr = ParagraphStyle("c", fontName="DVSerif", fontSize=10, leading=13, alignment=TA_CENTER)
    ctrb = ParagraphStyle("cb", parent=ctr, fontName="DVSerif-B")
    cell = ParagraphStyle("cell", fontName="DVSerif", fontSize=8.5, leading=11, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVSerif-B")
    cellbc = ParagraphStyle("cellbc", parent=cellb, alignment=TA_CENTER)

    def on_page(canv, doc_):
        n = canv.getPageNumber()
        if n > 1:
            canv.setFont("DVSerif", 9)
            canv.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(n))

    story = []
    hdr = Table([
        [Paragraph("UBND TỈNH VĨNH LONG", ctr), Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ctrb)],
        [Paragraph("<b>SỞ TÀI CHÍNH</b>", ctr), Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", ctr)],
        [Paragraph("Số: 46/KH-STC", ctr), Paragraph("<i>Vĩnh Long, ngày 16 tháng 01 năm 2026</i>", ctr)],
    ], colWidths=[6.5 * cm, 10 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 2), (-1, 2), 8)]))
    story += [hdr, Spacer(1, 14)]
    story.append(Paragraph("KẾ HOẠCH", ParagraphStyle("t", parent=ctrb, fontSize=12, leading=16)))
    story.append(Paragraph("Thực hiện công tác cải cách hành chính năm 2026",
                           ParagraphStyle("t2", parent=ctrb, fontSize=11, leading=15)))
    story.append(Spacer(1, 10))
    for kind, text in VL_BODY_A:
        story.append(Paragraph(text, head if kind == "h" else body))

    heads = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
             "Kết quả/sản phẩm"]
    data = [[Paragraph(h, cellbc) for h in heads]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
    for roman, title, rows in VL_TABLE:
        r = len(data)
        data.append([Paragraph(roman, cellbc), Paragraph(title, cellb), "", "", "", ""])
        style.append(("SPAN", (1, r), (5, r)))
        for (no, content, lead, coop, dl, out) in rows:
            data.append([Paragraph(no, cellc), Paragraph(content, cell), Paragraph(lead, cell),
                         Paragraph(coop, cell), Paragraph(dl, cellc), Paragraph(out, cell)])
    t = Table(data, colWidths=[1.1 * cm, 5.4 * cm, 2.6 * cm, 3.0 * cm, 2.3 * cm, 2.9 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 8))
    for kind, text in VL_BODY_B:
        story.append(Paragraph(text, head if kind == "h" else body))
    story.append(Spacer(1, 10))
    small = ParagraphStyle("s", fontName="DVSerif", fontSize=8.5, leading=11)
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Sở Nội vụ;<br/>- Ban Giám đốc Sở;<br/>"
                            "- Các phòng, đơn vị thuộc Sở;<br/>- Lưu: VT, VP.", small),
                  Paragraph("<b>GIÁM ĐỐC</b><br/><br/><i>(Đã ký)</i><br/><br/><b>Lâm Quốc Khánh</b>", ctr)]],
                colWidths=[8 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)
    doc = SimpleDocTemplate(os.path.join(DOCS, VL_FILE), pagesize=A4, leftMargin=2.3 * cm,
                            rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Kế hoạch CCHC năm 2026", author="Sở Tài chính")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 3. Quyết định + Quy chế Bộ phận Một cửa huyện Đức Trọng (TXT, hard-wrapped)
# ---------------------------------------------------------------------------
DT_FILE = "qd-quy-che-mot-cua-huyen-duc-trong-2025.txt"

DT_HEAD = """ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN ĐỨC TRỌNG                 Độc lập - Tự do - Hạnh phúc

Số: 1245/QĐ-UBND           Đức Trọng, ngày 18 tháng 3 năm 2025

                          QUYẾT ĐỊNH
       Về việc ban hành Quy chế tổ chức và hoạt động
             của Bộ phận Một cửa huyện Đức Trọng

                ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG
"""

DT_QD = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
    "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP;",
    "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.",
    "@QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện Đức Trọng.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2310/QĐ-UBND ngày 05 tháng 10 năm 2019 của UBND huyện Đức Trọng ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả huyện.",
    "Điều 3. Chánh Văn phòng HĐND và UBND huyện; Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện; Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
]

DT_SIG = """
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                      CHỦ TỊCH
- Văn phòng UBND tỉnh;
- Sở Nội vụ;                                       (Đã ký)
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;                       Phạm Ngọc Sơn
- Lưu: VT, VP.
"""

DT_QC_HEAD = """
ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN ĐỨC TRỌNG                 Độc lập - Tự do - Hạnh phúc

                            QUY CHẾ
   Tổ chức và hoạt động của Bộ phận Một cửa huyện Đức Trọng
(Ban hành kèm theo Quyết định số 1245/QĐ-UBND ngày 18 tháng 3 năm 2025
          của Ủy ban nhân dân huyện Đức Trọng)
"""

DT_QC = [
    "#Chương I",
    "#QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    "1. Quy chế này quy định về vị trí, chức năng, tổ chức, nhân sự, chế độ làm việc và mối quan hệ công tác của Bộ phận Một cửa huyện Đức Trọng (sau đây gọi là Bộ phận Một cửa).",
    "2. Quy chế này áp dụng đối với công chức, viên chức, người lao động làm việc tại Bộ phận Một cửa; các cơ quan chuyên môn thuộc UBND huyện, Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng và tổ chức, cá nhân có yêu cầu giải quyết thủ tục hành chính (TTHC) thuộc thẩm quyền của UBND huyện, Chủ tịch UBND huyện.",
    "Điều 2. Vị trí, chức năng",
    "1. Bộ phận Một cửa là đơn vị thuộc Văn phòng HĐND và UBND huyện, đặt tại số 02 đường Nguyễn Văn Cừ, thị trấn Liên Nghĩa, huyện Đức Trọng.",
    "2. Bộ phận Một cửa có chức năng tiếp nhận hồ sơ, trả kết quả giải quyết TTHC; hướng dẫn, theo dõi, giám sát, đánh giá việc giải quyết TTHC cho tổ chức, cá nhân.",
    "3. Bộ phận Một cửa được sử dụng con dấu của Văn phòng HĐND và UBND huyện để thực hiện nhiệm vụ được giao.",
    "Điều 3. Nguyên tắc hoạt động",
    "1. Lấy sự hài lòng của tổ chức, cá nhân là thước đo chất lượng và hiệu quả phục vụ.",
    "2. Việc giải quyết TTHC được quản lý tập trung, thống nhất trên Hệ thống thông tin giải quyết TTHC tỉnh Lâm Đồng; không yêu cầu tổ chức, cá nhân nộp thêm giấy tờ ngoài quy định.",
    "3. Công khai, minh bạch; bảo đảm sự phối hợp chặt chẽ giữa các cơ quan trong giải quyết TTHC.",
    "#Chương II",
    "#TỔ CHỨC VÀ NHÂN SỰ",
    "Điều 4. Lãnh đạo Bộ phận Một cửa",
    "1. Trưởng Bộ phận Một cửa là Chánh Văn phòng HĐND và UBND huyện, chịu trách nhiệm trước Chủ tịch UBND huyện về toàn bộ hoạt động của Bộ phận Một cửa.",
    "2. Phó Trưởng Bộ phận Một cửa là 01 Phó Chánh Văn phòng HĐND và UBND huyện, được Trưởng Bộ phận phân công trực tiếp điều hành hoạt động hằng ngày.",
    "Điều 5. Công chức làm việc tại Bộ phận Một cửa",
    "1. Công chức được cử đến làm việc tại Bộ phận Một cửa phải đáp ứng các tiêu chuẩn sau:",
    "a) Có trình độ chuyên môn phù hợp với lĩnh vực công tác; có thời gian công tác trong ngành, lĩnh vực tối thiểu 03 năm;",
    "b) Có phẩm chất, đạo đức tốt, tinh thần trách nhiệm cao, tác phong, thái độ giao tiếp đúng mực;",
    "c) Sử dụng thành thạo các phần mềm phục vụ tiếp nhận, giải quyết TTHC.",
    "2. Thời hạn cử công chức đến làm việc tại Bộ phận Một cửa không ít hơn 06 tháng và không quá 24 tháng mỗi đợt.",
    "3. Công chức làm việc tại Bộ phận Một cửa phải mặc trang phục theo quy định, đeo thẻ công chức trong giờ làm việc.",
    "Điều 6. Trách nhiệm của cơ quan cử công chức",
    "1. Cử công chức đáp ứng tiêu chuẩn quy định tại khoản 1 Điều 5 Quy chế này; trường hợp công chức nghỉ phép, đi học, ốm đau phải bố trí người thay thế và thông báo cho Bộ phận Một cửa chậm nhất 01 ngày làm việc trước ngày công chức nghỉ.",
    "2. Phối hợp với Bộ phận Một cửa quản lý, đánh giá, xếp loại công chức được cử.",
    "Điều 7. Chế độ, chính sách",
    "Công chức làm việc tại Bộ phận Một cửa được hưởng chế độ bồi dưỡng theo quy định hiện hành và được hỗ trợ thêm 700.000 đồng/người/tháng từ ngân sách huyện; thời gian hưởng hỗ trợ tính theo số tháng thực tế làm việc tại Bộ phận Một cửa.",
    "#Chương III",
    "#HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA",
    "Điều 8. Thời gian làm việc",
    "1. Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu hằng tuần: buổi sáng từ 7 giờ 00 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00, trừ ngày nghỉ lễ, tết theo quy định.",
    "2. Sáng thứ Bảy, từ 7 giờ 30 đến 11 giờ 00, Bộ phận Một cửa tiếp nhận hồ sơ và trả kết quả đối với TTHC lĩnh vực đất đai.",
    "Điều 9. Tiếp nhận hồ sơ",
    "1. Công chức tiếp nhận hồ sơ có trách nhiệm kiểm tra tính đầy đủ, chính xác của hồ sơ:",
    "a) Trường hợp hồ sơ chưa đầy đủ, chưa chính xác thì hướng dẫn tổ chức, cá nhân bổ sung, hoàn thiện một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ;",
    "b) Trường hợp từ chối tiếp nhận hồ sơ thì lập Phiếu từ chối tiếp nhận giải quyết hồ sơ, nêu rõ lý do;",
    "c) Trường hợp hồ sơ đầy đủ, chính xác thì tiếp nhận, cập nhật vào Hệ thống thông tin giải quyết TTHC tỉnh và lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
    "2. Hồ sơ nộp trực tuyến được kiểm tra, tiếp nhận trong giờ hành chính; hồ sơ nộp trực tuyến sau 16 giờ 30 được tiếp nhận vào ngày làm việc tiếp theo.",
    "Điều 10. Chuyển hồ sơ đến cơ quan giải quyết",
    "1. Ngay sau khi tiếp nhận hồ sơ theo quy định tại điểm c khoản 1 Điều 9 Quy chế này, Bộ phận Một cửa chuyển hồ sơ đến cơ quan có thẩm quyền giải quyết như sau:",
    "a) Chuyển dữ liệu hồ sơ điện tử ngay trong ngày làm việc;",
    "b) Chuyển hồ sơ giấy chậm nhất trong ngày làm việc tiếp theo đối với hồ sơ tiếp nhận sau 15 giờ hằng ngày.",
    "2. Việc giao nhận hồ sơ giấy giữa Bộ phận Một cửa và cơ quan giải quyết phải được ký nhận vào Phiếu kiểm soát quá trình giải quyết hồ sơ.",
    "Điều 11. Trả kết quả và xin lỗi",
    "1. Kết quả giải quyết TTHC được trả tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trực tuyến theo đăng ký của tổ chức, cá nhân.",
    "2. Đối với hồ sơ quá hạn giải quyết, cơ quan chủ trì giải quyết phải có văn bản xin lỗi tổ chức, cá nhân, trong đó ghi rõ lý do quá hạn và thời hạn trả kết quả lần sau; văn bản xin lỗi được gửi Bộ phận Một cửa chậm nhất 01 ngày trước ngày hết hạn giải quyết.",
    "3. Việc hẹn lại ngày trả kết quả chỉ được thực hiện một lần.",
    "Điều 12. Đánh giá chất lượng giải quyết TTHC",
    "1. Tổ chức, cá nhân đánh giá việc giải quyết TTHC qua thiết bị đánh giá tại Bộ phận Một cửa, qua Cổng Dịch vụ công hoặc bằng phiếu đánh giá.",
    "2. Hằng quý, Bộ phận Một cửa tổng hợp kết quả đánh giá, báo cáo Chủ tịch UBND huyện và công khai trên Trang thông tin điện tử huyện trước ngày 10 của tháng đầu quý sau.",
    "Điều 13. Tiếp nhận, xử lý phản ánh, kiến nghị",
    "1. Phản ánh, kiến nghị của tổ chức, cá nhân về hành vi, thái độ của công chức tại Bộ phận Một cửa được gửi trực tiếp, qua hòm thư góp ý hoặc qua Cổng Dịch vụ công.",
    "2. Trưởng Bộ phận Một cửa chịu trách nhiệm xem xét, xử lý và trả lời trong thời hạn 05 ngày làm việc kể từ ngày nhận được phản ánh, kiến nghị; trường hợp vượt thẩm quyền thì báo cáo Chủ tịch UBND huyện.",
    "#Chương IV",
    "#TỔ CHỨC THỰC HIỆN",
    "Điều 14. Trách nhiệm của Văn phòng HĐND và UBND huyện",
    "1. Bảo đảm cơ sở vật chất, trang thiết bị làm việc của Bộ phận Một cửa; bố trí khu vực chờ có đủ ghế ngồi, nước uống, máy tra cứu thông tin TTHC.",
    "2. Chủ trì, phối hợp với Phòng Nội vụ kiểm tra việc chấp hành Quy chế này tối thiểu 02 lần/năm.",
    "Điều 15. Trách nhiệm của các cơ quan, đơn vị liên quan",
    "1. Các cơ quan chuyên môn thuộc UBND huyện cử công chức theo quy định tại Điều 5 Quy chế này; giải quyết hồ sơ đúng thời hạn và chuyển kết quả về Bộ phận Một cửa.",
    "2. Phòng Nội vụ theo dõi, đánh giá việc thực hiện cơ chế một cửa, một cửa liên thông; đưa kết quả vào tiêu chí chấm điểm Chỉ số CCHC hằng năm của các cơ quan, đơn vị.",
    "3. Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng cử viên chức thường trực tại Bộ phận Một cửa để tiếp nhận hồ sơ đất đai; phối hợp với Phòng Nông nghiệp và Môi trường giải quyết hồ sơ đăng ký biến động đất đai bảo đảm đúng hẹn.",
    "4. Phòng Văn hóa, Khoa học và Thông tin bảo đảm hạ tầng mạng, an toàn thông tin cho các phần mềm sử dụng tại Bộ phận Một cửa.",
    "Điều 16. Điều khoản thi hành",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng HĐND và UBND huyện để tổng hợp, trình UBND huyện xem xét, sửa đổi, bổ sung cho phù hợp./.",
]


def _wrap_par(text, width=74):
    if text.startswith("#"):
        return [text[1:].center(width).rstrip()]
    if text.startswith("@"):
        return [text[1:].center(width).rstrip()]
    return textwrap.wrap(text, width=width, initial_indent="    ", break_long_words=False,
                         break_on_hyphens=False)


def make_duc_trong():
    lines = DT_HEAD.split("\n")
    for par in DT_QD:
        lines += _wrap_par(par)
    lines += DT_SIG.split("\n")
    lines.append("\f")
    lines += DT_QC_HEAD.split("\n")
    for par in DT_QC:
        if par.startswith("#Chương"):
            lines.append("")
        lines += _wrap_par(par)
    # insert page numbers roughly every 46 lines (as a text export of a printed document)
    out, count, page = [], 0, 1
    for ln in lines:
        if ln == "\f":
            page += 1
            out += ["", str(page), ""]
            count = 0
            continue
        out.append(ln)
        count += 1
        if count >= 46:
            page += 1
            out += ["", str(page), ""]
            count = 0
    with open(os.path.join(DOCS, DT_FILE), "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------------------
# 4. Báo cáo CCHC 6 tháng đầu năm 2025 xã Hòa Phú (DOCX with statistics table)
# ---------------------------------------------------------------------------
HP_FILE = "bc-cchc-6-thang-xa-hoa-phu-2025.docx"

HP_STATS = [  # lĩnh vực, tiếp nhận, trực tuyến, đúng hạn, quá hạn, đang giải quyết
    ("Hộ tịch", 412, 395, 405, 0, 7),
    ("Chứng thực", 356, 241, 356, 0, 0),
    ("Đất đai", 98, 52, 71, 6, 21),
    ("Lao động, người có công và xã hội", 187, 176, 180, 1, 6),
    ("Xây dựng", 34, 29, 28, 0, 6),
    ("Văn hóa, thể thao", 15, 12, 15, 0, 0),
    ("Nông nghiệp", 22, 19, 21, 0, 1),
]

HP_BODY1 = [
    ("p", "Thực hiện Công văn số 1536/UBND-NV ngày 02/6/2025 của UBND huyện Hòa Vang về việc báo cáo công tác cải cách hành chính 6 tháng đầu năm 2025, UBND xã Hòa Phú báo cáo kết quả như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    ("p", "- UBND xã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2025 về cải cách hành chính năm 2025 và Kế hoạch số 19/KH-UBND ngày 24/01/2025 về tuyên truyền cải cách hành chính năm 2025. Đến ngày 14/6/2025 đã hoàn thành 11/25 nhiệm vụ, đạt 44%; 14 nhiệm vụ còn lại đang triển khai theo tiến độ."),
    ("p", "- Công tác tuyên truyền: phát 36 tin, bài trên hệ thống truyền thanh xã; lồng ghép tuyên truyền cải cách hành chính tại 09 cuộc họp thôn."),
    ("p", "- Công tác tự kiểm tra: kiểm tra tại 03 bộ phận chuyên môn (Tư pháp - Hộ tịch; Địa chính - Xây dựng; Văn hóa - Xã hội); qua kiểm tra đã nhắc nhở 01 công chức chậm cập nhật trạng thái hồ sơ trên hệ thống."),
    ("h", "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH"),
    ("h", "1. Cải cách thể chế"),
    ("p", "Rà soát 14 văn bản do HĐND, UBND xã ban hành, đề nghị bãi bỏ 02 văn bản không còn phù hợp; tổ chức 01 hội nghị phổ biến, giáo dục pháp luật cho 120 lượt người tham dự."),
    ("h", "2. Cải cách thủ tục hành chính"),
    ("p", "- Niêm yết công khai 186 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Bộ phận Một cửa xã."),
    ("p", "- Kết quả tiếp nhận, giải quyết hồ sơ TTHC (từ ngày 15/12/2024 đến ngày 14/6/2025): tiếp nhận 1.124 hồ sơ, trong đó 924 hồ sơ nộp trực tuyến (đạt 82,2%); đã giải quyết 1.083 hồ sơ, trong đó trước và đúng hạn 1.076 hồ sơ (đạt 99,4%), quá hạn 07 hồ sơ; đang giải quyết trong hạn 41 hồ sơ (chi tiết tại Biểu số liệu dưới đây)."),
]
HP_BODY2 = [
    ("p", "- Hồ sơ quá hạn tập trung ở lĩnh vực đất đai (06 hồ sơ) do phải xác minh nguồn gốc sử dụng đất; UBND xã đã gửi văn bản xin lỗi đối với 07/07 hồ sơ quá hạn."),
    ("p", "- Tiếp nhận 05 phản ánh, kiến nghị qua Cổng Dịch vụ công và hòm thư góp ý, đã xử lý xong 05/05 phản ánh, kiến nghị."),
    ("p", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 96,5%."),
    ("h", "3. Cải cách tổ chức bộ máy"),
    ("p", "Thống kê, lập danh sách cán bộ, công chức, người hoạt động không chuyên trách; chuẩn bị các điều kiện phục vụ sắp xếp đơn vị hành chính cấp xã theo Đề án của thành phố."),
    ("h", "4. Cải cách chế độ công vụ"),
    ("p", "100% cán bộ, công chức được đánh giá, xếp loại hằng tháng; cử 06 lượt cán bộ, công chức tham gia các lớp bồi dưỡng do huyện tổ chức."),
    ("h", "5. Cải cách tài chính công"),
    ("p", "Giải ngân vốn đầu tư công 6 tháng đầu năm đạt 46,2% kế hoạch vốn được giao; thu ngân sách trên địa bàn đạt 58,7% dự toán năm."),
    ("h", "6. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "100% văn bản đi (trừ văn bản mật) được ký số và gửi trên môi trường điện tử; phối hợp Công an xã hướng dẫn 1.350 người dân kích hoạt tài khoản định danh điện tử mức độ 2."),
    ("h", "III. ĐÁNH GIÁ CHUNG"),
    ("h", "1. Ưu điểm"),
    ("p", "Công tác CCHC được quan tâm chỉ đạo; tỷ lệ hồ sơ giải quyết trước và đúng hạn, tỷ lệ hồ sơ trực tuyến đạt và vượt chỉ tiêu kế hoạch."),
    ("h", "2. Tồn tại, hạn chế"),
    ("p", "- Còn 07 hồ sơ giải quyết quá hạn, chủ yếu thuộc lĩnh vực đất đai."),
    ("p", "- Tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết TTHC còn thấp (đạt 31%)."),
    ("p", "- Trang thiết bị tại Bộ phận Một cửa xuống cấp, máy quét (scan) thường xuyên hư hỏng, ảnh hưởng đến tiến độ số hóa."),
    ("h", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
    ("p", "1. Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch CCHC năm 2025; phối hợp bàn giao hồ sơ, tài liệu khi sắp xếp đơn vị hành chính cấp xã."),
    ("p", "2. Chấn chỉnh việc giải quyết hồ sơ lĩnh vực đất đai, phấn đấu không để phát sinh hồ sơ quá hạn."),
    ("p", "3. Đẩy mạnh thanh toán trực tuyến, phấn đấu tỷ lệ thanh toán trực tuyến đạt trên 50%."),
    ("p", "4. Hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "- Đề nghị UBND huyện đầu tư 01 máy quét tốc độ cao và 02 máy tính cho Bộ phận Một cửa xã."),
    ("p", "- Đề nghị Phòng Nội vụ huyện tổ chức tập huấn nghiệp vụ số hóa hồ sơ TTHC cho công chức cấp xã."),
    ("p", "Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2025 của UBND xã Hòa Phú./."),
]


def make_hoa_phu():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.8)

    # header as tabbed paragraphs (not a table)
    for left, right, lb, rb, ri in [
        ("UBND HUYỆN HÒA VANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False, True, False),
        ("ỦY BAN NHÂN DÂN XÃ HÒA PHÚ", "Độc lập - Tự do - Hạnh phúc", True, True, False),
        ("", "", False, False, False),
        ("Số: 84/BC-UBND", "Hòa Phú, ngày 17 tháng 6 năm 2025", False, False, True),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(left)
        r.bold = lb
        r.font.size = Pt(12)
        if right:
            p.add_run("\t")
            r2 = p.add_run(right)
            r2.bold, r2.italic = rb, ri
            r2.font.size = Pt(12)

    for t in ["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
              "và phương hướng, nhiệm vụ 6 tháng cuối năm 2025"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold = True

    def body(items):
        for kind, text in items:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            r = p.add_run(text)
            r.bold = kind == "h"

    body(HP_BODY1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Biểu số liệu: Kết quả tiếp nhận, giải quyết hồ sơ TTHC 6 tháng đầu năm 2025")
    r.bold, r.italic = True, True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Đơn vị tính: hồ sơ")
    r.italic = True
    r.font.size = Pt(11)

    tab = doc.add_table(rows=2 + len(HP_STATS) + 1, cols=7)
    tab.style = "Table Grid"

    def setc(cell, text, bold=False, center=True):
        cell.text = ""
        pp = cell.paragraphs[0]
        if center:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(text)
        rr.bold = bold
        rr.font.size = Pt(11)

    a = tab.cell(0, 0).merge(tab.cell(1, 0)); setc(a, "TT", True)
    a = tab.cell(0, 1).merge(tab.cell(1, 1)); setc(a, "Lĩnh vực", True)
    a = tab.cell(0, 2).merge(tab.cell(1, 2)); setc(a, "Tổng số hồ sơ tiếp nhận", True)
    a = tab.cell(0, 3).merge(tab.cell(1, 3)); setc(a, "Trong đó nộp trực tuyến", True)
    a = tab.cell(0, 4).merge(tab.cell(0, 5)); setc(a, "Đã giải quyết", True)
    setc(tab.cell(1, 4), "Trước và đúng hạn", True)
    setc(tab.cell(1, 5), "Quá hạn", True)
    a = tab.cell(0, 6).merge(tab.cell(1, 6)); setc(a, "Đang giải quyết (trong hạn)", True)
    tot = [0, 0, 0, 0, 0]
    for i, row in enumerate(HP_STATS):
        r = 2 + i
        setc(tab.cell(r, 0), str(i + 1))
        setc(tab.cell(r, 1), row[0], center=False)
        for j, v in enumerate(row[1:]):
            setc(tab.cell(r, 2 + j), f"{v:,}".replace(",", "."))
            tot[j] += v
        assert row[1] == row[3] + row[4] + row[5]
    r = 2 + len(HP_STATS)
    a = tab.cell(r, 0).merge(tab.cell(r, 1)); setc(a, "Tổng cộng", True)
    for j, v in enumerate(tot):
        setc(tab.cell(r, 2 + j), f"{v:,}".replace(",", "."), True)
    assert tot == [1124, 924, 1076, 7, 41], tot
    body(HP_BODY2)

    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left = sig.cell(0, 0)
    left.text = ""
    for i, line in enumerate(["Nơi nhận:", "- UBND huyện Hòa Vang (b/c);", "- Phòng Nội vụ huyện;",
                              "- TT Đảng ủy, TT HĐND xã;", "- Lưu: VT."]):
        pp = left.paragraphs[0] if i == 0 else left.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
        rr.bold = rr.italic = i == 0
    _cell_text(sig.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "",
                                "Võ Thị Mỹ Hạnh"],
               bold=[True, True, True, False, False, False, True],
               italic=[False, False, False, False, True, False, False])
    doc.save(os.path.join(DOCS, HP_FILE))


# ---------------------------------------------------------------------------
# 5. Công văn UBND tỉnh Bắc Ninh (scanned, image-only PDF, 2 pages)
# ---------------------------------------------------------------------------
BN_FILE = "cv-ho-so-qua-han-ubnd-bac-ninh-2026-scan.pdf"

BN_PAGE1 = [
    ("2col", ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (False, True)),
    ("2col", ("TỈNH BẮC NINH", "Độc lập - Tự do - Hạnh phúc"), (True, True)),
    ("gap", 18),
    ("2col", ("Số: 1873/UBND-NC", "Bắc Ninh, ngày 14 tháng 4 năm 2026"), (False, False)),
    ("2col", ("V/v đôn đốc xử lý hồ sơ thủ tục", ""), (False, False)),
    ("2col", ("hành chính quá hạn", ""), (False, False)),
    ("gap", 30),
    ("ind", "Kính gửi:", 360, True),
    ("ind", "- Các sở, ban, ngành tỉnh;", 520, False),
    ("ind", "- Ủy ban nhân dân các xã, phường.", 520, False),
    ("gap", 24),
    ("par", "Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, quý I năm 2026 toàn tỉnh tiếp nhận 128.604 hồ sơ, trong đó có 2.315 hồ sơ giải quyết quá hạn (chiếm 1,8%), tập trung chủ yếu ở các lĩnh vực đất đai, xây dựng và đăng ký biện pháp bảo đảm. Một số cơ quan, địa phương chưa thực hiện xin lỗi tổ chức, cá nhân theo quy định."),
    ("par", "Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"),
    ("par", "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường:"),
    ("par", "- Rà soát, xử lý dứt điểm các hồ sơ quá hạn còn tồn đọng trước ngày 30/4/2026; thực hiện xin lỗi bằng văn bản đối với 100% hồ sơ quá hạn."),
    ("par", "- Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để phát sinh hồ sơ quá hạn do lỗi chủ quan của cơ quan, đơn vị mình."),
    ("par", "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra đột xuất việc giải quyết thủ tục hành chính tại các cơ quan, địa phương có tỷ lệ hồ sơ quá hạn cao trong quý II/2026; kết quả kiểm tra là căn cứ đánh giá Chỉ số cải cách hành chính năm 2026."),
]
BN_PAGE2 = [
    ("par", "3. Văn phòng UBND tỉnh:"),
    ("par", "- Hằng tháng công khai danh sách cơ quan, địa phương có hồ sơ quá hạn trên Cổng Dịch vụ công tỉnh."),
    ("par", "- Tổng hợp kết quả thực hiện Công văn này, báo cáo Chủ tịch UBND tỉnh trước ngày 05/7/2026."),
    ("par", "4. Trung tâm Phục vụ hành chính công tỉnh theo dõi, nhắc việc tự động đối với hồ sơ sắp đến hạn trước 02 ngày làm việc."),
    ("par", "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."),
    ("gap", 30),
    ("2col", ("Nơi nhận:", "KT. CHỦ TỊCH"), (True, True)),
    ("2col", ("- Như trên;", "PHÓ CHỦ TỊCH"), (False, True)),
    ("2col", ("- Chủ tịch, các PCT UBND tỉnh;", ""), (False, False)),
    ("2col", ("- Lưu: VT, NC.", "(Đã ký)"), (False, False)),
    ("gap", 60),
    ("2col", ("", "Nguyễn Đức Toàn"), (False, True)),
]

BN_TEXT = [BN_PAGE1, BN_PAGE2]


def _render_page(items, page_no, seed):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 38)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 38)
    left, right = 190, W - 150
    colL, colR = 390, 1140  # centres of the header columns
    y = 150
    lh = 62
    for it in items:
        kind = it[0]
        if kind == "gap":
            y += it[1]
        elif kind == "2col":
            (a, b), (ba, bb) = it[1], it[2]
            if a:
                fa = fb if ba else f
                wa = d.textlength(a, font=fa)
                xa = colL - wa / 2 if not a.startswith("-") and not a.startswith("Nơi") else left
                d.text((xa, y), a, font=fa, fill=0)
            if b:
                fbb = fb if bb else f
                wb = d.textlength(b, font=fbb)
                d.text((colR - wb / 2, y), b, font=fbb, fill=0)
            y += lh
        elif kind == "ind":
            d.text((it[2], y), it[1], font=fb if it[3] else f, fill=0)
            y += lh
        elif kind == "par":
            words = it[1].split(" ")
            line, first = "", True
            x0 = left + 80
            for w_ in words:
                test = (line + " " + w_).strip()
                maxw = right - (x0 if first else left)
                if d.textlength(test, font=f) > maxw:
                    d.text((x0 if first else left, y), line, font=f, fill=0)
                    y += lh
                    first = False
                    line = w_
                else:
                    line = test
            if line:
                d.text((x0 if first else left, y), line, font=f, fill=0)
                y += lh
            y += 10
    if page_no > 1:
        d.text((W / 2 - 10, 70), str(page_no), font=f, fill=0)
    rnd = random.Random(seed)
    # slight rotation, blur, speckle noise, grey cast
    img = img.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.5, 0.9), resample=Image.BICUBIC,
                     expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice([0, 60, 120, 180])
    for yy in range(0, H, 3):
        for x in range(0, W, 3):
            v = px[x, yy]
            if v > 200:
                px[x, yy] = max(0, v - rnd.randint(0, 18))
    return img.convert("RGB")


def make_bac_ninh():
    pages = [_render_page(items, i + 1, 1000 + i) for i, items in enumerate(BN_TEXT)]
    pages[0].save(os.path.join(DOCS, BN_FILE), save_all=True, append_images=pages[1:], resolution=200.0)


def bn_source_text():
    """The text printed on the scan (for verifying snippets)."""
    out = []
    for page in BN_TEXT:
        for it in page:
            if it[0] == "2col":
                out.append("  ".join(x for x in it[1] if x))
            elif it[0] == "ind":
                out.append(it[1])
            elif it[0] == "par":
                out.append(it[1])
    return "\n".join(out)


if __name__ == "__main__":
    make_hac_thanh()
    make_vinh_long()
    make_duc_trong()
    make_hoa_phu()
    make_bac_ninh()
    print("done:", sorted(os.listdir(DOCS)))
