# -*- coding: utf-8 -*-
"""Generate the h6b foreign-document eval material (holdout5).

Documents (docs/):
  f-kh-cchc-huyen-huong-lam-2027.pdf          reportlab, body + ruled appendix task table over a page break
  f-bc-cchc-6-thang-xa-hung-my-tay-2026.docx  python-docx, report with a Word statistics table
  f-tb-lich-kiem-tra-cchc-xa-hoa-phu-son-2026.pdf  Pillow, image-only scan (2 pages, rotated, noise, stamp)

Also writes meta_h6b.jsonl, tasks_h6b.jsonl and qa_h6b.jsonl next to this script.
Run with: /work/main/.venv/bin/python make_h6b.py
"""
import json
import math
import os
import random
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Liberation here lacks Vietnamese precomposed glyphs
F_REG = os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf")
F_BOLD = os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf")
F_IT = os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf")
F_BI = os.path.join(FONT_DIR, "DejaVuSerifCondensed-BoldItalic.ttf")

FILE1 = "f-kh-cchc-huyen-huong-lam-2027.pdf"
FILE2 = "f-bc-cchc-6-thang-xa-hung-my-tay-2026.docx"
FILE3 = "f-tb-lich-kiem-tra-cchc-xa-hoa-phu-son-2026.pdf"

# ---------------------------------------------------------------------------
# Document 1: Kế hoạch CCHC huyện Hương Lam năm 2027 (tỉnh Hà Tĩnh)
# ---------------------------------------------------------------------------

D1_BODY = [
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 5120/KH-UBND ngày 24/12/2026 của Ủy ban nhân dân tỉnh Hà Tĩnh về cải cách hành chính tỉnh Hà Tĩnh năm 2027;"),
    ("p", "Căn cứ Chương trình công tác năm 2027 của Ủy ban nhân dân huyện;"),
    ("p", "Ủy ban nhân dân huyện Hương Lam ban hành Kế hoạch cải cách hành chính (CCHC) năm 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC theo Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030 và Kế hoạch CCHC năm 2027 của tỉnh; cải thiện thứ hạng Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện."),
    ("p", "- Nâng cao chất lượng giải quyết thủ tục hành chính (TTHC) tại Bộ phận Một cửa cấp huyện, cấp xã; lấy người dân, doanh nghiệp làm trung tâm phục vụ."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Người đứng đầu các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn trực tiếp chỉ đạo và chịu trách nhiệm về kết quả thực hiện nhiệm vụ CCHC của cơ quan, địa phương mình."),
    ("p", "- Nhiệm vụ phải cụ thể, xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và kết quả, sản phẩm; gắn kết quả CCHC với đánh giá, xếp loại thi đua năm 2027."),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("p", "1. Chỉ số CCHC năm 2027 của huyện đạt từ 88 điểm trở lên, phấn đấu xếp trong nhóm 05 đơn vị dẫn đầu khối huyện, thị xã, thành phố của tỉnh; Chỉ số SIPAS đạt trên 92%."),
    ("p", "2. 100% văn bản quy phạm pháp luật (QPPL) do HĐND, UBND huyện ban hành được kiểm tra, rà soát, hệ thống hóa theo quy định."),
    ("p", "3. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: cấp huyện đạt tối thiểu 98%, cấp xã đạt tối thiểu 99%."),
    ("p", "4. Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ đạt tối thiểu 65%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt tối thiểu 50%."),
    ("p", "5. 100% kết quả giải quyết TTHC còn hiệu lực được số hóa; 100% văn bản đi của các cơ quan hành chính được ký số (trừ văn bản mật)."),
    ("p", "6. Kiểm tra công tác CCHC tối thiểu 30% số xã, thị trấn (05/15 đơn vị) và 50% số phòng, ban chuyên môn thuộc UBND huyện."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "- Ban hành Kế hoạch kiểm tra công tác CCHC năm 2027 trong tháng 02/2027; gắn kết quả kiểm tra với đánh giá, xếp loại người đứng đầu."),
    ("p", "- Tổ chức Hội nghị sơ kết công tác CCHC 6 tháng đầu năm trước ngày 20/7/2027 và Hội nghị tổng kết năm trong tháng 12/2027."),
    ("p", "- Đẩy mạnh tuyên truyền CCHC trên Trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở; tổ chức Hội thi \"Tìm hiểu cải cách hành chính\" cấp huyện trong tháng 8/2027."),
    ("h2", "2. Cải cách thể chế"),
    ("p", "- Nâng cao chất lượng xây dựng, ban hành văn bản QPPL; 100% dự thảo văn bản QPPL của HĐND, UBND huyện được Phòng Tư pháp thẩm định trước khi ban hành."),
    ("p", "- Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xử lý vi phạm hành chính."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", "- Rà soát, đề xuất đơn giản hóa tối thiểu 10 TTHC thuộc thẩm quyền giải quyết của UBND huyện."),
    ("p", "- Tiếp tục thực hiện cơ chế một cửa, một cửa liên thông; không để xảy ra tình trạng yêu cầu bổ sung hồ sơ quá 01 lần; thực hiện xin lỗi người dân bằng văn bản đối với 100% hồ sơ quá hạn."),
    ("h2", "4. Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("p", "- Rà soát, sắp xếp tổ chức bên trong các cơ quan, đơn vị; quản lý chặt chẽ biên chế được giao năm 2027."),
    ("h2", "5. Cải cách chế độ công vụ"),
    ("p", "- Thực hiện tuyển dụng, sử dụng công chức, viên chức theo vị trí việc làm; bồi dưỡng kỹ năng cho công chức làm việc tại Bộ phận Một cửa."),
    ("p", "- Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra đột xuất công vụ tối thiểu 02 đợt trong năm."),
    ("h2", "6. Cải cách tài chính công"),
    ("p", "- Tiếp tục giao quyền tự chủ cho các đơn vị sự nghiệp công lập; công khai ngân sách theo quy định; phấn đấu giải ngân vốn đầu tư công năm 2027 đạt trên 95% kế hoạch."),
    ("h2", "7. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("p", "- Duy trì hệ thống quản lý văn bản và điều hành; đẩy mạnh dịch vụ công trực tuyến toàn trình; duy trì hoạt động của 100% Tổ công nghệ số cộng đồng tại thôn, tổ dân phố."),
    ("p", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Phòng Nội vụ"),
    ("p", "- Là cơ quan thường trực giúp UBND huyện theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch này."),
    ("p", "- Tổng hợp, tham mưu UBND huyện báo cáo CCHC định kỳ quý, 6 tháng, năm gửi Sở Nội vụ đúng thời hạn; chủ trì tham mưu tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của huyện."),
    ("h2", "2. Văn phòng HĐND và UBND huyện"),
    ("p", "- Chủ trì công tác kiểm soát TTHC, cải cách TTHC; quản lý, vận hành Bộ phận Một cửa huyện; theo dõi tỷ lệ hồ sơ giải quyết đúng hạn, trực tuyến, số hóa và báo cáo Chủ tịch UBND huyện hằng tháng."),
    ("h2", "3. Phòng Tư pháp"),
    ("p", "- Chủ trì thực hiện nhiệm vụ cải cách thể chế; kiểm tra, rà soát văn bản QPPL; theo dõi thi hành pháp luật trên địa bàn huyện."),
    ("h2", "4. Phòng Tài chính - Kế hoạch"),
    ("p", "- Chủ trì thực hiện nhiệm vụ cải cách tài chính công; tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện năm 2027."),
    ("h2", "5. Phòng Văn hóa và Thông tin"),
    ("p", "- Chủ trì tuyên truyền CCHC và xây dựng chính quyền số của huyện; bảo đảm an toàn thông tin mạng cho các hệ thống dùng chung."),
    ("h2", "6. Các phòng, ban, đơn vị và UBND các xã, thị trấn"),
    ("p", "- Căn cứ Kế hoạch này xây dựng kế hoạch CCHC năm 2027 của cơ quan, đơn vị, địa phương, gửi về Phòng Nội vụ trước ngày 25/01/2027."),
    ("p", "- Báo cáo kết quả CCHC định kỳ gửi Phòng Nội vụ: báo cáo quý trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 05/12/2027."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Phòng Nội vụ để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./."),
]

D1_NOINHAN = [
    "- Sở Nội vụ tỉnh Hà Tĩnh;",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Các phòng, ban, đơn vị thuộc huyện;",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT, NV.",
]

# (section, no, content, lead, coordinators, deadline, output)
D1_SECTIONS = [
    ("I. CẢI CÁCH THỂ CHẾ", [
        ("Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành; công bố danh mục văn bản hết hiệu lực",
         "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện; các phòng, ban chuyên môn", "Quý I/2027",
         "Báo cáo kết quả rà soát; Quyết định công bố danh mục"),
        ("Kiểm tra công tác theo dõi thi hành pháp luật về xử lý vi phạm hành chính tại UBND các xã, thị trấn",
         "Phòng Tư pháp", "Công an huyện; UBND các xã, thị trấn", "Quý III/2027",
         "Thông báo kết luận kiểm tra"),
        ("Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hộ kinh doanh",
         "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế và Hạ tầng; Hội Doanh nhân trẻ huyện", "Tháng 9/2027",
         "Hội nghị đối thoại; báo cáo tổng hợp kiến nghị"),
    ]),
    ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("Rà soát, đề xuất phương án đơn giản hóa tối thiểu 10 TTHC thuộc thẩm quyền giải quyết của UBND huyện",
         "Văn phòng HĐND và UBND huyện", "Các phòng, ban chuyên môn thuộc UBND huyện", "Trước ngày 30/6/2027",
         "Báo cáo phương án đơn giản hóa gửi Văn phòng UBND tỉnh"),
        ("Cập nhật, niêm yết công khai TTHC và số điện thoại đường dây nóng tại Bộ phận Một cửa huyện, xã",
         "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "Thường xuyên",
         "100% TTHC được công khai đúng quy định"),
        ("Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
         "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp; Thanh tra huyện", "Thường xuyên",
         "Phản ánh, kiến nghị được xử lý, trả lời đúng hạn"),
        ("Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của Bộ phận Một cửa cấp huyện, cấp xã",
         "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn", "Tháng 10 - 11/2027",
         "Báo cáo kết quả khảo sát (tối thiểu 600 phiếu)"),
    ]),
    ("III. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", [
        ("Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng chuyên môn, đơn vị sự nghiệp công lập thuộc UBND huyện",
         "Phòng Nội vụ", "Các phòng, ban, đơn vị sự nghiệp thuộc huyện", "Quý II/2027",
         "Báo cáo rà soát; dự thảo Quyết định sửa đổi, bổ sung"),
        ("Điều chỉnh Đề án vị trí việc làm của các đơn vị sự nghiệp giáo dục công lập",
         "Phòng Giáo dục và Đào tạo", "Phòng Nội vụ; các trường mầm non, tiểu học, THCS", "Trước ngày 31/8/2027",
         "Đề án trình UBND huyện phê duyệt"),
    ]),
    ("IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2027",
         "Phòng Nội vụ", "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Tháng 12/2027",
         "Quyết định xếp loại chất lượng"),
        ("Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ",
         "Phòng Nội vụ", "Thanh tra huyện; Văn phòng HĐND và UBND huyện", "02 đợt: Quý II và Quý IV/2027",
         "Thông báo kết quả kiểm tra"),
        ("Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa cấp huyện, cấp xã",
         "Phòng Nội vụ", "Trung tâm Chính trị huyện", "Quý II/2027",
         "01 lớp bồi dưỡng, khoảng 60 học viên"),
    ]),
    ("V. CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("Thẩm định phương án tự chủ tài chính của các đơn vị sự nghiệp công lập thuộc huyện",
         "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ; các đơn vị sự nghiệp công lập", "Quý I/2027",
         "Quyết định giao quyền tự chủ tài chính"),
        ("Công khai dự toán, quyết toán ngân sách huyện trên Trang thông tin điện tử huyện",
         "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Tháng 01/2027 và tháng 7/2027",
         "Số liệu ngân sách được công khai đúng quy định"),
        ("Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2027",
         "Phòng Tài chính - Kế hoạch", "Ban Quản lý dự án đầu tư xây dựng huyện; các chủ đầu tư", "Trước ngày 31/01/2028",
         "Giải ngân đạt trên 95% kế hoạch vốn"),
    ]),
    ("VI. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện, cấp xã",
         "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn; Bưu điện huyện", "Thường xuyên",
         "100% kết quả giải quyết TTHC còn hiệu lực được số hóa"),
        ("Nâng cấp đường truyền, trang bị thiết bị ký số, máy quét cho Bộ phận Một cửa các xã, thị trấn",
         "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch; UBND các xã, thị trấn", "Quý III/2027",
         "15/15 xã, thị trấn được trang bị"),
        ("Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC",
         "Văn phòng HĐND và UBND huyện", "Kho bạc Nhà nước khu vực; các ngân hàng thương mại trên địa bàn", "Trong năm 2027",
         "Tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%"),
    ]),
    ("VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA VÀ TUYÊN TRUYỀN CCHC", [
        ("Xây dựng Kế hoạch kiểm tra công tác CCHC năm 2027; kiểm tra 05/15 xã, thị trấn và 50% phòng, ban chuyên môn",
         "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện; Phòng Tư pháp", "Kế hoạch: tháng 02/2027; kiểm tra: Quý III/2027",
         "Kế hoạch kiểm tra; thông báo kết luận kiểm tra"),
        ("Tổ chức Hội thi \"Tìm hiểu cải cách hành chính\" cấp huyện năm 2027",
         "Phòng Nội vụ", "Huyện đoàn; Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Truyền thông huyện", "Tháng 8/2027",
         "Hội thi cấp huyện; khen thưởng tập thể, cá nhân đạt giải"),
        ("Tự đánh giá, chấm điểm Chỉ số CCHC năm 2027 của UBND huyện",
         "Phòng Nội vụ", "Các phòng, ban chuyên môn thuộc UBND huyện", "Theo hướng dẫn của Sở Nội vụ",
         "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
    ]),
]


