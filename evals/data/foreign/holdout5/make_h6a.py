# -*- coding: utf-8 -*-
"""Generate the h6a foreign documents (holdout5) and their gold files.

Documents (all fictional; places never used in the seed corpus):
  docs/e-kh-cchc-so-nnmt-quang-ninh-2027.docx   Kế hoạch CCHC 2027 of Sở Nông nghiệp và Môi trường
                                                 tỉnh Quảng Ninh; 2-column header table, appendix task
                                                 table in a landscape section (merged cells).
  docs/e-qd-quy-che-phoi-hop-tthc-phu-thanh-2024.pdf
                                                 Quyết định of UBND huyện Phù Thạnh (Bình Định) + Quy chế
                                                 phối hợp giải quyết TTHC, ruled time-limit table.
  docs/e-cv-don-doc-cchc-xa-na-phang-2027.txt    Công văn đôn đốc of UBND xã Nà Phăng (Điện Biên),
                                                 hard-wrapped at ~80 columns as if pasted from a PDF.

Run:  /work/main/.venv/bin/python make_h6a.py
It writes the three documents plus meta_h6a.jsonl and tasks_h6a.jsonl (qa_h6a.jsonl is written by
write_qa() at the end from the QA list in this file).
"""
import json
import os
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

F_DOCX = "e-kh-cchc-so-nnmt-quang-ninh-2027.docx"
F_PDF = "e-qd-quy-che-phoi-hop-tthc-phu-thanh-2024.pdf"
F_TXT = "e-cv-don-doc-cchc-xa-na-phang-2027.txt"

# ---------------------------------------------------------------------------------------------
# 1. DOCX: Kế hoạch CCHC năm 2027, Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh
# ---------------------------------------------------------------------------------------------
KH_NO = "3418/KH-SNNMT"
KH_SIGNER = "Nguyễn Thị Hải Yến"

