#!/usr/bin/env python3
"""Generate the h5 foreign-document eval set (five invented CCHC documents).

Run from this folder:  /work/main/.venv/bin/python make_h5.py
Writes docs/h5-*, meta_h5.jsonl, tasks_h5.jsonl, qa_h5.jsonl.
All places, people and numbers are invented.
"""
import json
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

from reportlab import rl_config
rl_config.invariant = 1  # reproducible PDF bytes

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVSerif", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSerif-Italic", FONT_DIR + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DVSerif-BoldItalic", FONT_DIR + "DejaVuSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-Bold",
                   italic="DVSerif-Italic", boldItalic="DVSerif-BoldItalic")


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- docx helpers

def docx_base():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(6)
    import datetime
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VT"
    cp.created = cp.modified = datetime.datetime(2025, 1, 1)
    cp.revision = 1
    return doc


def para(doc, text, bold=False, italic=False, align=None, size=None, indent=True,
         space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(nfc(text))
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.0)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, italic=False, align="left", size=12):
    cell.text = ""
    lines = nfc(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT,
                       "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def docx_header_block(doc, left_lines, right_lines):
    """Borderless two-column header table, as offices lay it out."""
    t = doc.add_table(rows=len(left_lines), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (l, r) in enumerate(zip(left_lines, right_lines)):
        lt, lb, li = l
        rt, rb, ri = r
        cell_text(t.cell(i, 0), lt, bold=lb, italic=li, align="center", size=12)
        cell_text(t.cell(i, 1), rt, bold=rb, italic=ri, align="center", size=12)
    set_col_widths(t, [6.0, 10.0])
    return t


# ================================================================ DOC 1
# DOCX Kế hoạch of UBND xã Đèo Vàng (huyện Cẩm Lương, tỉnh Bắc Giang)

D1 = "h5-kh-cchc-xa-deo-vang-2025.docx"

D1_TABLE = [
    ("I", "Công tác chỉ đạo, điều hành", None),
    ("1", "Xây dựng, ban hành Kế hoạch CCHC năm 2025 và các kế hoạch chuyên đề",
     "Văn phòng - Thống kê", "Các công chức chuyên môn", "Tháng 01/2025", "Kế hoạch của UBND xã"),
    ("2", "Kiện toàn Tổ giúp việc CCHC của xã", "Văn phòng - Thống kê", "", "Quý I/2025",
     "Quyết định kiện toàn Tổ giúp việc"),
    ("3", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của xã", "Văn phòng - Thống kê",
     "Tư pháp - Hộ tịch; Tài chính - Kế toán", "Trước ngày 15/11/2025",
     "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
    ("4", "Tuyên truyền CCHC trên hệ thống truyền thanh xã và trang Zalo của UBND xã",
     "Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Hằng tháng", ""),
    ("II", "Cải cách thể chế", None),
    ("1", "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND xã ban hành", "Tư pháp - Hộ tịch",
     "Văn phòng - Thống kê", "Quý III/2025", "Báo cáo kết quả rà soát"),
    ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng",
     "Tư pháp - Hộ tịch", "Địa chính - Xây dựng", "Trong năm",
     "Báo cáo theo dõi thi hành pháp luật"),
    ("III", "Cải cách thủ tục hành chính", None),
    ("1", "Niêm yết, công khai TTHC tại Bộ phận Một cửa và trên trang thông tin điện tử của xã",
     "Bộ phận Một cửa", "Các công chức chuyên môn", "", "Bảng niêm yết TTHC"),
    ("2", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực", "Tư pháp - Hộ tịch",
     "Bộ phận Một cửa", "Tháng 6/2025", "Dữ liệu số hóa trên Hệ thống thông tin giải quyết TTHC"),
    ("3", "Hỗ trợ người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
     "Đoàn Thanh niên xã", "Bộ phận Một cửa", "Thường xuyên", "Sổ theo dõi hỗ trợ"),
    ("IV", "Cải cách tổ chức bộ máy", None),
    ("1", "Rà soát, điều chỉnh Đề án vị trí việc làm của cán bộ, công chức xã",
     "Văn phòng - Thống kê", "", "Quý II/2025", "Đề án vị trí việc làm điều chỉnh"),
    ("V", "Cải cách chế độ công vụ", None),
    ("1", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2025", "Văn phòng - Thống kê",
     "Ủy ban MTTQ và các đoàn thể xã", "Tháng 12/2025", "Quyết định xếp loại"),
    ("2", "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng số do huyện tổ chức",
     "Văn hóa - Xã hội", "Văn phòng - Thống kê", "Quý II, III/2025", "Danh sách cử đi bồi dưỡng"),
    ("VI", "Cải cách tài chính công", None),
    ("1", "Công khai dự toán, quyết toán ngân sách xã", "Tài chính - Kế toán",
     "Văn phòng - Thống kê", "Theo quy định", "Báo cáo công khai ngân sách"),
    ("VII", "Xây dựng chính quyền điện tử, chính quyền số", None),
    ("1", "Vận hành hệ thống quản lý văn bản và điều hành; ký số văn bản điện tử",
     "Văn phòng - Thống kê", "Các công chức chuyên môn", "Thường xuyên", ""),
    ("2", "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC", "Tài chính - Kế toán",
     "Bộ phận Một cửa", "Quý IV/2025", "Biên lai điện tử"),
]


def build_doc1():
    doc = docx_base()
    docx_header_block(doc,
        [("UBND HUYỆN CẨM LƯƠNG", False, False), ("ỦY BAN NHÂN DÂN XÃ ĐÈO VÀNG", True, False),
         ("Số: 14/KH-UBND", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
         ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("Đèo Vàng, ngày 10 tháng 01 năm 2025", False, True)])
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, align="center", space_after=0)
    para(doc, "Cải cách hành chính xã Đèo Vàng năm 2025", bold=True, align="center")
    para(doc, "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình "
              "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;")
    para(doc, "Căn cứ Kế hoạch số 318/KH-UBND ngày 27/12/2024 của UBND huyện Cẩm Lương về cải "
              "cách hành chính năm 2025;")
    para(doc, "Ủy ban nhân dân xã Đèo Vàng xây dựng Kế hoạch cải cách hành chính năm 2025 như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(doc, "- Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC trên địa bàn xã; khắc phục các "
              "tồn tại, hạn chế được chỉ ra qua kết quả kiểm tra CCHC năm 2024 của UBND huyện.")
    para(doc, "- Cải thiện điểm số Chỉ số CCHC của xã, phấn đấu năm 2025 xếp hạng trong nhóm 5 xã "
              "dẫn đầu của huyện; nâng cao mức độ hài lòng của người dân, tổ chức.")
    para(doc, "2. Yêu cầu", bold=True)
    para(doc, "- Xác định rõ công chức thực hiện, bộ phận phối hợp, thời gian hoàn thành và sản phẩm "
              "của từng nhiệm vụ; gắn kết quả thực hiện với đánh giá, xếp loại cán bộ, công chức cuối năm.")
    para(doc, "- Người đứng đầu các bộ phận chịu trách nhiệm trước Chủ tịch UBND xã về kết quả thực "
              "hiện nhiệm vụ được giao.")
    para(doc, "II. MỤC TIÊU", bold=True)
    para(doc, "1. 100% văn bản QPPL do HĐND, UBND xã ban hành được rà soát, kiểm tra theo quy định.")
    para(doc, "2. Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 98%; tỷ lệ số hóa hồ "
              "sơ, kết quả giải quyết TTHC đạt 90%.")
    para(doc, "3. Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 60%.")
    para(doc, "4. Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC đạt tối thiểu 92%.")
    para(doc, "5. 100% cán bộ, công chức xã được bồi dưỡng kỹ năng số ít nhất 01 lần trong năm.")
    para(doc, "III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    para(doc, "Các nhiệm vụ cụ thể, bộ phận thực hiện, thời gian và sản phẩm được phân công như sau:")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp",
           "Thời gian thực hiện", "Sản phẩm"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, align="center")
    mark_header_row(t.rows[0])
    for r in D1_TABLE:
        row = t.add_row()
        if r[2] is None:
            cell_text(row.cells[0], r[0], bold=True, align="center")
            m = row.cells[1].merge(row.cells[5])
            cell_text(m, r[1], bold=True)
        else:
            vals = list(r)
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v, align="center" if i in (0, 4) else "left")
    set_col_widths(t, [1.0, 4.6, 2.5, 2.7, 2.6, 2.8])
    for row in t.rows:
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    para(doc, "")
    para(doc, "Ngoài các nhiệm vụ nêu trên, các công chức chuyên môn thực hiện các nhiệm vụ CCHC "
              "khác theo chỉ đạo của UBND huyện Cẩm Lương.")
    para(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True)
    para(doc, "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách xã năm 2025 đã được "
              "HĐND xã giao; việc quản lý, sử dụng kinh phí thực hiện theo quy định hiện hành.")
    para(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Văn phòng - Thống kê là đầu mối tham mưu UBND xã theo dõi, đôn đốc việc thực hiện "
              "Kế hoạch; tổng hợp báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Phòng Nội vụ huyện "
              "trước ngày 12 của tháng cuối kỳ báo cáo.")
    para(doc, "2. Các công chức chuyên môn căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; "
              "báo cáo kết quả về Văn phòng - Thống kê trước ngày 08 của tháng cuối quý.")
    para(doc, "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tuyên truyền, vận "
              "động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến.")
    para(doc, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận báo cáo UBND xã "
              "(qua Văn phòng - Thống kê) để xem xét, giải quyết./.")
    sig = doc.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), "Nơi nhận:\n- UBND huyện Cẩm Lương (b/c);\n- Phòng Nội vụ huyện;\n"
              "- TT Đảng ủy, HĐND xã;\n- CT, các PCT UBND xã;\n- Các công chức chuyên môn;\n"
              "- Lưu: VT.", size=11)
    cell_text(sig.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nHà Văn Quyết",
              bold=True, align="center", size=13)
    set_col_widths(sig, [7.0, 9.0])
    doc.save(os.path.join(DOCS, D1))


# ================================================================ DOC 2
# DOCX Chỉ thị of Chủ tịch UBND huyện Kênh Xáng (tỉnh Hậu Giang), appendix table
# with a two-row header after the signature.

D2 = "h5-ct-ky-cuong-tthc-kenh-xang-2025.docx"