def d1_task_rows():
    rows, n = [], 0
    for sec, items in D1_SECTIONS:
        for it in items:
            n += 1
            rows.append((sec, str(n)) + it)
    return rows


def build_doc1(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)
    from reportlab.platypus.flowables import HRFlowable

    pdfmetrics.registerFont(TTFont("LSerif", F_REG))
    pdfmetrics.registerFont(TTFont("LSerif-B", F_BOLD))
    pdfmetrics.registerFont(TTFont("LSerif-I", F_IT))
    pdfmetrics.registerFont(TTFont("LSerif-BI", F_BI))
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-BI")

    W, H = A4
    lm, rm, tm, bm = 2.5 * cm, 1.5 * cm, 2.0 * cm, 2.0 * cm

    def on_page(canv, doc):
        if doc.page > 1:
            canv.setFont("LSerif", 12)
            canv.drawCentredString(W / 2.0, H - 1.2 * cm, str(doc.page))

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title="Kế hoạch CCHC năm 2027", author="UBND huyện Hương Lam")
    frame = Frame(lm, bm, W - lm - rm, H - tm - bm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

    st_c = ParagraphStyle("c", fontName="LSerif", fontSize=13, leading=16, alignment=TA_CENTER)
    st_cb = ParagraphStyle("cb", parent=st_c, fontName="LSerif-B")
    st_cb12 = ParagraphStyle("cb12", parent=st_cb, fontSize=12, leading=15)
    st_ci = ParagraphStyle("ci", parent=st_c, fontName="LSerif-I")
    st_t = ParagraphStyle("t", parent=st_cb, fontSize=14, leading=18)
    st_p = ParagraphStyle("p", fontName="LSerif", fontSize=13, leading=16.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1.0 * cm, spaceAfter=3)
    st_h = ParagraphStyle("h", parent=st_p, fontName="LSerif-B", spaceBefore=4)
    st_h2 = ParagraphStyle("h2", parent=st_p, fontName="LSerif-B")
    st_nn = ParagraphStyle("nn", fontName="LSerif-BI", fontSize=12, leading=14)
    st_nni = ParagraphStyle("nni", fontName="LSerif", fontSize=11, leading=13)
    st_cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10.5, leading=12.5, alignment=TA_LEFT)
    st_cellc = ParagraphStyle("cellc", parent=st_cell, alignment=TA_CENTER)
    st_cellh = ParagraphStyle("cellh", parent=st_cellc, fontName="LSerif-B")
    st_cells = ParagraphStyle("cells", parent=st_cell, fontName="LSerif-B")

    E = lambda s: escape(s)
    story = []

    # header block
    left = [Paragraph("ỦY BAN NHÂN DÂN", st_cb), Paragraph("HUYỆN HƯƠNG LAM", st_cb),
            HRFlowable(width="35%", thickness=0.7, color=colors.black, spaceBefore=1, spaceAfter=6),
            Paragraph("Số: 28/KH-UBND", st_c)]
    right = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st_cb12),
             Paragraph("Độc lập - Tự do - Hạnh phúc", st_cb),
             HRFlowable(width="62%", thickness=0.7, color=colors.black, spaceBefore=1, spaceAfter=6),
             Paragraph("Hương Lam, ngày 08 tháng 01 năm 2027", st_ci)]
    ht = Table([[left, right]], colWidths=[6.3 * cm, 10.7 * cm])
    ht.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [ht, Spacer(1, 0.6 * cm)]
    story += [Paragraph("KẾ HOẠCH", st_t), Paragraph("Cải cách hành chính huyện Hương Lam năm 2027", st_t),
              HRFlowable(width="22%", thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=10)]

    for kind, text in D1_BODY:
        st = {"p": st_p, "h": st_h, "h2": st_h2}[kind]
        story.append(Paragraph(E(text), st))

    # signature block
    nn = [Paragraph("Nơi nhận:", st_nn)] + [Paragraph(E(x), st_nni) for x in D1_NOINHAN]
    sig = [Paragraph("KT. CHỦ TỊCH", st_cb), Paragraph("PHÓ CHỦ TỊCH", st_cb), Spacer(1, 2.4 * cm),
           Paragraph("Nguyễn Hữu Tường", st_cb)]
    stab = Table([[nn, sig]], colWidths=[8.5 * cm, 8.5 * cm])
    stab.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 0.4 * cm), KeepTogether([stab])]

    # appendix
    story += [PageBreak(), Paragraph("PHỤ LỤC", st_t),
              Paragraph("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027", st_cb),
              Paragraph("CỦA HUYỆN HƯƠNG LAM", st_cb),
              Paragraph("(Kèm theo Kế hoạch số 28/KH-UBND ngày 08/01/2027 của UBND huyện Hương Lam)",
                        ParagraphStyle("ci12", parent=st_ci, fontSize=12, leading=15)),
              Spacer(1, 0.4 * cm)]
    head = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "Kết quả/sản phẩm"]
    data = [[Paragraph(h, st_cellh) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    n = 0
    for sec, items in D1_SECTIONS:
        r = len(data)
        data.append([Paragraph(E(sec), st_cells), "", "", "", "", ""])
        style.append(("SPAN", (0, r), (-1, r)))
        for it in items:
            n += 1
            content, lead, coord, dl, out = it
            data.append([Paragraph(str(n), st_cellc), Paragraph(E(content), st_cell), Paragraph(E(lead), st_cellc),
                         Paragraph(E(coord), st_cell), Paragraph(E(dl), st_cellc), Paragraph(E(out), st_cell)])
    tw = [0.9, 5.2, 2.6, 3.2, 2.3, 2.8]
    t = Table(data, colWidths=[w * cm for w in tw], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)


# ---------------------------------------------------------------------------
# Document 2: Báo cáo CCHC 6 tháng đầu năm 2026, UBND xã Hưng Mỹ Tây (tỉnh Cà Mau)
# ---------------------------------------------------------------------------

D2_STATS = [  # lĩnh vực, tiếp nhận, đúng hạn, quá hạn, đang giải quyết
    ("Hộ tịch", 642, 631, 0, 11),
    ("Chứng thực", 508, 508, 0, 0),
    ("Đất đai", 236, 198, 9, 29),
    ("Bảo trợ xã hội", 134, 127, 2, 5),
    ("Người có công", 38, 36, 0, 2),
    ("Đăng ký hộ kinh doanh", 97, 93, 1, 3),
    ("Nông nghiệp, thủy sản", 61, 58, 1, 2),
    ("Xây dựng nhà ở riêng lẻ", 45, 42, 0, 3),
]


def vn(n):
    return f"{n:,}".replace(",", ".")


def d2_totals():
    t = [sum(r[i] for r in D2_STATS) for i in range(1, 5)]
    assert t[0] == t[1] + t[2] + t[3]
    for r in D2_STATS:
        assert r[1] == r[2] + r[3] + r[4], r
    return t


TOT = d2_totals()  # 1761, 1693, 13, 55
ONLINE = 1196
assert TOT == [1761, 1693, 13, 55]

D2_BODY = [
    ("p", "Thực hiện Công văn số 1875/SNV-CCHC ngày 28/5/2026 của Sở Nội vụ tỉnh Cà Mau về việc báo cáo công tác cải cách hành chính 6 tháng đầu năm 2026, Ủy ban nhân dân xã Hưng Mỹ Tây báo cáo kết quả như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "UBND xã ban hành Kế hoạch số 08/KH-UBND ngày 14/01/2026 về cải cách hành chính năm 2026 với 32 nhiệm vụ; đến nay đã hoàn thành 14/32 nhiệm vụ (đạt 43,8%), 18 nhiệm vụ đang triển khai đúng tiến độ. Ban hành Kế hoạch số 11/KH-UBND ngày 22/01/2026 về tuyên truyền CCHC năm 2026 và Kế hoạch số 19/KH-UBND ngày 03/3/2026 về kiểm tra công tác CCHC năm 2026."),
    ("p", "Ngày 16/4/2026, UBND xã tổ chức kiểm tra nội bộ tại Trung tâm Phục vụ hành chính công xã; qua kiểm tra đã chấn chỉnh 02 trường hợp công chức chậm cập nhật hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh."),
    ("h2", "2. Công tác tuyên truyền"),
    ("p", "Đăng tải 27 tin, bài về CCHC trên Trang thông tin điện tử xã và nhóm Zalo \"Hưng Mỹ Tây - Dân hỏi, xã trả lời\"; phát 48 lượt tin trên hệ thống loa truyền thanh của 09 ấp."),
    ("h2", "3. Cải cách thể chế"),
    ("p", "UBND xã ban hành 02 văn bản QPPL; 100% dự thảo được công chức Tư pháp - Hộ tịch thẩm định trước khi ban hành. Rà soát 15 văn bản do HĐND, UBND xã ban hành, không phát hiện văn bản trái pháp luật."),
    ("h2", "4. Cải cách thủ tục hành chính"),
    ("p", "- Công khai 312 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành chính công xã và trên Cổng Dịch vụ công quốc gia."),
    ("p", f"- Tổng số hồ sơ TTHC tiếp nhận (từ ngày 15/12/2025 đến ngày 05/6/2026) là {vn(TOT[0])} hồ sơ, trong đó tiếp nhận trực tuyến {vn(ONLINE)} hồ sơ (đạt 67,9%), trực tiếp và qua dịch vụ bưu chính công ích {vn(TOT[0]-ONLINE)} hồ sơ. Đã giải quyết {vn(TOT[1]+TOT[2])} hồ sơ, trong đó đúng hạn {vn(TOT[1])} hồ sơ (đạt 99,2%), quá hạn {TOT[2]} hồ sơ; đang giải quyết {TOT[3]} hồ sơ. UBND xã đã gửi thư xin lỗi đối với 100% hồ sơ quá hạn."),
    ("p", "- Số hóa 1.672/1.706 kết quả giải quyết TTHC (đạt 98,0%); thanh toán trực tuyến phí, lệ phí 387 giao dịch, đạt 41,2% số hồ sơ có thu phí, lệ phí."),
    ("p", "- Tiếp nhận 06 phản ánh, kiến nghị (04 phản ánh qua đường dây nóng, 02 phản ánh qua Hệ thống thông tin giải quyết TTHC); đã xử lý xong 05 phản ánh, kiến nghị, 01 phản ánh lĩnh vực đất đai đang xác minh."),
    ("cap", f"Kết quả tiếp nhận, giải quyết hồ sơ TTHC theo lĩnh vực (từ ngày 15/12/2025 đến ngày 05/6/2026)"),
    ("table", None),
    ("h2", "5. Cải cách tổ chức bộ máy hành chính"),
    ("p", "Tổng số cán bộ, công chức của xã hiện có 36/40 biên chế được giao; tổ chức bộ máy gồm Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã, hoạt động ổn định."),
    ("h2", "6. Cải cách chế độ công vụ"),
    ("p", "Cử 07 lượt công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ; trong kỳ không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính."),
    ("h2", "7. Cải cách tài chính công"),
    ("p", "Thực hiện đúng quy chế chi tiêu nội bộ; giải ngân vốn đầu tư công 6 tháng đầu năm đạt 46,5% kế hoạch vốn được giao."),
    ("h2", "8. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("p", "100% văn bản đi của UBND xã được ký số (1.126 văn bản); 09/09 ấp có Tổ công nghệ số cộng đồng với 54 thành viên."),
    ("h", "II. KHÓ KHĂN, VƯỚNG MẮC"),
    ("p", "1. Hồ sơ lĩnh vực đất đai còn quá hạn (09 hồ sơ) do phải xác minh nguồn gốc đất; nhiều hồ sơ tồn đọng từ trước khi sắp xếp đơn vị hành chính cấp xã."),
    ("p", "2. Hệ thống thông tin giải quyết TTHC của tỉnh có thời điểm gián đoạn; đường truyền internet tại ấp Kinh Xáng Mới và ấp Rạch Bần còn yếu."),
    ("p", "3. Người dân lớn tuổi tự nộp hồ sơ trực tuyến còn ít; một số công chức phải kiêm nhiệm nhiều lĩnh vực."),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    ("p", "1. Rà soát, cập nhật, công khai đầy đủ TTHC mới được công bố tại Trung tâm Phục vụ hành chính công xã và trên Cổng Dịch vụ công quốc gia. Giao Văn phòng HĐND và UBND xã (công chức phụ trách kiểm soát TTHC) thực hiện; thời gian: trong tháng 7/2026 và cập nhật thường xuyên."),
    ("p", "2. Giải quyết dứt điểm 29 hồ sơ đất đai đang giải quyết, không để phát sinh hồ sơ quá hạn. Giao Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng đăng ký đất đai khu vực thực hiện; hoàn thành trước ngày 31/7/2026."),
    ("p", "3. Hướng dẫn người dân nộp hồ sơ trực tuyến, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 75%. Giao Trung tâm Phục vụ hành chính công xã chủ trì, phối hợp với Đoàn Thanh niên xã và các Tổ công nghệ số cộng đồng thực hiện; thời gian: thường xuyên, đánh giá kết quả hằng tháng."),
    ("p", "4. Kiểm tra công tác CCHC đối với Phòng Văn hóa - Xã hội và Phòng Kinh tế theo Kế hoạch số 19/KH-UBND. Giao Văn phòng HĐND và UBND xã chủ trì; thời gian: Quý III/2026."),
    ("p", "5. Số hóa sổ hộ tịch lưu trữ giai đoạn 1998 - 2015. Giao công chức Tư pháp - Hộ tịch (bà Nguyễn Thị Kiều Oanh) thực hiện; hoàn thành trước ngày 30/9/2026."),
    ("p", "6. Tuyên truyền CCHC trên hệ thống loa truyền thanh các ấp và Trang thông tin điện tử xã. Giao Phòng Văn hóa - Xã hội thực hiện; thời gian: hằng tháng."),
    ("p", "7. Xây dựng báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của xã. Giao Văn phòng HĐND và UBND xã (ông Lâm Quốc Việt, Chánh Văn phòng) chủ trì; hoàn thành trước ngày 15/11/2026."),
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Sở Khoa học và Công nghệ nâng cấp, khắc phục tình trạng gián đoạn Hệ thống thông tin giải quyết TTHC của tỉnh."),
    ("p", "2. Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát TTHC, kỹ năng chấm điểm Chỉ số CCHC cho công chức cấp xã trong Quý III/2026."),
    ("p", "3. Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn xử lý các hồ sơ đất đai tồn đọng phát sinh trước khi sắp xếp đơn vị hành chính."),
    ("p", "4. Đề nghị UBND tỉnh hỗ trợ kinh phí mua sắm 02 máy quét và 01 máy tính cho Trung tâm Phục vụ hành chính công xã."),
    ("p", "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của Ủy ban nhân dân xã Hưng Mỹ Tây./."),
]

D2_NOINHAN = ["- Sở Nội vụ tỉnh Cà Mau;", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND xã;",
              "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT."]


def build_doc2(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2), Cm(2), Cm(3), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)

    def para(container, text, bold=False, italic=False, size=None, align=None, indent=None, after=None):
        p = container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    ht = d.add_table(rows=1, cols=2)
    ht.autofit = False
    l, r = ht.rows[0].cells
    ht.columns[0].width, ht.columns[1].width = Cm(6.0), Cm(10.0)
    l.width, r.width = Cm(6.0), Cm(10.0)
    l.paragraphs[0].text = ""
    p = l.paragraphs[0]
    run = p.add_run("ỦY BAN NHÂN DÂN")
    run.bold = True
    run.font.size = Pt(13)
    p.alignment = C
    para(l, "XÃ HƯNG MỸ TÂY", bold=True, size=13, align=C)
    para(l, "_______", align=C, size=10)
    para(l, "Số: 96/BC-UBND", size=13, align=C)
    p = r.paragraphs[0]
    run = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    run.bold = True
    run.font.size = Pt(12)
    p.alignment = C
    para(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, align=C)
    para(r, "_________________________", align=C, size=10)
    para(r, "Hưng Mỹ Tây, ngày 12 tháng 6 năm 2026", italic=True, size=13, align=C)

    para(d, "", after=6)
    para(d, "BÁO CÁO", bold=True, align=C)
    para(d, "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026", bold=True, align=C)
    para(d, "và nhiệm vụ trọng tâm 6 tháng cuối năm 2026", bold=True, align=C)
    para(d, "__________", align=C, after=6)

    for kind, text in D2_BODY:
        if kind == "p":
            para(d, text, align=J, indent=1.0, after=6)
        elif kind == "h":
            para(d, text, bold=True, align=J, indent=1.0, after=6)
        elif kind == "h2":
            para(d, text, bold=True, align=J, indent=1.0, after=6)
        elif kind == "cap":
            para(d, "Bảng 1. " + text, italic=True, bold=True, align=C, size=13, after=4)
        elif kind == "table":
            head = ["STT", "Lĩnh vực", "Tiếp nhận", "Đã giải quyết đúng hạn", "Quá hạn", "Đang giải quyết"]
            t = d.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.2), Cm(5.0), Cm(2.2), Cm(3.0), Cm(2.0), Cm(2.6)]
            for i, h in enumerate(head):
                c = t.rows[0].cells[i]
                c.text = ""
                rr = c.paragraphs[0].add_run(h)
                rr.bold = True
                rr.font.size = Pt(12)
                c.paragraphs[0].alignment = C
            for i, row in enumerate(D2_STATS, 1):
                cells = t.add_row().cells
                vals = [str(i), row[0]] + [vn(x) for x in row[1:]]
                for j, v in enumerate(vals):
                    cells[j].text = ""
                    rr = cells[j].paragraphs[0].add_run(v)
                    rr.font.size = Pt(12)
                    cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else C
            cells = t.add_row().cells
            m = cells[0].merge(cells[1])
            m.text = ""
            rr = m.paragraphs[0].add_run("Tổng cộng")
            rr.bold = True
            rr.font.size = Pt(12)
            m.paragraphs[0].alignment = C
            for j, v in enumerate(TOT, 2):
                cells[j].text = ""
                rr = cells[j].paragraphs[0].add_run(vn(v))
                rr.bold = True
                rr.font.size = Pt(12)
                cells[j].paragraphs[0].alignment = C
            t.autofit = False
            for j, col in enumerate(t.columns):
                col.width = widths[j]
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            para(d, "", after=4)

    st = d.add_table(rows=1, cols=2)
    l, r = st.rows[0].cells
    st.autofit = False
    st.columns[0].width, st.columns[1].width = Cm(8.0), Cm(8.0)
    l.width, r.width = Cm(8.0), Cm(8.0)
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:")
    rr.bold, rr.italic = True, True
    rr.font.size = Pt(12)
    for x in D2_NOINHAN:
        para(l, x, size=11)
    p = r.paragraphs[0]
    rr = p.add_run("TM. ỦY BAN NHÂN DÂN")
    rr.bold = True
    p.alignment = C
    para(r, "CHỦ TỊCH", bold=True, align=C)
    for _ in range(4):
        para(r, "", align=C)
    para(r, "Dương Minh Khởi", bold=True, align=C)
    d.core_properties.title = "Báo cáo CCHC 6 tháng đầu năm 2026"
    d.core_properties.author = "UBND xã Hưng Mỹ Tây"
    d.save(path)


# ---------------------------------------------------------------------------
# Document 3: scanned Thông báo lịch kiểm tra CCHC, UBND xã Hòa Phú Sơn (tỉnh Tuyên Quang)
# ---------------------------------------------------------------------------

D3_SCHEDULE = [  # Thời gian, Đơn vị được kiểm tra, Thành phần làm việc
    ("08h00 ngày 18/8/2026", "Trung tâm Phục vụ hành chính công xã",
     "Giám đốc Trung tâm; công chức tiếp nhận và trả kết quả hồ sơ"),
    ("14h00 ngày 18/8/2026", "Phòng Kinh tế", "Trưởng phòng; công chức phụ trách đất đai, xây dựng"),
    ("08h00 ngày 20/8/2026", "Phòng Văn hóa - Xã hội", "Trưởng phòng; công chức phụ trách lao động, bảo trợ xã hội"),
    ("08h00 ngày 25/8/2026", "Trạm Y tế xã Hòa Phú Sơn", "Trạm trưởng; kế toán"),
    ("14h00 ngày 25/8/2026", "Trường THCS Hòa Phú", "Hiệu trưởng; kế toán; văn thư"),
]

D3_BODY = [
    ("p", "Thực hiện Kế hoạch số 22/KH-UBND ngày 12/02/2026 của Ủy ban nhân dân xã về kiểm tra công tác cải cách hành chính năm 2026, Ủy ban nhân dân xã Hòa Phú Sơn thông báo lịch kiểm tra như sau:"),
    ("h", "1. Thành phần Đoàn kiểm tra"),
    ("p", "- Trưởng đoàn: Ông Hoàng Văn Thắng, Phó Chủ tịch UBND xã."),
    ("p", "- Phó Trưởng đoàn: Bà Ma Thị Huyền, Chánh Văn phòng HĐND và UBND xã."),
    ("p", "- Thành viên: Ông Nông Quốc Bảo, công chức Phòng Kinh tế; Bà Quan Thị Lành, công chức Phòng Văn hóa - Xã hội; Ông Lý Đức Minh, công chức Văn phòng HĐND và UBND xã (thư ký Đoàn)."),
    ("h", "2. Nội dung kiểm tra"),
    ("p", "- Việc công khai TTHC; tiếp nhận, giải quyết hồ sơ TTHC; số hóa hồ sơ, kết quả giải quyết TTHC."),
    ("p", "- Việc chấp hành kỷ luật, kỷ cương hành chính và Quy chế văn hóa công sở."),
    ("p", "- Việc sử dụng hệ thống quản lý văn bản và điều hành, ký số văn bản điện tử."),
    ("h", "3. Lịch kiểm tra"),
    ("table", None),
    ("h", "4. Tổ chức thực hiện"),
    ("p", "- Các đơn vị được kiểm tra xây dựng báo cáo tự kiểm tra theo đề cương gửi kèm, gửi về Văn phòng HĐND và UBND xã trước ngày 14/8/2026; chuẩn bị đầy đủ hồ sơ, tài liệu và bố trí địa điểm làm việc tại trụ sở đơn vị."),
    ("p", "- Văn phòng HĐND và UBND xã bố trí phương tiện, tổng hợp kết quả, tham mưu Thông báo kết luận kiểm tra trước ngày 15/9/2026."),
    ("p", "Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị biết, thực hiện./."),
]

D3_NOINHAN = ["- Các đơn vị được kiểm tra;", "- Thành viên Đoàn kiểm tra;", "- CT, các PCT UBND xã;",
              "- Lưu: VT, VP."]


def d3_source_text():
    """Plain text of the scanned document (what the image shows), for checking snippets."""
    out = ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ SƠN", "Số: 41/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Hòa Phú Sơn, ngày 05 tháng 8 năm 2026", "THÔNG BÁO",
           "Lịch kiểm tra công tác cải cách hành chính năm 2026 đối với các cơ quan,",
           "đơn vị thuộc Ủy ban nhân dân xã Hòa Phú Sơn"]
    for k, t in D3_BODY:
        if k == "table":
            out.append("Thời gian | Đơn vị được kiểm tra | Thành phần làm việc")
            out += [" | ".join(r) for r in D3_SCHEDULE]
        else:
            out.append(t)
    out += ["Nơi nhận:"] + D3_NOINHAN + ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Thắng"]
    return "\n".join(out)


