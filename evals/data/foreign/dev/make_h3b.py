"""Generate the foreign-document holdout set "h3b" (three invented documents).
  docs/b-kh-cchc-so-y-te-kien-giang-2026.pdf     provincial department plan (Sở Y tế tỉnh Kiên Giang), reportlab
                                                 PDF: sections I.-V. with 1., 2., a), b) and "-" bullets, then an
                                                 appendix ruled task table (TT | Nhiệm vụ | Đơn vị thực hiện | Đơn
                                                 vị phối hợp | Thời gian | Kết quả/Sản phẩm) with Roman section
                                                 rows, numbering restarting in each section, broken over pages
                                                 with its header row repeated
  docs/b-bc-cchc-quy-1-xa-phu-khanh-2026.docx    commune report for quý I/2026 (xã Phú Khánh, huyện Thạnh Phú,
                                                 Bến Tre), python-docx: a figures table (Chỉ tiêu | Kế hoạch |
                                                 Thực hiện | Tỷ lệ (%)), a table of dossiers by field (Lĩnh vực |
                                                 Số hồ sơ tiếp nhận | Đúng hạn | Quá hạn), limitations and causes,
                                                 tasks for quý II in prose (no table)
  docs/b-tb-ket-luan-cchc-dai-loc-2026-scan.pdf  two-page scanned Thông báo kết luận of the Chủ tịch UBND huyện
                                                 Đại Lộc (Quảng Nam): text drawn with Pillow at 200 dpi, slight
                                                 skew and noise, saved as an image-only PDF
  meta_h3b.jsonl, tasks_h3b.jsonl, qa_h3b.jsonl  gold metadata, task-table rows, questions

All numbers, names and document numbers are invented.
Run:  /work/main/.venv/bin/python make_h3b.py
"""
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

F_PDF = "b-kh-cchc-so-y-te-kien-giang-2026.pdf"
F_DOCX = "b-bc-cchc-quy-1-xa-phu-khanh-2026.docx"
F_SCAN = "b-tb-ket-luan-cchc-dai-loc-2026-scan.pdf"

DEJAVU = "/usr/share/fonts/truetype/dejavu/"

# =============================================================================================
# 1. Plan of Sở Y tế tỉnh Kiên Giang (reportlab PDF)
# =============================================================================================
P_HEAD_L = ["UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: 46/KH-SYT"]
P_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Kiên Giang, ngày 09 tháng 01 năm 2026"]
P_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Cải cách hành chính năm 2026 của Sở Y tế tỉnh Kiên Giang"),
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
          "hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 295/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh Kiên Giang về cải cách hành "
          "chính tỉnh Kiên Giang năm 2026;"),
    ("p", "Căn cứ Quyết định số 2874/QĐ-UBND ngày 19/12/2025 của Ủy ban nhân dân tỉnh ban hành Bộ tiêu chí xác "
          "định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh Kiên Giang;"),
    ("p", "Căn cứ Quyết định số 18/2025/QĐ-UBND ngày 12/6/2025 của Ủy ban nhân dân tỉnh quy định chức năng, "
          "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Kiên Giang,"),
    ("p", "Sở Y tế xây dựng Kế hoạch cải cách hành chính (CCHC) năm 2026, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Triển khai thực hiện đồng bộ, hiệu quả các nhiệm vụ CCHC năm 2026 theo chỉ đạo của Ủy ban nhân dân "
          "tỉnh; nâng cao chất lượng phục vụ người bệnh, người dân và doanh nghiệp trong giải quyết thủ tục hành "
          "chính (TTHC) thuộc lĩnh vực y tế."),
    ("p", "- Phấn đấu Chỉ số CCHC năm 2026 của Sở Y tế đạt từ 88 điểm trở lên, thuộc nhóm 05 sở, ban, ngành dẫn "
          "đầu của tỉnh."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Xác định CCHC là nhiệm vụ trọng tâm, thường xuyên của các phòng, đơn vị; gắn trách nhiệm của người "
          "đứng đầu với kết quả thực hiện nhiệm vụ CCHC của đơn vị mình."),
    ("p", "- Các nhiệm vụ phải cụ thể, có sản phẩm và thời gian hoàn thành; phân công rõ đơn vị chủ trì, đơn vị "
          "phối hợp (chi tiết tại Phụ lục kèm theo)."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU"),
    ("p", "a) 100% TTHC thuộc thẩm quyền giải quyết của Sở được công khai đầy đủ, đúng quy định trên Cơ sở dữ liệu "
          "quốc gia về TTHC và Cổng Dịch vụ công quốc gia."),
    ("p", "b) Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt từ 98% trở lên; không để hồ sơ quá hạn trong lĩnh vực "
          "dược, mỹ phẩm."),
    ("p", "c) Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình đạt ít nhất 80% trên tổng số hồ sơ của các TTHC có cung "
          "cấp dịch vụ công trực tuyến (DVCTT) toàn trình."),
    ("p", "d) 100% hồ sơ, kết quả giải quyết TTHC được số hóa, lưu trữ điện tử theo quy định."),
    ("p", "đ) Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC của Sở đạt từ 92% trở lên."),
    ("p", "e) 100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử; ít nhất 70% cơ sở khám bệnh, chữa bệnh công "
          "lập triển khai thanh toán viện phí không dùng tiền mặt."),
    ("p", "g) 100% cán bộ, công chức, viên chức (CBCCVC) của Sở được đánh giá, xếp loại chất lượng đúng quy định; "
          "ít nhất 90% công chức, viên chức được bồi dưỡng kiến thức, kỹ năng số."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h2", "1. Công tác chỉ đạo, điều hành"),
    ("p", "- Thủ trưởng các phòng, đơn vị trực thuộc trực tiếp chỉ đạo công tác CCHC tại đơn vị; đưa kết quả thực "
          "hiện nhiệm vụ CCHC vào tiêu chí bình xét thi đua, khen thưởng cuối năm."),
    ("p", "- Tăng cường kiểm tra công tác CCHC, kiểm tra đột xuất việc tiếp nhận, giải quyết TTHC; kịp thời chấn "
          "chỉnh các tồn tại, hạn chế sau kiểm tra."),
    ("h2", "2. Cải cách thể chế"),
    ("p", "- Nâng cao chất lượng tham mưu xây dựng văn bản quy phạm pháp luật (QPPL) thuộc lĩnh vực y tế; 100% dự "
          "thảo văn bản QPPL do Sở chủ trì soạn thảo được lấy ý kiến và gửi Sở Tư pháp thẩm định theo quy định."),
    ("p", "- Thực hiện rà soát, hệ thống hóa văn bản QPPL; theo dõi tình hình thi hành pháp luật trong lĩnh vực "
          "khám bệnh, chữa bệnh."),
    ("h2", "3. Cải cách thủ tục hành chính"),
    ("p", "a) Thực hiện nghiêm việc công khai, minh bạch TTHC; tiếp nhận, giải quyết TTHC theo cơ chế một cửa, "
          "một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh."),
    ("p", "b) Rà soát, đề xuất phương án đơn giản hóa ít nhất 05 TTHC thuộc thẩm quyền giải quyết của Sở, tập "
          "trung vào lĩnh vực dược, an toàn thực phẩm và khám bệnh, chữa bệnh."),
    ("p", "c) Đẩy mạnh thanh toán trực tuyến phí, lệ phí giải quyết TTHC; thực hiện số hóa hồ sơ, kết quả giải "
          "quyết TTHC ngay khi tiếp nhận."),
    ("h2", "4. Cải cách tổ chức bộ máy"),
    ("p", "- Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị trực thuộc Sở sau sắp xếp; quản lý "
          "chặt chẽ biên chế, số lượng người làm việc được giao."),
    ("h2", "5. Cải cách chế độ công vụ"),
    ("p", "- Xây dựng, hoàn thiện vị trí việc làm của các đơn vị sự nghiệp y tế công lập; đổi mới công tác đánh "
          "giá, xếp loại CBCCVC gắn với kết quả, sản phẩm cụ thể."),
    ("p", "- Tăng cường kỷ luật, kỷ cương hành chính; nâng cao đạo đức nghề nghiệp, kỹ năng giao tiếp, ứng xử của "
          "viên chức y tế với người bệnh."),
    ("h2", "6. Cải cách tài chính công"),
    ("p", "- Thực hiện giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập giai đoạn 2026 - 2030; "
          "công khai dự toán, quyết toán ngân sách theo quy định."),
    ("h2", "7. Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ("p", "- Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh; kết nối liên thông dữ liệu khám bệnh, chữa "
          "bệnh với Cơ sở dữ liệu quốc gia về bảo hiểm."),
    ("p", "- Đẩy mạnh thanh toán không dùng tiền mặt trong thu viện phí, phí và lệ phí."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "- Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách năm 2026 của Sở Y tế, dự kiến "
          "420.000.000 đồng (Bốn trăm hai mươi triệu đồng)."),
    ("p", "- Các đơn vị sự nghiệp trực thuộc sử dụng nguồn thu hợp pháp của đơn vị để thực hiện nhiệm vụ CCHC "
          "theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tổ chức cán bộ là đơn vị thường trực công tác CCHC của Sở: theo dõi, đôn đốc các phòng, đơn "
          "vị thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo kết quả CCHC gửi Sở Nội vụ theo quy định."),
    ("p", "2. Văn phòng Sở chủ trì, theo dõi công tác cải cách TTHC, kiểm soát TTHC; phối hợp Trung tâm Phục vụ "
          "hành chính công tỉnh trong tiếp nhận, giải quyết TTHC theo cơ chế một cửa."),
    ("p", "3. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị sử "
          "dụng, thanh quyết toán kinh phí đúng quy định."),
    ("p", "4. Thủ trưởng các phòng, đơn vị trực thuộc Sở căn cứ Kế hoạch này xây dựng kế hoạch CCHC năm 2026 của "
          "đơn vị, gửi về Sở (qua Phòng Tổ chức cán bộ) trước ngày 31/01/2026."),
    ("p", "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh về Sở "
          "(qua Phòng Tổ chức cán bộ) để được hướng dẫn, giải quyết./."),
]
P_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ (b/c);", "- Ban Giám đốc Sở;",
             "- Các phòng, đơn vị trực thuộc Sở;", "- Cổng TTĐT Sở Y tế;", "- Lưu: VT, TCCB."]