# (STT, Nhiệm vụ, Chủ trì, Phối hợp, Bắt đầu, Hoàn thành, Sản phẩm); Bắt đầu None = merged
D2_TABLE = [
    ("1", "Quán triệt, phổ biến Chỉ thị đến toàn thể cán bộ, công chức, viên chức",
     "Phòng Nội vụ", "Các cơ quan chuyên môn; UBND các xã, thị trấn", "01/3/2025", "15/3/2025",
     "Biên bản hội nghị quán triệt"),
    ("2", "Kiểm tra công vụ đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
     "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", None, "Thường xuyên",
     "Thông báo kết quả kiểm tra"),
    ("3", "Thông báo danh sách hồ sơ TTHC quá hạn trên Hệ thống thông tin giải quyết TTHC",
     "Văn phòng HĐND và UBND huyện", "Bộ phận Một cửa huyện", None, "Hằng tuần",
     "Thông báo hằng tuần"),
    ("4", "Giải quyết dứt điểm hồ sơ đất đai tồn đọng, quá hạn",
     "Chi nhánh Văn phòng Đăng ký đất đai", "Phòng Tài nguyên và Môi trường; UBND các xã, thị trấn",
     "01/3/2025", "30/6/2025", "Báo cáo kết quả giải quyết"),
    ("5", "Rà soát, cắt giảm thời gian giải quyết TTHC lĩnh vực xây dựng",
     "Phòng Kinh tế và Hạ tầng", "Phòng Tư pháp", "01/4/2025", "31/7/2025",
     "Phương án cắt giảm trình UBND huyện"),
    ("6", "Công khai số điện thoại đường dây nóng, hộp thư góp ý tại nơi tiếp nhận hồ sơ",
     "UBND các xã, thị trấn", "Văn phòng HĐND và UBND huyện", "01/3/2025", "31/3/2025",
     "Bảng công khai số điện thoại, hộp thư góp ý"),
    ("7", "Khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) tại Bộ phận Một cửa cấp huyện, cấp xã",
     "Phòng Nội vụ", "Huyện Đoàn", "01/8/2025", "30/9/2025", "Báo cáo kết quả khảo sát"),
    ("8", "Tuyên truyền Chỉ thị trên Trang thông tin điện tử huyện và đài truyền thanh",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh",
     "01/3/2025", "31/12/2025", "Tin, bài tuyên truyền"),
    ("9", "Xử lý trách nhiệm tập thể, cá nhân để hồ sơ quá hạn không có lý do chính đáng",
     "Phòng Nội vụ", "Thủ trưởng các cơ quan, đơn vị", None, "Khi phát sinh",
     "Văn bản xử lý trách nhiệm"),
    ("10", "Gửi văn bản xin lỗi đối với 100% hồ sơ giải quyết quá hạn",
     "Các cơ quan giải quyết TTHC", "", None, "Thường xuyên", "Thư xin lỗi"),
    ("11", "Sơ kết 6 tháng đầu năm thực hiện Chỉ thị", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện", "01/6/2025", "20/6/2025", "Báo cáo sơ kết"),
    ("12", "Tổng kết thực hiện Chỉ thị năm 2025", "Phòng Nội vụ",
     "Các cơ quan, đơn vị; UBND các xã, thị trấn", "01/12/2025", "15/12/2025",
     "Báo cáo tổng kết"),
]


def build_doc2():
    doc = docx_base()
    docx_header_block(doc,
        [("ỦY BAN NHÂN DÂN", True, False), ("HUYỆN KÊNH XÁNG", True, False),
         ("Số: 02/CT-UBND", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
         ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("Kênh Xáng, ngày 20 tháng 02 năm 2025", False, True)])
    para(doc, "")
    para(doc, "CHỈ THỊ", bold=True, align="center", space_after=0)
    para(doc, "Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng", bold=True,
         align="center", space_after=0)
    para(doc, "giải quyết thủ tục hành chính trên địa bàn huyện năm 2025", bold=True, align="center")
    para(doc, "Năm 2024, công tác cải cách hành chính trên địa bàn huyện Kênh Xáng có chuyển biến "
              "tích cực; tuy nhiên Chỉ số CCHC của huyện chỉ xếp thứ 6/8 huyện, thị xã, thành phố "
              "của tỉnh Hậu Giang. Trong năm còn 214 hồ sơ TTHC giải quyết quá hạn, tập trung chủ "
              "yếu ở lĩnh vực đất đai (chiếm 71%); Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) "
              "của huyện đạt 86,4%, thấp hơn bình quân chung của tỉnh. Một số công chức còn thiếu "
              "trách nhiệm, chậm trễ trong hướng dẫn, tiếp nhận hồ sơ.")
    para(doc, "Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân huyện chỉ thị:")
    para(doc, "1. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn",
         bold=True)
    para(doc, "a) Chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả cải cách hành chính của cơ "
              "quan, địa phương mình; không để phát sinh hồ sơ quá hạn mà không có văn bản xin lỗi "
              "người dân, tổ chức.")
    para(doc, "b) Bảo đảm tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn năm 2025 đạt tối thiểu "
              "97%; tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 55%.")
    para(doc, "c) Công khai số điện thoại đường dây nóng, hộp thư góp ý tại nơi tiếp nhận hồ sơ; "
              "tiếp nhận, xử lý phản ánh, kiến nghị trong thời hạn 05 ngày làm việc.")
    para(doc, "2. Phòng Nội vụ", bold=True)
    para(doc, "Chủ trì tham mưu kiểm tra công vụ đột xuất, ít nhất 02 cuộc mỗi quý; tham mưu xử lý "
              "trách nhiệm tập thể, cá nhân vi phạm; theo dõi, tổng hợp tình hình thực hiện Chỉ thị, "
              "báo cáo Chủ tịch UBND huyện.")
    para(doc, "3. Văn phòng HĐND và UBND huyện", bold=True)
    para(doc, "Theo dõi tình hình giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh; "
              "hằng tuần (ngày thứ Hai) thông báo danh sách hồ sơ quá hạn đến các cơ quan, đơn vị "
              "có liên quan.")
    para(doc, "4. Chi nhánh Văn phòng Đăng ký đất đai huyện Kênh Xáng", bold=True)
    para(doc, "Rà soát, phân loại và giải quyết dứt điểm hồ sơ đất đai tồn đọng, quá hạn trước ngày "
              "30/6/2025; không yêu cầu người dân bổ sung giấy tờ ngoài quy định.")
    para(doc, "5. Phòng Văn hóa và Thông tin", bold=True)
    para(doc, "Tuyên truyền nội dung Chỉ thị trên Trang thông tin điện tử huyện, hệ thống truyền "
              "thanh cơ sở; biểu dương cá nhân, tập thể làm tốt.")
    para(doc, "6. Tổ chức thực hiện", bold=True)
    para(doc, "Các nhiệm vụ cụ thể được giao tại Phụ lục kèm theo Chỉ thị này. Thủ trưởng các cơ "
              "quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện Chỉ thị này. Chỉ "
              "thị có hiệu lực kể từ ngày ký./.")
    sig = doc.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), "Nơi nhận:\n- UBND tỉnh Hậu Giang (b/c);\n- Sở Nội vụ;\n"
              "- TT Huyện ủy, TT HĐND huyện;\n- CT, các PCT UBND huyện;\n"
              "- Các cơ quan, đơn vị thuộc huyện;\n- UBND các xã, thị trấn;\n- Lưu: VT.", size=11)
    cell_text(sig.cell(0, 1), "CHỦ TỊCH\n\n(Đã ký)\n\nLâm Quốc Trung", bold=True,
              align="center", size=13)
    set_col_widths(sig, [7.0, 9.0])

    # appendix on a new page, landscape-ish table under a two-row header
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, align="center", space_after=0)
    para(doc, "DANH MỤC NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 02/CT-UBND", bold=True, align="center",
         space_after=0)
    para(doc, "(Kèm theo Chỉ thị số 02/CT-UBND ngày 20/02/2025 của Chủ tịch UBND huyện Kênh Xáng)",
         italic=True, align="center")
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-row header
    m = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(m, "STT", bold=True, align="center", size=10)
    m = t.cell(0, 1).merge(t.cell(1, 1)); cell_text(m, "Nhiệm vụ", bold=True, align="center", size=10)
    m = t.cell(0, 2).merge(t.cell(0, 3)); cell_text(m, "Đơn vị", bold=True, align="center", size=10)
    m = t.cell(0, 4).merge(t.cell(0, 5)); cell_text(m, "Thời gian", bold=True, align="center", size=10)
    m = t.cell(0, 6).merge(t.cell(1, 6)); cell_text(m, "Sản phẩm", bold=True, align="center", size=10)
    for c, h in zip((2, 3, 4, 5), ("Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành")):
        cell_text(t.cell(1, c), h, bold=True, align="center", size=10)
    for c in range(7):
        cell_text(t.cell(2, c), "(%d)" % (c + 1), italic=True, align="center", size=10)
    for r in range(3):
        mark_header_row(t.rows[r])
    for (stt, nv, ct, ph, bd, ht, sp) in D2_TABLE:
        row = t.add_row()
        idx = len(t.rows) - 1
        cell_text(row.cells[0], stt, align="center", size=10)
        cell_text(row.cells[1], nv, size=10)
        cell_text(row.cells[2], ct, size=10)
        cell_text(row.cells[3], ph, size=10)
        if bd is None:
            m = t.cell(idx, 4).merge(t.cell(idx, 5))
            cell_text(m, ht, align="center", size=10)
        else:
            cell_text(row.cells[4], bd, align="center", size=10)
            cell_text(row.cells[5], ht, align="center", size=10)
        cell_text(row.cells[6], sp, size=10)
    set_col_widths(t, [1.0, 4.0, 2.3, 2.4, 2.2, 2.2, 2.3])
    for row in t.rows:
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    doc.save(os.path.join(DOCS, D2))


# ---------------------------------------------------------------- pdf helpers

def pdf_styles(size=12):
    base = ParagraphStyle("b", fontName="DVSerif", fontSize=size, leading=size * 1.4,
                          alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4)
    return {
        "body": base,
        "noind": ParagraphStyle("n", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontName="DVSerif-Bold", firstLineIndent=0,
                            spaceBefore=4),
        "title": ParagraphStyle("t", parent=base, fontName="DVSerif-Bold", alignment=TA_CENTER,
                                firstLineIndent=0, fontSize=size + 1, leading=(size + 1) * 1.3,
                                spaceAfter=0),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "cell": ParagraphStyle("cell", fontName="DVSerif", fontSize=9.5, leading=12,
                               alignment=TA_LEFT),
        "cellc": ParagraphStyle("cellc", fontName="DVSerif", fontSize=9.5, leading=12,
                                alignment=TA_CENTER),
        "cellh": ParagraphStyle("cellh", fontName="DVSerif-Bold", fontSize=9.5, leading=12,
                                alignment=TA_CENTER),
        "hdr": ParagraphStyle("hdr", fontName="DVSerif", fontSize=10.5, leading=14,
                              alignment=TA_CENTER),
        "small": ParagraphStyle("s", fontName="DVSerif", fontSize=9.5, leading=12),
    }