def build_doc3(path, dpi=250):
    rnd = random.Random(20260805)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    cm = dpi / 2.54
    pt = dpi / 72.0
    fs = 13 * pt
    f = lambda p, s: ImageFont.truetype(p, int(round(s)))
    FR, FB, FI, FBI = f(F_REG, fs), f(F_BOLD, fs), f(F_IT, fs), f(F_BI, fs)
    FB12, FR11, FR12 = f(F_BOLD, 12 * pt), f(F_REG, 11.5 * pt), f(F_REG, 12 * pt)
    FBI12, FB14 = f(F_BI, 12 * pt), f(F_BOLD, 14 * pt)
    LM, RM, TM, BM = 3.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm
    LH = fs * 1.38
    ink = (28, 28, 32)

    pages = []

    def new_page():
        im = Image.new("RGB", (W, H), (255, 255, 255))
        pages.append(im)
        return im, ImageDraw.Draw(im)

    im, dr = new_page()
    y = TM

    def text_w(s, font):
        return dr.textlength(s, font=font)

    def center(s, font, cx, yy):
        dr.text((cx - text_w(s, font) / 2, yy), s, font=font, fill=ink)

    def wrap(s, font, width, first_indent=0):
        words, lines, cur, ind = s.split(" "), [], "", first_indent
        for w in words:
            t = (cur + " " + w) if cur else w
            if text_w(t, font) <= width - ind:
                cur = t
            else:
                lines.append((cur, ind))
                cur, ind = w, 0
        if cur:
            lines.append((cur, ind))
        return lines

    def ensure(h):
        nonlocal im, dr, y
        if y + h > H - BM:
            im, dr = new_page()
            y = TM + 0.6 * cm
            center(str(len(pages)), FR12, W / 2, 1.1 * cm)

    def justified(s, font, x0, width, first_indent):
        nonlocal y
        lines = wrap(s, font, width, first_indent)
        for i, (ln, ind) in enumerate(lines):
            ensure(LH)
            words = ln.split(" ")
            if i < len(lines) - 1 and len(words) > 1:
                tot = sum(text_w(w, font) for w in words)
                gap = (width - ind - tot) / (len(words) - 1)
                x = x0 + ind
                for w in words:
                    dr.text((x, y), w, font=font, fill=ink)
                    x += text_w(w, font) + gap
            else:
                dr.text((x0 + ind, y), ln, font=font, fill=ink)
            y += LH

    # header
    lcx, rcx = LM + 3.0 * cm, W - RM - 4.9 * cm
    center("ỦY BAN NHÂN DÂN", FB, lcx, y)
    center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FB12, rcx, y + 0.1 * cm)
    y += LH * 0.95
    center("XÃ HÒA PHÚ SƠN", FB, lcx, y)
    center("Độc lập - Tự do - Hạnh phúc", FB, rcx, y)
    y += LH * 0.95
    dr.line((lcx - 1.0 * cm, y + 4, lcx + 1.0 * cm, y + 4), fill=ink, width=3)
    tw_ = text_w("Độc lập - Tự do - Hạnh phúc", FB)
    dr.line((rcx - tw_ / 2, y + 4, rcx + tw_ / 2, y + 4), fill=ink, width=3)
    y += 0.45 * cm
    center("Số: 41/TB-UBND", FR, lcx, y)
    center("Hòa Phú Sơn, ngày 05 tháng 8 năm 2026", FI, rcx, y)
    y += LH * 1.9
    center("THÔNG BÁO", FB14, W / 2, y)
    y += LH
    center("Lịch kiểm tra công tác cải cách hành chính năm 2026 đối với các cơ quan,", FB, W / 2, y)
    y += LH
    center("đơn vị thuộc Ủy ban nhân dân xã Hòa Phú Sơn", FB, W / 2, y)
    y += LH * 1.15
    dr.line((W / 2 - 1.4 * cm, y + 4, W / 2 + 1.4 * cm, y + 4), fill=ink, width=3)
    y += LH * 0.9

    width = W - LM - RM
    for kind, text in D3_BODY:
        if kind == "p":
            justified(text, FR, LM, width, 1.0 * cm)
            y += 0.12 * cm
        elif kind == "h":
            ensure(LH * 2)
            dr.text((LM + 1.0 * cm, y), text, font=FB, fill=ink)
            y += LH + 0.1 * cm
        elif kind == "table":
            cols = [5.3 * cm, 4.9 * cm, width - 10.2 * cm]
            xs = [LM]
            for c in cols:
                xs.append(xs[-1] + c)
            pad = 0.18 * cm
            head = ["Thời gian", "Đơn vị được kiểm tra", "Thành phần làm việc"]
            rows = [head] + [list(r) for r in D3_SCHEDULE]
            tlh = 12 * pt * 1.3
            for ri, row in enumerate(rows):
                font = FB12 if ri == 0 else FR12
                cells = [wrap(c, font, cols[j] - 2 * pad) for j, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                rh = nl * tlh + 2 * pad
                ensure(rh)
                top = y
                for j, c in enumerate(cells):
                    for k, (ln, _) in enumerate(c):
                        if ri == 0 or j == 0:
                            cx = (xs[j] + xs[j + 1]) / 2
                            dr.text((cx - text_w(ln, font) / 2, top + pad + k * tlh), ln, font=font, fill=ink)
                        else:
                            dr.text((xs[j] + pad, top + pad + k * tlh), ln, font=font, fill=ink)
                for xx in xs:
                    dr.line((xx, top, xx, top + rh), fill=ink, width=3)
                dr.line((xs[0], top, xs[-1], top), fill=ink, width=3)
                dr.line((xs[0], top + rh, xs[-1], top + rh), fill=ink, width=3)
                y = top + rh
            y += 0.35 * cm

    # signature block
    ensure(7.5 * cm)
    y += 0.3 * cm
    sy = y
    dr.text((LM, sy), "Nơi nhận:", font=FBI12, fill=ink)
    yy = sy + 12 * pt * 1.35
    for x in D3_NOINHAN:
        dr.text((LM, yy), x, font=FR11, fill=ink)
        yy += 11.5 * pt * 1.3
    scx = W - RM - 4.0 * cm
    center("KT. CHỦ TỊCH", FB, scx, sy)
    center("PHÓ CHỦ TỊCH", FB, scx, sy + LH)
    name_y = sy + LH * 2 + 3.0 * cm
    center("Hoàng Văn Thắng", FB, scx, name_y)
    # handwritten-looking signature (blue ink)
    pts = []
    x0, y0 = scx - 2.0 * cm, sy + LH * 2 + 1.6 * cm
    for i in range(120):
        t = i / 119.0
        pts.append((x0 + t * 4.0 * cm + 0.35 * cm * math.sin(t * 19),
                    y0 + 0.55 * cm * math.sin(t * 11 + 0.5) - 0.4 * cm * t))
    dr.line(pts, fill=(30, 40, 140), width=5, joint="curve")
    dr.line((x0 + 0.5 * cm, y0 + 0.6 * cm, x0 + 3.8 * cm, y0 - 0.3 * cm), fill=(30, 40, 140), width=4)

    # red round stamp overlapping the left part of the signature
    stamp_r = int(2.0 * cm)
    st = Image.new("RGBA", (2 * stamp_r + 20, 2 * stamp_r + 20), (0, 0, 0, 0))
    sd = ImageDraw.Draw(st)
    c0 = stamp_r + 10
    red = (205, 30, 35, 170)
    sd.ellipse((c0 - stamp_r, c0 - stamp_r, c0 + stamp_r, c0 + stamp_r), outline=red, width=7)
    ri_ = stamp_r - int(0.55 * cm)
    sd.ellipse((c0 - ri_, c0 - ri_, c0 + ri_, c0 + ri_), outline=red, width=4)
    ring = "ỦY BAN NHÂN DÂN XÃ HÒA PHÚ SƠN * TỈNH TUYÊN QUANG *"
    sf = ImageFont.truetype(F_BOLD, int(0.36 * cm))
    rr_ = stamp_r - int(0.30 * cm)
    n = len(ring)
    for i, ch in enumerate(ring):
        ang = -90 + 360.0 * i / n
        a = math.radians(ang)
        gx, gy = c0 + rr_ * math.cos(a), c0 + rr_ * math.sin(a)
        gimg = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(gimg).text((30, 30), ch, font=sf, fill=red, anchor="mm")
        gimg = gimg.rotate(-(ang + 90), resample=Image.BICUBIC)
        st.alpha_composite(gimg, (int(gx - 30), int(gy - 30)))
    # star
    sr, sr2 = 0.55 * cm, 0.22 * cm
    star = []
    for k in range(10):
        a = math.radians(-90 + 36 * k)
        rad = sr if k % 2 == 0 else sr2
        star.append((c0 + rad * math.cos(a), c0 - 0.1 * cm + rad * math.sin(a)))
    sd.polygon(star, fill=red)
    sd.text((c0, c0 + 0.75 * cm), "UBND", font=ImageFont.truetype(F_BOLD, int(0.32 * cm)), fill=red, anchor="mm")
    st = st.rotate(12, resample=Image.BICUBIC)
    px, py = int(scx - 3.2 * cm - c0), int(sy + LH * 2 + 0.8 * cm - c0)
    base = im.convert("RGBA")
    base.alpha_composite(st, (px, py))
    pages[-1] = base.convert("RGB")

    # scan effects
    out = []
    for i, pg in enumerate(pages):
        angle = [0.7, -0.55][i % 2]
        pg = pg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        arr = np.asarray(pg).astype(np.float32)
        nrng = np.random.default_rng(1000 + i)
        arr = arr * np.array([0.985, 0.98, 0.965]) + nrng.normal(0, 7.0, arr.shape[:2])[..., None]
        speck = nrng.random(arr.shape[:2]) < 0.0006
        arr[speck] = arr[speck] * 0.35
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        pg = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.7))
        out.append(pg)
    out[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:], quality=82)
    return len(out)