P_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Trương Minh Khoa"]
P_APPX = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "CỦA SỞ Y TẾ TỈNH KIÊN GIANG",
          "(Kèm theo Kế hoạch số 46/KH-SYT ngày 09/01/2026 của Sở Y tế)"]
P_TASK_HEAD = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Kết quả/Sản phẩm"]
# (roman, section name, [(no, task, lead, coordinators, deadline, output), ...])
P_TASKS = [
    ("I", "Công tác chỉ đạo, điều hành", [
        ("1", "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2026 của Sở Y tế",
         "Văn phòng Sở", "Các phòng, đơn vị trực thuộc Sở", "Quý I/2026", "Kế hoạch tuyên truyền CCHC"),
        ("2", "Tự đánh giá, chấm điểm xác định Chỉ số CCHC năm 2026 của Sở Y tế",
         "Phòng Tổ chức cán bộ", "Văn phòng Sở; Thanh tra Sở; các phòng chuyên môn", "Tháng 11 hằng năm",
         "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
        ("3", "Kiểm tra công tác CCHC tại các đơn vị trực thuộc (tối thiểu 30% số đơn vị)",
         "Phòng Tổ chức cán bộ", "Thanh tra Sở; Phòng Kế hoạch - Tài chính", "Quý III/2026",
         "Thông báo kết quả kiểm tra"),
        ("4", "Báo cáo kết quả thực hiện công tác CCHC định kỳ quý, 6 tháng, năm",
         "Phòng Tổ chức cán bộ", "Các phòng, đơn vị trực thuộc Sở", "Trước ngày 15 của tháng cuối quý",
         "Báo cáo gửi Sở Nội vụ"),
    ]),
    ("II", "Cải cách thể chế", [
        ("1", "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực y tế do HĐND, UBND tỉnh ban hành",
         "Văn phòng Sở (bộ phận pháp chế)", "Sở Tư pháp; các phòng chuyên môn", "Trước ngày 30/6/2026",
         "Báo cáo kết quả rà soát, đề xuất sửa đổi, bổ sung"),
        ("2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực khám bệnh, chữa bệnh",
         "Phòng Nghiệp vụ Y", "Thanh tra Sở; các bệnh viện tuyến tỉnh", "Quý III/2026",
         "Báo cáo theo dõi thi hành pháp luật"),
    ]),
    ("III", "Cải cách thủ tục hành chính", [
        ("1", "Rà soát, đề xuất phương án đơn giản hóa ít nhất 05 TTHC thuộc thẩm quyền giải quyết của Sở",
         "Văn phòng Sở", "Phòng Nghiệp vụ Dược; Chi cục An toàn vệ sinh thực phẩm", "Quý II/2026",
         "Phương án đơn giản hóa trình Chủ tịch UBND tỉnh"),
        ("2", "Cập nhật, trình công bố danh mục TTHC mới ban hành, sửa đổi, bổ sung, thay thế, bãi bỏ",
         "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên",
         "Dự thảo Quyết định công bố danh mục TTHC"),
        ("3", "Số hóa hồ sơ, kết quả giải quyết TTHC ngay khi tiếp nhận trên Hệ thống thông tin giải quyết TTHC "
              "của tỉnh",
         "Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
         "Sở Khoa học và Công nghệ; Văn phòng Sở", "Thường xuyên",
         "100% hồ sơ, kết quả được số hóa"),
        ("4", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC lĩnh vực y tế",
         "Thanh tra Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Quý IV/2026",
         "Báo cáo kết quả khảo sát"),
    ]),
    ("IV", "Cải cách tổ chức bộ máy", [
        ("1", "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị trực thuộc Sở sau sắp xếp",
         "Phòng Tổ chức cán bộ", "Sở Nội vụ", "Quý II/2026",
         "Quyết định quy định chức năng, nhiệm vụ, quyền hạn"),
        ("2", "Xây dựng Đề án vị trí việc làm của các đơn vị sự nghiệp y tế công lập trực thuộc Sở",
         "Phòng Tổ chức cán bộ", "Sở Nội vụ; các đơn vị sự nghiệp trực thuộc", "Trước ngày 30/9/2026",
         "Đề án vị trí việc làm trình cấp có thẩm quyền phê duyệt"),
    ]),
    ("V", "Cải cách chế độ công vụ", [
        ("1", "Tổ chức bồi dưỡng kỹ năng giao tiếp, ứng xử cho viên chức y tế tại các bệnh viện, Trung tâm Y tế "
              "(ít nhất 02 lớp)",
         "Phòng Tổ chức cán bộ", "Sở Nội vụ; Trường Cao đẳng Y tế Kiên Giang", "Quý III/2026",
         "02 lớp bồi dưỡng, khoảng 200 học viên"),
        ("2", "Đánh giá, xếp loại chất lượng CBCCVC năm 2026",
         "Phòng Tổ chức cán bộ", "Các phòng, đơn vị trực thuộc Sở", "Tháng 12/2026",
         "Quyết định xếp loại chất lượng CBCCVC"),
    ]),
    ("VI", "Cải cách tài chính công", [
        ("1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập giai đoạn 2026 - 2030",
         "Phòng Kế hoạch - Tài chính", "Sở Tài chính", "Quý II/2026", "Quyết định giao quyền tự chủ"),
        ("2", "Công khai dự toán, quyết toán ngân sách năm của Sở và các đơn vị trực thuộc",
         "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Theo quy định",
         "Văn bản công khai trên Cổng TTĐT của Sở"),
    ]),
    ("VII", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", [
        ("1", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh",
         "Phòng Nghiệp vụ Y", "Sở Khoa học và Công nghệ; các bệnh viện tuyến tỉnh", "Trước ngày 30/9/2026",
         "100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử"),
        ("2", "Triển khai thanh toán viện phí không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh công lập",
         "Phòng Kế hoạch - Tài chính", "Các cơ sở khám bệnh, chữa bệnh công lập; các ngân hàng thương mại",
         "Thường xuyên", "Ít nhất 70% cơ sở công lập thực hiện"),
    ]),
]