def pdf_header_block(S, left, right):
    data = [[Paragraph(l, S["hdr"]), Paragraph(r, S["hdr"])] for l, r in zip(left, right)]
    t = Table(data, colWidths=[6.2 * cm, 10.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return t


def page_number(canvas, doc):
    canvas.saveState()
    canvas.setFont("DVSerif", 10)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))
    canvas.restoreState()


def first_page(canvas, doc):
    pass


# ================================================================ DOC 3
# PDF Kế hoạch kiểm tra CCHC 2024 of Sở Nội vụ tỉnh Kon Tum, schedule table with
# Trưởng đoàn / Thành viên cells merged over groups of rows.

D3 = "h5-kh-kiem-tra-cchc-snv-kon-tum-2024.pdf"

D3_ROWS = [  # STT, unit, time
    ("1", "Sở Tài nguyên và Môi trường", "Ngày 09/7/2024"),
    ("2", "Sở Y tế", "Ngày 11/7/2024"),
    ("3", "UBND huyện Ia Brêl", "Ngày 16 - 17/7/2024"),
    ("4", "UBND huyện Kon Brai", "Ngày 23 - 24/7/2024"),
    ("5", "Ban Quản lý Khu kinh tế tỉnh", "Ngày 26/7/2024"),
    ("6", "Sở Giao thông vận tải", "Ngày 06/8/2024"),
    ("7", "UBND huyện Đăk Mơ Năng", "Ngày 08 - 09/8/2024"),
    ("8", "Sở Lao động - Thương binh và Xã hội", "Ngày 13/8/2024"),
    ("9", "UBND huyện Ngok Lây", "Ngày 20 - 21/8/2024"),
    ("10", "Sở Văn hóa, Thể thao và Du lịch", "Ngày 05/9/2024"),
    ("11", "UBND huyện Đăk Kroong", "Ngày 10 - 11/9/2024"),
    ("12", "UBND huyện Măng Rơi", "Ngày 17 - 18/9/2024"),
    ("13", "UBND huyện Pô Kơ Tây", "Ngày 24 - 25/9/2024"),
]
D3_LEADS = [  # (first row idx, last row idx, text)
    (0, 4, "Ông A Vương, Phó Giám đốc Sở Nội vụ"),
    (5, 8, "Bà Nguyễn Thị Kim Oanh, Phó Giám đốc Sở Nội vụ"),
    (9, 12, "Ông Phạm Quang Dũng, Chánh Thanh tra Sở Nội vụ"),
]
D3_MEMBERS = [
    (0, 4, "Bà Trần Thị Mỹ Linh, Trưởng phòng Cải cách hành chính; Ông Lê Hữu Phát, chuyên viên "
           "Văn phòng UBND tỉnh; đại diện Sở Tư pháp"),
    (5, 8, "Ông Đinh Văn Hào, Phó Trưởng phòng Cải cách hành chính; Bà Y Nhung, chuyên viên Sở "
           "Tư pháp; đại diện Sở Thông tin và Truyền thông"),
    (9, 10, "Ông Hồ Tấn Lực, chuyên viên Phòng Cải cách hành chính; đại diện Văn phòng UBND tỉnh"),
    (11, 12, "Bà Lý Thị Thu, chuyên viên Phòng Công chức, viên chức; đại diện Sở Thông tin và "
             "Truyền thông"),
]


def group_value(groups, i):
    for a, b, txt in groups:
        if a <= i <= b:
            return txt
    return ""


def build_doc3():
    S = pdf_styles(12)
    story = []
    story.append(pdf_header_block(S,
        ["UBND TỈNH KON TUM", "<b>SỞ NỘI VỤ</b>", "Số: 87/KH-SNV"],
        ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b>Độc lập - Tự do - Hạnh phúc</b>",
         "<i>Kon Tum, ngày 14 tháng 6 năm 2024</i>"]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("KẾ HOẠCH", S["title"]))
    story.append(Paragraph("Kiểm tra công tác cải cách hành chính năm 2024", S["title"]))
    story.append(Spacer(1, 10))
    P = lambda t, s="body": story.append(Paragraph(nfc(t), S[s]))
    P("Căn cứ Kế hoạch số 4512/KH-UBND ngày 22/12/2023 của UBND tỉnh Kon Tum về cải cách hành "
      "chính năm 2024; Quyết định số 1170/QĐ-UBND ngày 03/4/2024 của UBND tỉnh giao Sở Nội vụ "
      "chủ trì tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương;")
    P("Sở Nội vụ ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:")
    P("I. MỤC ĐÍCH, YÊU CẦU", "h")
    P("1. Mục đích", "h")
    P("Đánh giá tình hình, kết quả triển khai nhiệm vụ CCHC năm 2024 tại các cơ quan, đơn vị, địa "
      "phương; phát hiện tồn tại, hạn chế để chấn chỉnh kịp thời; làm cơ sở thẩm định kết quả tự "
      "chấm điểm Chỉ số CCHC năm 2024.")
    P("2. Yêu cầu", "h")
    P("Kiểm tra đúng nội dung, đúng thành phần, không gây phiền hà cho đơn vị được kiểm tra; kết "
      "luận kiểm tra phải rõ ưu điểm, hạn chế, trách nhiệm và kiến nghị biện pháp khắc phục.")
    P("II. ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA", "h")
    P("1. Đối tượng kiểm tra", "h")
    P("13 cơ quan, đơn vị, địa phương, gồm: 06 sở, ban, ngành tỉnh và UBND 07 huyện (chi tiết tại "
      "Lịch kiểm tra ở mục IV). Tại mỗi huyện, Đoàn kiểm tra chọn ngẫu nhiên 01 xã để kiểm tra "
      "việc giải quyết TTHC tại Bộ phận Một cửa cấp xã.")
    P("2. Nội dung kiểm tra", "h")
    P("a) Công tác chỉ đạo, điều hành CCHC: việc ban hành kế hoạch, tuyên truyền, chế độ báo cáo; "
      "việc khắc phục tồn tại sau kiểm tra năm 2023.")
    P("b) Cải cách thủ tục hành chính: việc công khai TTHC, tiếp nhận và giải quyết hồ sơ; kiểm tra "
      "xác suất tối thiểu 20 hồ sơ TTHC đã giải quyết tại mỗi đơn vị; việc số hóa hồ sơ, kết quả "
      "giải quyết TTHC.")
    P("c) Cải cách tổ chức bộ máy và chế độ công vụ: việc sắp xếp tổ chức, quản lý biên chế; việc "
      "chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ.")
    P("d) Xây dựng, phát triển chính quyền số: việc sử dụng hệ thống quản lý văn bản và điều hành, "
      "chữ ký số; việc cung cấp dịch vụ công trực tuyến.")
    P("III. HÌNH THỨC, THỜI GIAN KIỂM TRA", "h")
    P("1. Hình thức: kiểm tra trực tiếp tại đơn vị, kết hợp kiểm tra trên Hệ thống thông tin giải "
      "quyết TTHC tỉnh Kon Tum và Hệ thống quản lý văn bản và điều hành.")
    P("2. Thời gian: từ tháng 7 đến tháng 9 năm 2024. Mỗi sở, ban, ngành kiểm tra trong 01 ngày; "
      "mỗi huyện kiểm tra trong 02 ngày (01 ngày tại UBND huyện, 01 ngày tại xã được chọn).")
    P("IV. THÀNH PHẦN ĐOÀN VÀ LỊCH KIỂM TRA", "h")
    P("1. Thành phần Đoàn kiểm tra", "h")
    P("Sở Nội vụ thành lập 03 Đoàn kiểm tra. Trưởng đoàn là lãnh đạo Sở Nội vụ; thành viên gồm "
      "công chức Sở Nội vụ và đại diện Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin và Truyền "
      "thông. Thành phần cụ thể do Giám đốc Sở Nội vụ quyết định.")
    P("2. Lịch kiểm tra", "h")

    hdr = ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Trưởng đoàn", "Thành viên đoàn"]
    data = [[Paragraph(h, S["cellh"]) for h in hdr]]
    for i, (stt, unit, when) in enumerate(D3_ROWS):
        lead = ""
        for a, b, txt in D3_LEADS:
            if i == a:
                lead = txt
        mem = ""
        for a, b, txt in D3_MEMBERS:
            if i == a:
                mem = txt
        data.append([Paragraph(stt, S["cellc"]), Paragraph(unit, S["cell"]),
                     Paragraph(when, S["cellc"]),
                     Paragraph(lead, S["cellc"]) if lead else "",
                     Paragraph(mem, S["cell"]) if mem else ""])
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for a, b, _ in D3_LEADS:
        style.append(("SPAN", (3, a + 1), (3, b + 1)))
    for a, b, _ in D3_MEMBERS:
        style.append(("SPAN", (4, a + 1), (4, b + 1)))
    t = Table(data, colWidths=[1.3 * cm, 3.9 * cm, 3.0 * cm, 3.5 * cm, 5.0 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 8))
    P("3. Trách nhiệm của đơn vị được kiểm tra", "h")
    P("Xây dựng báo cáo theo đề cương gửi kèm Kế hoạch này, gửi về Sở Nội vụ (qua Phòng Cải cách "
      "hành chính) trước ngày kiểm tra ít nhất 05 ngày làm việc; bố trí lãnh đạo đơn vị và công "
      "chức có liên quan làm việc với Đoàn; chuẩn bị đầy đủ hồ sơ, tài liệu kiểm chứng.")
    P("V. TỔ CHỨC THỰC HIỆN", "h")
    P("1. Phòng Cải cách hành chính tham mưu Giám đốc Sở quyết định thành lập các Đoàn kiểm tra "
      "trước ngày 01/7/2024; chuẩn bị đề cương, biểu mẫu; tổng hợp kết quả kiểm tra, tham mưu "
      "báo cáo UBND tỉnh trước ngày 15/10/2024.")
    P("2. Văn phòng Sở bố trí phương tiện, bảo đảm kinh phí cho hoạt động của các Đoàn kiểm tra "
      "từ nguồn kinh phí cải cách hành chính năm 2024 đã giao cho Sở Nội vụ.")
    P("3. Đề nghị Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin và Truyền thông cử công chức tham "
      "gia Đoàn kiểm tra, gửi danh sách về Sở Nội vụ trước ngày 25/6/2024.")
    P("4. Trường hợp thay đổi thời gian kiểm tra, Sở Nội vụ thông báo cho đơn vị được kiểm tra "
      "trước ít nhất 03 ngày làm việc./.")
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- UBND tỉnh (b/c);<br/>- Giám đốc, các "
                            "PGĐ Sở;<br/>- Các cơ quan, đơn vị được kiểm tra;<br/>- VP UBND tỉnh, "
                            "Sở Tư pháp, Sở TT&amp;TT;<br/>- Lưu: VT, CCHC.", S["small"]),
                  Paragraph("<b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><i>(Đã ký)</i><br/><br/>"
                            "<b>Nguyễn Thị Kim Oanh</b>", S["center"])]],
                colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 8))
    story.append(KeepTogether(sig))
    doc = SimpleDocTemplate(os.path.join(DOCS, D3), pagesize=A4, leftMargin=2.5 * cm,
                            rightMargin=1.8 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title="Ke hoach kiem tra CCHC 2024", author="So Noi vu")
    doc.build(story, onFirstPage=first_page, onLaterPages=page_number)