KH_BODY = [
    # (kind, text)  kind: h1 = Roman heading, h2 = numbered heading, p = paragraph
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
          "cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Quyết định số 3907/QĐ-UBND ngày 08/11/2021 của UBND tỉnh Quảng Ninh ban hành Kế hoạch "
          "cải cách hành chính tỉnh Quảng Ninh giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 265/KH-UBND ngày 27/11/2026 của UBND tỉnh về cải cách hành chính tỉnh "
          "Quảng Ninh năm 2027;"),
    ("p", "Sở Nông nghiệp và Môi trường ban hành Kế hoạch cải cách hành chính (CCHC) năm 2027 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC năm 2027 theo Kế hoạch của UBND tỉnh; gắn CCHC "
          "với chuyển đổi số ngành nông nghiệp và môi trường, lấy người dân, doanh nghiệp làm trung tâm."),
    ("p", "- Nâng cao Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của Sở; "
          "góp phần cải thiện Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) của tỉnh."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Xác định rõ nhiệm vụ, sản phẩm, thời hạn hoàn thành và trách nhiệm của từng phòng, chi cục, "
          "đơn vị thuộc Sở; người đứng đầu chịu trách nhiệm trước Giám đốc Sở về kết quả CCHC tại đơn "
          "vị mình."),
    ("p", "- Kết quả thực hiện nhiệm vụ CCHC là tiêu chí đánh giá, xếp loại chất lượng tập thể, cá nhân "
          "và bình xét thi đua, khen thưởng năm 2027."),
    ("h1", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("h2", "1. Mục tiêu chung"),
    ("p", "Xây dựng đội ngũ công chức, viên chức ngành nông nghiệp và môi trường chuyên nghiệp, tận tụy; "
          "giải quyết thủ tục hành chính (TTHC) nhanh chóng, công khai, minh bạch; phấn đấu Chỉ số CCHC "
          "năm 2027 của Sở thuộc nhóm 05 sở, ngành dẫn đầu của tỉnh."),
    ("h2", "2. Chỉ tiêu cụ thể"),
    ("p", "a) 100% nhiệm vụ tại Phụ lục kèm theo Kế hoạch này được hoàn thành đúng thời hạn."),
    ("p", "b) 100% hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở được giải quyết đúng và trước hạn; tỷ lệ "
          "hồ sơ quá hạn không vượt quá 0,5%."),
    ("p", "c) Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối thiểu 85%; 100% "
          "hồ sơ, kết quả giải quyết TTHC được số hóa theo quy định."),
    ("p", "d) Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của Sở đạt từ 95% "
          "trở lên."),
    ("p", "đ) Cắt giảm tối thiểu 20% thời gian giải quyết đối với các TTHC lĩnh vực đất đai, môi trường so "
          "với thời gian quy định."),
    ("p", "e) 100% văn bản đi của Sở (trừ văn bản mật) được ký số, gửi, nhận trên môi trường điện tử."),
    ("h1", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "a) Ban hành và triển khai Kế hoạch tuyên truyền CCHC năm 2027 ngay từ đầu năm; đưa nội dung "
          "CCHC vào chương trình giao ban định kỳ hằng tháng của Sở."),
    ("p", "b) Kiểm tra công tác CCHC tại tối thiểu 04 chi cục, đơn vị sự nghiệp trực thuộc; kiểm tra đột "
          "xuất việc giải quyết TTHC khi có phản ánh, kiến nghị."),
    ("p", "c) Thực hiện nghiêm chế độ báo cáo CCHC định kỳ: báo cáo quý gửi Sở Nội vụ trước ngày 12 của "
          "tháng cuối quý; báo cáo năm gửi trước ngày 05/12/2027."),
    ("h2", "2. Cải cách thể chế"),
    ("p", "a) Tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật (QPPL) quy định chi tiết các nội dung "
          "được giao thuộc lĩnh vực nông nghiệp, đất đai, thủy sản bảo đảm đúng tiến độ, chất lượng."),
    ("p", "b) Rà soát, hệ thống hóa văn bản QPPL; theo dõi tình hình thi hành pháp luật trong các lĩnh "
          "vực quản lý của ngành."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", "a) Rà soát, đơn giản hóa TTHC, trọng tâm là lĩnh vực đất đai, đo đạc và bản đồ, môi trường; "
          "công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền."),
    ("p", "b) Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính theo quy "
          "định."),
    ("p", "c) Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC; không yêu cầu người dân, doanh nghiệp cung "
          "cấp lại thông tin, giấy tờ đã được số hóa."),
    ("h2", "4. Cải cách tổ chức bộ máy"),
    ("p", "- Rà soát, kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các chi cục, đơn vị sự nghiệp sau "
          "sắp xếp; quản lý biên chế theo vị trí việc làm được phê duyệt."),
    ("h2", "5. Xây dựng, nâng cao chất lượng đội ngũ công chức, viên chức"),
    ("p", "- Bồi dưỡng kỹ năng giải quyết TTHC, văn hóa công vụ, kỹ năng số cho công chức, viên chức; "
          "đánh giá, xếp loại công chức, viên chức theo kết quả, sản phẩm cụ thể."),
    ("h2", "6. Cải cách tài chính công"),
    ("p", "- Thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập; công khai dự toán, quyết "
          "toán ngân sách theo quy định."),
    ("h2", "7. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("p", "- Hoàn thiện cơ sở dữ liệu đất đai, kết nối với Cơ sở dữ liệu quốc gia về đất đai; duy trì Hệ "
          "thống quản lý chất lượng theo TCVN ISO 9001:2015; ứng dụng trí tuệ nhân tạo trong hướng dẫn, "
          "tra cứu TTHC."),
    ("p", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao cho Sở năm 2027, "
          "tổng dự toán là 1.280.000.000 đồng (Một tỷ, hai trăm tám mươi triệu đồng); trong đó: kinh phí "
          "tuyên truyền CCHC 150.000.000 đồng; kinh phí số hóa hồ sơ, dữ liệu đất đai 860.000.000 đồng; "
          "kinh phí bồi dưỡng, kiểm tra và các nhiệm vụ khác 270.000.000 đồng."),
    ("p", "2. Các đơn vị sự nghiệp công lập chủ động sử dụng nguồn thu hợp pháp của đơn vị để thực hiện "
          "nhiệm vụ CCHC."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Văn phòng Sở"),
    ("p", "- Là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế "
          "hoạch; tổng hợp báo cáo CCHC định kỳ theo quy định."),
    ("p", "- Tham mưu đánh giá, chấm điểm Chỉ số CCHC nội bộ đối với các phòng, chi cục, đơn vị; đề xuất "
          "khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác CCHC."),
    ("h2", "2. Phòng Kế hoạch - Tài chính"),
    ("p", "- Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh toán, quyết toán "
          "kinh phí theo quy định."),
    ("h2", "3. Thanh tra Sở"),
    ("p", "- Phối hợp với Văn phòng Sở kiểm tra công tác CCHC; tăng cường thanh tra công vụ, xử lý nghiêm "
          "các vi phạm kỷ luật, kỷ cương hành chính."),
    ("h2", "4. Các phòng, chi cục, đơn vị thuộc Sở"),
    ("p", "- Căn cứ Kế hoạch này xây dựng kế hoạch CCHC của đơn vị, gửi Văn phòng Sở trước ngày "
          "15/01/2027."),
    ("p", "- Báo cáo kết quả thực hiện nhiệm vụ CCHC hằng quý gửi Văn phòng Sở trước ngày 05 của tháng "
          "cuối quý; báo cáo năm gửi trước ngày 25/11/2027."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở (qua Văn phòng "
          "Sở) để xem xét, giải quyết./."),
]

KH_NOI_NHAN = [
    "- UBND tỉnh (để b/c);",
    "- Sở Nội vụ (để b/c);",
    "- Giám đốc, các Phó Giám đốc Sở;",
    "- Các phòng, chi cục, đơn vị thuộc Sở;",
    "- Cổng TTĐT của Sở;",
    "- Lưu: VT, VP.",
]

# Appendix task table. Each row: (no, content, output, lead, coord, deadline).
# A value None means "vertically merged with the cell above" (the cell shows the value above).
KH_TABLE = [
    ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", [
        ("1", "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2027",
         "Kế hoạch tuyên truyền được ban hành", "Văn phòng Sở",
         "Các phòng, chi cục, đơn vị thuộc Sở", "Tháng 01/2027"),
        ("2", "Kiểm tra công tác CCHC tại tối thiểu 04 chi cục, đơn vị sự nghiệp trực thuộc Sở",
         "Kế hoạch kiểm tra; Thông báo kết luận kiểm tra", "Văn phòng Sở",
         "Thanh tra Sở", "Quý II, Quý III/2027"),
        ("3", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của Sở",
         "Báo cáo tự đánh giá kèm tài liệu kiểm chứng", None,
         "Các phòng, chi cục, đơn vị thuộc Sở", "Theo hướng dẫn của Sở Nội vụ"),
    ]),
    ("II. CẢI CÁCH THỂ CHẾ", [
        ("4", "Tham mưu UBND tỉnh ban hành Quyết định quy định hạn mức giao khu vực biển để nuôi trồng "
              "thủy sản trên địa bàn tỉnh",
         "Dự thảo Quyết định trình UBND tỉnh", "Chi cục Thủy sản",
         "Sở Tư pháp; UBND các xã, phường, đặc khu ven biển", "Quý III/2027"),
        ("5", "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực nông nghiệp và môi trường do HĐND, UBND "
              "tỉnh ban hành",
         "Báo cáo kết quả rà soát; danh mục văn bản đề nghị sửa đổi, bãi bỏ", "Phòng Pháp chế",
         "Các phòng, chi cục chuyên môn", "Trước ngày 30/6/2027"),
        ("6", "Theo dõi tình hình thi hành pháp luật về đất đai, tài nguyên nước năm 2027",
         "Báo cáo theo dõi thi hành pháp luật", None,
         "Phòng Quản lý đất đai; Phòng Tài nguyên nước", "Tháng 11/2027"),
    ]),
    ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("7", "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực đất đai, đo đạc và bản đồ",
         "Phương án đơn giản hóa trình UBND tỉnh", "Văn phòng Đăng ký đất đai",
         "Phòng Quản lý đất đai; Văn phòng Sở", "Quý II/2027"),
        ("8", "Xây dựng quy trình nội bộ, quy trình điện tử giải quyết TTHC mới ban hành, sửa đổi, bổ sung",
         "Quyết định phê duyệt quy trình nội bộ", "Văn phòng Sở",
         "Trung tâm Phục vụ hành chính công tỉnh",
         "Trong 05 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực"),
        ("9", "Công khai, cập nhật TTHC thuộc thẩm quyền trên Cổng Dịch vụ công quốc gia và Hệ thống "
              "thông tin giải quyết TTHC tỉnh",
         "100% TTHC được công khai đúng quy định", "Văn phòng Sở",
         "Các phòng, chi cục chuyên môn", "Thường xuyên"),
        ("10", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
         "Văn bản trả lời; báo cáo định kỳ", "Thanh tra Sở", "Văn phòng Sở", None),
        ("11", "Số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực môi trường, tài nguyên nước, địa chất và "
               "khoáng sản",
         "100% hồ sơ, kết quả được số hóa", "Phòng Môi trường",
         "Trung tâm Phục vụ hành chính công tỉnh", None),
    ]),
    ("IV. CẢI CÁCH TỔ CHỨC BỘ MÁY", [
        ("12", "Rà soát, kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các chi cục, đơn vị sự nghiệp "
               "thuộc Sở",
         "Quyết định quy định chức năng, nhiệm vụ, quyền hạn", "Văn phòng Sở", "Sở Nội vụ", "Quý I/2027"),
        ("13", "Xây dựng, điều chỉnh Đề án vị trí việc làm của các đơn vị sự nghiệp công lập thuộc Sở",
         "Đề án vị trí việc làm được phê duyệt", "Các đơn vị sự nghiệp thuộc Sở", None, "Tháng 8/2027"),
    ]),
    ("V. XÂY DỰNG, NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÔNG CHỨC, VIÊN CHỨC", [
        ("14", "Tổ chức 02 lớp bồi dưỡng kỹ năng giải quyết TTHC, văn hóa công vụ cho công chức, viên chức "
               "trực tiếp tiếp nhận, giải quyết hồ sơ",
         "02 lớp bồi dưỡng, khoảng 120 lượt người tham gia", "Văn phòng Sở", "Trường Chính trị tỉnh",
         "Quý III/2027"),
        ("15", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2027 theo kết quả, sản phẩm cụ thể",
         "Kết quả đánh giá, xếp loại được phê duyệt", "Các phòng, chi cục, đơn vị thuộc Sở",
         "Văn phòng Sở", "Tháng 12/2027"),
    ]),
    ("VI. CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("16", "Xây dựng phương án tự chủ tài chính giai đoạn 2027 - 2029 của các đơn vị sự nghiệp công "
               "lập thuộc Sở",
         "Quyết định giao quyền tự chủ tài chính", "Phòng Kế hoạch - Tài chính", "Sở Tài chính",
         "Quý I/2027"),
        ("17", "Công khai dự toán, quyết toán ngân sách năm của Sở và các đơn vị trực thuộc",
         "Văn bản công khai trên Cổng thông tin điện tử của Sở", None, "Văn phòng Sở",
         "Theo thời hạn quy định"),
    ]),
    ("VII. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("18", "Xây dựng, cập nhật cơ sở dữ liệu đất đai, kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về "
               "đất đai",
         "Cơ sở dữ liệu đất đai được kết nối, đồng bộ", "Văn phòng Đăng ký đất đai",
         "Trung tâm Dữ liệu và Công nghệ thông tin; UBND các xã, phường, đặc khu", "Quý IV/2027"),
        ("19", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
         "Quyết định công bố Hệ thống quản lý chất lượng; báo cáo đánh giá nội bộ", "Văn phòng Sở",
         "Sở Khoa học và Công nghệ", None),
        ("20", "Triển khai trợ lý ảo hỗ trợ hướng dẫn, tra cứu TTHC lĩnh vực nông nghiệp và môi trường",
         "Trợ lý ảo được đưa vào vận hành", "Trung tâm Dữ liệu và Công nghệ thông tin",
         "Văn phòng Sở; Sở Khoa học và Công nghệ", None),
    ]),
]
KH_HEAD = ["TT", "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Đơn vị thực hiện", "Đơn vị phối hợp",
           "Thời hạn hoàn thành"]