def pdf_source_text():
    parts = P_HEAD_L + P_HEAD_R + [t for _, t in P_BODY] + P_NOINHAN + P_SIGN + P_APPX + P_TASK_HEAD
    for roman, name, rows in P_TASKS:
        parts += [roman, name]
        for r in rows:
            parts += list(r)
    return "\n".join(parts)


def build_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(TTFont("LSerif", DEJAVU + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-B", DEJAVU + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-I", DEJAVU + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-BI", DEJAVU + "DejaVuSerif-BoldItalic.ttf"))
    base = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=3)
    center = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    center_b = ParagraphStyle("cb", parent=center, fontName="LSerif-B")
    center_i = ParagraphStyle("ci", parent=center, fontName="LSerif-I")
    head = ParagraphStyle("h", parent=base, fontName="LSerif-B", firstLineIndent=1 * cm)
    head2 = ParagraphStyle("h2", parent=base, fontName="LSerif-B", firstLineIndent=1 * cm)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=12)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="LSerif-B", alignment=TA_CENTER)
    cell_bl = ParagraphStyle("cellbl", parent=cell, fontName="LSerif-B")
    small = ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=12.5)
    small_bi = ParagraphStyle("sbi", parent=small, fontName="LSerif-BI", fontSize=11)
    sig_b = ParagraphStyle("sigb", parent=center_b, fontSize=12, leading=15, spaceAfter=0)
    sig_n = ParagraphStyle("sign", parent=center_i, fontSize=12, leading=15, spaceAfter=0)

    story = []
    hs = ParagraphStyle("hs", parent=center, fontSize=11, leading=15, spaceAfter=0)
    hs_b = ParagraphStyle("hsb", parent=hs, fontName="LSerif-B")
    hs_i = ParagraphStyle("hsi", parent=hs, fontName="LSerif-I")
    hdr = Table([
        [Paragraph(P_HEAD_L[0], hs), Paragraph(P_HEAD_R[0], hs_b)],
        [Paragraph(P_HEAD_L[1], hs_b), Paragraph(P_HEAD_R[1], hs_b)],
        [Paragraph(P_HEAD_L[2], hs), Paragraph(P_HEAD_R[2], hs_i)],
    ], colWidths=[6.2 * cm, 10.8 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 2), (-1, 2), 10),
                             ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
                             ]))
    story += [hdr, Spacer(1, 18)]
    for kind, text in P_BODY:
        if kind == "title":
            story.append(Paragraph(text, ParagraphStyle("t", parent=center_b, fontSize=13, spaceAfter=2)))
        elif kind == "subtitle":
            story.append(Paragraph(text, ParagraphStyle("st", parent=center_b, fontSize=13)))
            story.append(Spacer(1, 10))
        elif kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "h2":
            story.append(Paragraph(text, head2))
        else:
            story.append(Paragraph(text, base))
    story.append(Spacer(1, 12))
    left = [Paragraph(x, small_bi if x == "Nơi nhận:" else small) for x in P_NOINHAN]
    right = [Paragraph(x or "&nbsp;", sig_n if x.startswith("(") else sig_b) for x in P_SIGN]
    sig = Table([[left, right]], colWidths=[8.5 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether(sig))

    # appendix
    story.append(PageBreak())
    story.append(Paragraph(P_APPX[0], ParagraphStyle("a0", parent=center_b, fontSize=12)))
    story.append(Paragraph(P_APPX[1], ParagraphStyle("a1", parent=center_b, fontSize=12)))
    story.append(Paragraph(P_APPX[2], ParagraphStyle("a2", parent=center_b, fontSize=12)))
    story.append(Paragraph(P_APPX[3], center_i))
    story.append(Spacer(1, 6))
    rows = [[Paragraph(h, cell_b) for h in P_TASK_HEAD]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    i = 1
    for roman, name, trs in P_TASKS:
        rows.append([Paragraph(roman, cell_b), Paragraph(name, cell_bl), "", "", "", ""])
        style.append(("SPAN", (1, i), (5, i)))
        i += 1
        for no, task, lead, coord, dl, out in trs:
            rows.append([Paragraph(no, cell_c), Paragraph(task, cell), Paragraph(lead, cell),
                         Paragraph(coord, cell), Paragraph(dl, cell_c), Paragraph(out, cell)])
            i += 1
    t = Table(rows, colWidths=[1.0 * cm, 4.8 * cm, 2.8 * cm, 3.0 * cm, 2.4 * cm, 3.0 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)

    def page_no(canvas, doc):
        if doc.page > 1:
            canvas.setFont("LSerif", 12)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(doc.page))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="KH CCHC 2026 So Y te", author="SYT")
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)


def tasks_pdf():
    out = []
    for roman, name, trs in P_TASKS:
        for no, task, lead, coord, dl, o in trs:
            out.append({"file": F_PDF, "section": f"{roman}. {name}", "no": no, "content": task[:120],
                        "lead": lead, "coordinators": coord, "deadline": dl, "output": o})
    return out