# ================================================================ DOC 4
# PDF Báo cáo of UBND huyện Đá Bia (tỉnh Phú Yên): figures table + next-period task
# table with a two-row header (Thời gian: Bắt đầu | Hoàn thành; Đơn vị: Chủ trì | Phối hợp).

D4 = "h5-bc-cchc-huyen-da-bia-2024.pdf"

D4_FIG = [  # unit, total, early, ontime, late
    ("Bộ phận Một cửa huyện", 3482, 2915, 531, 36),
    ("Thị trấn Cù Mông", 1206, 1012, 188, 6),
    ("Xã Hòa Lộc Đông", 684, 590, 91, 3),
    ("Xã An Thạch Tây", 712, 540, 143, 29),
    ("Xã Sơn Nguyên", 455, 401, 54, 0),
    ("Xã Xuân Bình Bắc", 538, 460, 75, 3),
    ("Xã Phú Mỹ Hạ", 397, 350, 45, 2),
    ("Xã Đồng Phước", 621, 530, 87, 4),
    ("Xã Ea Chai", 302, 251, 49, 2),
    ("Xã Tân Lập Thượng", 419, 366, 51, 2),
]
for _u, _t, _e, _o, _l in D4_FIG:
    assert _t == _e + _o + _l, _u

# STT, Nhiệm vụ, Bắt đầu (None = merged), Hoàn thành, Chủ trì, Phối hợp
D4_TASKS = [
    ("1", "Ban hành Kế hoạch CCHC năm 2025 của huyện", "Tháng 12/2024", "15/01/2025",
     "Phòng Nội vụ", "Các cơ quan chuyên môn"),
    ("2", "Giải quyết dứt điểm hồ sơ quá hạn tại xã An Thạch Tây", "01/01/2025", "31/3/2025",
     "UBND xã An Thạch Tây", "Chi nhánh Văn phòng Đăng ký đất đai"),
    ("3", "Nâng tỷ lệ hồ sơ nộp trực tuyến lên tối thiểu 50%", "01/01/2025", "31/12/2025",
     "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn"),
    ("4", "Số hóa 100% hồ sơ, kết quả giải quyết TTHC cấp huyện còn hiệu lực", "01/02/2025",
     "30/9/2025", "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp"),
    ("5", "Kiểm tra CCHC tại 05 xã, thị trấn", "01/5/2025", "31/10/2025", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện; Phòng Tư pháp"),
    ("6", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc huyện", "01/3/2025", "30/6/2025",
     "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"),
    ("7", "Đẩy nhanh giải ngân vốn đầu tư công năm 2025", None, "Thường xuyên",
     "Phòng Tài chính - Kế hoạch", "Ban Quản lý dự án đầu tư xây dựng huyện"),
    ("8", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của huyện", "01/11/2025",
     "Theo hướng dẫn của UBND tỉnh", "Phòng Nội vụ", "Các cơ quan, đơn vị"),
    ("9", "Tổ chức đối thoại giữa Chủ tịch UBND huyện với người dân, doanh nghiệp về giải quyết TTHC",
     None, "Quý II/2025", "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin"),
]


def vn_int(n):
    return "{:,}".format(n).replace(",", ".")


def vn_pct(x):
    return ("%.2f" % x).replace(".", ",")


def d4_rows():
    rows = []
    for i, (u, t, e, o, l) in enumerate(D4_FIG, 1):
        rows.append((str(i), u, vn_int(t), vn_int(e), vn_int(o), vn_int(l),
                     vn_pct(100.0 * (e + o) / t)))
    T = sum(r[1] for r in D4_FIG); E = sum(r[2] for r in D4_FIG)
    O = sum(r[3] for r in D4_FIG); L = sum(r[4] for r in D4_FIG)
    total = ("", "Tổng cộng", vn_int(T), vn_int(E), vn_int(O), vn_int(L), vn_pct(100.0 * (E + O) / T))
    return rows, total


def build_doc4():
    S = pdf_styles(12)
    rows, total = d4_rows()
    story = []
    story.append(pdf_header_block(S,
        ["<b>ỦY BAN NHÂN DÂN</b>", "<b>HUYỆN ĐÁ BIA</b>", "Số: 312/BC-UBND"],
        ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b>Độc lập - Tự do - Hạnh phúc</b>",
         "<i>Đá Bia, ngày 16 tháng 12 năm 2024</i>"]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("BÁO CÁO", S["title"]))
    story.append(Paragraph("Kết quả thực hiện công tác cải cách hành chính năm 2024", S["title"]))
    story.append(Paragraph("và nhiệm vụ trọng tâm năm 2025", S["title"]))
    story.append(Spacer(1, 10))
    P = lambda t, s="body": story.append(Paragraph(nfc(t), S[s]))
    P("Thực hiện Công văn số 2087/SNV-CCHC ngày 25/11/2024 của Sở Nội vụ tỉnh Phú Yên về báo cáo "
      "công tác cải cách hành chính năm 2024, UBND huyện Đá Bia báo cáo như sau:")
    P("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "h")
    P("UBND huyện ban hành Kế hoạch số 19/KH-UBND ngày 22/01/2024 về cải cách hành chính năm 2024 "
      "và 27 văn bản chỉ đạo, đôn đốc; tổ chức 04 cuộc kiểm tra CCHC tại 08 xã, thị trấn. Chỉ số "
      "CCHC năm 2023 của huyện đạt 84,12 điểm, xếp thứ 5/9 huyện, thị xã, thành phố.")
    P("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "h")
    P("1. Cải cách thể chế", "h")
    P("Rà soát 46 văn bản QPPL do HĐND, UBND huyện ban hành; đề nghị bãi bỏ 03 văn bản không còn "
      "phù hợp.")
    P("2. Cải cách thủ tục hành chính", "h")
    P("Từ ngày 01/01/2024 đến ngày 30/11/2024, Bộ phận Một cửa huyện và Bộ phận Một cửa các xã, "
      "thị trấn tiếp nhận %s hồ sơ; giải quyết trước hạn và đúng hạn đạt %s%%; còn %s hồ sơ quá "
      "hạn, chủ yếu thuộc lĩnh vực đất đai. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt "
      "82,6%%. Kết quả cụ thể từng đơn vị như sau:" % (total[2], total[6], total[5]))
    story.append(Paragraph("<i>Bảng 1. Kết quả giải quyết hồ sơ TTHC năm 2024</i>", S["center"]))
    hdr = ["STT", "Đơn vị", "Tổng số hồ sơ", "Trước hạn", "Đúng hạn", "Quá hạn", "Tỷ lệ (%)"]
    data = [[Paragraph(h, S["cellh"]) for h in hdr]]
    for r in rows:
        data.append([Paragraph(r[0], S["cellc"]), Paragraph(r[1], S["cell"])] +
                    [Paragraph(v, S["cellc"]) for v in r[2:]])
    data.append([Paragraph("", S["cellc"]), Paragraph("<b>Tổng cộng</b>", S["cell"])] +
                [Paragraph("<b>%s</b>" % v, S["cellc"]) for v in total[2:]])
    t = Table(data, colWidths=[1.3 * cm, 4.6 * cm, 2.2 * cm, 2.0 * cm, 2.0 * cm, 1.9 * cm, 2.0 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(t)
    story.append(Spacer(1, 6))
    P("(Ghi chú: Tỷ lệ (%) = số hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã "
      "giải quyết.)", "noind")
    P("3. Cải cách tổ chức bộ máy", "h")
    P("Giải thể 02 đơn vị sự nghiệp công lập hoạt động không hiệu quả; giảm 01 phòng chuyên môn "
      "do hợp nhất Phòng Kinh tế và Phòng Nông nghiệp và Phát triển nông thôn.")
    P("4. Cải cách chế độ công vụ", "h")
    P("Cử 312 lượt cán bộ, công chức, viên chức tham gia bồi dưỡng; xử lý kỷ luật 02 công chức cấp "
      "xã vi phạm kỷ luật, kỷ cương hành chính.")
    P("5. Cải cách tài chính công", "h")
    P("Đến ngày 30/11/2024, giải ngân vốn đầu tư công đạt 87,3% kế hoạch vốn tỉnh giao.")
    P("6. Xây dựng, phát triển chính quyền số", "h")
    P("Tỷ lệ văn bản điện tử được ký số đạt 96%; 100% xã, thị trấn sử dụng hệ thống quản lý văn "
      "bản và điều hành.")
    P("III. ĐÁNH GIÁ CHUNG", "h")
    P("Công tác CCHC năm 2024 có chuyển biến rõ nét, đặc biệt trong giải quyết TTHC. Tuy nhiên, số "
      "hồ sơ quá hạn còn tập trung ở Bộ phận Một cửa huyện và xã An Thạch Tây; tỷ lệ hồ sơ nộp "
      "trực tuyến mới đạt 38,5%, chưa đạt chỉ tiêu tỉnh giao.")
    P("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025", "h")
    P("UBND huyện xác định các nhiệm vụ trọng tâm năm 2025 như sau:")
    hdr1 = ["STT", "Nhiệm vụ", "Thời gian thực hiện", "", "Đơn vị thực hiện", ""]
    hdr2 = ["", "", "Bắt đầu", "Hoàn thành", "Chủ trì", "Phối hợp"]
    data = [[Paragraph(h, S["cellh"]) if h else "" for h in hdr1],
            [Paragraph(h, S["cellh"]) if h else "" for h in hdr2]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
             ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0))]
    for i, (stt, nv, bd, ht, ct, ph) in enumerate(D4_TASKS):
        r = i + 2
        if bd is None:
            data.append([Paragraph(stt, S["cellc"]), Paragraph(nv, S["cell"]),
                         Paragraph(ht, S["cellc"]), "", Paragraph(ct, S["cell"]),
                         Paragraph(ph, S["cell"])])
            style.append(("SPAN", (2, r), (3, r)))
        else:
            data.append([Paragraph(stt, S["cellc"]), Paragraph(nv, S["cell"]),
                         Paragraph(bd, S["cellc"]), Paragraph(ht, S["cellc"]),
                         Paragraph(ct, S["cell"]), Paragraph(ph, S["cell"])])
    t = Table(data, colWidths=[1.3 * cm, 4.2 * cm, 2.4 * cm, 2.4 * cm, 3.1 * cm, 3.3 * cm],
              repeatRows=2)
    style += [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 6))
    P("V. ĐỀ XUẤT, KIẾN NGHỊ", "h")
    P("Đề nghị UBND tỉnh, Sở Nội vụ tiếp tục tổ chức tập huấn nghiệp vụ kiểm soát TTHC cho công "
      "chức cấp xã; đề nghị Sở Thông tin và Truyền thông hỗ trợ nâng cấp đường truyền cho Bộ phận "
      "Một cửa các xã miền núi./.")
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Sở Nội vụ tỉnh Phú Yên;<br/>- TT Huyện "
                            "ủy, TT HĐND huyện;<br/>- CT, các PCT UBND huyện;<br/>- Lưu: VT, NV.",
                            S["small"]),
                  Paragraph("<b>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><i>(Đã ký)</i><br/><br/>"
                            "<b>Lương Văn Tài</b>", S["center"])]],
                colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 8))
    story.append(KeepTogether(sig))
    doc = SimpleDocTemplate(os.path.join(DOCS, D4), pagesize=A4, leftMargin=2.5 * cm,
                            rightMargin=1.8 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title="Bao cao CCHC 2024", author="UBND huyen")
    doc.build(story, onFirstPage=first_page, onLaterPages=page_number)
    return rows, total