# ---------------------------------------------------------------------------
# Gold files
# ---------------------------------------------------------------------------

def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def meta_rows(scan_pages):
    return [
        {"file": FILE1, "type": "Kế hoạch", "number": "28/KH-UBND",
         "title": "Kế hoạch Cải cách hành chính huyện Hương Lam năm 2027",
         "issuer": "Ủy ban nhân dân huyện Hương Lam", "place": "huyện Hương Lam", "province": "tỉnh Hà Tĩnh",
         "level": "huyện", "date": "2027-01-08", "year": 2027, "signer": "Nguyễn Hữu Tường",
         "parts": ["Kế hoạch", "Phụ lục"], "tables": [{"kind": "tasks", "rows": len(d1_task_rows())}],
         "scanned_pages": 0},
        {"file": FILE2, "type": "Báo cáo", "number": "96/BC-UBND",
         "title": "Báo cáo Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
         "issuer": "Ủy ban nhân dân xã Hưng Mỹ Tây", "place": "xã Hưng Mỹ Tây", "province": "tỉnh Cà Mau",
         "level": "xã", "date": "2026-06-12", "year": 2026, "signer": "Dương Minh Khởi",
         "parts": ["Báo cáo"],
         "tables": [{"kind": "other", "rows": len(D2_STATS) + 1, "what": "thống kê hồ sơ TTHC theo lĩnh vực (kèm dòng Tổng cộng)"}],
         "scanned_pages": 0},
        {"file": FILE3, "type": "Thông báo", "number": "41/TB-UBND",
         "title": "Thông báo Lịch kiểm tra công tác cải cách hành chính năm 2026 đối với các cơ quan, đơn vị thuộc Ủy ban nhân dân xã Hòa Phú Sơn",
         "issuer": "Ủy ban nhân dân xã Hòa Phú Sơn", "place": "xã Hòa Phú Sơn", "province": "tỉnh Tuyên Quang",
         "level": "xã", "date": "2026-08-05", "year": 2026, "signer": "Hoàng Văn Thắng",
         "parts": ["Thông báo"], "tables": [{"kind": "other", "rows": len(D3_SCHEDULE), "what": "lịch kiểm tra"}],
         "scanned_pages": scan_pages},
    ]