# =============================================================================================
# 2. Quarterly report of xã Phú Khánh, huyện Thạnh Phú, tỉnh Bến Tre (python-docx)
# =============================================================================================
R_HEAD_L = ["ỦY BAN NHÂN DÂN", "XÃ PHÚ KHÁNH", "Số: 38/BC-UBND"]
R_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Phú Khánh, ngày 20 tháng 3 năm 2026"]
R_FIG_HEAD = ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
R_FIG = [
    ("1", "Số văn bản chỉ đạo, điều hành về CCHC được ban hành", "3", "4", "133,3"),
    ("2", "Số cuộc kiểm tra công tác CCHC tại các ấp", "2", "1", "50,0"),
    ("3", "Số cuộc tuyên truyền CCHC lồng ghép tại các ấp", "6", "7", "116,7"),
    ("4", "Số văn bản QPPL được rà soát", "5", "5", "100"),
    ("5", "Số TTHC được công khai tại Bộ phận Một cửa xã", "112", "112", "100"),
    ("6", "Số hồ sơ TTHC tiếp nhận trực tuyến", "450", "362", "80,4"),
    ("7", "Số hồ sơ, kết quả giải quyết TTHC được số hóa", "612", "587", "95,9"),
    ("8", "Số giao dịch thanh toán trực tuyến phí, lệ phí", "150", "97", "64,7"),
    ("9", "Số CBCC được tập huấn kỹ năng số", "22", "18", "81,8"),
]
R_DOS_HEAD = ["TT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Đúng hạn", "Quá hạn"]
R_DOS = [
    ("1", "Hộ tịch", "268", "265", "3"),
    ("2", "Chứng thực", "185", "185", "0"),
    ("3", "Đất đai", "74", "66", "8"),
    ("4", "Bảo trợ xã hội", "41", "39", "2"),
    ("5", "Người có công", "12", "12", "0"),
    ("6", "Xây dựng", "9", "8", "1"),
    ("7", "Thi đua, khen thưởng", "23", "23", "0"),
    ("", "Tổng cộng", "612", "598", "14"),
]
R_BODY = [
    ("title", "BÁO CÁO"),
    ("title", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026"),
    ("p", "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã Phú Khánh về cải cách hành chính "
          "năm 2026;"),
    ("p", "Thực hiện Công văn số 145/PNV ngày 05/3/2026 của Phòng Nội vụ huyện Thạnh Phú về việc báo cáo công tác "
          "cải cách hành chính quý I/2026,"),
    ("p", "Ủy ban nhân dân (UBND) xã Phú Khánh báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) quý I "
          "năm 2026 như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    ("p", "- UBND xã ban hành 04 văn bản chỉ đạo, điều hành về CCHC, đạt 133,3% kế hoạch quý, gồm: Kế hoạch CCHC "
          "năm 2026; Kế hoạch tuyên truyền CCHC năm 2026; Kế hoạch kiểm tra công tác CCHC năm 2026; Quyết định "
          "kiện toàn Tổ công nghệ số cộng đồng xã."),
    ("p", "- Tổ chức 01 cuộc kiểm tra công tác CCHC tại ấp Thạnh Hòa (kế hoạch quý là 02 cuộc)."),
    ("p", "- Công tác tuyên truyền: tổ chức 07 cuộc tuyên truyền CCHC lồng ghép trong các buổi sinh hoạt tại ấp; "
          "đăng 09 tin, bài trên Trang thông tin điện tử (TTĐT) xã; phát 24 lượt tin trên Đài truyền thanh xã."),
    ("h", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC"),
    ("h2", "1. Cải cách thể chế"),
    ("p", "Công chức Tư pháp - Hộ tịch tham mưu rà soát 05 văn bản QPPL do HĐND, UBND xã ban hành; qua rà soát, "
          "đề nghị bãi bỏ 01 văn bản không còn phù hợp."),
    ("h2", "2. Cải cách thủ tục hành chính (TTHC)"),
    ("p", "- Công khai đầy đủ 112 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Bộ phận Một cửa xã và trên Trang "
          "TTĐT xã."),
    ("p", "- Trong quý I/2026, Bộ phận Một cửa xã tiếp nhận 612 hồ sơ TTHC, trong đó tiếp nhận trực tuyến 362 hồ "
          "sơ (chiếm 59,2%), trực tiếp và qua dịch vụ bưu chính công ích 250 hồ sơ. Đã giải quyết 612/612 hồ sơ, "
          "trong đó đúng hạn 598 hồ sơ (đạt 97,7%), quá hạn 14 hồ sơ. UBND xã đã gửi 14 thư xin lỗi đến tổ "
          "chức, cá nhân có hồ sơ giải quyết quá hạn (chi tiết tại Bảng 2)."),
    ("p", "- Số hóa 587/612 hồ sơ, kết quả giải quyết TTHC, đạt 95,9%; thực hiện 97 giao dịch thanh toán trực "
          "tuyến phí, lệ phí."),
    ("p", "- Kết quả đánh giá trên Hệ thống thông tin giải quyết TTHC của tỉnh: 98,6% lượt đánh giá hài lòng, "
          "không có phản ánh, kiến nghị về thái độ phục vụ của công chức."),
    ("h2", "3. Cải cách tổ chức bộ máy"),
    ("p", "Tổng số cán bộ, công chức (CBCC) xã hiện có 22/23 biên chế được giao. UBND xã phân công lại nhiệm vụ "
          "cho công chức Văn phòng - Thống kê kiêm nhiệm theo dõi công tác CCHC."),
    ("h2", "4. Cải cách chế độ công vụ"),
    ("p", "Cử 18/22 CBCC tham gia lớp tập huấn kỹ năng số do huyện tổ chức, đạt 81,8%. Trong quý, không có CBCC vi "
          "phạm kỷ luật, kỷ cương hành chính."),
    ("h2", "5. Cải cách tài chính công"),
    ("p", "Thực hiện công khai dự toán ngân sách xã năm 2026 theo quy định. Tổng thu ngân sách xã quý I/2026 đạt "
          "1.264 triệu đồng, bằng 31,5% dự toán năm."),
    ("h2", "6. Xây dựng chính quyền điện tử, chính quyền số"),
    ("p", "100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên Hệ thống quản lý văn bản và điều hành; "
          "Tổ công nghệ số cộng đồng tại 08 ấp với 40 thành viên hỗ trợ người dân nộp hồ sơ trực tuyến."),
    ("cap", "Bảng 1. Kết quả thực hiện một số chỉ tiêu CCHC quý I/2026"),
    ("TABLE1", ""),
    ("cap", "Bảng 2. Tình hình giải quyết hồ sơ TTHC theo lĩnh vực quý I/2026"),
    ("TABLE2", ""),
    ("h", "III. HẠN CHẾ VÀ NGUYÊN NHÂN"),
    ("h2", "1. Hạn chế"),
    ("p", "- Còn 14 hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai (08 hồ sơ)."),
    ("p", "- Số hồ sơ tiếp nhận trực tuyến chưa đạt kế hoạch (362/450 hồ sơ, đạt 80,4%)."),
    ("p", "- Thanh toán trực tuyến phí, lệ phí còn thấp (97/150 giao dịch, đạt 64,7%)."),
    ("p", "- Công tác kiểm tra CCHC tại ấp chỉ thực hiện được 01/02 cuộc theo kế hoạch."),
    ("h2", "2. Nguyên nhân"),
    ("p", "a) Nguyên nhân khách quan: hồ sơ đất đai phức tạp, phải xác minh nguồn gốc sử dụng đất và chờ kết quả "
          "đo đạc của Chi nhánh Văn phòng Đăng ký đất đai huyện Thạnh Phú; nhiều người dân lớn tuổi chưa biết sử "
          "dụng điện thoại thông minh; đường truyền Internet tại ấp Thạnh Hòa (ven biển) chưa ổn định."),
    ("p", "b) Nguyên nhân chủ quan: công chức Địa chính - Xây dựng kiêm nhiệm nhiều việc, chưa chủ động theo dõi "
          "thời hạn giải quyết hồ sơ; việc kiểm tra tại ấp bị dời lại do tập trung phục vụ Tết Nguyên đán."),
    ("h", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026"),
    ("p", "1. Công chức Văn phòng - Thống kê chủ trì tham mưu UBND xã kiểm tra công tác CCHC tại ấp Phú Thạnh và "
          "ấp Khánh Hội, hoàn thành trước ngày 15/5/2026; tổng hợp báo cáo CCHC 6 tháng đầu năm 2026 gửi Phòng "
          "Nội vụ huyện trước ngày 15/6/2026."),
    ("p", "2. Công chức Địa chính - Xây dựng phối hợp Chi nhánh Văn phòng Đăng ký đất đai huyện Thạnh Phú giải "
          "quyết dứt điểm các hồ sơ đất đai đang thụ lý, không để phát sinh hồ sơ quá hạn; hoàn thành trước ngày "
          "30/6/2026."),
    ("p", "3. Công chức Tư pháp - Hộ tịch tiếp tục số hóa sổ hộ tịch giấy từ năm 1995 đến năm 2010, hoàn thành "
          "trong tháng 5/2026; hướng dẫn người dân đăng ký khai sinh, khai tử theo quy trình liên thông điện tử."),
    ("p", "4. Bộ phận Một cửa xã thường xuyên hướng dẫn người dân nộp hồ sơ trực tuyến, phấn đấu tỷ lệ hồ sơ trực "
          "tuyến quý II đạt từ 65% trở lên; số hóa 100% hồ sơ, kết quả giải quyết TTHC."),
    ("p", "5. Công chức Tài chính - Kế toán phối hợp Bưu điện xã và Ngân hàng Nông nghiệp và Phát triển nông thôn "
          "chi nhánh Thạnh Phú triển khai thanh toán trực tuyến phí, lệ phí, phấn đấu đạt 80% số giao dịch có "
          "thu phí, lệ phí."),
    ("p", "6. Công chức Văn hóa - Xã hội tuyên truyền CCHC trên Đài truyền thanh xã tối thiểu 02 lần/tháng; cập "
          "nhật chuyên mục CCHC trên Trang TTĐT xã."),
    ("p", "7. Đoàn Thanh niên xã phối hợp Tổ công nghệ số cộng đồng duy trì mô hình “Thứ Bảy hỗ trợ dịch vụ công "
          "trực tuyến” tại 08 ấp vào thứ Bảy hằng tuần."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "- Đề nghị Phòng Nội vụ huyện tổ chức tập huấn nghiệp vụ một cửa điện tử cho công chức cấp xã trong "
          "quý II/2026."),
    ("p", "- Đề nghị Chi nhánh Văn phòng Đăng ký đất đai huyện Thạnh Phú rút ngắn thời gian đo đạc, trả kết quả "
          "đối với hồ sơ liên thông."),
    ("p", "Trên đây là báo cáo kết quả thực hiện công tác CCHC quý I năm 2026 của UBND xã Phú Khánh./."),
]
R_NOINHAN = ["Nơi nhận:", "- Phòng Nội vụ huyện (b/c);", "- TT. Đảng ủy, TT. HĐND xã (b/c);",
             "- CT, các PCT UBND xã;", "- CBCC xã;", "- Lưu: VT."]
R_SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "", "Võ Thành Nhân"]


def docx_source_text():
    parts = R_HEAD_L + R_HEAD_R + [t for _, t in R_BODY if t] + R_NOINHAN + R_SIGN
    for r in [R_FIG_HEAD] + R_FIG + [R_DOS_HEAD] + R_DOS:
        parts += list(r)
    return "\n".join(parts)


def build_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
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
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.8), Cm(2), Cm(2)

    def para(container, text, bold=False, italic=False, align=None, size=None, space_after=4, first=None):
        p = container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        if first is not None:
            p.paragraph_format.first_line_indent = first
        return p

    def first_para(cell, text, bold=False, italic=False, size=13):
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)

    def fix_widths(t, widths):
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = w
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(ht, [Cm(6.0), Cm(10.2)])
    left, right = ht.rows[0].cells
    first_para(left, R_HEAD_L[0], bold=True, size=12)
    para(left, R_HEAD_L[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=0)
    para(left, "———", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, space_after=2)
    para(left, R_HEAD_L[2], align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    first_para(right, R_HEAD_R[0], bold=True, size=12)
    para(right, R_HEAD_R[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, space_after=0)
    para(right, "——————————", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, space_after=2)
    para(right, R_HEAD_R[2], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    doc.add_paragraph()

    def set_cell(cell, text, bold=False, center=False):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(13)
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(head, rows, widths):
        t = doc.add_table(rows=1 + len(rows), cols=len(head))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fix_widths(t, widths)
        for c, h in zip(t.rows[0].cells, head):
            set_cell(c, h, bold=True, center=True)
        trPr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
        for i, r in enumerate(rows, start=1):
            total = r[1] == "Tổng cộng"
            for j, (c, v) in enumerate(zip(t.rows[i].cells, r)):
                set_cell(c, v, bold=total, center=(j != 1))
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    for kind, text in R_BODY:
        if kind == "title":
            para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, space_after=2)
        elif kind == "h":
            para(doc, text, bold=True, first=Cm(1))
        elif kind == "h2":
            para(doc, text, bold=True, italic=True, first=Cm(1))
        elif kind == "cap":
            para(doc, text, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
        elif kind == "TABLE1":
            table(R_FIG_HEAD, R_FIG, [Cm(1.0), Cm(8.5), Cm(2.2), Cm(2.2), Cm(2.1)])
        elif kind == "TABLE2":
            table(R_DOS_HEAD, R_DOS, [Cm(1.0), Cm(6.0), Cm(3.2), Cm(2.9), Cm(2.9)])
        else:
            para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Cm(1))

    doc.add_paragraph()
    st2 = doc.add_table(rows=1, cols=2)
    fix_widths(st2, [Cm(8), Cm(8)])
    l2, r2 = st2.rows[0].cells
    p = l2.paragraphs[0]
    run = p.add_run(R_NOINHAN[0])
    run.bold, run.italic = True, True
    run.font.size = Pt(12)
    for x in R_NOINHAN[1:]:
        para(l2, x, size=11, space_after=0)
    first_para(r2, R_SIGN[0], bold=True, size=14)
    for x in R_SIGN[1:]:
        para(r2, x, bold=not x.startswith("("), italic=x.startswith("("), align=WD_ALIGN_PARAGRAPH.CENTER,
             size=14, space_after=0)
    doc.core_properties.title = "Bao cao CCHC quy I 2026"
    doc.core_properties.author = "UBND xa Phu Khanh"
    doc.save(path)


# =============================================================================================
# 3. Scanned Thông báo kết luận, UBND huyện Đại Lộc, tỉnh Quảng Nam (Pillow, image-only PDF)
# =============================================================================================
S_HEAD_L = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC", "Số: 52/TB-UBND"]
S_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đại Lộc, ngày 14 tháng 4 năm 2026"]
S_TITLE = ["THÔNG BÁO",
           "Kết luận của Chủ tịch UBND huyện Phan Công Thịnh tại cuộc họp",
           "đánh giá công tác cải cách hành chính quý I và triển khai",
           "nhiệm vụ quý II năm 2026"]
S_BODY = [
    ("p", "Ngày 09/4/2026, tại Hội trường UBND huyện, đồng chí Phan Công Thịnh - Chủ tịch UBND huyện chủ trì cuộc "
          "họp đánh giá công tác cải cách hành chính (CCHC) quý I và triển khai nhiệm vụ quý II năm 2026. Tham dự "
          "cuộc họp có các đồng chí Phó Chủ tịch UBND huyện; Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện; "
          "Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện; Chủ tịch UBND các xã, thị trấn."),
    ("p", "Sau khi nghe Phòng Nội vụ báo cáo kết quả thực hiện công tác CCHC quý I/2026 và ý kiến phát biểu của "
          "các đại biểu dự họp, Chủ tịch UBND huyện kết luận như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Trong quý I/2026, các cơ quan, đơn vị, địa phương đã triển khai các nhiệm vụ CCHC theo kế hoạch. Toàn "
          "huyện tiếp nhận 4.216 hồ sơ thủ tục hành chính (TTHC), đã giải quyết 4.058 hồ sơ, trong đó đúng hạn "
          "3.927 hồ sơ (đạt 96,8%), quá hạn 131 hồ sơ; tỷ lệ hồ sơ nộp trực tuyến đạt 61,4%. Chỉ số CCHC năm "
          "2025 của huyện xếp thứ 7/18 huyện, thị xã, thành phố, tăng 04 bậc so với năm 2024."),
    ("p", "Tuy nhiên, công tác CCHC còn một số hạn chế: số hồ sơ quá hạn trong lĩnh vực đất đai còn cao (87/131 "
          "hồ sơ quá hạn); việc số hóa hồ sơ, kết quả giải quyết TTHC tại một số xã chưa đạt yêu cầu; một số cơ "
          "quan, địa phương chưa gửi thư xin lỗi khi để hồ sơ quá hạn; tỷ lệ thanh toán trực tuyến phí, lệ phí "
          "còn thấp."),
    ("h", "2. Nhiệm vụ trọng tâm trong thời gian tới"),
    ("p", "Để khắc phục những hạn chế nêu trên và hoàn thành các chỉ tiêu CCHC năm 2026, Chủ tịch UBND huyện yêu "
          "cầu:"),
    ("p", "a) Phòng Nội vụ: Tham mưu UBND huyện ban hành Kế hoạch kiểm tra đột xuất công tác CCHC tại 05 xã có "
          "tỷ lệ hồ sơ quá hạn cao (Đại Hiệp, Đại Quang, Đại Đồng, Đại Hồng, Đại Tân), tổ chức kiểm tra xong "
          "trước ngày 30/5/2026; tổng hợp, tham mưu báo cáo CCHC 6 tháng đầu năm 2026 gửi Sở Nội vụ trước ngày "
          "15/6/2026."),
    ("p", "b) Văn phòng HĐND và UBND huyện: Chỉ đạo Bộ phận Một cửa huyện số hóa 100% hồ sơ, kết quả giải quyết "
          "TTHC ngay khi tiếp nhận; phối hợp Phòng Nội vụ tổ chức khảo sát mức độ hài lòng của người dân, tổ "
          "chức đối với sự phục vụ của cơ quan hành chính nhà nước, hoàn thành trong Quý III/2026."),
    ("p", "c) Phòng Tài nguyên và Môi trường: Chủ trì, phối hợp Chi nhánh Văn phòng Đăng ký đất đai huyện Đại Lộc "
          "giải quyết dứt điểm 87 hồ sơ đất đai quá hạn trước ngày 30/6/2026; rà soát, đề xuất cắt giảm thời "
          "gian giải quyết ít nhất 03 TTHC lĩnh vực đất đai, gửi Phòng Nội vụ trước ngày 31/7/2026."),
    ("p", "d) Phòng Tư pháp: Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành; hướng dẫn UBND các "
          "xã, thị trấn triển khai cấp bản sao điện tử từ sổ gốc và chứng thực bản sao điện tử từ bản chính, "
          "hoàn thành trong Quý III/2026."),
    ("p", "đ) Phòng Văn hóa và Thông tin: Duy trì chuyên mục “Cải cách hành chính” trên Trang thông tin điện tử "
          "huyện và Đài Truyền thanh - Truyền hình huyện, cập nhật tin, bài thường xuyên (ít nhất 04 tin, "
          "bài/tháng); hướng dẫn các xã, thị trấn bảo đảm an toàn thông tin cho hệ thống một cửa điện tử."),
    ("p", "e) Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện nhiệm vụ CCHC và chuyển đổi số năm "
          "2026; phối hợp các ngân hàng thương mại trên địa bàn đẩy mạnh thanh toán trực tuyến phí, lệ phí TTHC, "
          "hoàn thành trước ngày 30/9/2026."),
    ("p", "g) Chủ tịch UBND các xã, thị trấn: Chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả giải quyết "
          "TTHC trên địa bàn; 100% hồ sơ quá hạn phải có văn bản xin lỗi người dân; báo cáo kết quả khắc phục hồ "
          "sơ quá hạn về UBND huyện (qua Phòng Nội vụ) trước ngày 25 hằng tháng."),
    ("p", "3. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện nội "
          "dung kết luận này; tổng hợp kết quả, báo cáo Chủ tịch UBND huyện tại cuộc họp giao ban tháng 7/2026."),
    ("p", "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
]
S_NOINHAN = ["Nơi nhận:", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
             "- Sở Nội vụ tỉnh Quảng Nam;", "- Các cơ quan chuyên môn thuộc UBND huyện;",
             "- Chi nhánh VPĐKĐĐ huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."]
S_SIGN = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "(Đã ký)", "", "Trần Thị Thu Sương"]


def scan_source_text():
    return "\n".join(S_HEAD_L + S_HEAD_R + S_TITLE + [t for _, t in S_BODY] + S_NOINHAN + S_SIGN)


def build_scan(path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    reg = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 33)
    bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 33)
    ital = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 33)
    big = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 37)
    small = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 27)
    small_bi = ImageFont.truetype(DEJAVU + "DejaVuSerif-BoldItalic.ttf", 29)
    lm, rm, top, bottom = 236, 157, 150, 170
    line_h = 50
    pages = []

    def new_page():
        img = Image.new("L", (W, H), 248)
        pages.append(img)
        return img, ImageDraw.Draw(img)

    img, d = new_page()

    def centred(text, font, cx, y):
        w = d.textlength(text, font=font)
        d.text((cx - w / 2, y), text, font=font, fill=25)

    y = top
    h_reg = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 29)
    h_bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 29)
    h_ital = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 30)
    fonts_l = [h_reg, h_bold, h_reg]
    fonts_r = [h_bold, h_bold, h_ital]
    w_l = max(d.textlength(t, font=f) for t, f in zip(S_HEAD_L, fonts_l))
    w_r = max(d.textlength(t, font=f) for t, f in zip(S_HEAD_R, fonts_r))
    cl = lm - 60 + w_l / 2
    cr = W - rm + 30 - w_r / 2
    assert cl + w_l / 2 + 40 < cr - w_r / 2, "header columns overlap"
    for i, (a, b) in enumerate(zip(S_HEAD_L, S_HEAD_R)):
        if i == 2:
            y += 20
        centred(a, fonts_l[i], cl, y)
        centred(b, fonts_r[i], cr, y)
        if i == 1:
            d.line((cl - 90, y + 48, cl + 90, y + 48), fill=25, width=2)
            wr = d.textlength(S_HEAD_R[1], font=h_bold)
            d.line((cr - wr / 2, y + 48, cr + wr / 2, y + 48), fill=25, width=2)
        y += line_h
    y += 45
    centred(S_TITLE[0], big, W / 2, y)
    y += 56
    for t in S_TITLE[1:]:
        centred(t, bold, W / 2, y)
        y += line_h
    d.line((W / 2 - 120, y + 6, W / 2 + 120, y + 6), fill=25, width=2)
    y += 36
    maxw = W - lm - rm
    indent = 70

    def emit(line, x, font, justify_to=None):
        nonlocal img, d, y
        if y > H - bottom - line_h:
            img, d = new_page()
            centred(str(len(pages)), reg, W / 2, 80)
            y = top
        if justify_to and " " in line:
            words = line.split(" ")
            total = sum(d.textlength(w, font=font) for w in words)
            gap = (justify_to - total) / (len(words) - 1)
            xx = x
            for w in words:
                d.text((xx, y), w, font=font, fill=25)
                xx += d.textlength(w, font=font) + gap
        else:
            d.text((x, y), line, font=font, fill=25)
        y += line_h

    for kind, para in S_BODY:
        font = bold if kind == "h" else reg
        words, line, first = para.split(), "", True
        for w in words:
            trial = (line + " " + w).strip()
            width = maxw - (indent if first else 0)
            if d.textlength(trial, font=font) > width:
                emit(line, lm + (indent if first else 0), font, justify_to=width)
                line, first = w, False
            else:
                line = trial
        emit(line, lm + (indent if first else 0), font)
        y += 6
    y += 24
    if y + 9 * 44 > H - bottom:
        img, d = new_page()
        centred(str(len(pages)), reg, W / 2, 80)
        y = top
    y0 = y
    for t in S_NOINHAN:
        d.text((lm, y), t, font=small_bi if t == "Nơi nhận:" else small, fill=25)
        y += 42
    y = y0
    for t in S_SIGN:
        if t:
            f = ital if t.startswith("(") else bold
            centred(t, f, W - rm - 330, y)
        y += line_h
    assert len(pages) == 2, f"expected 2 pages, got {len(pages)}"
    rnd = random.Random(31)
    out = []
    for k, im in enumerate(pages):
        px = im.load()
        for _ in range(14000):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.choice((140, 170, 200, 225))
        # a faint grey band along the left edge, as from a flatbed lid
        band = ImageDraw.Draw(im)
        band.rectangle((0, 0, 14, H), fill=226)
        angle = (0.45, -0.6)[k % 2]
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.55))
        out.append(im.convert("RGB"))
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:])