def _set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _fix_widths(table, widths):
    """Set fixed layout and the tblGrid column widths (LibreOffice/Word honour the grid)."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _para(container, text, bold=False, italic=False, size=14, align=None, indent=False, space_after=3,
          underline=False):
    p = container.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Cm(1.0)
    return p


def _cell_text(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
    """lines: list of (text, bold, italic)."""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    # header: 2 x 2 table without borders
    ht = doc.add_table(rows=2, cols=2)
    _set_cell_borders_none(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fix_widths(ht, [Cm(7.0), Cm(9.5)])
    _cell_text(ht.rows[0].cells[0], [("UBND TỈNH QUẢNG NINH", False, False),
                                     ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False),
                                     ("―――――――", False, False)], size=12)
    _cell_text(ht.rows[0].cells[1], [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                                     ("Độc lập - Tự do - Hạnh phúc", True, False),
                                     ("――――――――――――", False, False)], size=12)
    _cell_text(ht.rows[1].cells[0], [("Số: " + KH_NO, False, False)])
    _cell_text(ht.rows[1].cells[1], [("Quảng Ninh, ngày 18 tháng 12 năm 2026", False, True)], size=14)

    _para(doc, "", space_after=6)
    _para(doc, "KẾ HOẠCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(doc, "Cải cách hành chính năm 2027 của Sở Nông nghiệp và Môi trường", bold=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(doc, "―――――――", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)

    for kind, text in KH_BODY:
        if kind == "h1":
            _para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif kind == "h2":
            _para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        else:
            _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    # signature: 2-column borderless table
    stbl = doc.add_table(rows=1, cols=2)
    _set_cell_borders_none(stbl)
    _fix_widths(stbl, [Cm(8), Cm(8)])
    left, right = stbl.rows[0].cells
    _cell_text(left, [("Nơi nhận:", True, True)] + [(x, False, False) for x in KH_NOI_NHAN], size=11,
               align=WD_ALIGN_PARAGRAPH.LEFT)
    _cell_text(right, [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False),
                       ("", False, False), ("", False, False), (KH_SIGNER, True, False)], size=14)

    # appendix in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(2)
    new.top_margin, new.bottom_margin = Cm(2), Cm(1.5)
    _para(doc, "Phụ lục", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(doc, "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
          bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(doc, "(Kèm theo Kế hoạch số " + KH_NO + " ngày 18/12/2026 của Sở Nông nghiệp và Môi trường)",
          italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8, size=13)

    widths = [Cm(1.2), Cm(7.8), Cm(5.0), Cm(3.8), Cm(4.6), Cm(3.3)]
    nrows = 2 + sum(1 + len(rows) for _, rows in KH_TABLE)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fix_widths(t, widths)
    for i, h in enumerate(KH_HEAD):
        _cell_text(t.rows[0].cells[i], [(h, True, False)], size=12)
        _cell_text(t.rows[1].cells[i], [("(%d)" % (i + 1), False, True)], size=11)
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])

    r = 2
    pending = {}  # col -> (start_row) for vertical merges
    merges = []
    for sec_title, rows in KH_TABLE:
        c0 = t.rows[r].cells[0]
        c0.merge(t.rows[r].cells[5])
        _cell_text(t.rows[r].cells[0], [(sec_title, True, False)], size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        last_val_row = {}
        for row in rows:
            for ci, val in enumerate(row):
                cell = t.rows[r].cells[ci]
                if val is None:
                    merges.append((last_val_row[ci], r, ci))
                    continue
                last_val_row[ci] = r
                align = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
                _cell_text(cell, [(val, False, False)], size=12, align=align)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            r += 1
    # apply vertical merges (extend ranges)
    spans = {}
    for start, row_i, ci in merges:
        key = (start, ci)
        spans[key] = max(spans.get(key, start), row_i)
    for (start, ci), end in spans.items():
        top = t.rows[start].cells[ci]
        top.merge(t.rows[end].cells[ci])
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    doc.save(os.path.join(DOCS, F_DOCX))


def kh_task_rows():
    out = []
    for sec_title, rows in KH_TABLE:
        prev = {}
        for row in rows:
            vals = []
            for ci, v in enumerate(row):
                if v is None:
                    v = prev[ci]
                prev[ci] = v
                vals.append(v)
            no, content, output, lead, coord, deadline = vals
            out.append({"file": F_DOCX, "section": sec_title, "no": no, "content": content[:120],
                        "lead": lead, "coordinators": coord, "deadline": deadline, "output": output})
    return out


# ---------------------------------------------------------------------------------------------
# 2. PDF: Quyết định + Quy chế phối hợp giải quyết TTHC, UBND huyện Phù Thạnh (tỉnh Bình Định)
# ---------------------------------------------------------------------------------------------
QD_NO = "1875/QĐ-UBND"
QD_SIGNER = "Trần Minh Luân"

QD_CANCU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
    "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một "
    "cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 "
    "tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
    "Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023 của Văn phòng Chính phủ quy định một số "
    "nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực "
    "hiện thủ tục hành chính trên môi trường điện tử;",
    "Căn cứ Quyết định số 2290/QĐ-UBND ngày 14 tháng 7 năm 2023 của UBND tỉnh Bình Định ban hành Kế "
    "hoạch nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn tỉnh;",
    "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện tại Tờ trình số 214/TTr-VP ngày 30 tháng 9 "
    "năm 2024.",
]

QD_DIEU = [
    ("Điều 1.", " Ban hành kèm theo Quyết định này Quy chế phối hợp giải quyết thủ tục hành chính theo cơ "
     "chế một cửa, một cửa liên thông trên địa bàn huyện Phù Thạnh."),
    ("Điều 2.", " Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2024 và thay thế Quyết "
     "định số 926/QĐ-UBND ngày 12 tháng 5 năm 2020 của UBND huyện Phù Thạnh ban hành Quy chế phối hợp "
     "giải quyết thủ tục hành chính trên địa bàn huyện."),
    ("Điều 3.", " Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng, ban chuyên môn thuộc UBND huyện; "
     "Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện; Chi cục trưởng Chi cục Thuế khu vực Phù Thạnh "
     "- An Hòa; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi "
     "hành Quyết định này./."),
]

QD_NOI_NHAN = ["- Như Điều 3;", "- Sở Nội vụ, Văn phòng UBND tỉnh (để b/c);", "- TT Huyện ủy, TT HĐND huyện;",
               "- CT, các PCT UBND huyện;", "- Cổng TTĐT huyện;", "- Lưu: VT, VP."]

# Quy chế: list of (kind, text). kinds: chuong, chuong_title, dieu, k (khoản), d (điểm), table
QC = [
    ("chuong", "Chương I"), ("chuong_title", "QUY ĐỊNH CHUNG"),
    ("dieu", "Điều 1. Phạm vi điều chỉnh"),
    ("k", "1. Quy chế này quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp giữa các cơ "
          "quan, đơn vị trong tiếp nhận, giải quyết và trả kết quả thủ tục hành chính (TTHC) theo cơ chế "
          "một cửa, một cửa liên thông thuộc thẩm quyền của UBND huyện và UBND các xã, thị trấn trên địa "
          "bàn huyện Phù Thạnh."),
    ("k", "2. Việc phối hợp giải quyết TTHC có nội dung thuộc bí mật nhà nước không thuộc phạm vi điều "
          "chỉnh của Quy chế này."),
    ("dieu", "Điều 2. Đối tượng áp dụng"),
    ("k", "1. Văn phòng HĐND và UBND huyện; Bộ phận Một cửa huyện; các phòng, ban chuyên môn thuộc UBND "
          "huyện."),
    ("k", "2. UBND các xã, thị trấn; Bộ phận Một cửa cấp xã."),
    ("k", "3. Các cơ quan ngành dọc đóng trên địa bàn huyện có liên quan, gồm:"),
    ("d", "a) Chi nhánh Văn phòng Đăng ký đất đai huyện Phù Thạnh;"),
    ("d", "b) Chi cục Thuế khu vực Phù Thạnh - An Hòa;"),
    ("d", "c) Bảo hiểm xã hội huyện;"),
    ("d", "d) Công an huyện."),
    ("dieu", "Điều 3. Nguyên tắc phối hợp"),
    ("k", "1. Bảo đảm đúng chức năng, nhiệm vụ, thẩm quyền; lấy sự hài lòng của người dân, doanh nghiệp "
          "làm thước đo chất lượng phối hợp."),
    ("k", "2. Cơ quan chủ trì giải quyết TTHC chịu trách nhiệm chính về kết quả giải quyết; cơ quan phối "
          "hợp chịu trách nhiệm về nội dung và thời hạn phối hợp của mình."),
    ("k", "3. Việc trao đổi, luân chuyển hồ sơ giữa các cơ quan được thực hiện trên Hệ thống thông tin "
          "giải quyết TTHC tỉnh Bình Định; không yêu cầu tổ chức, cá nhân bổ sung hồ sơ quá 01 lần trong "
          "suốt quá trình giải quyết."),
    ("chuong", "Chương II"), ("chuong_title", "NỘI DUNG, PHƯƠNG THỨC PHỐI HỢP"),
    ("dieu", "Điều 4. Phối hợp tiếp nhận, chuyển hồ sơ"),
    ("k", "1. Bộ phận Một cửa huyện tiếp nhận hồ sơ, kiểm tra tính đầy đủ và chuyển hồ sơ điện tử đến cơ "
          "quan chủ trì giải quyết chậm nhất 04 giờ làm việc kể từ khi tiếp nhận."),
    ("k", "2. Hồ sơ tiếp nhận sau 15 giờ 00 phút được chuyển trong buổi sáng của ngày làm việc tiếp theo."),
    ("k", "3. Trường hợp hồ sơ được nộp trực tiếp bằng bản giấy, Bộ phận Một cửa huyện thực hiện số hóa "
          "trước khi chuyển, bảo đảm 100% hồ sơ được số hóa."),
    ("dieu", "Điều 5. Phối hợp giải quyết TTHC liên thông lĩnh vực đất đai"),
    ("k", "1. Chi nhánh Văn phòng Đăng ký đất đai huyện Phù Thạnh chủ trì giải quyết TTHC đăng ký đất đai, "
          "cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu; Phòng Tài "
          "nguyên và Môi trường, Chi cục Thuế khu vực Phù Thạnh - An Hòa và UBND các xã, thị trấn phối hợp."),
    ("k", "2. Thời hạn thực hiện từng bước được quy định tại Bảng sau:"),
    ("table", None),
    ("k", "3. Thời gian người sử dụng đất thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý đối với "
          "trường hợp sử dụng đất có vi phạm pháp luật không tính vào thời hạn tại khoản 2 Điều này."),
    ("dieu", "Điều 6. Phối hợp lấy ý kiến, thẩm định"),
    ("k", "1. Cơ quan được lấy ý kiến có trách nhiệm trả lời bằng văn bản trong thời hạn 03 ngày làm việc "
          "kể từ ngày nhận đủ hồ sơ, trừ trường hợp pháp luật chuyên ngành có quy định khác."),
    ("k", "2. Quá thời hạn tại khoản 1 Điều này mà cơ quan được lấy ý kiến không trả lời thì được coi là "
          "đồng ý và chịu trách nhiệm về nội dung thuộc phạm vi quản lý của mình."),
    ("k", "3. Đối với hồ sơ phức tạp, cần xác minh thực địa, cơ quan chủ trì tổ chức kiểm tra liên ngành; "
          "thời gian kiểm tra không quá 05 ngày làm việc."),
    ("dieu", "Điều 7. Xử lý hồ sơ quá hạn"),
    ("k", "1. Trường hợp hồ sơ quá hạn giải quyết, cơ quan, đơn vị làm quá hạn thực hiện các việc sau:"),
    ("d", "a) Gửi văn bản xin lỗi tổ chức, cá nhân, trong đó ghi rõ lý do quá hạn và thời gian hẹn trả "
          "kết quả lần sau;"),
    ("d", "b) Thông báo cho Bộ phận Một cửa huyện trước thời hạn trả kết quả ít nhất 01 ngày làm việc;"),
    ("d", "c) Thời gian hẹn trả kết quả lần sau không quá 1/2 thời gian giải quyết theo quy định."),
    ("k", "2. Cơ quan, đơn vị để xảy ra hồ sơ quá hạn do lỗi chủ quan phải giải trình với Chủ tịch UBND "
          "huyện (qua Văn phòng HĐND và UBND huyện)."),
    ("chuong", "Chương III"), ("chuong_title", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("dieu", "Điều 8. Trách nhiệm của Văn phòng HĐND và UBND huyện"),
    ("k", "1. Chủ trì theo dõi, đôn đốc việc thực hiện Quy chế; quản lý, điều hành hoạt động của Bộ phận "
          "Một cửa huyện."),
    ("k", "2. Tổng hợp tình hình giải quyết TTHC, báo cáo UBND huyện định kỳ hằng quý trước ngày 12 của "
          "tháng cuối quý và báo cáo năm trước ngày 10 tháng 12."),
    ("k", "3. Công khai tỷ lệ hồ sơ giải quyết đúng hạn của từng cơ quan, đơn vị trên Cổng thông tin điện "
          "tử huyện vào tuần đầu tiên hằng tháng."),
    ("dieu", "Điều 9. Trách nhiệm của Phòng Nội vụ"),
    ("k", "1. Đưa kết quả thực hiện Quy chế vào tiêu chí đánh giá, xếp loại chất lượng cơ quan, đơn vị, "
          "cán bộ, công chức và bình xét thi đua, khen thưởng hằng năm."),
    ("k", "2. Phối hợp với Văn phòng HĐND và UBND huyện kiểm tra công vụ, kiểm tra đột xuất việc thực hiện "
          "Quy chế tại các cơ quan, đơn vị ít nhất 02 lần/năm."),
    ("dieu", "Điều 10. Trách nhiệm của các phòng, ban chuyên môn, UBND các xã, thị trấn và cơ quan ngành dọc"),
    ("k", "1. Phân công công chức đầu mối theo dõi, xử lý hồ sơ liên thông, gửi danh sách về Văn phòng "
          "HĐND và UBND huyện trước ngày 25 tháng 10 năm 2024."),
    ("k", "2. Giải quyết hồ sơ đúng thời hạn quy định tại Điều 5, Điều 6 Quy chế này; cập nhật trạng thái "
          "xử lý hồ sơ trên Hệ thống thông tin giải quyết TTHC tỉnh."),
    ("k", "3. UBND các xã, thị trấn niêm yết công khai Quy chế này tại Bộ phận Một cửa cấp xã."),
    ("chuong", "Chương IV"), ("chuong_title", "ĐIỀU KHOẢN THI HÀNH"),
    ("dieu", "Điều 11. Khen thưởng, xử lý vi phạm"),
    ("k", "1. Cơ quan, đơn vị, cá nhân thực hiện tốt Quy chế này được xem xét khen thưởng theo quy định."),
    ("k", "2. Cơ quan, đơn vị có tỷ lệ hồ sơ quá hạn trên 2% trong một quý thì không được xét danh hiệu "
          "thi đua của năm đó; người đứng đầu không được đánh giá ở mức hoàn thành xuất sắc nhiệm vụ."),
    ("dieu", "Điều 12. Tổ chức thực hiện"),
    ("k", "1. Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Nội vụ hướng dẫn, theo dõi, kiểm "
          "tra việc thực hiện Quy chế này."),
    ("k", "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn "
          "phòng HĐND và UBND huyện để tổng hợp, trình UBND huyện xem xét, sửa đổi, bổ sung cho phù hợp./."),
]

QC_TABLE_TITLE = "Bảng: Thời hạn phối hợp giải quyết TTHC cấp Giấy chứng nhận lần đầu"
QC_TABLE_HEAD = ["STT", "Bước thực hiện", "Cơ quan thực hiện", "Thời hạn"]
QC_TABLE = [
    ("1", "Tiếp nhận, kiểm tra hồ sơ, chuyển Chi nhánh Văn phòng Đăng ký đất đai", "Bộ phận Một cửa huyện",
     "0,5 ngày làm việc"),
    ("2", "Lấy ý kiến xác nhận nguồn gốc, hiện trạng sử dụng đất (nếu có)", "UBND xã, thị trấn",
     "05 ngày làm việc"),
    ("3", "Thẩm tra hồ sơ, xác định thông tin địa chính, gửi phiếu chuyển thông tin đến cơ quan thuế",
     "Chi nhánh Văn phòng Đăng ký đất đai", "03 ngày làm việc"),
    ("4", "Xác định nghĩa vụ tài chính, ban hành thông báo nộp tiền", "Chi cục Thuế khu vực Phù Thạnh - An Hòa",
     "03 ngày làm việc"),
    ("5", "Thẩm định, trình ký Giấy chứng nhận", "Phòng Tài nguyên và Môi trường", "03 ngày làm việc"),
    ("6", "Ký Giấy chứng nhận", "Lãnh đạo UBND huyện", "02 ngày làm việc"),
    ("7", "Trả kết quả cho người sử dụng đất", "Bộ phận Một cửa huyện", "0,5 ngày làm việc"),
]
QC_TABLE_TOTAL = ("", "Tổng cộng", "", "17 ngày làm việc")


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    fd = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("VN", fd + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("VN-B", fd + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("VN-I", fd + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("VN-BI", fd + "DejaVuSerif-BoldItalic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("VN", 0, 0, "VN")
    addMapping("VN", 1, 0, "VN-B")
    addMapping("VN", 0, 1, "VN-I")
    addMapping("VN", 1, 1, "VN-BI")

    body = ParagraphStyle("body", fontName="VN", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY,
                          firstLineIndent=1.0 * cm, spaceAfter=2.5)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    centerb = ParagraphStyle("cb", parent=center, fontName="VN-B")
    small = ParagraphStyle("s", fontName="VN", fontSize=10, leading=13, alignment=TA_LEFT)
    smallc = ParagraphStyle("sc", parent=small, alignment=TA_CENTER)
    smallcb = ParagraphStyle("scb", parent=smallc, fontName="VN-B")

    def header(left_lines, right_lines):
        data = [[[Paragraph(x, smallcb if b else smallc) for x, b in left_lines],
                 [Paragraph(x, smallcb if b else smallc) for x, b in right_lines]]]
        t = Table(data, colWidths=[6.3 * cm, 9.7 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = []
    story.append(header([("ỦY BAN NHÂN DÂN", True), ("HUYỆN PHÙ THẠNH", True), ("―――――", False),
                         ("Số: " + QD_NO, False)],
                        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                         ("――――――――――", False),
                         ("<i>Phù Thạnh, ngày 09 tháng 10 năm 2024</i>", False)]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("QUYẾT ĐỊNH", ParagraphStyle("t", parent=centerb, fontSize=13.5, leading=18)))
    story.append(Paragraph("Ban hành Quy chế phối hợp giải quyết thủ tục hành chính", centerb))
    story.append(Paragraph("theo cơ chế một cửa, một cửa liên thông trên địa bàn huyện Phù Thạnh", centerb))
    story.append(Paragraph("―――――――", center))
    story.append(Spacer(1, 6))
    story.append(Paragraph("ỦY BAN NHÂN DÂN HUYỆN PHÙ THẠNH", centerb))
    story.append(Spacer(1, 6))
    for c in QD_CANCU:
        story.append(Paragraph("<i>%s</i>" % c, body))
    story.append(Spacer(1, 4))
    story.append(Paragraph("QUYẾT ĐỊNH:", centerb))
    story.append(Spacer(1, 6))
    for d, txt in QD_DIEU:
        story.append(Paragraph("<b>%s</b>%s" % (d, txt), body))
    story.append(Spacer(1, 10))
    nn = [Paragraph("<b><i>Nơi nhận:</i></b>", small)] + [Paragraph(x, ParagraphStyle(
        "nn", parent=small, fontSize=9, leading=11.5)) for x in QD_NOI_NHAN]
    sig = [Paragraph(x, centerb) for x in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")] + \
          [Spacer(1, 34), Paragraph(QD_SIGNER, centerb)]
    st = Table([[nn, sig]], colWidths=[8 * cm, 8 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([st]))
    story.append(PageBreak())

    # --- Quy chế
    story.append(header([("ỦY BAN NHÂN DÂN", True), ("HUYỆN PHÙ THẠNH", True), ("―――――", False)],
                        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                         ("――――――――――", False)]))
    story.append(Spacer(1, 12))
    story.append(Paragraph("QUY CHẾ", ParagraphStyle("t2", parent=centerb, fontSize=13.5, leading=18)))
    story.append(Paragraph("Phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông "
                           "trên địa bàn huyện Phù Thạnh", centerb))
    story.append(Paragraph("<i>(Ban hành kèm theo Quyết định số %s ngày 09/10/2024 của UBND huyện Phù Thạnh)</i>"
                           % QD_NO, center))
    story.append(Paragraph("―――――――", center))
    story.append(Spacer(1, 6))
    dieu_style = ParagraphStyle("dieu", parent=body, fontName="VN-B", keepWithNext=1)
    for kind, txt in QC:
        if kind == "chuong":
            story.append(Spacer(1, 4))
            story.append(Paragraph(txt, ParagraphStyle("ch", parent=centerb, keepWithNext=1)))
        elif kind == "chuong_title":
            story.append(Paragraph(txt, ParagraphStyle("ct", parent=centerb, spaceAfter=6, keepWithNext=1)))
        elif kind == "dieu":
            story.append(Paragraph(txt, dieu_style))
        elif kind in ("k", "d"):
            story.append(Paragraph(txt, body))
        elif kind == "table":
            story.append(Paragraph("<b>%s</b>" % QC_TABLE_TITLE, ParagraphStyle("tt", parent=center,
                                                                                  spaceAfter=4)))
            cell = ParagraphStyle("cell", fontName="VN", fontSize=9.5, leading=12)
            cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
            cellb = ParagraphStyle("cellb", parent=cellc, fontName="VN-B")
            data = [[Paragraph(h, cellb) for h in QC_TABLE_HEAD]]
            for no, step, who, tl in QC_TABLE:
                data.append([Paragraph(no, cellc), Paragraph(step, cell), Paragraph(who, cellc),
                             Paragraph(tl, cellc)])
            data.append([Paragraph("<b>Tổng cộng</b>", cellc), "", "",
                         Paragraph("<b>%s</b>" % QC_TABLE_TOTAL[3], cellc)])
            t = Table(data, colWidths=[1.2 * cm, 7.5 * cm, 4.2 * cm, 3.6 * cm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("SPAN", (0, -1), (2, -1))]))
            story.append(t)
            story.append(Spacer(1, 6))
    story.append(Spacer(1, 6))
    story.append(Paragraph("―――――――――――", center))

    def on_page(canvas, doc_):
        n = canvas.getPageNumber()
        if n > 1:
            canvas.setFont("VN", 10)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(n))

    doc = SimpleDocTemplate(os.path.join(DOCS, F_PDF), pagesize=A4, leftMargin=2.7 * cm, rightMargin=1.8 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.6 * cm, title="Quyết định 1875/QĐ-UBND",
                            author="UBND huyện Phù Thạnh")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def qc_task_rows():
    return [{"file": F_PDF, "section": "", "no": no, "content": step[:120], "lead": who, "coordinators": "",
             "deadline": tl, "output": ""} for no, step, who, tl in QC_TABLE]


# ---------------------------------------------------------------------------------------------
# 3. TXT: Công văn đôn đốc của UBND xã Nà Phăng (tỉnh Điện Biên), pasted from a PDF
# ---------------------------------------------------------------------------------------------
CV_NO = "86/UBND-VP"
CV_SIGNER = "Quàng Văn Sơn"

CV_HEAD = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  XÃ NÀ PHĂNG                     Độc lập - Tự do - Hạnh phúc
  ___________                    ___________________________

Số: 86/UBND-VP                  Nà Phăng, ngày 24 tháng 02 năm 2027
V/v đôn đốc thực hiện nhiệm vụ
cải cách hành chính, chuyển đổi
số quý I năm 2027

                         Kính gửi:
                                  - Văn phòng HĐND và UBND xã;
                                  - Phòng Kinh tế;
                                  - Phòng Văn hóa - Xã hội;
                                  - Trung tâm Phục vụ hành chính công xã;
                                  - Công an xã;
                                  - Trưởng các thôn, bản.
"""