def task_rows():
    out = []
    for sec, no, content, lead, coord, dl, outp in d1_task_rows():
        out.append({"file": FILE1, "section": sec, "no": no, "content": content[:120], "lead": lead,
                    "coordinators": coord, "deadline": dl, "output": outp})
    return out


def Q(i, question, intent, must_have, doc, snippet, af, notes, turns=None, must_not=None):
    return {"id": f"h6b{i:03d}", "question": question, "turns": turns or [], "intent": intent,
            "must_have": must_have, "must_not": must_not or [], "doc": doc, "snippet": snippet,
            "accent_free": af, "notes": notes}


def qa_rows():
    q = []
    # ---- Document 1: Kế hoạch CCHC huyện Hương Lam 2027 (PDF)
    q.append(Q(1, "Trong Kế hoạch CCHC năm 2027 của huyện Hương Lam, cơ quan nào chủ trì rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành?",
               "lead", ["Phòng Tư pháp"], FILE1, "Rà soát, hệ thống hóa văn", False,
               "Phụ lục, mục I, dòng 1", must_not=["Phòng Nội vụ"]))
    q.append(Q(2, "ai chu tri khao sat do luong su hai long cua nguoi dan voi bp mot cua trong ke hoach cchc 2027 huyen huong lam",
               "lead", ["Phòng Nội vụ"], FILE1, "Khảo sát, đo lường sự hài", True,
               "Phụ lục, mục II, dòng 7", must_not=["Phòng Văn hóa và Thông tin"]))
    q.append(Q(3, "Ai chủ trì rà soát, đề xuất phương án đơn giản hóa TTHC thuộc thẩm quyền giải quyết của UBND huyện Hương Lam năm 2027?",
               "lead", ["Văn phòng HĐND và UBND huyện"], FILE1, "Rà soát, đề xuất phương án", False,
               "Phụ lục, mục II, dòng 4", must_not=["Phòng Tư pháp"]))
    q.append(Q(4, "huyen huong lam 2027 ai chu tri nang cap duong truyen, trang bi thiet bi ky so cho bp mot cua cac xa",
               "lead", ["Phòng Văn hóa và Thông tin"], FILE1, "Nâng cấp đường truyền,", True,
               "Phụ lục, mục VI, dòng 17", must_not=["Phòng Nội vụ"]))
    q.append(Q(5, "Cơ quan nào chủ trì điều chỉnh Đề án vị trí việc làm của các đơn vị sự nghiệp giáo dục công lập theo Kế hoạch CCHC 2027 huyện Hương Lam?",
               "lead", ["Phòng Giáo dục và Đào tạo"], FILE1, "Điều chỉnh Đề án vị trí việc", False,
               "Phụ lục, mục III, dòng 9"))
    q1 = "Ai chủ trì tổ chức Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh trong Kế hoạch CCHC năm 2027 của huyện Hương Lam?"
    q.append(Q(6, q1, "lead", ["Phòng Tài chính - Kế hoạch"], FILE1, "Tổ chức Hội nghị đối thoại", False,
               "Phụ lục, mục I, dòng 3; hội thoại A lượt 1"))
    q2 = "còn cơ quan phối hợp?"
    q.append(Q(7, q2, "coordinators", ["Phòng Kinh tế và Hạ tầng", "Hội Doanh nhân trẻ"], FILE1,
               "Tổ chức Hội nghị đối thoại", False, "Phụ lục, mục I, dòng 3; hội thoại A lượt 2",
               turns=[q1, q2]))
    q3 = "thời gian tổ chức khi nào?"
    q.append(Q(8, q3, "deadline", ["Tháng 9/2027"], FILE1, "Tổ chức Hội nghị đối thoại", False,
               "Phụ lục, mục I, dòng 3; hội thoại A lượt 3", turns=[q1, q2, q3], must_not=["Tháng 8/2027"]))
    qb = "ai chu tri day nhanh giai ngan von dau tu cong nam 2027 o huyen huong lam"
    q.append(Q(9, qb, "lead", ["Phòng Tài chính - Kế hoạch"], FILE1, "Đẩy nhanh tiến độ giải ngân", True,
               "Phụ lục, mục V, dòng 15; hội thoại B lượt 1"))
    qb2 = "han chot la khi nao?"
    q.append(Q(10, qb2, "deadline", ["31/01/2028"], FILE1, "Đẩy nhanh tiến độ giải ngân", True,
               "Phụ lục, mục V, dòng 15; hội thoại B lượt 2", turns=[qb, qb2], must_not=["31/12/2027"]))
    qe = "Ai chủ trì kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính trong Kế hoạch CCHC 2027 của huyện Hương Lam?"
    q.append(Q(11, qe, "lead", ["Phòng Nội vụ"], FILE1, "Kiểm tra đột xuất việc chấp", False,
               "Phụ lục, mục IV, dòng 11; hội thoại E lượt 1"))
    qe2 = "phoi hop voi nhung co quan nao?"
    q.append(Q(12, qe2, "coordinators", ["Thanh tra huyện", "Văn phòng HĐND và UBND huyện"], FILE1,
               "Kiểm tra đột xuất việc chấp", True, "Phụ lục, mục IV, dòng 11; hội thoại E lượt 2",
               turns=[qe, qe2]))
    q.append(Q(13, "co quan nao phoi hop to chuc hoi thi tim hieu cchc cap huyen 2027 cua huyen huong lam",
               "coordinators", ["Huyện đoàn", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Truyền thông"], FILE1,
               "Tổ chức Hội thi \"Tìm hiểu cải", True, "Phụ lục, mục VII, dòng 20"))
    q.append(Q(14, "Việc số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện, cấp xã của huyện Hương Lam có những đơn vị nào phối hợp?",
               "coordinators", ["UBND các xã, thị trấn", "Bưu điện huyện"], FILE1, "Số hóa hồ sơ, kết quả giải", False,
               "Phụ lục, mục VI, dòng 16"))
    q.append(Q(15, "Triển khai thanh toán trực tuyến phí, lệ phí TTHC ở huyện Hương Lam năm 2027 có những cơ quan nào phối hợp?",
               "coordinators", ["Kho bạc Nhà nước khu vực", "ngân hàng thương mại"], FILE1,
               "Triển khai thanh toán trực", False, "Phụ lục, mục VI, dòng 18"))
    q.append(Q(16, "khi nao phai xong ra soat de xuat don gian hoa tthc thuoc tham quyen ubnd huyen huong lam",
               "deadline", ["30/6/2027"], FILE1, "Rà soát, đề xuất phương án", True,
               "Phụ lục, mục II, dòng 4", must_not=["31/8/2027"]))
    q.append(Q(17, "Đề án vị trí việc làm của các đơn vị sự nghiệp giáo dục ở huyện Hương Lam phải hoàn thành trước ngày nào?",
               "deadline", ["31/8/2027"], FILE1, "Điều chỉnh Đề án vị trí việc", False,
               "Phụ lục, mục III, dòng 9", must_not=["30/6/2027"]))
    q.append(Q(18, "Theo Kế hoạch CCHC 2027 của huyện Hương Lam, các phòng, ban và UBND các xã, thị trấn phải gửi kế hoạch CCHC năm 2027 của mình về Phòng Nội vụ trước ngày nào?",
               "deadline", ["25/01/2027"], FILE1, "gửi về Phòng Nội vụ trước ngày 25/01/2027", False,
               "IV. TỔ CHỨC THỰC HIỆN › 6."))
    q.append(Q(19, "khi nao huyen huong lam ban hanh ke hoach kiem tra cchc 2027 va bao gio thi kiem tra cac xa",
               "deadline", ["tháng 02/2027", "Quý III/2027"], FILE1, "Xây dựng Kế hoạch kiểm tra", True,
               "Phụ lục, mục VII, dòng 19 (thân văn bản III.1 cũng ghi tháng 02/2027)"))
    q.append(Q(20, "Báo cáo kết quả CCHC năm 2027 của các xã, thị trấn huyện Hương Lam phải gửi Phòng Nội vụ trước ngày nào?",
               "deadline", ["05/12/2027"], FILE1, "báo cáo năm trước ngày 05/12/2027", False,
               "IV. TỔ CHỨC THỰC HIỆN › 6."))
    q.append(Q(21, "Kết quả, sản phẩm của nhiệm vụ bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa trong Kế hoạch CCHC 2027 huyện Hương Lam là gì?",
               "output", ["01 lớp bồi dưỡng", "60 học viên"], FILE1, "Bồi dưỡng kỹ năng giao tiếp,", False,
               "Phụ lục, mục IV, dòng 12"))
    q.append(Q(22, "san pham cua nhiem vu tu danh gia cham diem chi so cchc 2027 cua ubnd huyen huong lam la gi",
               "output", ["Báo cáo tự chấm điểm", "tài liệu kiểm chứng"], FILE1, "Tự đánh giá, chấm điểm Chỉ", True,
               "Phụ lục, mục VII, dòng 21"))
    q.append(Q(23, "Nhiệm vụ khảo sát sự hài lòng của người dân đối với Bộ phận Một cửa ở huyện Hương Lam năm 2027 phải cho ra sản phẩm gì, tối thiểu bao nhiêu phiếu?",
               "output", ["Báo cáo kết quả khảo sát", "600 phiếu"], FILE1, "Khảo sát, đo lường sự hài", False,
               "Phụ lục, mục II, dòng 7"))
    q.append(Q(24, "Ai ký Kế hoạch cải cách hành chính năm 2027 của UBND huyện Hương Lam?",
               "fact", ["Nguyễn Hữu Tường"], FILE1, "Nguyễn Hữu Tường", False, "khối chữ ký (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH)",
               must_not=["Dương Minh Khởi"]))
    q.append(Q(25, "ke hoach cchc 2027 huyen huong lam so bao nhieu, ban hanh ngay nao",
               "fact", ["28/KH-UBND", "08/01/2027"], FILE1, "Kèm theo Kế hoạch số 28/KH-UBND ngày 08/01/2027", True,
               "đầu văn bản: Số: 28/KH-UBND; Hương Lam, ngày 08 tháng 01 năm 2027; Phụ lục ghi 08/01/2027"))
    q.append(Q(26, "Chỉ tiêu tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến của huyện Hương Lam năm 2027 là bao nhiêu?",
               "fact", ["65%"], FILE1, "tiếp nhận trực tuyến trên tổng số hồ sơ đạt tối thiểu 65%", False,
               "II. MỤC TIÊU, CHỈ TIÊU › 4.", must_not=["67,9%"]))
    q.append(Q(27, "Phòng Tài chính - Kế hoạch huyện Hương Lam chủ trì những nhiệm vụ nào trong Phụ lục Kế hoạch CCHC năm 2027?",
               "list", ["đối thoại", "tự chủ tài chính", "Công khai dự toán", "giải ngân vốn đầu tư công"], FILE1,
               "Thẩm định phương án tự chủ", False, "Phụ lục, dòng 3, 13, 14, 15"))
    q.append(Q(28, "nhung viec nao trong ke hoach cchc 2027 huyen huong lam phai thuc hien trong quy ii",
               "list", ["Rà soát chức năng", "Bồi dưỡng kỹ năng"], FILE1, "Rà soát chức năng, nhiệm vụ,", True,
               "Phụ lục, dòng 8 và 12 (Quý II/2027); dòng 11 có đợt Quý II; dòng 4 hạn 30/6/2027 cũng chấp nhận"))
    q.append(Q(29, "Kế hoạch CCHC năm 2027 của huyện Hương Lam đặt ra những mục tiêu, chỉ tiêu chính nào?",
               "general", ["88 điểm", "98%", "65%"], FILE1, "Chỉ số CCHC năm 2027 của huyện đạt từ 88 điểm trở lên", False,
               "II. MỤC TIÊU, CHỈ TIÊU"))
    q.append(Q(30, "Tổng kinh phí thực hiện Kế hoạch CCHC năm 2027 của huyện Hương Lam là bao nhiêu triệu đồng?",
               "unanswerable", [], FILE1, "", False,
               "Không nêu số tiền; IV.4 chỉ nói bố trí kinh phí trong dự toán ngân sách huyện năm 2027"))
    q.append(Q(31, "truong phong noi vu huyen huong lam ten gi",
               "unanswerable", [], FILE1, "", True, "Không văn bản nào nêu tên Trưởng phòng Nội vụ"))
    q.append(Q(32, "Kế hoạch CCHC năm 2028 của huyện Hương Lam giao Phòng Nội vụ chủ trì những việc gì?",
               "unanswerable", [], FILE1, "", False, "Chỉ có kế hoạch năm 2027; không có kế hoạch năm 2028"))
    # ---- Document 2: Báo cáo CCHC 6 tháng đầu năm 2026 xã Hưng Mỹ Tây (DOCX)
    qc = "Theo báo cáo CCHC 6 tháng đầu năm 2026 của xã Hưng Mỹ Tây, bộ phận nào được giao giải quyết dứt điểm các hồ sơ đất đai đang giải quyết?"
    q.append(Q(33, qc, "lead", ["Phòng Kinh tế"], FILE2, "Giao Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng đăng ký đất đai", False,
               "III. NHIỆM VỤ TRỌNG TÂM › 2.; hội thoại C lượt 1", must_not=["Phòng Văn hóa - Xã hội"]))
    qc2 = "có phối hợp với đơn vị nào không?"
    q.append(Q(34, qc2, "coordinators", ["Chi nhánh Văn phòng đăng ký đất đai"], FILE2,
               "phối hợp với Chi nhánh Văn phòng đăng ký đất đai khu vực", False,
               "III. NHIỆM VỤ TRỌNG TÂM › 2.; hội thoại C lượt 2", turns=[qc, qc2]))
    qc3 = "hạn hoàn thành là khi nào?"
    q.append(Q(35, qc3, "deadline", ["31/7/2026"], FILE2, "hoàn thành trước ngày 31/7/2026", False,
               "III. NHIỆM VỤ TRỌNG TÂM › 2.; hội thoại C lượt 3", turns=[qc, qc2, qc3], must_not=["30/9/2026"]))
    q.append(Q(36, "xa hung my tay giao ai lam bao cao tu cham diem chi so cchc 2026, han khi nao",
               "deadline", ["Lâm Quốc Việt", "15/11/2026"], FILE2, "Chánh Văn phòng) chủ trì; hoàn thành trước ngày 15/11/2026", True,
               "III. NHIỆM VỤ TRỌNG TÂM › 7."))
    q.append(Q(37, "Xã Hưng Mỹ Tây đặt mục tiêu tỷ lệ hồ sơ trực tuyến bao nhiêu phần trăm cho 6 tháng cuối năm 2026, và giao ai chủ trì?",
               "output", ["75%", "Trung tâm Phục vụ hành chính công xã"], FILE2,
               "phấn đấu tỷ lệ hồ sơ trực tuyến đạt 75%", False, "III. NHIỆM VỤ TRỌNG TÂM › 3.", must_not=["65%"]))
    q.append(Q(38, "6 tháng đầu năm 2026 xã Hưng Mỹ Tây tiếp nhận bao nhiêu hồ sơ TTHC, tỷ lệ tiếp nhận trực tuyến là bao nhiêu?",
               "fact", ["1.761", "67,9%"], FILE2, "trong đó tiếp nhận trực tuyến 1.196 hồ sơ (đạt 67,9%)", False,
               "I.4 Cải cách TTHC; Bảng 1 dòng Tổng cộng"))
    q.append(Q(39, "ty le ho so tthc giai quyet dung han cua xa hung my tay 6 thang dau nam 2026 la bao nhieu",
               "fact", ["99,2%"], FILE2, "đúng hạn 1.693 hồ sơ (đạt 99,2%)", True, "I.4 Cải cách TTHC"))
    q.append(Q(40, "Theo bảng thống kê trong báo cáo CCHC 6 tháng đầu năm 2026 của xã Hưng Mỹ Tây, lĩnh vực hộ tịch tiếp nhận bao nhiêu hồ sơ và giải quyết đúng hạn bao nhiêu?",
               "fact", ["642", "631"], FILE2, "Hộ tịch", False, "Bảng 1, dòng 1 (Hộ tịch: 642 | 631 | 0 | 11)"))
    q.append(Q(41, "xa hung my tay nhan bao nhieu phan anh kien nghi 6 thang dau nam 2026, da xu ly xong bao nhieu",
               "fact", ["06", "05"], FILE2, "Tiếp nhận 06 phản ánh, kiến nghị", True, "I.4 Cải cách TTHC, gạch đầu dòng 4"))
    q.append(Q(42, "Ai ký báo cáo kết quả CCHC 6 tháng đầu năm 2026 của UBND xã Hưng Mỹ Tây?",
               "fact", ["Dương Minh Khởi"], FILE2, "Dương Minh Khởi", False, "khối chữ ký (TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH)",
               must_not=["Nguyễn Hữu Tường"]))
    q.append(Q(43, "xa hung my tay de xuat kien nghi nhung gi trong bao cao cchc 6 thang dau nam 2026",
               "list", ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Nông nghiệp và Môi trường", "02 máy quét"], FILE2,
               "Đề nghị Sở Khoa học và Công nghệ nâng cấp", True, "IV. ĐỀ XUẤT, KIẾN NGHỊ 1-4"))
    q.append(Q(44, "Xã Hưng Mỹ Tây tiếp nhận bao nhiêu hồ sơ TTHC trong quý III/2026?",
               "unanswerable", [], FILE2, "", False, "Báo cáo chỉ có số liệu 6 tháng đầu năm 2026"))
    q.append(Q(45, "chi so sipas cua xa hung my tay 6 thang dau nam 2026 dat bao nhieu phan tram",
               "unanswerable", [], FILE2, "", True, "Báo cáo không nêu chỉ số SIPAS"))
    # ---- Document 3: scanned Thông báo lịch kiểm tra xã Hòa Phú Sơn
    q.append(Q(46, "Theo Thông báo lịch kiểm tra CCHC năm 2026 của xã Hòa Phú Sơn, đơn vị nào tổng hợp kết quả và tham mưu Thông báo kết luận kiểm tra?",
               "lead", ["Văn phòng HĐND và UBND xã"], FILE3, "tham mưu Thông báo kết luận kiểm tra", False,
               "mục 4. Tổ chức thực hiện, gạch đầu dòng 2 (hạn trước ngày 15/9/2026)"))
    qd = "tt phuc vu hanh chinh cong xa hoa phu son duoc kiem tra cchc luc nao"
    q.append(Q(47, qd, "fact", ["18/8/2026"], FILE3, "Trung tâm Phục vụ", True,
               "mục 3. Lịch kiểm tra, dòng 1; hội thoại D lượt 1", must_not=["20/8/2026"]))
    qd2 = "con tram y te xa thi sao"
    q.append(Q(48, qd2, "fact", ["25/8/2026"], FILE3, "Trạm Y tế xã", True,
               "mục 3. Lịch kiểm tra, dòng 4 (08h00 ngày 25/8/2026); hội thoại D lượt 2", turns=[qd, qd2]))
    q.append(Q(49, "Các đơn vị được kiểm tra CCHC ở xã Hòa Phú Sơn phải gửi báo cáo tự kiểm tra về đâu, trước ngày nào?",
               "deadline", ["Văn phòng HĐND và UBND xã", "14/8/2026"], FILE3, "trước ngày 14/8/2026", False,
               "mục 4. Tổ chức thực hiện, gạch đầu dòng 1", must_not=["15/9/2026"]))
    q.append(Q(50, "lich kiem tra cchc xa hoa phu son nam 2026, truong tieu hoc hoa phu duoc kiem tra ngay nao",
               "unanswerable", [], FILE3, "", True, "Lịch chỉ có Trường THCS Hòa Phú; không có trường tiểu học"))
    return q


def main():
    build_doc1(os.path.join(DOCS, FILE1))
    build_doc2(os.path.join(DOCS, FILE2))
    n3 = build_doc3(os.path.join(DOCS, FILE3))
    write_jsonl("meta_h6b.jsonl", meta_rows(n3))
    write_jsonl("tasks_h6b.jsonl", task_rows())
    write_jsonl("qa_h6b.jsonl", qa_rows())
    print("ok", n3, "scanned pages")


if __name__ == "__main__":
    main()