# =============================================================================================
# gold metadata
# =============================================================================================
META = [
    {"file": F_PDF, "type": "Kế hoạch", "number": "46/KH-SYT",
     "title": "Kế hoạch Cải cách hành chính năm 2026 của Sở Y tế tỉnh Kiên Giang",
     "issuer": "Sở Y tế", "place": "tỉnh Kiên Giang", "province": "tỉnh Kiên Giang", "level": "sở-ngành",
     "date": "2026-01-09", "year": 2026, "signer": "Trương Minh Khoa", "parts": ["Kế hoạch", "Phụ lục"],
     "tables": [{"kind": "tasks", "rows": 18}], "scanned_pages": 0},
    {"file": F_DOCX, "type": "Báo cáo", "number": "38/BC-UBND",
     "title": "Báo cáo Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
     "issuer": "Ủy ban nhân dân xã Phú Khánh", "place": "xã Phú Khánh", "province": "tỉnh Bến Tre",
     "level": "xã", "date": "2026-03-20", "year": 2026, "signer": "Võ Thành Nhân", "parts": ["Báo cáo"],
     "tables": [{"kind": "other", "rows": 9, "what": "kết quả thực hiện một số chỉ tiêu CCHC quý I/2026 "
                 "(TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%))"},
                {"kind": "other", "rows": 8, "what": "tình hình giải quyết hồ sơ TTHC theo lĩnh vực quý I/2026 "
                 "(TT | Lĩnh vực | Số hồ sơ tiếp nhận | Đúng hạn | Quá hạn), 7 lĩnh vực và dòng Tổng cộng"}],
     "scanned_pages": 0},
    {"file": F_SCAN, "type": "Thông báo", "number": "52/TB-UBND",
     "title": "Thông báo Kết luận của Chủ tịch UBND huyện Phan Công Thịnh tại cuộc họp đánh giá công tác cải "
              "cách hành chính quý I và triển khai nhiệm vụ quý II năm 2026",
     "issuer": "Ủy ban nhân dân huyện Đại Lộc", "place": "huyện Đại Lộc", "province": "tỉnh Quảng Nam",
     "level": "huyện", "date": "2026-04-14", "year": 2026, "signer": "Trần Thị Thu Sương",
     "parts": ["Thông báo"], "tables": [], "scanned_pages": 2},
]