CV_PARAS = [
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 08/01/2027 của UBND xã Nà Phăng về cải cách hành chính (CCHC) "
    "năm 2027; Công văn số 415/SNV-CCHC ngày 10/02/2027 của Sở Nội vụ tỉnh Điện Biên về việc đôn đốc "
    "thực hiện nhiệm vụ CCHC quý I năm 2027.",
    "Qua theo dõi trên Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) tỉnh, tính đến ngày "
    "20/02/2027, tỷ lệ hồ sơ TTHC của xã được giải quyết đúng hạn đạt 96,4%, còn 11 hồ sơ quá hạn (chủ "
    "yếu thuộc lĩnh vực đất đai và hộ tịch); tỷ lệ hồ sơ nộp trực tuyến toàn trình mới đạt 41,2%, thấp "
    "hơn chỉ tiêu 60% giao tại Kế hoạch số 12/KH-UBND; việc số hóa hồ sơ, kết quả giải quyết TTHC tại "
    "Trung tâm Phục vụ hành chính công xã còn chậm.",
    "Để bảo đảm hoàn thành các chỉ tiêu CCHC quý I năm 2027, Chủ tịch UBND xã yêu cầu các cơ quan, đơn "
    "vị thực hiện ngay một số nội dung sau:",
    "#1. Văn phòng HĐND và UBND xã",
    "a) Chủ trì tham mưu UBND xã ban hành Kế hoạch kiểm tra công tác CCHC năm 2027, bảo đảm kiểm tra "
    "100% phòng chuyên môn và Trung tâm Phục vụ hành chính công xã; hoàn thành trước ngày 06/3/2027.",
    "b) Tổng hợp, xây dựng báo cáo kết quả CCHC quý I năm 2027 của xã gửi Sở Nội vụ trước ngày "
    "15/3/2027; các cơ quan, đơn vị gửi báo cáo của đơn vị mình về Văn phòng HĐND và UBND xã trước ngày "
    "10/3/2027.",
    "c) Rà soát, cập nhật danh mục TTHC thuộc thẩm quyền giải quyết của cấp xã, niêm yết công khai tại "
    "Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử của xã; hoàn thành trước ngày "
    "12/3/2027.",
    "#2. Trung tâm Phục vụ hành chính công xã",
    "a) Rà soát toàn bộ 11 hồ sơ quá hạn, phối hợp với các phòng chuyên môn giải quyết dứt điểm; gửi văn "
    "bản xin lỗi tổ chức, cá nhân đối với hồ sơ quá hạn theo quy định; hoàn thành trước ngày 05/3/2027.",
    "b) Số hóa 100% hồ sơ, kết quả giải quyết TTHC khi tiếp nhận và trả kết quả; thực hiện thường xuyên.",
    "c) Bố trí công chức hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến; phấn đấu tỷ lệ hồ sơ nộp trực "
    "tuyến toàn trình đạt từ 60% trở lên trước ngày 31/3/2027.",
    "#3. Phòng Kinh tế",
    "a) Chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã giải quyết dứt điểm các hồ sơ đất đai "
    "quá hạn; hoàn thành trước ngày 10/3/2027.",
    "b) Rà soát, chỉnh lý hồ sơ địa chính phục vụ cập nhật cơ sở dữ liệu đất đai của xã, gửi kết quả về "
    "Văn phòng HĐND và UBND xã trước ngày 20/3/2027.",
    "#4. Phòng Văn hóa - Xã hội",
    "a) Tuyên truyền về CCHC, dịch vụ công trực tuyến trên hệ thống truyền thanh của xã với tần suất tối "
    "thiểu 02 tin, bài/tuần; thực hiện thường xuyên.",
    "b) Chủ trì, phối hợp với Công an xã và Tổ công nghệ số cộng đồng các thôn, bản tổ chức đợt cao điểm "
    "hướng dẫn người dân sử dụng dịch vụ công trực tuyến; hoàn thành trước ngày 25/3/2027.",
    "#5. Công an xã",
    "Phối hợp với Trung tâm Phục vụ hành chính công xã làm sạch dữ liệu dân cư, hỗ trợ kích hoạt tài "
    "khoản định danh điện tử mức độ 2 cho người dân đến giao dịch; bảo đảm 100% hồ sơ TTHC có liên quan "
    "được khai thác thông tin từ Cơ sở dữ liệu quốc gia về dân cư; thực hiện thường xuyên.",
    "#6. Trưởng các thôn, bản",
    "Phổ biến nội dung Công văn này tại cuộc họp thôn, bản gần nhất; vận động người dân sử dụng dịch vụ "
    "công trực tuyến; báo cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 31/3/2027.",
    "Chủ tịch UBND xã yêu cầu Thủ trưởng các cơ quan, đơn vị, Trưởng các thôn, bản nghiêm túc triển "
    "khai thực hiện; giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Chủ "
    "tịch UBND xã trước ngày 05/4/2027./.",
]