# ================================================================ DOC 5
# Plain text Quyết định + Quy chế, hard-wrapped at ~80 columns (huyện Lạc Tràng, tỉnh Hà Nam).

D5 = "h5-qd-quy-che-bo-phan-mot-cua-lac-trang.txt"

D5_BLOCKS = [
    ("pre", "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            " HUYỆN LẠC TRÀNG                         Độc lập - Tự do - Hạnh phúc\n"
            "\n"
            "Số: 1245/QĐ-UBND                 Lạc Tràng, ngày 08 tháng 5 năm 2024"),
    ("blank", ""),
    ("center", "QUYẾT ĐỊNH"),
    ("center", "Về việc ban hành Quy chế tổ chức và hoạt động"),
    ("center", "của Bộ phận Một cửa huyện Lạc Tràng"),
    ("blank", ""),
    ("center", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LẠC TRÀNG"),
    ("blank", ""),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
          "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
          "22 tháng 11 năm 2019;"),
    ("p", "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện "
          "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số "
          "107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của "
          "Nghị định số 61/2018/NĐ-CP;"),
    ("p", "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện."),
    ("blank", ""),
    ("center", "QUYẾT ĐỊNH:"),
    ("blank", ""),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một "
          "cửa huyện Lạc Tràng."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
          "2210/QĐ-UBND ngày 14/9/2020 của Chủ tịch UBND huyện."),
    ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan chuyên môn thuộc "
          "UBND huyện, Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu "
          "trách nhiệm thi hành Quyết định này./."),
    ("blank", ""),
    ("pre", "Nơi nhận:                                             CHỦ TỊCH\n"
            "- Như Điều 3;\n"
            "- UBND tỉnh Hà Nam (b/c);                            (Đã ký)\n"
            "- Sở Nội vụ, VP UBND tỉnh;\n"
            "- TT Huyện ủy, TT HĐND huyện;                   Đỗ Mạnh Cường\n"
            "- Lưu: VT."),
    ("blank", ""),
    ("blank", ""),
    ("center", "ỦY BAN NHÂN DÂN HUYỆN LẠC TRÀNG"),
    ("blank", ""),
    ("center", "QUY CHẾ"),
    ("center", "Tổ chức và hoạt động của Bộ phận Một cửa huyện Lạc Tràng"),
    ("center", "(Ban hành kèm theo Quyết định số 1245/QĐ-UBND ngày 08/5/2024"),
    ("center", "của Chủ tịch UBND huyện Lạc Tràng)"),
    ("blank", ""),
    ("center", "Chương I"),
    ("center", "QUY ĐỊNH CHUNG"),
    ("blank", ""),
    ("p", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "1. Quy chế này quy định về tổ chức, nhân sự, chế độ làm việc, quy trình tiếp nhận, giải "
          "quyết và trả kết quả giải quyết thủ tục hành chính (TTHC) tại Bộ phận Một cửa huyện Lạc "
          "Tràng (sau đây gọi là Bộ phận Một cửa)."),
    ("p", "2. Quy chế này áp dụng đối với Văn phòng HĐND và UBND huyện, các cơ quan chuyên môn "
          "thuộc UBND huyện, công chức được cử đến làm việc tại Bộ phận Một cửa và tổ chức, cá "
          "nhân có yêu cầu giải quyết TTHC."),
    ("p", "Điều 2. Vị trí, chức năng"),
    ("p", "Bộ phận Một cửa do Văn phòng HĐND và UBND huyện quản lý, đặt tại số 26 đường Trần Hưng "
          "Đạo, thị trấn Lạc Tràng; có chức năng hướng dẫn, tiếp nhận hồ sơ, trả kết quả giải "
          "quyết TTHC và theo dõi, giám sát, đánh giá việc giải quyết TTHC."),
    ("p", "Điều 3. Nguyên tắc hoạt động"),
    ("p", "1. Lấy sự hài lòng của tổ chức, cá nhân là thước đo chất lượng và hiệu quả phục vụ."),
    ("p", "2. Công khai, minh bạch; không yêu cầu tổ chức, cá nhân nộp thêm giấy tờ ngoài quy định."),
    ("blank", ""),
    ("center", "Chương II"),
    ("center", "TỔ CHỨC, NHÂN SỰ VÀ CHẾ ĐỘ LÀM VIỆC"),
    ("blank", ""),
    ("p", "Điều 4. Tổ chức của Bộ phận Một cửa"),
    ("p", "1. Trưởng Bộ phận Một cửa là Chánh Văn phòng HĐND và UBND huyện; 01 Phó Trưởng Bộ phận "
          "là Phó Chánh Văn phòng HĐND và UBND huyện."),
    ("p", "2. Công chức làm việc tại Bộ phận Một cửa do các cơ quan chuyên môn cử đến theo danh "
          "sách được Chủ tịch UBND huyện phê duyệt."),
    ("p", "Điều 5. Thời gian làm việc"),
    ("p", "1. Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu hằng tuần: buổi sáng từ 7 giờ 00 đến "
          "11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00."),
    ("p", "2. Sáng thứ Bảy hằng tuần, Bộ phận Một cửa tiếp nhận hồ sơ lĩnh vực đất đai và hộ tịch "
          "từ 7 giờ 30 đến 11 giờ 00."),
    ("p", "Điều 6. Công chức làm việc tại Bộ phận Một cửa"),
    ("p", "1. Công chức được cử đến Bộ phận Một cửa phải có thời gian công tác trong lĩnh vực được "
          "phân công tối thiểu 03 năm, có phẩm chất đạo đức tốt, tinh thần trách nhiệm cao."),
    ("p", "2. Thời gian cử công chức làm việc tại Bộ phận Một cửa tối thiểu là 12 tháng, tối đa "
          "không quá 24 tháng."),
    ("p", "Điều 7. Chế độ, chính sách"),
    ("p", "Công chức làm việc tại Bộ phận Một cửa được hưởng chế độ bồi dưỡng theo quy định của "
          "HĐND tỉnh Hà Nam và được ưu tiên xem xét khi đánh giá, xếp loại, khen thưởng."),
    ("blank", ""),
    ("center", "Chương III"),
    ("center", "QUY TRÌNH TIẾP NHẬN, GIẢI QUYẾT VÀ TRẢ KẾT QUẢ"),
    ("blank", ""),
    ("p", "Điều 8. Tiếp nhận hồ sơ"),
    ("p", "1. Hồ sơ được tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến trên "
          "Cổng Dịch vụ công quốc gia."),
    ("p", "2. Trường hợp hồ sơ chưa đầy đủ, công chức tiếp nhận hướng dẫn tổ chức, cá nhân bổ sung "
          "một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ."),
    ("p", "Điều 9. Chuyển hồ sơ, giải quyết và trả kết quả"),
    ("p", "1. Hồ sơ giấy được chuyển đến cơ quan có thẩm quyền giải quyết chậm nhất trong 01 ngày "
          "làm việc kể từ ngày tiếp nhận."),
    ("p", "2. Hồ sơ giải quyết quá hạn, cơ quan để quá hạn phải gửi văn bản xin lỗi tổ chức, cá "
          "nhân, trong đó ghi rõ lý do quá hạn và thời hạn trả kết quả."),
    ("blank", ""),
    ("center", "Chương IV"),
    ("center", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("blank", ""),
    ("p", "Điều 10. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "1. Văn phòng HĐND và UBND huyện:"),
    ("p", "a) Chủ trì quản lý, vận hành Bộ phận Một cửa; bố trí trang thiết bị phục vụ tiếp nhận, "
          "trả kết quả;"),
    ("p", "b) Tổng hợp tình hình tiếp nhận, giải quyết hồ sơ, báo cáo Chủ tịch UBND huyện trước "
          "ngày 20 hằng tháng;"),
    ("p", "c) Chủ trì, phối hợp với Phòng Nội vụ tổ chức lấy ý kiến đánh giá sự hài lòng của tổ "
          "chức, cá nhân, hoàn thành trước ngày 30 tháng 11 hằng năm."),
    ("p", "2. Phòng Nội vụ:"),
    ("p", "a) Tham mưu Chủ tịch UBND huyện quyết định cử công chức làm việc tại Bộ phận Một cửa cho "
          "năm tiếp theo, trước ngày 15 tháng 12 hằng năm;"),
    ("p", "b) Đưa kết quả đánh giá công chức tại Bộ phận Một cửa vào đánh giá, xếp loại chất lượng "
          "cuối năm."),
    ("p", "3. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí hoạt động của Bộ phận Một cửa "
          "trong dự toán ngân sách huyện hằng năm, trình UBND huyện trước ngày 31 tháng 10 hằng năm."),
    ("p", "4. Phòng Văn hóa và Thông tin: bảo đảm hạ tầng kỹ thuật, đường truyền, an toàn thông tin "
          "của Bộ phận Một cửa; khắc phục sự cố trong vòng 04 giờ làm việc kể từ khi nhận được "
          "thông báo."),
    ("p", "5. Các cơ quan chuyên môn có TTHC giải quyết tại Bộ phận Một cửa:"),
    ("p", "a) Cử công chức đáp ứng tiêu chuẩn tại Điều 6 Quy chế này;"),
    ("p", "b) Rà soát, cập nhật quy trình nội bộ giải quyết TTHC, gửi Văn phòng HĐND và UBND huyện "
          "trong thời hạn 10 ngày làm việc kể từ ngày quyết định công bố TTHC có hiệu lực."),
    ("p", "6. UBND các xã, thị trấn: phối hợp hướng dẫn người dân thực hiện TTHC thuộc thẩm quyền "
          "cấp huyện; tiếp nhận hồ sơ liên thông theo quy định."),
    ("blank", ""),
    ("center", "Chương V"),
    ("center", "ĐIỀU KHOẢN THI HÀNH"),
    ("blank", ""),
    ("p", "Điều 11. Khen thưởng, kỷ luật"),
    ("p", "Cơ quan, công chức thực hiện tốt Quy chế được khen thưởng theo quy định; vi phạm thì tùy "
          "tính chất, mức độ bị xử lý theo quy định của pháp luật."),
    ("p", "Điều 12. Tổ chức thực hiện"),
    ("p", "Văn phòng HĐND và UBND huyện có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện "
          "Quy chế này. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh "
          "về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo Chủ tịch UBND huyện xem xét, sửa "
          "đổi, bổ sung cho phù hợp./."),
]


def build_doc5():
    out = []
    for kind, text in D5_BLOCKS:
        text = nfc(text)
        if kind == "blank":
            out.append("")
        elif kind == "pre":
            out.extend(text.split("\n"))
        elif kind == "center":
            out.append(text.center(80).rstrip())
        else:
            out.extend(textwrap.wrap(text, width=80, break_long_words=False,
                                     break_on_hyphens=False))
    with open(os.path.join(DOCS, D5), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ================================================================ gold metadata and task rows

def meta_lines(d4_total):
    d1_tasks = sum(1 for r in D1_TABLE if r[2] is not None)
    return [
        {"file": D1, "type": "Kế hoạch", "number": "14/KH-UBND",
         "title": "Kế hoạch Cải cách hành chính xã Đèo Vàng năm 2025",
         "issuer": "Ủy ban nhân dân xã Đèo Vàng", "place": "xã Đèo Vàng",
         "province": "tỉnh Bắc Giang", "level": "xã", "date": "2025-01-10", "year": 2025,
         "signer": "Hà Văn Quyết", "parts": ["Kế hoạch"],
         "tables": [{"kind": "other", "rows": 3,
                     "what": "khối tiêu đề không viền (quốc hiệu, số, ngày)"},
                    {"kind": "tasks", "rows": d1_tasks},
                    {"kind": "other", "rows": 1, "what": "khối nơi nhận và chữ ký không viền"}],
         "scanned_pages": 0},
        {"file": D2, "type": "Chỉ thị", "number": "02/CT-UBND",
         "title": "Chỉ thị Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng "
                  "giải quyết thủ tục hành chính trên địa bàn huyện năm 2025",
         "issuer": "Ủy ban nhân dân huyện Kênh Xáng", "place": "huyện Kênh Xáng",
         "province": "tỉnh Hậu Giang", "level": "huyện", "date": "2025-02-20", "year": 2025,
         "signer": "Lâm Quốc Trung", "parts": ["Chỉ thị", "Phụ lục"],
         "tables": [{"kind": "other", "rows": 3,
                     "what": "khối tiêu đề không viền (quốc hiệu, số, ngày)"},
                    {"kind": "other", "rows": 1, "what": "khối nơi nhận và chữ ký không viền"},
                    {"kind": "tasks", "rows": len(D2_TABLE)}],
         "scanned_pages": 0},
        {"file": D3, "type": "Kế hoạch", "number": "87/KH-SNV",
         "title": "Kế hoạch Kiểm tra công tác cải cách hành chính năm 2024",
         "issuer": "Sở Nội vụ", "place": "tỉnh Kon Tum", "province": "tỉnh Kon Tum",
         "level": "sở-ngành", "date": "2024-06-14", "year": 2024,
         "signer": "Nguyễn Thị Kim Oanh", "parts": ["Kế hoạch"],
         "tables": [{"kind": "tasks", "rows": len(D3_ROWS), "what": "lịch kiểm tra"}],
         "scanned_pages": 0},
        {"file": D4, "type": "Báo cáo", "number": "312/BC-UBND",
         "title": "Báo cáo Kết quả thực hiện công tác cải cách hành chính năm 2024 và nhiệm vụ "
                  "trọng tâm năm 2025",
         "issuer": "Ủy ban nhân dân huyện Đá Bia", "place": "huyện Đá Bia",
         "province": "tỉnh Phú Yên", "level": "huyện", "date": "2024-12-16", "year": 2024,
         "signer": "Lương Văn Tài", "parts": ["Báo cáo"],
         "tables": [{"kind": "other", "rows": len(D4_FIG) + 1,
                     "what": "kết quả giải quyết hồ sơ TTHC năm 2024 (kèm dòng Tổng cộng)"},
                    {"kind": "tasks", "rows": len(D4_TASKS)}],
         "scanned_pages": 0},
        {"file": D5, "type": "Quyết định", "number": "1245/QĐ-UBND",
         "title": "Quyết định Về việc ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa "
                  "huyện Lạc Tràng",
         "issuer": "Ủy ban nhân dân huyện Lạc Tràng", "place": "huyện Lạc Tràng",
         "province": "tỉnh Hà Nam", "level": "huyện", "date": "2024-05-08", "year": 2024,
         "signer": "Đỗ Mạnh Cường", "parts": ["Quyết định", "Quy chế"],
         "tables": [], "scanned_pages": 0},
    ]


def task_lines():
    out = []
    sec = ""
    for r in D1_TABLE:
        if r[2] is None:
            sec = "%s. %s" % (r[0], r[1])
            continue
        no, content, lead, coord, dl, prod = r
        out.append({"file": D1, "section": sec, "no": no, "content": content[:120], "lead": lead,
                    "coordinators": coord, "deadline": dl, "output": prod})
    for (stt, nv, ct, ph, bd, ht, sp) in D2_TABLE:
        out.append({"file": D2, "section": "", "no": stt, "content": nv[:120], "lead": ct,
                    "coordinators": ph, "deadline": ht, "output": sp})
    for i, (stt, unit, when) in enumerate(D3_ROWS):
        out.append({"file": D3, "section": "", "no": stt, "content": unit,
                    "lead": group_value(D3_LEADS, i), "coordinators": group_value(D3_MEMBERS, i),
                    "deadline": when, "output": ""})
    for (stt, nv, bd, ht, ct, ph) in D4_TASKS:
        out.append({"file": D4, "section": "", "no": stt, "content": nv[:120], "lead": ct,
                    "coordinators": ph, "deadline": ht, "output": ""})
    return out


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            r = json.loads(nfc(json.dumps(r, ensure_ascii=False)))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    build_doc1()
    build_doc2()
    build_doc3()
    rows, total = build_doc4()
    build_doc5()
    write_jsonl("meta_h5.jsonl", meta_lines(total))
    write_jsonl("tasks_h5.jsonl", task_lines())
    qa = qa_lines(rows, total)
    ids = [q["id"] for q in qa]
    assert len(ids) == len(set(ids))
    write_jsonl("qa_h5.jsonl", qa)
    print("docs:", sorted(os.listdir(DOCS)))
    print("tasks:", len(task_lines()), "qa:", len(qa))


def Q(question, intent, must_have, doc, snippet, notes, accent_free=None, must_not=None,
      turns=None):
    if accent_free is None:
        accent_free = fold(question) == question
    return {"question": question, "turns": turns or [], "intent": intent,
            "must_have": must_have, "must_not": must_not or [], "doc": doc,
            "snippet": snippet, "accent_free": accent_free, "notes": notes}


def fold(s):
    s = unicodedata.normalize("NFD", s).replace("\u0111", "d").replace("\u0110", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def qa_lines(rows, total):
    cu_mong = [r for r in rows if r[1] == "Thị trấn Cù Mông"][0]
    qs = [
        # ---------------------------------------------------------- D1 xã Đèo Vàng (DOCX)
        Q("ai thuc hien so hoa ho so, ket qua giai quyet tthc o xa deo vang nam 2025", "lead",
          ["Tư pháp - Hộ tịch"], D1, "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
          "Mục III, bảng, nhóm III dòng 2; cột Cơ quan thực hiện (Bộ phận Một cửa chỉ phối hợp)"),
        Q("Bộ phận nào phối hợp tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của xã Đèo Vàng?",
          "coordinators", ["Tư pháp - Hộ tịch", "Tài chính - Kế toán"], D1,
          "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của xã",
          "Mục III, bảng, nhóm I dòng 3; cột Cơ quan phối hợp"),
        Q("han tu cham diem chi so cchc 2025 cua xa deo vang la khi nao", "deadline",
          ["15/11/2025"], D1, "Trước ngày 15/11/2025", "Mục III, bảng, nhóm I dòng 3"),
        Q("Sản phẩm của nhiệm vụ rà soát, hệ thống hóa văn bản QPPL ở xã Đèo Vàng là gì?",
          "output", ["Báo cáo kết quả rà soát"], D1,
          "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND xã ban hành",
          "Mục III, bảng, nhóm II dòng 1; cột Sản phẩm"),
        Q("niem yet cong khai tthc tai bo phan mot cua xa deo vang phai xong truoc ngay nao",
          "unanswerable", [], D1, "",
          "Dòng III.1 (Niêm yết, công khai TTHC) có ô Thời gian thực hiện để trống"),
        Q("van phong - thong ke xa deo vang thuc hien nhung nhiem vu nao trong bang ke hoach cchc 2025",
          "list", ["Kế hoạch CCHC năm 2025", "Tổ giúp việc", "Chỉ số CCHC", "vị trí việc làm",
                   "xếp loại", "quản lý văn bản"], D1, "Kiện toàn Tổ giúp việc CCHC của xã",
          "Mục III, bảng: dòng I.1, I.2, I.3, IV.1, V.1, VII.1 có Cơ quan thực hiện là Văn phòng - Thống kê"),
        Q("Kinh phí thực hiện Kế hoạch CCHC năm 2025 của xã Đèo Vàng là bao nhiêu triệu đồng?",
          "unanswerable", [], D1, "",
          "Mục IV chỉ nêu nguồn (dự toán ngân sách xã năm 2025), không nêu số tiền"),
        Q("ai ky ke hoach cchc nam 2025 cua ubnd xa deo vang", "fact", ["Hà Văn Quyết"], D1,
          "Hà Văn Quyết", "Khối chữ ký: TM. Ủy ban nhân dân, Chủ tịch"),
        Q("Việc hỗ trợ người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia ở xã Đèo "
          "Vàng do ai thực hiện và khi nào?", "lead", ["Đoàn Thanh niên xã", "Thường xuyên"], D1,
          "Hỗ trợ người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
          "Mục III, bảng, nhóm III dòng 3"),
        Q("bao cao cchc dinh ky cua xa deo vang gui phong noi vu huyen truoc ngay nao",
          "deadline", ["ngày 12"], D1, "trước ngày 12 của tháng cuối kỳ báo cáo",
          "Mục V, khoản 1 (Văn phòng - Thống kê)"),
        Q("Ai thực hiện việc cử cán bộ, công chức xã Đèo Vàng đi bồi dưỡng kỹ năng số?", "lead",
          ["Văn hóa - Xã hội"], D1,
          "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng số do huyện tổ chức",
          "Mục III, bảng, nhóm V dòng 2; Văn phòng - Thống kê là phối hợp"),
        Q("Kế hoạch CCHC năm 2025 của xã Đèo Vàng nhằm mục đích gì?", "general",
          ["nhóm 5 xã dẫn đầu"], D1,
          "phấn đấu năm 2025 xếp hạng trong nhóm 5 xã dẫn đầu của huyện", "Mục I.1 Mục đích"),
        Q("tuyen truyen cchc tren he thong truyen thanh xa deo vang do bo phan nao thuc hien",
          "lead", ["Văn hóa - Xã hội"], D1, "Tuyên truyền CCHC trên hệ thống truyền thanh xã",
          "Mục III, bảng, nhóm I dòng 4; Đoàn Thanh niên xã là phối hợp",
          must_not=[]),
        Q("Trong kế hoạch CCHC 2025 của xã Đèo Vàng, những việc nào do Tài chính - Kế toán thực hiện?",
          "list", ["ngân sách xã", "thanh toán trực tuyến"], D1,
          "Công khai dự toán, quyết toán ngân sách xã", "Mục III, bảng, dòng VI.1 và VII.2"),
        Q("san pham cua viec danh gia, xep loai chat luong can bo, cong chuc xa deo vang nam 2025 la gi",
          "output", ["Quyết định xếp loại"], D1,
          "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2025",
          "Mục III, bảng, nhóm V dòng 1; cột Sản phẩm"),
        # ---------------------------------------------------------- D2 Chỉ thị Kênh Xáng (DOCX)
        Q("ai chu tri giai quyet dut diem ho so dat dai ton dong theo chi thi 02 cua huyen kenh xang",
          "lead", ["Chi nhánh Văn phòng Đăng ký đất đai"], D2,
          "Giải quyết dứt điểm hồ sơ đất đai tồn đọng, quá hạn",
          "Phụ lục, dòng 4, cột Chủ trì; cũng mục 4 thân Chỉ thị"),
        Q("Theo Phụ lục Chỉ thị 02/CT-UBND của huyện Kênh Xáng, việc rà soát, cắt giảm thời gian "
          "giải quyết TTHC lĩnh vực xây dựng phải hoàn thành khi nào?", "deadline",
          ["31/7/2025"], D2, "Rà soát, cắt giảm thời gian giải quyết TTHC lĩnh vực xây dựng",
          "Phụ lục, dòng 5, cột Hoàn thành (Bắt đầu 01/4/2025)"),
        Q("khao sat muc do hai long sipas o huyen kenh xang bat dau tu ngay nao", "deadline",
          ["01/8/2025"], D2, "Khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS)",
          "Phụ lục, dòng 7, cột Bắt đầu"),
        Q("Những đơn vị nào phối hợp với Phòng Nội vụ quán triệt, phổ biến Chỉ thị 02 của huyện "
          "Kênh Xáng?", "coordinators", ["Các cơ quan chuyên môn", "UBND các xã, thị trấn"], D2,
          "Quán triệt, phổ biến Chỉ thị đến toàn thể cán bộ, công chức, viên chức",
          "Phụ lục, dòng 1, cột Phối hợp"),
        Q("phong noi vu huyen kenh xang chu tri nhung nhiem vu nao trong phu luc chi thi 02",
          "list", ["Quán triệt", "Kiểm tra công vụ đột xuất", "SIPAS", "Xử lý trách nhiệm",
                   "Sơ kết", "Tổng kết"], D2,
          "Kiểm tra công vụ đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
          "Phụ lục, dòng 1, 2, 7, 9, 11, 12"),
        Q("Năm 2024 huyện Kênh Xáng còn bao nhiêu hồ sơ TTHC giải quyết quá hạn?", "fact",
          ["214"], D2, "Trong năm còn 214 hồ sơ TTHC giải quyết quá hạn",
          "Phần mở đầu Chỉ thị"),
        Q("chi thi 02 kenh xang yeu cau ty le ho so giai quyet truoc va dung han nam 2025 dat bao nhieu",
          "fact", ["97%"], D2,
          "Bảo đảm tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn năm 2025 đạt tối thiểu 97%",
          "Mục 1, điểm b"),
        Q("san pham cua nhiem vu cong khai so dien thoai duong day nong, hop thu gop y la gi",
          "output", ["Bảng công khai"], D2, "Bảng công khai số điện thoại, hộp thư góp ý",
          "Phụ lục, dòng 6, cột Sản phẩm"),
        Q("thong bao danh sach ho so tthc qua han o kenh xang thuc hien khi nao", "deadline",
          ["Hằng tuần"], D2, "Thông báo danh sách hồ sơ TTHC quá hạn",
          "Phụ lục, dòng 3: ô Thời gian gộp Bắt đầu/Hoàn thành; thân Chỉ thị mục 3: ngày thứ Hai"),
        Q("Chỉ thị 02/CT-UBND của huyện Kênh Xáng quy định mức phạt tiền bao nhiêu đối với công "
          "chức để hồ sơ quá hạn?", "unanswerable", [], D2, "",
          "Chỉ thị chỉ nói xử lý trách nhiệm, không có mức phạt tiền"),
        Q("Khi nào phải hoàn thành?", "deadline", ["30/9/2025"], D2,
          "Khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS)",
          "Hỏi nối tiếp; Phụ lục, dòng 7, cột Hoàn thành", accent_free=False,
          turns=["Ai chủ trì khảo sát mức độ hài lòng SIPAS theo Chỉ thị 02 của huyện Kênh Xáng?",
                 "Khi nào phải hoàn thành?"]),
        Q("Ai chủ trì công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ theo Phụ lục "
          "Chỉ thị 02/CT-UBND huyện Kênh Xáng?", "lead", ["UBND các xã, thị trấn"], D2,
          "Công khai số điện thoại đường dây nóng, hộp thư góp ý tại nơi tiếp nhận hồ sơ",
          "Phụ lục, dòng 6, cột Chủ trì (Văn phòng HĐND và UBND huyện là phối hợp)"),
        Q("Nhiệm vụ rà soát, cắt giảm thời gian giải quyết TTHC lĩnh vực xây dựng theo Chỉ thị 02 "
          "của huyện Kênh Xáng phải ra sản phẩm gì?", "output", ["Phương án cắt giảm"], D2,
          "Phương án cắt giảm trình UBND huyện", "Phụ lục, dòng 5, cột Sản phẩm (chủ trì Phòng Kinh tế và Hạ tầng)"),
        # ---------------------------------------------------------- D3 Kế hoạch kiểm tra Kon Tum (PDF)
        Q("Ai là trưởng đoàn kiểm tra CCHC tại Sở Y tế tỉnh Kon Tum năm 2024?", "lead",
          ["A Vương"], D3, "Ông A Vương, Phó Giám đốc Sở Nội vụ",
          "Mục IV.2 Lịch kiểm tra, dòng 2; ô Trưởng đoàn gộp dòng 1-5",
          must_not=["Phạm Quang Dũng"]),
        Q("truong doan kiem tra ubnd huyen ngok lay la ai", "lead", ["Nguyễn Thị Kim Oanh"], D3,
          "Bà Nguyễn Thị Kim Oanh, Phó Giám đốc Sở Nội vụ",
          "Mục IV.2, dòng 9; ô Trưởng đoàn gộp dòng 6-9 (dòng cuối trước ngắt trang)",
          must_not=["A Vương"]),
        Q("khi nao so noi vu kon tum kiem tra ubnd huyen mang roi", "deadline", ["18/9/2024"], D3,
          "Ngày 17 - 18/9/2024", "Mục IV.2, dòng 12, cột Thời gian kiểm tra"),
        Q("Thành viên đoàn kiểm tra UBND huyện Đăk Kroong gồm những ai?", "coordinators",
          ["Hồ Tấn Lực", "Văn phòng UBND tỉnh"], D3,
          "Ông Hồ Tấn Lực, chuyên viên Phòng Cải cách hành chính",
          "Mục IV.2, dòng 11; ô Thành viên gộp dòng 10-11 (khác nhóm 12-13)",
          must_not=["Lý Thị Thu"]),
        Q("thanh vien doan kiem tra ubnd huyen po ko tay gom nhung ai", "coordinators",
          ["Lý Thị Thu", "Sở Thông tin và Truyền thông"], D3,
          "Bà Lý Thị Thu, chuyên viên Phòng Công chức, viên chức",
          "Mục IV.2, dòng 13; ô Thành viên gộp dòng 12-13", must_not=["Hồ Tấn Lực"]),
        Q("Ông Phạm Quang Dũng làm trưởng đoàn kiểm tra những đơn vị nào?", "list",
          ["Sở Văn hóa, Thể thao và Du lịch", "Đăk Kroong", "Măng Rơi", "Pô Kơ Tây"], D3,
          "Ông Phạm Quang Dũng, Chánh Thanh tra Sở Nội vụ",
          "Mục IV.2, dòng 10-13 (trang sau, tiêu đề bảng lặp lại)"),
        Q("ba nguyen thi kim oanh lam truong doan kiem tra nhung don vi nao", "list",
          ["Sở Giao thông vận tải", "Đăk Mơ Năng", "Sở Lao động - Thương binh và Xã hội",
           "Ngok Lây"], D3, "Bà Nguyễn Thị Kim Oanh, Phó Giám đốc Sở Nội vụ",
          "Mục IV.2, dòng 6-9"),
        Q("Năm 2024 Sở Nội vụ Kon Tum kiểm tra CCHC bao nhiêu cơ quan, đơn vị, địa phương?",
          "fact", ["13"], D3, "13 cơ quan, đơn vị, địa phương, gồm: 06 sở, ban, ngành tỉnh và UBND",
          "Mục II.1 Đối tượng kiểm tra"),
        Q("giam doc so noi vu tinh kon tum ten la gi", "unanswerable", [], D3, "",
          "Văn bản do Phó Giám đốc ký (KT. Giám đốc); tên Giám đốc không được nêu"),
        Q("ai lam truong doan kiem tra ban quan ly khu kinh te tinh kon tum", "lead", ["A Vương"],
          D3, "Ban Quản lý Khu kinh tế tỉnh",
          "Mục IV.2, dòng 5 (dòng cuối của nhóm ô gộp 1-5)", must_not=["Kim Oanh"]),
        Q("Đoàn kiểm tra sở đó vào ngày nào?", "deadline", ["06/8/2024"], D3, "06/8/2024",
          "Hỏi nối tiếp; Mục IV.2, dòng 6", accent_free=False,
          turns=["Ai là trưởng đoàn kiểm tra Sở Giao thông vận tải Kon Tum năm 2024?",
                 "Đoàn kiểm tra sở đó vào ngày nào?"]),
        Q("Lịch kiểm tra công tác CCHC năm 2025 của Sở Nội vụ tỉnh Kon Tum thế nào?",
          "unanswerable", [], D3, "", "Chỉ có Kế hoạch kiểm tra năm 2024; năm 2025 không có văn bản"),
        Q("Kế hoạch kiểm tra CCHC năm 2024 của Sở Nội vụ Kon Tum kiểm tra những nội dung gì?",
          "general", ["chỉ đạo, điều hành", "thủ tục hành chính", "chính quyền số"], D3,
          "Công tác chỉ đạo, điều hành CCHC", "Mục II.2 Nội dung kiểm tra, điểm a-d"),
        Q("so noi vu kon tum kiem tra huyen ia brel ngay nao, ai lam truong doan", "deadline",
          ["17/7/2024", "A Vương"], D3, "Ngày 16 - 17/7/2024", "Mục IV.2, dòng 3"),
        # ---------------------------------------------------------- D4 Báo cáo Đá Bia (PDF)
        Q("Xã An Thạch Tây có bao nhiêu hồ sơ TTHC quá hạn năm 2024?", "fact", ["29"], D4,
          "Xã An Thạch Tây", "Mục II.2, Bảng 1, dòng 4, cột Quá hạn"),
        Q("ty le giai quyet ho so truoc va dung han cua thi tran cu mong nam 2024", "fact",
          [cu_mong[6][:4]], D4, "Thị trấn Cù Mông",
          "Mục II.2, Bảng 1, dòng 2, cột Tỷ lệ (%%) = %s" % cu_mong[6]),
        Q("Tổng số hồ sơ TTHC huyện Đá Bia tiếp nhận năm 2024 là bao nhiêu?", "fact",
          [total[2]], D4, "tiếp nhận %s hồ sơ" % total[2],
          "Mục II.2 và dòng Tổng cộng của Bảng 1 (số liệu đến 30/11/2024)"),
        Q("don vi nao o huyen da bia co nhieu ho so qua han nhat nam 2024", "fact",
          ["Bộ phận Một cửa huyện", "36"], D4, "Bộ phận Một cửa huyện",
          "Bảng 1, dòng 1 (36 hồ sơ quá hạn; xã An Thạch Tây 29)"),
        Q("ai chu tri giai quyet dut diem ho so qua han tai xa an thach tay nam 2025", "lead",
          ["UBND xã An Thạch Tây"], D4, "Giải quyết dứt điểm hồ sơ quá hạn tại xã An Thạch Tây",
          "Mục IV, bảng nhiệm vụ, dòng 2, cột Chủ trì (Chi nhánh VP Đăng ký đất đai là phối hợp)"),
        Q("don vi nao phoi hop kiem tra cchc tai 05 xa, thi tran cua huyen da bia nam 2025",
          "coordinators", ["Văn phòng HĐND và UBND huyện", "Phòng Tư pháp"], D4,
          "Kiểm tra CCHC tại 05 xã, thị trấn", "Mục IV, bảng, dòng 5, cột Phối hợp"),
        Q("Kiểm tra CCHC tại 05 xã, thị trấn của huyện Đá Bia năm 2025 bắt đầu từ ngày nào và "
          "khi nào xong?", "deadline", ["01/5/2025", "31/10/2025"], D4,
          "Kiểm tra CCHC tại 05 xã, thị trấn", "Mục IV, bảng, dòng 5, cột Bắt đầu và Hoàn thành"),
        Q("Chỉ số CCHC năm 2023 của huyện Đá Bia đạt bao nhiêu điểm?", "fact", ["84,12"], D4,
          "Chỉ số CCHC năm 2023 của huyện đạt 84,12 điểm", "Mục I"),
        Q("Chỉ số CCHC năm 2024 của huyện Đá Bia xếp thứ mấy trong tỉnh?", "unanswerable", [], D4,
          "", "Báo cáo chỉ nêu thứ hạng năm 2023 (5/9); năm 2024 chưa có"),
        Q("phong noi vu huyen da bia chu tri nhung nhiem vu gi trong nam 2025", "list",
          ["Kế hoạch CCHC năm 2025", "Kiểm tra CCHC", "đơn vị sự nghiệp", "Chỉ số CCHC năm 2025"],
          D4, "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc huyện",
          "Mục IV, bảng, dòng 1, 5, 6, 8"),
        Q("thoi gian thuc hien viec do la khi nao", "deadline", ["Quý II/2025"], D4,
          "Tổ chức đối thoại giữa Chủ tịch UBND huyện",
          "Hỏi nối tiếp; Mục IV, bảng, dòng 9 (ô Thời gian gộp hai cột)", accent_free=True,
          turns=["Ai chủ trì tổ chức đối thoại giữa Chủ tịch UBND huyện với người dân, doanh "
                 "nghiệp ở huyện Đá Bia?", "thoi gian thuc hien viec do la khi nao"]),
        Q("Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của huyện Đá Bia hoàn thành khi nào?",
          "deadline", ["Theo hướng dẫn của UBND tỉnh"], D4, "Theo hướng dẫn của UBND tỉnh",
          "Mục IV, bảng, dòng 8, cột Hoàn thành (Bắt đầu 01/11/2025)"),
        Q("huyen dong xuan tinh phu yen co bao nhieu ho so tthc qua han nam 2024", "unanswerable",
          [], "", "", "Không văn bản nào nói về huyện Đồng Xuân (chỉ có huyện Đá Bia)"),
        # ---------------------------------------------------------- D5 Quyết định + Quy chế Lạc Tràng (TXT)
        Q("Văn phòng HĐND và UBND huyện Lạc Tràng phải báo cáo Chủ tịch UBND huyện tình hình "
          "tiếp nhận, giải quyết hồ sơ trước ngày nào hằng tháng?", "deadline", ["ngày 20"], D5,
          "báo cáo Chủ tịch UBND huyện trước ngày 20 hằng tháng",
          "Quy chế, Điều 10 khoản 1 điểm b"),
        Q("ai chu tri lay y kien danh gia su hai long cua to chuc, ca nhan ve bo phan mot cua lac trang",
          "lead", ["Văn phòng HĐND và UBND huyện"], D5,
          "Chủ trì, phối hợp với Phòng Nội vụ tổ chức lấy ý kiến đánh giá sự hài lòng",
          "Quy chế, Điều 10 khoản 1 điểm c (Phòng Nội vụ phối hợp)"),
        Q("phong noi vu lac trang phai tham muu cu cong chuc lam viec tai bo phan mot cua truoc ngay nao",
          "deadline", ["15 tháng 12"], D5, "trước ngày 15 tháng 12 hằng năm",
          "Quy chế, Điều 10 khoản 2 điểm a"),
        Q("sang thu bay bo phan mot cua huyen lac trang lam viec may gio", "fact",
          ["7 giờ 30", "11 giờ 00"], D5, "từ 7 giờ 30 đến 11 giờ 00",
          "Quy chế, Điều 5 khoản 2 (chỉ hồ sơ đất đai và hộ tịch)"),
        Q("cong chuc lam viec tai bo phan mot cua lac trang duoc boi duong bao nhieu tien moi thang",
          "unanswerable", [], D5, "",
          "Điều 7 chỉ dẫn chiếu quy định của HĐND tỉnh, không nêu mức tiền"),
        Q("Quyết định 1245/QĐ-UBND của huyện Lạc Tràng thay thế quyết định nào?", "fact",
          ["2210/QĐ-UBND"], D5, "thay thế Quyết định số 2210/QĐ-UBND ngày 14/9/2020",
          "Quyết định, Điều 2"),
        Q("Sau khi quyết định công bố TTHC có hiệu lực, các cơ quan chuyên môn huyện Lạc Tràng phải "
          "gửi quy trình nội bộ đã cập nhật trong thời hạn bao lâu?", "deadline",
          ["10 ngày làm việc"], D5, "trong thời hạn 10 ngày làm việc",
          "Quy chế, Điều 10 khoản 5 điểm b"),
        Q("Trưởng Bộ phận Một cửa huyện Lạc Tràng tên là gì?", "unanswerable", [], D5, "",
          "Quy chế chỉ nêu chức danh (Chánh Văn phòng HĐND và UBND huyện), không nêu tên người"),
        Q("quy che bo phan mot cua huyen lac trang gom nhung chuong nao", "general",
          ["QUY ĐỊNH CHUNG", "TỔ CHỨC, NHÂN SỰ VÀ CHẾ ĐỘ LÀM VIỆC", "QUY TRÌNH TIẾP NHẬN",
           "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", "ĐIỀU KHOẢN THI HÀNH"], D5, "QUY ĐỊNH CHUNG",
          "Quy chế, Chương I-V"),
        Q("con van phong hdnd va ubnd huyen thi sao", "list",
          ["vận hành Bộ phận Một cửa", "ngày 20", "hài lòng"], D5,
          "Chủ trì quản lý, vận hành Bộ phận Một cửa",
          "Hỏi nối tiếp; Quy chế, Điều 10 khoản 1 điểm a-c", accent_free=True,
          turns=["Quy chế Bộ phận Một cửa huyện Lạc Tràng giao Phòng Nội vụ những việc gì?",
                 "con van phong hdnd va ubnd huyen thi sao"]),    ]
    out = []
    for i, q in enumerate(qs, 1):
        d = {"id": "h5%03d" % i}
        d.update(q)
        out.append(d)
    return out


if __name__ == "__main__":
    main()