# =============================================================================================
# questions: (intent, question or [turns...], must_have, doc, snippet, notes, must_not)
# =============================================================================================
D1, D2, D3 = F_PDF, F_DOCX, F_SCAN
QA = [
    # ---- 1. Sở Y tế Kiên Giang plan (PDF) ----
    ("lead", "ai chu tri tu danh gia cham diem chi so cchc nam 2026 cua so y te kien giang",
     ["Phòng Tổ chức cán bộ"], D1, "Tự đánh giá, chấm điểm xác định Chỉ số CCHC năm 2026 của Sở Y tế",
     "Phụ lục, mục I, dòng 2", []),
    ("coordinators", "trien khai benh an dien tu o cac benh vien tuyen tinh kien giang thi don vi nao phoi hop",
     ["Sở Khoa học và Công nghệ"], D1, "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh",
     "Phụ lục, mục VII, dòng 1; cột Đơn vị phối hợp (chủ trì là Phòng Nghiệp vụ Y)", []),
    ("deadline", "Hạn xây dựng Đề án vị trí việc làm của các đơn vị sự nghiệp y tế công lập là khi nào?",
     ["30/9/2026"], D1, "Xây dựng Đề án vị trí việc làm của các đơn vị sự nghiệp y tế công lập trực thuộc Sở",
     "Phụ lục, mục IV, dòng 2", []),
    ("output", "ket qua cua nhiem vu ra soat van ban qppl linh vuc y te cua so y te la gi",
     ["Báo cáo kết quả rà soát"], D1, "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực y tế do HĐND, UBND tỉnh",
     "Phụ lục, mục II, dòng 1, cột Kết quả/Sản phẩm", []),
    ("lead", "Khảo sát mức độ hài lòng về giải quyết TTHC lĩnh vực y tế ở Kiên Giang do đơn vị nào thực hiện?",
     ["Thanh tra Sở"], D1, "Khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC",
     "Phụ lục, mục III, dòng 4; Trung tâm Phục vụ HCC tỉnh chỉ phối hợp", []),
    ("fact", "so hieu kh cchc 2026 cua so y te kien giang", ["46/KH-SYT"], D1, "Số: 46/KH-SYT",
     "Tiêu đề văn bản", []),
    ("fact", "Kế hoạch CCHC năm 2026 của Sở Y tế tỉnh Kiên Giang do ai ký?", ["Trương Minh Khoa"], D1,
     "Trương Minh Khoa", "Khối chữ ký: KT. Giám đốc, Phó Giám đốc", []),
    ("fact", "Kinh phí thực hiện KH CCHC 2026 của Sở Y tế Kiên Giang dự kiến bao nhiêu?", ["420"], D1,
     "420.000.000 đồng (Bốn trăm hai mươi triệu đồng)", "Mục IV. Kinh phí thực hiện", []),
    ("list", "phong ke hoach - tai chinh so y te kien giang phai lam nhung viec gi trong kh cchc 2026",
     ["tự chủ tài chính", "Công khai dự toán", "không dùng tiền mặt"], D1,
     "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập giai đoạn 2026 - 2030",
     "Phụ lục, mục VI dòng 1-2 và mục VII dòng 2 (Đơn vị thực hiện); mục V.3 phần lời", []),
    ("list", "Những nhiệm vụ nào trong kế hoạch CCHC của Sở Y tế Kiên Giang phải làm trong Quý III/2026?",
     ["Kiểm tra công tác CCHC", "thi hành pháp luật", "kỹ năng giao tiếp"], D1,
     "Kiểm tra công tác CCHC tại các đơn vị trực thuộc (tối thiểu 30% số đơn vị)",
     "Phụ lục: mục I dòng 3, mục II dòng 2, mục V dòng 1 có Thời gian Quý III/2026", []),
    ("deadline", ["ai thuc hien so hoa ho so ket qua giai quyet tthc cua so y te kien giang",
                  "thoi gian khi nao"],
     ["Thường xuyên"], D1, "Số hóa hồ sơ, kết quả giải quyết TTHC ngay khi tiếp nhận",
     "Hỏi nối tiếp; Phụ lục, mục III, dòng 3 (Bộ phận Một cửa của Sở tại Trung tâm Phục vụ HCC tỉnh)", []),
    ("unanswerable", "kinh phi to chuc 2 lop boi duong ky nang giao tiep cho vien chuc y te kien giang la bao nhieu",
     [], D1, "", "Chỉ nêu tổng kinh phí dự kiến của Kế hoạch, không nêu kinh phí từng lớp", []),
    ("unanswerable", "Giám đốc Sở Y tế tỉnh Kiên Giang tên là gì?", [], D1, "",
     "Văn bản do Phó Giám đốc ký thay, không nêu tên Giám đốc", []),
    ("unanswerable", "ke hoach cchc 2026 cua so y te ben tre co bao nhieu nhiem vu", [], D1, "",
     "Không có tài liệu của Sở Y tế tỉnh Bến Tre", []),

    # ---- 2. xã Phú Khánh quarterly report (DOCX) ----
    ("fact", "quy 1 2026 xa phu khanh co bao nhieu ho so tthc qua han", ["14"], D2, "quá hạn 14 hồ sơ",
     "Mục II.2 và Bảng 2, dòng Tổng cộng", []),
    ("fact", "Lĩnh vực đất đai của xã Phú Khánh quý I/2026 quá hạn bao nhiêu hồ sơ?", ["8 hồ sơ"], D2,
     "tập trung ở lĩnh vực đất đai (08 hồ sơ)", "Mục III.1 và Bảng 2, dòng Đất đai (74 | 66 | 8)", []),
    ("fact", "ty le giai quyet ho so dung han quy 1 cua ubnd xa phu khanh", ["97,7%"], D2,
     "đúng hạn 598 hồ sơ (đạt 97,7%)", "Mục II.2", []),
    ("fact", "bc cchc quy 1 xa phu khanh thanh toan truc tuyen phi le phi dat bao nhieu % ke hoach", ["64,7"],
     D2, "Thanh toán trực tuyến phí, lệ phí còn thấp (97/150 giao dịch, đạt 64,7%)",
     "Mục III.1 và Bảng 1, dòng 8", []),
    ("lead", "ai phu trach kiem tra cchc tai ap phu thanh va ap khanh hoi quy 2", ["Văn phòng - Thống kê"], D2,
     "kiểm tra công tác CCHC tại ấp Phú Thạnh và ấp Khánh Hội", "Mục IV, nhiệm vụ 1", []),
    ("deadline", "Hạn giải quyết dứt điểm hồ sơ đất đai đang thụ lý ở xã Phú Khánh là khi nào?", ["30/6/2026"],
     D2, "giải quyết dứt điểm các hồ sơ đất đai đang thụ lý", "Mục IV, nhiệm vụ 2", []),
    ("coordinators", "thanh toan truc tuyen phi le phi o xa phu khanh phoi hop voi ai",
     ["Bưu điện xã", "Ngân hàng Nông nghiệp và Phát triển nông thôn"], D2,
     "phối hợp Bưu điện xã và Ngân hàng Nông nghiệp và Phát triển nông thôn",
     "Mục IV, nhiệm vụ 5 (chủ trì: Công chức Tài chính - Kế toán)", []),
    ("list", "Quý II/2026 công chức Tư pháp - Hộ tịch xã Phú Khánh phải làm những việc gì?",
     ["sổ hộ tịch", "khai sinh"], D2,
     "Công chức Tư pháp - Hộ tịch tiếp tục số hóa sổ hộ tịch giấy từ năm 1995 đến năm 2010",
     "Mục IV, nhiệm vụ 3", []),
    ("general", "vi sao xa phu khanh con ho so qua han", ["nguồn gốc sử dụng đất"], D2,
     "phải xác minh nguồn gốc sử dụng đất", "Mục III.2 Nguyên nhân", []),
    ("deadline", ["Ai tổng hợp báo cáo CCHC 6 tháng đầu năm 2026 của xã Phú Khánh?", "gui truoc ngay nao"],
     ["15/6/2026"], D2, "tổng hợp báo cáo CCHC 6 tháng đầu năm 2026 gửi Phòng Nội vụ huyện trước ngày 15/6/2026",
     "Hỏi nối tiếp; Mục IV, nhiệm vụ 1 (Công chức Văn phòng - Thống kê)", []),
    ("output", "Đoàn Thanh niên xã Phú Khánh duy trì mô hình gì để hỗ trợ người dân?",
     ["Thứ Bảy hỗ trợ dịch vụ công trực tuyến"], D2, "Thứ Bảy hỗ trợ dịch vụ công trực tuyến",
     "Mục IV, nhiệm vụ 7", []),
    ("unanswerable", "quy 1 2026 xa phu khanh thu duoc bao nhieu tien phi le phi qua thanh toan truc tuyen", [],
     D2, "", "Chỉ nêu số giao dịch (97), không nêu số tiền", []),
    ("unanswerable", "Số hồ sơ quá hạn quý IV/2025 của xã Phú Khánh là bao nhiêu?", [], D2, "",
     "Báo cáo chỉ nói quý I/2026, không so sánh với quý IV/2025", []),
    ("unanswerable", "Báo cáo CCHC quý I/2026 của xã Tam Xuân, Quảng Nam có bao nhiêu hồ sơ quá hạn?", [], D2, "",
     "Không có tài liệu của xã Tam Xuân", []),

    # ---- 3. Thông báo kết luận huyện Đại Lộc (scan) ----
    ("lead", "ai chu tri giai quyet dut diem 87 ho so dat dai qua han o dai loc",
     ["Phòng Tài nguyên và Môi trường"], D3, "giải quyết dứt điểm 87 hồ sơ đất đai quá hạn trước ngày 30/6/2026",
     "Kết luận 2.c", []),
    ("deadline", "Hạn giải quyết 87 hồ sơ đất đai quá hạn ở huyện Đại Lộc là ngày nào?", ["30/6/2026"], D3,
     "giải quyết dứt điểm 87 hồ sơ đất đai quá hạn trước ngày 30/6/2026", "Kết luận 2.c", []),
    ("coordinators", "giai quyet ho so dat dai qua han o huyen dai loc thi phoi hop voi don vi nao",
     ["Chi nhánh Văn phòng Đăng ký đất đai"], D3,
     "phối hợp Chi nhánh Văn phòng Đăng ký đất đai huyện Đại Lộc", "Kết luận 2.c", []),
    ("deadline", "tb ket luan dai loc: phong noi vu kiem tra dot xuat cchc xong truoc ngay nao", ["30/5/2026"], D3,
     "tổ chức kiểm tra xong trước ngày 30/5/2026", "Kết luận 2.a", []),
    ("list", "Kiểm tra đột xuất CCHC ở những xã nào của huyện Đại Lộc?",
     ["Đại Hiệp", "Đại Quang", "Đại Đồng", "Đại Hồng", "Đại Tân"], D3,
     "Đại Hiệp, Đại Quang, Đại Đồng, Đại Hồng, Đại Tân", "Kết luận 2.a", []),
    ("fact", "tb ket luan cchc quy 1 huyen dai loc ai ky", ["Trần Thị Thu Sương"], D3, "Trần Thị Thu Sương",
     "Khối chữ ký: TL. Chủ tịch, Chánh Văn phòng (người kết luận là Chủ tịch Phan Công Thịnh)", []),
    ("fact", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn quý I/2026 của huyện Đại Lộc là bao nhiêu?", ["96,8%"], D3,
     "đúng hạn 3.927 hồ sơ (đạt 96,8%)", "Kết luận 1", []),
    ("fact", "Cuộc họp đánh giá CCHC quý I của UBND huyện Đại Lộc tổ chức ngày nào?", ["9/4/2026"], D3,
     "Ngày 09/4/2026, tại Hội trường UBND huyện", "Đoạn mở đầu", []),
    ("list", "phong tu phap huyen dai loc duoc giao nhung viec gi", ["văn bản QPPL", "chứng thực bản sao điện tử"],
     D3, "Phòng Tư pháp: Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành", "Kết luận 2.d", []),
    ("deadline", ["Văn phòng HĐND và UBND huyện Đại Lộc được giao những việc gì?",
                  "khao sat muc do hai long xong khi nao"],
     ["Quý III/2026"], D3, "tổ chức khảo sát mức độ hài lòng của người dân",
     "Hỏi nối tiếp; Kết luận 2.b", []),
    ("output", "phong noi vu dai loc phai gui bao cao gi len so noi vu", ["6 tháng đầu năm 2026"], D3,
     "báo cáo CCHC 6 tháng đầu năm 2026 gửi Sở Nội vụ trước ngày 15/6/2026", "Kết luận 2.a", []),
    ("general", "Thông báo kết luận CCHC của huyện Đại Lộc nêu những hạn chế gì?", ["đất đai"], D3,
     "số hồ sơ quá hạn trong lĩnh vực đất đai còn cao (87/131", "Kết luận 1, đoạn Tuy nhiên", []),
    ("unanswerable", "Phó Chủ tịch UBND huyện Đại Lộc dự họp hôm đó tên là gì?", [], D3, "",
     "Chỉ ghi 'các đồng chí Phó Chủ tịch UBND huyện', không nêu tên", []),
    ("unanswerable", "phong van hoa va thong tin dai loc phai huong dan an toan thong tin mot cua dien tu xong "
                     "truoc ngay nao", [], D3, "",
     "Kết luận 2.đ không nêu thời hạn cho việc hướng dẫn an toàn thông tin", []),
]


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D")


def qa_rows():
    out = []
    for i, (intent, q, must, doc, snip, notes, must_not) in enumerate(QA, start=1):
        turns = q if isinstance(q, list) else []
        question = turns[-1] if turns else q
        out.append({"id": f"h3b{i:03d}", "question": question, "turns": turns, "intent": intent,
                    "must_have": must, "must_not": must_not, "doc": doc, "snippet": snip,
                    "accent_free": strip_accents(question) == question, "notes": notes})
    return out


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, F_PDF))
    build_docx(os.path.join(DOCS, F_DOCX))
    build_scan(os.path.join(DOCS, F_SCAN))
    write_jsonl("meta_h3b.jsonl", META)
    write_jsonl("tasks_h3b.jsonl", tasks_pdf())
    write_jsonl("qa_h3b.jsonl", qa_rows())


if __name__ == "__main__":
    main()