CV_TAIL = """
Nơi nhận:                                              KT. CHỦ TỊCH
- Như trên;                                            PHÓ CHỦ TỊCH
- Sở Nội vụ tỉnh (b/c);
- TT Đảng ủy, TT HĐND xã (b/c);
- CT, các PCT UBND xã;
- Lưu: VT, VP.
                                                       Quàng Văn Sơn
"""


def make_txt():
    out = CV_HEAD.rstrip("\n").split("\n") + [""]
    n_lines = 0
    for i, para in enumerate(CV_PARAS):
        if para.startswith("#"):
            lines = [para[1:]]
        else:
            lines = textwrap.wrap(para, width=80, initial_indent="     ", break_long_words=False,
                                  break_on_hyphens=False)
        for j, ln in enumerate(lines):
            # PDF-paste artefacts: some trailing spaces
            out.append(ln + (" " if (n_lines + j) % 3 == 0 else ""))
        n_lines += len(lines)
        # page break after the 2nd request block
        if para.startswith("c) Bố trí công chức"):
            out += ["", "", "2", "", ""]
    out += CV_TAIL.split("\n")
    with open(os.path.join(DOCS, F_TXT), "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# gold metadata and task rows
# ---------------------------------------------------------------------------------------------
META = [
    {"file": F_DOCX, "type": "Kế hoạch", "number": KH_NO,
     "title": "Kế hoạch Cải cách hành chính năm 2027 của Sở Nông nghiệp và Môi trường",
     "issuer": "Sở Nông nghiệp và Môi trường", "place": "tỉnh Quảng Ninh", "province": "tỉnh Quảng Ninh",
     "level": "sở-ngành", "date": "2026-12-18", "year": 2027, "signer": KH_SIGNER,
     "parts": ["Kế hoạch", "Phụ lục"], "tables": [{"kind": "tasks", "rows": 20}], "scanned_pages": 0},
    {"file": F_PDF, "type": "Quyết định", "number": QD_NO,
     "title": "Quyết định Ban hành Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa, "
              "một cửa liên thông trên địa bàn huyện Phù Thạnh",
     "issuer": "Ủy ban nhân dân huyện Phù Thạnh", "place": "huyện Phù Thạnh", "province": "tỉnh Bình Định",
     "level": "huyện", "date": "2024-10-09", "year": 2024, "signer": QD_SIGNER,
     "parts": ["Quyết định", "Quy chế"],
     "tables": [{"kind": "tasks", "rows": 7,
                 "what": "thời hạn phối hợp giải quyết TTHC cấp Giấy chứng nhận lần đầu (bước, cơ quan thực "
                         "hiện, thời hạn; dòng Tổng cộng 17 ngày làm việc)"}],
     "scanned_pages": 0},
    {"file": F_TXT, "type": "Công văn", "number": CV_NO,
     "title": "Công văn V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số quý I năm 2027",
     "issuer": "Ủy ban nhân dân xã Nà Phăng", "place": "xã Nà Phăng", "province": "tỉnh Điện Biên",
     "level": "xã", "date": "2027-02-24", "year": 2027, "signer": CV_SIGNER, "parts": ["Công văn"],
     "tables": [], "scanned_pages": 0},
]


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# questions (ids assigned in order: h6a001 ...)
# ---------------------------------------------------------------------------------------------
K, Q, C = F_DOCX, F_PDF, F_TXT


def qa(question, intent, must_have, doc, snippet, accent_free, notes, must_not=None, turns=None):
    return {"question": question, "turns": turns or [], "intent": intent, "must_have": must_have,
            "must_not": must_not or [], "doc": doc, "snippet": snippet, "accent_free": accent_free,
            "notes": notes}


Q_K03 = ("Đơn vị nào chủ trì số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực môi trường, tài nguyên nước, "
         "địa chất và khoáng sản theo Kế hoạch 3418/KH-SNNMT của Sở Nông nghiệp và Môi trường Quảng Ninh?")
Q_K06 = "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của Sở NN&MT Quảng Ninh do đơn vị nào thực hiện?"
Q_P09 = ("Theo Quy chế phối hợp giải quyết TTHC của huyện Phù Thạnh, cơ quan nào chủ trì giải quyết thủ tục "
         "cấp Giấy chứng nhận quyền sử dụng đất lần đầu?")
Q_C13 = "xa na phang: ai phai tong hop bao cao ket qua cchc quy I/2027 gui so noi vu"
Q_C39 = ("tinh den 20/02/2027 ty le ho so tthc giai quyet dung han cua xa na phang dat bao nhieu, con bao "
         "nhieu ho so qua han")

QA = [
    # ---- lead
    qa("Trong Kế hoạch CCHC năm 2027 của Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh, đơn vị nào thực hiện "
       "nhiệm vụ tham mưu ban hành Quyết định quy định hạn mức giao khu vực biển để nuôi trồng thủy sản?",
       "lead", ["Chi cục Thủy sản"], K,
       "Tham mưu UBND tỉnh ban hành Quyết định quy định hạn mức giao khu vực biển", False,
       "Phụ lục, mục II, dòng 4; Sở Tư pháp chỉ phối hợp", must_not=["Phòng Pháp chế"]),
    qa("ai chu tri ra soat, he thong hoa van ban qppl linh vuc nong nghiep va moi truong trong ke hoach "
       "cchc 2027 cua so nn&mt quang ninh", "lead", ["Phòng Pháp chế"], K,
       "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực nông nghiệp và môi trường", True,
       "Phụ lục, mục II, dòng 5 (ô Đơn vị thực hiện gộp dọc dòng 5-6)", must_not=["Chi cục Thủy sản"]),
    qa(Q_K03, "lead", ["Phòng Môi trường"], K,
       "Số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực môi trường, tài nguyên nước", False,
       "Phụ lục, mục III, dòng 11", must_not=["Văn phòng Đăng ký đất đai"]),
    qa("còn đơn vị phối hợp là ai?", "coordinators", ["Trung tâm Phục vụ hành chính công tỉnh"], K,
       "Số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực môi trường, tài nguyên nước", False,
       "follow-up; Phụ lục, mục III, dòng 11, cột (5)", turns=[Q_K03, "còn đơn vị phối hợp là ai?"]),
    qa("ai thuc hien trien khai tro ly ao tra cuu tthc nganh nong nghiep va moi truong quang ninh nam 2027",
       "lead", ["Trung tâm Dữ liệu và Công nghệ thông tin"], K,
       "Triển khai trợ lý ảo hỗ trợ hướng dẫn, tra cứu TTHC", True,
       "Phụ lục, mục VII, dòng 20; Văn phòng Sở và Sở KH&CN phối hợp"),
    qa(Q_K06, "lead", ["Văn phòng Sở"], K, "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của Sở", False,
       "Phụ lục, mục I, dòng 3; ô Đơn vị thực hiện gộp dọc với dòng 2 (chỉ in ở dòng 2)",
       must_not=["Thanh tra Sở"]),
    qa("thời hạn hoàn thành thì sao?", "deadline", ["Theo hướng dẫn của Sở Nội vụ"], K,
       "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của Sở", False,
       "follow-up; Phụ lục, mục I, dòng 3, cột (6)", turns=[Q_K06, "thời hạn hoàn thành thì sao?"]),
    qa("ai chu tri theo doi tinh hinh thi hanh phap luat ve dat dai, tai nguyen nuoc nam 2027 o so nnmt "
       "quang ninh", "lead", ["Phòng Pháp chế"], K,
       "Theo dõi tình hình thi hành pháp luật về đất đai, tài nguyên nước năm 2027", True,
       "Phụ lục, mục II, dòng 6; ô Đơn vị thực hiện gộp dọc (giá trị in ở dòng 5)"),
    qa(Q_P09, "lead", ["Chi nhánh Văn phòng Đăng ký đất đai"], Q,
       "Chi nhánh Văn phòng Đăng ký đất đai huyện Phù Thạnh chủ trì giải quyết", False,
       "Quy chế, Chương II, Điều 5 khoản 1"),
    qa("những cơ quan nào phối hợp?", "coordinators",
       ["Phòng Tài nguyên và Môi trường", "Chi cục Thuế khu vực Phù Thạnh - An Hòa", "UBND các xã, thị trấn"], Q,
       "Phòng Tài nguyên và Môi trường, Chi cục Thuế khu vực Phù Thạnh - An Hòa", False,
       "follow-up; Quy chế, Điều 5 khoản 1", turns=[Q_P09, "những cơ quan nào phối hợp?"]),
    qa("buoc xac dinh nghia vu tai chinh, ra thong bao nop tien khi cap giay chung nhan lan dau o huyen phu "
       "thanh do co quan nao lam", "lead", ["Chi cục Thuế khu vực Phù Thạnh - An Hòa"], Q,
       "Xác định nghĩa vụ tài chính, ban hành", True,
       "Quy chế, Điều 5 khoản 2, Bảng thời hạn, dòng 4 (03 ngày làm việc)",
       must_not=["Chi nhánh Văn phòng Đăng ký đất đai"]),
    qa("Theo Công văn 86/UBND-VP của UBND xã Nà Phăng, cơ quan nào chủ trì tổ chức đợt cao điểm hướng dẫn "
       "người dân sử dụng dịch vụ công trực tuyến?", "lead", ["Phòng Văn hóa - Xã hội"], C,
       "bản tổ chức đợt cao điểm hướng dẫn người dân sử dụng dịch vụ công trực tuyến", False,
       "mục 4 điểm b); Công an xã và Tổ công nghệ số cộng đồng phối hợp", must_not=["Phòng Kinh tế"]),
    qa(Q_C13, "lead", ["Văn phòng HĐND và UBND xã"], C,
       "Tổng hợp, xây dựng báo cáo kết quả CCHC quý I năm 2027 của xã", True, "mục 1 điểm b)"),
    qa("han chot la ngay nao", "deadline", ["15/3/2027"], C,
       "Tổng hợp, xây dựng báo cáo kết quả CCHC quý I năm 2027 của xã", True,
       "follow-up; mục 1 điểm b) (10/3/2027 là hạn các đơn vị gửi báo cáo về Văn phòng)",
       must_not=["06/3/2027"], turns=[Q_C13, "han chot la ngay nao"]),
    # ---- coordinators
    qa("Nhiệm vụ xây dựng phương án tự chủ tài chính giai đoạn 2027 - 2029 của các đơn vị sự nghiệp thuộc "
       "Sở NN&MT Quảng Ninh có cơ quan nào phối hợp?", "coordinators", ["Sở Tài chính"], K,
       "Xây dựng phương án tự chủ tài chính giai đoạn 2027 - 2029", False,
       "Phụ lục, mục VI, dòng 16; chủ trì Phòng Kế hoạch - Tài chính"),
    qa("co quan nao phoi hop xay dung de an vi tri viec lam cua cac don vi su nghiep thuoc so nong nghiep "
       "va moi truong quang ninh", "coordinators", ["Sở Nội vụ"], K,
       "Xây dựng, điều chỉnh Đề án vị trí việc làm của các đơn vị sự nghiệp công lập", True,
       "Phụ lục, mục IV, dòng 13; ô Đơn vị phối hợp gộp dọc với dòng 12 (chỉ in ở dòng 12)"),
    qa("Kiểm tra công tác CCHC tại các chi cục, đơn vị sự nghiệp trực thuộc Sở Nông nghiệp và Môi trường "
       "Quảng Ninh năm 2027: đơn vị nào phối hợp với Văn phòng Sở?", "coordinators", ["Thanh tra Sở"], K,
       "Kiểm tra công tác CCHC tại tối thiểu 04 chi cục, đơn vị sự nghiệp trực thuộc Sở", False,
       "Phụ lục, mục I, dòng 2"),
    qa("Theo công văn đôn đốc CCHC quý I/2027 của xã Nà Phăng, Phòng Văn hóa - Xã hội phối hợp với những "
       "ai để hướng dẫn người dân dùng dịch vụ công trực tuyến?", "coordinators",
       ["Công an xã", "Tổ công nghệ số cộng đồng"], C,
       "Chủ trì, phối hợp với Công an xã và Tổ công nghệ số cộng đồng các thôn", False, "mục 4 điểm b)"),
    # ---- deadline
    qa("Thời hạn hoàn thành rà soát, hệ thống hóa văn bản QPPL lĩnh vực nông nghiệp và môi trường trong Kế "
       "hoạch CCHC 2027 của Sở NN&MT Quảng Ninh là khi nào?", "deadline", ["30/6/2027"], K,
       "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực nông nghiệp và môi trường", False,
       "Phụ lục, mục II, dòng 5", must_not=["Tháng 11/2027"]),
    qa("khi nao phai xong viec tiep nhan, xu ly phan anh kien nghi ve quy dinh hanh chinh trong kh cchc "
       "2027 so nnmt quang ninh", "deadline", ["Thường xuyên"], K,
       "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", True,
       "Phụ lục, mục III, dòng 10; ô Thời hạn gộp dọc dòng 9-11 (in ở dòng 9); chủ trì Thanh tra Sở"),
    qa("Theo Kế hoạch 3418/KH-SNNMT, các phòng, chi cục, đơn vị thuộc Sở phải gửi kế hoạch CCHC của đơn vị "
       "về Văn phòng Sở trước ngày nào?", "deadline", ["15/01/2027"], K,
       "gửi Văn phòng Sở trước ngày 15/01/2027", False, "V. TỔ CHỨC THỰC HIỆN, mục 4",
       must_not=["25/11/2027"]),
    qa("huyen phu thanh: bo phan mot cua huyen phai chuyen ho so dien tu den co quan chu tri cham nhat bao "
       "lau sau khi tiep nhan", "deadline", ["04 giờ làm việc"], Q,
       "chuyển hồ sơ điện tử đến cơ quan chủ trì giải quyết chậm nhất 04 giờ làm việc", True,
       "Quy chế, Điều 4 khoản 1"),
    qa("Theo Quy chế ban hành kèm Quyết định 1875/QĐ-UBND của UBND huyện Phù Thạnh, cơ quan được lấy ý kiến "
       "phải trả lời trong thời hạn bao lâu?", "deadline", ["03 ngày làm việc"], Q,
       "trả lời bằng văn bản trong thời hạn 03 ngày làm việc", False,
       "Quy chế, Điều 6 khoản 1 (quá hạn coi như đồng ý)"),
    qa("Các phòng, ban và UBND các xã, thị trấn ở huyện Phù Thạnh phải gửi danh sách công chức đầu mối xử lý "
       "hồ sơ liên thông trước ngày nào?", "deadline", ["25 tháng 10 năm 2024"], Q,
       "gửi danh sách về Văn phòng HĐND và UBND huyện trước ngày 25 tháng 10", False,
       "Quy chế, Điều 10 khoản 1"),
    qa("trung tam phuc vu hanh chinh cong xa na phang phai xu ly xong 11 ho so qua han truoc ngay nao",
       "deadline", ["05/3/2027"], C, "Rà soát toàn bộ 11 hồ sơ quá hạn", True,
       "mục 2 điểm a) (hồ sơ đất đai quá hạn của Phòng Kinh tế: 10/3/2027)"),
    qa("truong thon, ban xa na phang phai bao cao ket qua thuc hien cv 86/ubnd-vp truoc ngay nao",
       "deadline", ["31/3/2027"], C,
       "báo cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 31/3/2027", True, "mục 6"),
    # ---- output
    qa("ke hoach cchc 2027 so nnmt quang ninh to chuc boi duong ky nang giai quyet tthc thi san pham la gi, "
       "bao nhieu lop", "output", ["02 lớp bồi dưỡng", "120 lượt người"], K,
       "Tổ chức 02 lớp bồi dưỡng kỹ năng giải quyết TTHC, văn hóa công vụ", True, "Phụ lục, mục V, dòng 14"),
    qa("Nhiệm vụ rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực đất đai, đo đạc và bản đồ của Sở "
       "NN&MT Quảng Ninh năm 2027 cho ra sản phẩm gì?", "output", ["Phương án đơn giản hóa trình UBND tỉnh"], K,
       "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực đất đai, đo đạc và bản đồ", False,
       "Phụ lục, mục III, dòng 7"),
    qa("Theo Công văn 86/UBND-VP của xã Nà Phăng, Phòng Kinh tế phải gửi kết quả việc gì về Văn phòng HĐND "
       "và UBND xã trước ngày 20/3/2027?", "output", ["hồ sơ địa chính", "cơ sở dữ liệu đất đai"], C,
       "Rà soát, chỉnh lý hồ sơ địa chính phục vụ cập nhật cơ sở dữ liệu đất đai", False, "mục 3 điểm b)"),
    qa("san pham cua nhiem vu ket noi co so du lieu dat dai voi csdl quoc gia ve dat dai, kh cchc 2027 so "
       "nnmt quang ninh", "output", ["Cơ sở dữ liệu đất đai được kết nối, đồng bộ"], K,
       "Xây dựng, cập nhật cơ sở dữ liệu đất đai, kết nối, đồng bộ với Cơ sở dữ liệu quốc gia", True,
       "Phụ lục, mục VII, dòng 18"),
    # ---- fact
    qa("Tổng dự toán kinh phí thực hiện Kế hoạch CCHC năm 2027 của Sở Nông nghiệp và Môi trường Quảng Ninh "
       "là bao nhiêu?", "fact", ["1.280.000.000 đồng"], K, "tổng dự toán là 1.280.000.000 đồng", False,
       "IV. KINH PHÍ THỰC HIỆN, mục 1", must_not=["860.000.000"]),
    qa("ai ky ke hoach cchc nam 2027 cua so nong nghiep va moi truong quang ninh", "fact",
       ["Nguyễn Thị Hải Yến"], K, "Nguyễn Thị Hải Yến", True,
       "chữ ký KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC (trong bảng 2 cột không viền cùng Nơi nhận)"),
    qa("Chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình của Sở NN&MT Quảng Ninh năm 2027 là bao "
       "nhiêu?", "fact", ["85%"], K, "giải quyết trực tuyến toàn trình đạt tối thiểu 85%", False,
       "II. MỤC TIÊU, CHỈ TIÊU, 2. Chỉ tiêu cụ thể, điểm c)", must_not=["60%"]),
    qa("Quyết định ban hành Quy chế phối hợp giải quyết TTHC của huyện Phù Thạnh có hiệu lực từ ngày nào và "
       "thay thế văn bản nào?", "fact", ["15 tháng 10 năm 2024", "926/QĐ-UBND"], Q,
       "có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2024", False, "Quyết định, Điều 2"),
    qa("so quyet dinh ban hanh quy che phoi hop giai quyet tthc mot cua lien thong huyen phu thanh la so "
       "may, ai ky", "fact", ["1875/QĐ-UBND", "Trần Minh Luân"], Q, "Số: 1875/QĐ-UBND", True,
       "đầu Quyết định; chữ ký TM. UBND, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"),
    qa("Tổng thời hạn giải quyết TTHC cấp Giấy chứng nhận lần đầu theo bảng thời hạn trong Quy chế phối hợp "
       "của huyện Phù Thạnh là bao nhiêu ngày làm việc?", "fact", ["17 ngày làm việc"], Q,
       "17 ngày làm việc", False, "Quy chế, Điều 5 khoản 2, dòng Tổng cộng của bảng"),
    qa("Điều 11 Quy chế phối hợp giải quyết TTHC huyện Phù Thạnh xử lý thế nào với cơ quan có tỷ lệ hồ sơ "
       "quá hạn cao?", "fact", ["trên 2%", "không được xét danh hiệu thi đua"], Q,
       "có tỷ lệ hồ sơ quá hạn trên 2% trong một quý thì", False, "Quy chế, Chương IV, Điều 11 khoản 2"),
    qa(Q_C39, "fact", ["96,4%", "11 hồ sơ"], C, "tỷ lệ hồ sơ TTHC của xã được giải quyết đúng hạn", True,
       "đoạn mở đầu Công văn 86/UBND-VP"),
    # ---- list
    qa("Phòng Kế hoạch - Tài chính chủ trì những nhiệm vụ nào trong Phụ lục Kế hoạch CCHC 2027 của Sở NN&MT "
       "Quảng Ninh?", "list", ["tự chủ tài chính", "Công khai dự toán, quyết toán"], K,
       "Công khai dự toán, quyết toán ngân sách năm của Sở và các đơn vị trực thuộc", False,
       "Phụ lục, mục VI, dòng 16-17 (ô gộp dọc)"),
    qa("nhung nhiem vu nao trong ke hoach cchc 2027 so nnmt quang ninh phai xong trong quy IV/2027", "list",
       ["cơ sở dữ liệu đất đai", "ISO 9001:2015", "trợ lý ảo"], K,
       "Duy trì, cải tiến Hệ thống quản lý chất lượng", True,
       "Phụ lục, mục VII, dòng 18-20 (ô Thời hạn gộp dọc 3 dòng)"),
    qa("Văn phòng Đăng ký đất đai được giao thực hiện những nhiệm vụ nào trong Kế hoạch 3418/KH-SNNMT của "
       "Sở Nông nghiệp và Môi trường Quảng Ninh?", "list",
       ["đơn giản hóa TTHC lĩnh vực đất đai", "cơ sở dữ liệu đất đai"], K,
       "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực đất đai, đo đạc và bản đồ", False,
       "Phụ lục, dòng 7 và 18"),
    qa("cong van 86/ubnd-vp xa na phang giao trung tam phuc vu hanh chinh cong xa nhung viec gi", "list",
       ["11 hồ sơ quá hạn", "Số hóa 100%", "60%"], C, "Rà soát toàn bộ 11 hồ sơ quá hạn", True,
       "mục 2 điểm a), b), c)"),
    # ---- general
    qa("Quy chế phối hợp giải quyết TTHC của huyện Phù Thạnh gồm mấy chương, là những chương nào?", "general",
       ["Quy định chung", "phương thức phối hợp", "trách nhiệm của các cơ quan", "điều khoản thi hành"], Q,
       "NỘI DUNG, PHƯƠNG THỨC PHỐI HỢP", False, "Quy chế: Chương I-IV, Điều 1-12"),
    qa("Công văn 86/UBND-VP của UBND xã Nà Phăng đôn đốc việc gì và gửi những cơ quan nào?", "general",
       ["cải cách hành chính", "chuyển đổi số", "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế"], C,
       "V/v đôn đốc thực hiện nhiệm vụ", False, "trích yếu và Kính gửi"),
    # ---- unanswerable
    qa("Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh tên là gì?", "unanswerable", [], K, "", False,
       "chỉ có Phó Giám đốc ký thay (KT. GIÁM ĐỐC); tên Giám đốc không có"),
    qa("ubnd huyen phu thanh giao chi tieu ty le ho so nop truc tuyen toan trinh la bao nhieu phan tram",
       "unanswerable", [], Q, "", True,
       "Quy chế không đặt chỉ tiêu trực tuyến (chỉ 100% hồ sơ giấy được số hóa)", must_not=["85%", "60%"]),
    qa("thế còn tỷ lệ hài lòng của người dân ở xã đó đạt bao nhiêu?", "unanswerable", [], C, "", False,
       "follow-up; Công văn không nêu mức độ hài lòng", must_not=["95%"],
       turns=[Q_C39, "thế còn tỷ lệ hài lòng của người dân ở xã đó đạt bao nhiêu?"]),
    qa("Kế hoạch CCHC năm 2027 của UBND huyện Phù Thạnh đặt ra những chỉ tiêu gì?", "unanswerable", [], "",
       "", False, "không có kế hoạch năm 2027 của huyện Phù Thạnh (chỉ có Quyết định 1875/QĐ-UBND năm 2024)"),
    qa("Quy chế phối hợp của huyện Phù Thạnh quy định phạt tiền bao nhiêu đối với công chức để hồ sơ quá "
       "hạn?", "unanswerable", [], Q, "", False,
       "Điều 7, Điều 11 không nêu mức phạt tiền (chỉ xin lỗi, giải trình, không xét thi đua)"),
    qa("ai chu tri so hoa ho so tthc trong ke hoach cchc 2027 cua so nnmt tinh ben tre", "unanswerable", [], "",
       "", True, "không có tài liệu của tỉnh Bến Tre; không lấy nhầm Quảng Ninh (Phòng Môi trường)",
       must_not=["Phòng Môi trường"]),
]


def write_qa():
    rows = []
    for i, q in enumerate(QA, 1):
        r = {"id": "h6a%03d" % i}
        r.update(q)
        rows.append(r)
    write_jsonl("qa_h6a.jsonl", rows)
    return rows


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_txt()
    write_jsonl("meta_h6a.jsonl", META)
    write_jsonl("tasks_h6a.jsonl", kh_task_rows() + qc_task_rows())
    rows = write_qa()
    from collections import Counter
    print("questions:", len(rows), dict(Counter(r["intent"] for r in rows)),
          "accent_free:", sum(r["accent_free"] for r in rows),
          "follow-ups:", sum(1 for r in rows if r["turns"]))
