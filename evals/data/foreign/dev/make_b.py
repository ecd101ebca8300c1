#!/usr/bin/env python
"""Generator for the foreign dev set, writer "b".

Writes four documents into docs/ (b-*.docx, b-*.pdf, b-*.md, b-*.txt), plus
meta_b.jsonl and tasks_b.jsonl (gold metadata / task rows derived from the same data).
qa_b.jsonl is written by make_b_qa() at the bottom of this file.
All places are real; agencies' numbers, names, dates and figures are invented.
Run: /work/main/.venv/bin/python make_b.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

F1 = "b-kh-cchc-2026-so-tu-phap-nghe-an.docx"
F2 = "b-chi-thi-02-ky-cuong-hanh-chinh-hai-lang.pdf"
F3 = "b-bao-cao-tthc-quy-1-2025-xa-ea-kao.md"
F4 = "b-kh-kiem-tra-cchc-2025-yen-son.txt"

# ---------------------------------------------------------------------------
# 1. DOCX: Kế hoạch CCHC năm 2026 của Sở Tư pháp tỉnh Nghệ An
# ---------------------------------------------------------------------------
D1_BODY = [
    # (kind, text): kind = "h" bold heading, "p" paragraph, "b" bullet line (starts with "- ")
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 812/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Nghệ An về cải cách hành chính nhà nước năm 2026;"),
    ("p", "Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2026 với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("b", "- Cụ thể hóa các nhiệm vụ cải cách hành chính (CCHC) năm 2026 của Ủy ban nhân dân tỉnh thành các nhiệm vụ, sản phẩm cụ thể gắn với chức năng quản lý nhà nước về công tác tư pháp trên địa bàn tỉnh."),
    ("b", "- Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính (TTHC) thuộc thẩm quyền của Sở; phấn đấu Chỉ số cải cách hành chính năm 2026 của Sở Tư pháp thuộc nhóm 05 sở, ban, ngành dẫn đầu của tỉnh."),
    ("h", "2. Yêu cầu"),
    ("b", "- Các nhiệm vụ phải được xác định rõ đơn vị thực hiện, đơn vị phối hợp, thời gian hoàn thành và kết quả, sản phẩm cụ thể."),
    ("b", "- Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ CCHC được giao; kết quả thực hiện là căn cứ để đánh giá, xếp loại chất lượng tập thể, cá nhân cuối năm."),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Tiếp tục xây dựng đội ngũ công chức, viên chức ngành Tư pháp chuyên nghiệp, liêm chính; thủ tục hành chính đơn giản, minh bạch; đẩy mạnh chuyển đổi số trong hoạt động của Sở, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("h", "a) Cải cách thể chế"),
    ("b", "- 100% dự thảo văn bản quy phạm pháp luật (QPPL) do các sở, ngành gửi đến được thẩm định đúng thời hạn theo quy định."),
    ("b", "- 100% văn bản QPPL do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành thuộc diện phải kiểm tra được kiểm tra theo thẩm quyền."),
    ("h", "b) Cải cách thủ tục hành chính"),
    ("b", "- 100% hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ công trực tuyến; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên."),
    ("b", "- Tối thiểu 80% hồ sơ TTHC đủ điều kiện được tiếp nhận, giải quyết trực tuyến toàn trình."),
    ("b", "- 100% kết quả giải quyết TTHC còn hiệu lực được số hóa và cập nhật vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân."),
    ("b", "- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của Sở đạt tối thiểu 95%."),
    ("h", "c) Cải cách chế độ công vụ"),
    ("b", "- 100% công chức, viên chức được đánh giá, xếp loại chất lượng theo quy định, gắn với kết quả thực hiện nhiệm vụ được giao."),
    ("b", "- Tối thiểu 60% công chức, viên chức được bồi dưỡng, cập nhật kiến thức, kỹ năng chuyên môn, nghiệp vụ trong năm."),
    ("h", "d) Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("b", "- 100% văn bản đi của Sở (trừ văn bản mật) được ký số và gửi, nhận trên môi trường điện tử."),
    ("b", "- Tối thiểu 90% hồ sơ công việc tại Sở được xử lý trên môi trường mạng."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Công tác chỉ đạo, điều hành"),
    ("b", "- Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở trong tháng 01/2026."),
    ("b", "- Tổ chức tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của Sở đúng thời gian, bảo đảm tài liệu kiểm chứng đầy đủ, chính xác."),
    ("b", "- Đẩy mạnh thông tin, tuyên truyền về CCHC trên Cổng Thông tin điện tử của Sở và các nền tảng mạng xã hội."),
    ("h", "2. Cải cách thể chế"),
    ("b", "- Nâng cao chất lượng thẩm định dự thảo văn bản QPPL; kiên quyết không để ban hành văn bản trái pháp luật, chồng chéo."),
    ("b", "- Thực hiện rà soát, hệ thống hóa văn bản QPPL định kỳ và theo chuyên đề; kịp thời kiến nghị sửa đổi, bổ sung, thay thế, bãi bỏ văn bản không còn phù hợp."),
    ("h", "3. Cải cách thủ tục hành chính"),
    ("b", "- Rà soát, đề xuất phương án đơn giản hóa TTHC thuộc phạm vi quản lý; cập nhật, công khai kịp thời, đầy đủ TTHC trên Cổng Dịch vụ công quốc gia."),
    ("b", "- Thực hiện nghiêm việc xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết trễ hạn; không yêu cầu thành phần hồ sơ ngoài quy định."),
    ("h", "4. Cải cách tổ chức bộ máy"),
    ("b", "- Rà soát, kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị thuộc Sở theo hướng tinh gọn, hiệu lực, hiệu quả."),
    ("h", "5. Cải cách chế độ công vụ"),
    ("b", "- Tăng cường kiểm tra công vụ, kỷ luật, kỷ cương hành chính; xử lý nghiêm công chức, viên chức vi phạm."),
    ("h", "6. Cải cách tài chính công"),
    ("b", "- Thực hiện công khai, minh bạch dự toán, quyết toán ngân sách; nâng cao mức độ tự chủ tài chính của đơn vị sự nghiệp thuộc Sở."),
    ("h", "7. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("b", "- Khai thác hiệu quả hệ thống quản lý văn bản và điều hành, hệ thống thông tin giải quyết TTHC của tỉnh; đẩy mạnh cấp Phiếu lý lịch tư pháp trực tuyến."),
    ("i", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Văn phòng Sở"),
    ("b", "- Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, tham mưu báo cáo CCHC định kỳ gửi Sở Nội vụ theo quy định."),
    ("b", "- Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao cho Sở năm 2026."),
    ("h", "2. Thanh tra Sở"),
    ("b", "- Chủ trì kiểm tra công vụ, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các phòng, đơn vị thuộc Sở; báo cáo kết quả về Giám đốc Sở sau mỗi đợt kiểm tra."),
    ("h", "3. Các phòng, đơn vị thuộc Sở"),
    ("b", "- Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động triển khai thực hiện bảo đảm tiến độ, chất lượng."),
    ("b", "- Gửi báo cáo kết quả thực hiện nhiệm vụ CCHC về Văn phòng Sở trước ngày 05 của tháng cuối quý (báo cáo quý), trước ngày 05/6/2026 (báo cáo 6 tháng) và trước ngày 05/11/2026 (báo cáo năm)."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, chỉ đạo./."),
]
D1_NOINHAN = ["Nơi nhận:", "- Sở Nội vụ (để b/c);", "- Giám đốc Sở (để b/c);", "- Các Phó Giám đốc Sở;",
              "- Các phòng, đơn vị thuộc Sở;", "- Cổng Thông tin điện tử Sở;", "- Lưu: VT, VP."]
D1_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phan Đình Hưởng"]

D1_COLS = ["TT", "Nhiệm vụ", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kết quả/Sản phẩm"]
# rows: ("S", section title) | ("G", no, content) group row without assignment | ("T", no, content, time, lead, coord, output)
# ("M", no, content, time, merged lead+coord text, output) = lead and coordinator cells merged horizontally
VPS = "Văn phòng Sở"
CPDV = "Các phòng, đơn vị thuộc Sở"
D1_ROWS = [
    ("S", "A. Công tác chỉ đạo, điều hành"),
    ("T", "1", "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Tháng 02/2026", VPS, CPDV, "Kế hoạch tuyên truyền"),
    ("T", "2", "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Sở", "Theo hướng dẫn của Sở Nội vụ", VPS, CPDV, "Báo cáo tự chấm điểm kèm tài liệu kiểm chứng"),
    ("M", "3", "Tự kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại từng phòng, đơn vị", "Quý III/2026", CPDV, "Báo cáo kết quả tự kiểm tra"),
    ("T", "4", "Báo cáo định kỳ công tác cải cách hành chính (quý, 6 tháng, năm)", "Trước ngày 12 của tháng cuối quý", VPS, CPDV, "Báo cáo gửi Sở Nội vụ"),
    ("S", "B. Cải cách thể chế"),
    ("T", "1", "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành soạn thảo trình Ủy ban nhân dân tỉnh", "Thường xuyên", "Phòng Xây dựng và Kiểm tra văn bản", "Các sở, ngành liên quan", "Báo cáo thẩm định"),
    ("T", "2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh; tham mưu công bố danh mục văn bản hết hiệu lực", "Quý I/2026", "Phòng Xây dựng và Kiểm tra văn bản", "Văn phòng Sở; các sở, ngành", "Quyết định công bố danh mục văn bản hết hiệu lực"),
    ("T", "3", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực trợ giúp pháp lý", "Tháng 6 - tháng 10/2026", "Trung tâm Trợ giúp pháp lý", "Phòng Xây dựng và Kiểm tra văn bản", "Báo cáo kết quả theo dõi thi hành pháp luật"),
    ("S", "C. Cải cách thủ tục hành chính"),
    ("G", "1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở"),
    ("T", "1.1", "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực hộ tịch, chứng thực, quốc tịch", "Quý II/2026", "Phòng Hành chính tư pháp", VPS, "Báo cáo rà soát, phương án đơn giản hóa"),
    ("T", "1.2", "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực công chứng, luật sư, đấu giá tài sản", "Quý II/2026", "Phòng Bổ trợ tư pháp", VPS, "Báo cáo rà soát, phương án đơn giản hóa"),
    ("T", "2", "Cập nhật, công khai TTHC trên Cổng Dịch vụ công quốc gia và tại Trung tâm Phục vụ hành chính công tỉnh", "Trong 05 ngày làm việc kể từ ngày quyết định công bố TTHC có hiệu lực", VPS, "Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp", "TTHC được công khai đầy đủ, đúng quy định"),
    ("T", "3", "Gửi thư xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết trễ hạn", "Thường xuyên", "Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp", VPS, "Thư xin lỗi"),
    ("T", "4", "Số hóa kết quả giải quyết TTHC lĩnh vực lý lịch tư pháp còn hiệu lực", "Trước ngày 30/9/2026", "Phòng Hành chính tư pháp", "Trung tâm Phục vụ hành chính công tỉnh", "100% kết quả còn hiệu lực được số hóa"),
    ("S", "D. Cải cách tổ chức bộ máy"),
    ("T", "1", "Rà soát, kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị thuộc Sở", "Quý I/2026", VPS, CPDV, "Quyết định quy định chức năng, nhiệm vụ"),
    ("T", "2", "Xây dựng Đề án vị trí việc làm của Trung tâm Trợ giúp pháp lý", "Quý III/2026", "Trung tâm Trợ giúp pháp lý", VPS, "Đề án trình cấp có thẩm quyền phê duyệt"),
    ("S", "Đ. Cải cách chế độ công vụ"),
    ("T", "1", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị", "02 đợt (Quý II và Quý IV/2026)", "Thanh tra Sở", VPS, "Thông báo kết quả kiểm tra"),
    ("T", "2", "Cử công chức, viên chức tham gia bồi dưỡng chuyên môn, nghiệp vụ", "Theo kế hoạch của UBND tỉnh", VPS, CPDV, "Tối thiểu 60% công chức, viên chức được bồi dưỡng"),
    ("S", "E. Cải cách tài chính công"),
    ("T", "1", "Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2026", "Tháng 01/2026", VPS, "Công đoàn cơ sở; các phòng, đơn vị thuộc Sở", "Quy chế chi tiêu nội bộ"),
    ("T", "2", "Xây dựng phương án tự chủ tài chính của Trung tâm Trợ giúp pháp lý", "Năm 2026", "Trung tâm Trợ giúp pháp lý", VPS, "Phương án tự chủ được phê duyệt"),
    ("S", "G. Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("G", "1", "Ứng dụng công nghệ thông tin trong quản lý, điều hành"),
    ("T", "1.1", "Vận hành hệ thống quản lý văn bản và điều hành; ký số văn bản đi (trừ văn bản mật)", "Thường xuyên", VPS, CPDV, "100% văn bản đi được ký số, gửi nhận điện tử"),
    ("T", "1.2", "Cập nhật tin, bài, dữ liệu trên Cổng Thông tin điện tử của Sở", "Hằng tháng", VPS, CPDV, "Tin, bài được đăng tải"),
    ("T", "2", "Triển khai cấp Phiếu lý lịch tư pháp trực tuyến qua ứng dụng VNeID", "Quý II/2026", "Phòng Hành chính tư pháp", "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Tối thiểu 80% Phiếu lý lịch tư pháp được cấp trực tuyến"),
]


def make_docx():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def cell_par(cell, text, bold=False, italic=False, size=13, first=False, align=WD_ALIGN_PARAGRAPH.CENTER):
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        par.alignment = align
        r = par.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, Pt(size)
        par.paragraph_format.space_after = Pt(0)
        return par

    # header: real 2-column table without borders
    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    l, r = ht.rows[0].cells
    l.width, r.width = Cm(6.5), Cm(9.5)
    cell_par(l, "UBND TỈNH NGHỆ AN", size=13, first=True)
    cell_par(l, "SỞ TƯ PHÁP", bold=True, size=13)
    cell_par(l, "Số: 45/KH-STP", size=13)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, first=True)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13)
    cell_par(r, "Nghệ An, ngày 12 tháng 01 năm 2026", italic=True, size=13)

    doc.add_paragraph()
    for t, b in (("KẾ HOẠCH", True), ("Cải cách hành chính năm 2026 của Sở Tư pháp", True)):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(t)
        run.bold = b
    doc.add_paragraph()

    for kind, text in D1_BODY:
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.first_line_indent = Cm(1.0)
        par.paragraph_format.space_after = Pt(4)
        run = par.add_run(text)
        if kind == "h":
            run.bold = True
        if kind == "i":
            run.italic = True

    # Nơi nhận + signature: borderless 2-column table (as in real documents)
    stb = doc.add_table(rows=1, cols=2)
    a, b = stb.rows[0].cells
    a.width, b.width = Cm(8), Cm(8)
    for i, line in enumerate(D1_NOINHAN):
        cell_par(a, line, bold=(i == 0), italic=(i == 0), size=12 if i == 0 else 11, first=(i == 0),
                 align=WD_ALIGN_PARAGRAPH.LEFT)
    for i, line in enumerate(D1_SIGN):
        cell_par(b, line, bold=True, size=14, first=(i == 0))

    # appendix in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin = new.right_margin = Cm(1.5)
    for t, b, i in (("PHỤ LỤC", True, False),
                    ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ TƯ PHÁP", True, False),
                    ("(Kèm theo Kế hoạch số 45/KH-STP ngày 12/01/2026 của Sở Tư pháp tỉnh Nghệ An)", False, True)):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(t)
        run.bold, run.italic = b, i
    doc.add_paragraph()

    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    widths = [Cm(1.2), Cm(8.5), Cm(3.6), Cm(4.0), Cm(4.4), Cm(5.0)]
    for c, name, w in zip(tb.rows[0].cells, D1_COLS, widths):
        c.width = w
        cell_par(c, name, bold=True, size=12, first=True)
    for row in D1_ROWS:
        cells = tb.add_row().cells
        for c, w in zip(cells, widths):
            c.width = w
        if row[0] == "S":
            m = cells[0].merge(cells[5])
            cell_par(m, row[1], bold=True, size=12, first=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif row[0] == "G":
            cell_par(cells[0], row[1], bold=True, size=12, first=True)
            cell_par(cells[1], row[2], bold=True, size=12, first=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif row[0] == "M":
            _, no, content, time, merged, output = row
            cell_par(cells[0], no, size=12, first=True)
            cell_par(cells[1], content, size=12, first=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_par(cells[2], time, size=12, first=True)
            m = cells[3].merge(cells[4])
            cell_par(m, merged, size=12, first=True)
            cell_par(cells[5], output, size=12, first=True)
        else:
            _, no, content, time, lead, coord, output = row
            for k, v in enumerate((no, content, time, lead, coord, output)):
                cell_par(cells[k], v, size=12, first=True,
                         align=WD_ALIGN_PARAGRAPH.JUSTIFY if k == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    # repeat header row on each page
    from docx.oxml import OxmlElement
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    doc.core_properties.author = "Văn phòng Sở Tư pháp"
    doc.core_properties.title = ""
    doc.save(os.path.join(DOCS, F1))


def d1_tasks():
    out, section = [], ""
    for row in D1_ROWS:
        if row[0] == "S":
            section = row[1]
        elif row[0] == "T":
            _, no, content, time, lead, coord, output = row
            out.append(dict(file=F1, section=section, no=no, content=content[:120], lead=lead,
                            coordinators=coord, deadline=time, output=output))
        elif row[0] == "M":
            _, no, content, time, merged, output = row
            # lead and coordinator columns are one merged cell: both show its text
            out.append(dict(file=F1, section=section, no=no, content=content[:120], lead=merged,
                            coordinators=merged, deadline=time, output=output))
    return out


# ---------------------------------------------------------------------------
# 2. PDF without tables: Chỉ thị of Chủ tịch UBND huyện Hải Lăng (Quảng Trị)
# ---------------------------------------------------------------------------
D2_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN HẢI LĂNG", "Số: 02/CT-UBND"]
D2_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Hải Lăng, ngày 24 tháng 02 năm 2025"]
D2_TITLE = ["CHỈ THỊ", "Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao",
            "chất lượng giải quyết thủ tục hành chính trên địa bàn huyện"]
D2_BODY = [
    ("p", "Năm 2024, công tác cải cách hành chính trên địa bàn huyện đạt được nhiều kết quả tích cực. Toàn huyện tiếp nhận 18.436 hồ sơ thủ tục hành chính (TTHC), tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%; 100% xã, thị trấn vận hành Bộ phận Một cửa theo quy định."),
    ("p", "Tuy nhiên, kỷ luật, kỷ cương hành chính ở một số cơ quan, đơn vị chưa nghiêm; vẫn còn 312 hồ sơ giải quyết trễ hạn, tập trung ở lĩnh vực đất đai và xây dựng; một số cán bộ, công chức chưa chấp hành nghiêm thời giờ làm việc, còn biểu hiện né tránh, đùn đẩy trách nhiệm; việc xin lỗi người dân khi để hồ sơ trễ hạn chưa được thực hiện đầy đủ."),
    ("p", "Để khắc phục những tồn tại, hạn chế nêu trên, tạo chuyển biến rõ nét về kỷ luật, kỷ cương hành chính trong năm 2025, Chủ tịch Ủy ban nhân dân huyện yêu cầu:"),
    ("h", "1. Trưởng các phòng, ban, đơn vị thuộc Ủy ban nhân dân huyện:"),
    ("b", "- Chịu trách nhiệm trước Chủ tịch UBND huyện về việc chấp hành kỷ luật, kỷ cương hành chính của cơ quan, đơn vị mình; người đứng đầu phải gương mẫu, nói đi đôi với làm."),
    ("b", "- Chấp hành nghiêm thời giờ làm việc; không sử dụng điện thoại di động, mạng xã hội vào việc riêng trong giờ làm việc; không uống rượu, bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc."),
    ("b", "- Rà soát, sửa đổi, bổ sung Quy chế làm việc, Quy chế văn hóa công sở của cơ quan, đơn vị, hoàn thành trước ngày 31/3/2025."),
    ("b", "- Tuyệt đối không để xảy ra tình trạng nhũng nhiễu, gây phiền hà, yêu cầu thêm thành phần hồ sơ ngoài quy định; hồ sơ giải quyết trễ hạn phải có văn bản xin lỗi người dân, tổ chức và hẹn lại thời gian trả kết quả."),
    ("b", "- Công khai số điện thoại đường dây nóng của người đứng đầu tại trụ sở cơ quan để tiếp nhận phản ánh, kiến nghị của người dân."),
    ("h", "2. Phòng Nội vụ:"),
    ("b", "- Tham mưu Chủ tịch UBND huyện thành lập Tổ kiểm tra công vụ của huyện, hoàn thành trước ngày 15/3/2025."),
    ("b", "- Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn; mỗi quý kiểm tra ít nhất 03 đơn vị."),
    ("b", "- Tổng hợp kết quả thực hiện Chỉ thị, báo cáo Chủ tịch UBND huyện định kỳ hằng quý, trước ngày 20 của tháng cuối quý."),
    ("b", "- Tham mưu xem xét, xử lý trách nhiệm người đứng đầu cơ quan, đơn vị để xảy ra vi phạm kỷ luật, kỷ cương hành chính hoặc để hồ sơ trễ hạn kéo dài."),
    ("h", "3. Văn phòng HĐND và UBND huyện:"),
    ("b", "- Theo dõi, đôn đốc việc thực hiện các nhiệm vụ do UBND huyện, Chủ tịch UBND huyện giao; công khai danh sách cơ quan, đơn vị chậm thực hiện nhiệm vụ tại cuộc họp giao ban hằng tháng của UBND huyện."),
    ("b", "- Chỉ đạo Bộ phận Một cửa huyện niêm yết công khai đầy đủ TTHC, tổ chức lấy ý kiến đánh giá sự hài lòng của người dân, tổ chức đối với từng hồ sơ đã giải quyết."),
    ("b", "- Hoàn thành lắp đặt hệ thống camera giám sát tại Bộ phận Một cửa huyện trước ngày 30/4/2025."),
    ("h", "4. Chủ tịch UBND các xã, thị trấn:"),
    ("b", "- Quán triệt nội dung Chỉ thị này đến toàn thể cán bộ, công chức, người hoạt động không chuyên trách ở xã, thị trấn, hoàn thành trước ngày 15/3/2025."),
    ("b", "- Bố trí công chức có năng lực, phẩm chất làm việc tại Bộ phận Một cửa xã; không để hồ sơ tồn đọng, trễ hạn; phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên."),
    ("b", "- Tổ chức đối thoại với Nhân dân về công tác giải quyết TTHC ít nhất 01 lần trong năm."),
    ("b", "- Báo cáo kết quả thực hiện Chỉ thị về UBND huyện (qua Phòng Nội vụ) trước ngày 15/6/2025 (báo cáo 6 tháng) và trước ngày 15/11/2025 (báo cáo năm)."),
    ("h", "5. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện:"),
    ("b", "- Tuyên truyền nội dung Chỉ thị trên Trang thông tin điện tử và hệ thống truyền thanh của huyện; duy trì chuyên mục \"Cải cách hành chính\" phát sóng ít nhất 02 lần/tháng."),
    ("h", "6. Tổ chức thực hiện:"),
    ("p", "Chỉ thị này có hiệu lực kể từ ngày ký. Trưởng các phòng, ban, đơn vị thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn có trách nhiệm quán triệt và nghiêm túc thực hiện. Kết quả thực hiện Chỉ thị là một trong những tiêu chí để đánh giá, xếp loại tập thể, người đứng đầu và bình xét thi đua, khen thưởng năm 2025. Giao Phòng Nội vụ theo dõi, kiểm tra, đôn đốc việc thực hiện Chỉ thị này./."),
]
D2_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Như mục 1, 2, 3, 4, 5;", "- Lưu: VT, NV."]
D2_SIGN = ["CHỦ TỊCH", "Võ Văn Khánh"]


def d2_source_text():
    parts = D2_HEADER_LEFT + D2_HEADER_RIGHT + D2_TITLE + [t for _, t in D2_BODY] + D2_NOINHAN + D2_SIGN
    return "\n".join(parts)


def make_pdf():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont("DVSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-I", FONT_DIR + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-BI", FONT_DIR + "DejaVuSerif-BoldItalic.ttf"))
    addMapping("DVSerif", 0, 0, "DVSerif")
    addMapping("DVSerif", 1, 0, "DVSerif-B")
    addMapping("DVSerif", 0, 1, "DVSerif-I")
    addMapping("DVSerif", 1, 1, "DVSerif-BI")

    body = ParagraphStyle("body", fontName="DVSerif", fontSize=12, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName="DVSerif-B")
    center_b = ParagraphStyle("cb", parent=body, fontName="DVSerif-B", alignment=TA_CENTER, firstLineIndent=0,
                              spaceAfter=0)
    small = ParagraphStyle("sm", parent=body, fontSize=10, leading=13, alignment=TA_LEFT, firstLineIndent=0,
                           spaceAfter=0)
    small_bi = ParagraphStyle("smbi", parent=small, fontName="DVSerif-BI", fontSize=11)

    W, H = A4

    def first_page(c, _doc):
        c.saveState()
        lx, rx, y = 4.6 * cm, 13.6 * cm, H - 2.0 * cm
        c.setFont("DVSerif", 11.5); c.drawCentredString(lx, y, D2_HEADER_LEFT[0])
        c.setFont("DVSerif-B", 11.5); c.drawCentredString(lx, y - 15, D2_HEADER_LEFT[1])
        c.line(lx - 1.2 * cm, y - 19, lx + 1.2 * cm, y - 19)
        c.setFont("DVSerif", 11.5); c.drawCentredString(lx, y - 36, D2_HEADER_LEFT[2])
        c.setFont("DVSerif-B", 10.5); c.drawCentredString(rx, y, D2_HEADER_RIGHT[0])
        c.setFont("DVSerif-B", 11.5); c.drawCentredString(rx, y - 15, D2_HEADER_RIGHT[1])
        c.line(rx - 2.6 * cm, y - 19, rx + 2.6 * cm, y - 19)
        c.setFont("DVSerif-I", 11.5); c.drawCentredString(rx, y - 36, D2_HEADER_RIGHT[2])
        c.restoreState()

    def later_pages(c, d):
        c.saveState()
        c.setFont("DVSerif", 10)
        c.drawCentredString(W / 2, H - 1.3 * cm, str(d.page))
        c.restoreState()

    story = [Spacer(1, 2.2 * cm)]
    for t in D2_TITLE:
        story.append(Paragraph(t, center_b))
    story.append(Spacer(1, 0.6 * cm))
    for kind, text in D2_BODY:
        story.append(Paragraph(text.replace("&", "&amp;"), head if kind == "h" else body))
    story.append(Spacer(1, 0.5 * cm))
    # Nơi nhận (left) and signature (right) side by side, drawn without a table
    sig_lines = D2_NOINHAN

    class SignBlock(Spacer):
        def __init__(self):
            Spacer.__init__(self, 1, 4.2 * cm)

        def draw(self):
            c = self.canv
            y = self.height - 12
            c.setFont("DVSerif-BI", 11); c.drawString(0, y, sig_lines[0])
            c.setFont("DVSerif", 10)
            for i, line in enumerate(sig_lines[1:]):
                c.drawString(0, y - 14 * (i + 1), line)
            sx = 11.5 * cm
            c.setFont("DVSerif-B", 12); c.drawCentredString(sx, y, D2_SIGN[0])
            c.drawCentredString(sx, y - 80, D2_SIGN[1])

    story.append(KeepTogether([SignBlock()]))
    doc = SimpleDocTemplate(os.path.join(DOCS, F2), pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="", author="UBND huyen Hai Lang")
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


# ---------------------------------------------------------------------------
# 3. Markdown: Báo cáo quý I/2025 of UBND xã Ea Kao (TP Buôn Ma Thuột, Đắk Lắk)
# ---------------------------------------------------------------------------
# stats per field: (lĩnh vực, tiếp nhận, trực tuyến, đúng hạn, trễ hạn, đang giải quyết)
D3_STATS = [
    ("Hộ tịch", 412, 298, 405, 0, 7),
    ("Chứng thực", 1126, 214, 1126, 0, 0),
    ("Đất đai", 58, 12, 41, 5, 12),
    ("Bảo trợ xã hội", 37, 20, 30, 2, 5),
    ("Người có công", 9, 4, 8, 0, 1),
    ("Thi đua, khen thưởng", 6, 0, 6, 0, 0),
    ("Nuôi con nuôi", 1, 0, 1, 0, 0),
]
# fees: (nội dung, mức thu, số lượt, số tiền)
D3_FEES = [
    ("Chứng thực bản sao từ bản chính", "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản", "919 bản", 3186000),
    ("Chứng thực chữ ký", "10.000 đồng/trường hợp", "183 trường hợp", 1830000),
    ("Chứng thực hợp đồng, giao dịch", "50.000 đồng/hợp đồng, giao dịch", "24 hợp đồng", 1200000),
    ("Cấp bản sao trích lục hộ tịch", "8.000 đồng/bản", "156 bản", 1248000),
    ("Đăng ký kết hôn", "Miễn lệ phí", "21 trường hợp", 0),
    ("Đăng ký khai sinh, khai tử đúng hạn", "Miễn lệ phí", "97 trường hợp", 0),
]


def vn(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b):
    return f"{a * 100 / b:.1f}".replace(".", ",")


def d3_text():
    tot = [sum(r[i] for r in D3_STATS) for i in range(1, 6)]
    assert all(r[1] == r[3] + r[4] + r[5] for r in D3_STATS)
    fee_total = sum(r[3] for r in D3_FEES)
    L = []
    L += ["ỦY BAN NHÂN DÂN  ", "**XÃ EA KAO**  ", "Số: 41/BC-UBND", "",
          "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
          "*Ea Kao, ngày 07 tháng 4 năm 2025*", "",
          "# BÁO CÁO", "## Kết quả tiếp nhận, giải quyết thủ tục hành chính quý I năm 2025", "",
          "Thực hiện Công văn số 215/UBND-VP ngày 03/3/2025 của Ủy ban nhân dân thành phố Buôn Ma Thuột về việc báo cáo công tác kiểm soát thủ tục hành chính, Ủy ban nhân dân xã Ea Kao báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính (TTHC) quý I năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025) như sau:", "",
          "## I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "",
          "**1. Công tác chỉ đạo**", "",
          "UBND xã ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2025 về kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông năm 2025; phân công 01 Phó Chủ tịch UBND xã trực tiếp phụ trách Bộ phận Một cửa. Bộ phận Một cửa xã hiện bố trí 04 công chức (Tư pháp - Hộ tịch: 02; Địa chính - Xây dựng: 01; Văn hóa - Xã hội: 01) làm việc theo lịch trực hằng ngày.", "",
          "**2. Công khai thủ tục hành chính**", "",
          "Niêm yết công khai đầy đủ 196 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Bộ phận Một cửa và trên Trang thông tin điện tử của xã; 100% TTHC được công khai kèm mã QR để người dân tra cứu.", "",
          "## II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "",
          "**1. Kết quả chung**", "",
          f"Trong quý I năm 2025, Bộ phận Một cửa xã tiếp nhận **{vn(tot[0])} hồ sơ**, trong đó hồ sơ nộp trực tuyến là {vn(tot[1])} hồ sơ (chiếm {pct(tot[1], tot[0])}%), hồ sơ tiếp nhận qua dịch vụ bưu chính công ích là 09 hồ sơ. Đã giải quyết {vn(tot[2] + tot[3])} hồ sơ, trong đó đúng hạn {vn(tot[2])} hồ sơ (đạt {pct(tot[2], tot[2] + tot[3])}%), trễ hạn {vn(tot[3])} hồ sơ; đang giải quyết {vn(tot[4])} hồ sơ (chưa đến hạn).", "",
          "Kết quả chi tiết theo từng lĩnh vực:", "",
          "| STT | Lĩnh vực | Tổng số tiếp nhận | Nộp trực tuyến | Giải quyết đúng hạn | Trễ hạn | Đang giải quyết | Tỷ lệ đúng hạn (%) |",
          "|---|---|---:|---:|---:|---:|---:|---:|"]
    for i, (name, a, b, c, d, e) in enumerate(D3_STATS, 1):
        L.append(f"| {i} | {name} | {vn(a)} | {vn(b)} | {vn(c)} | {d} | {e} | {pct(c, c + d)} |")
    L.append(f"| | **Tổng cộng** | **{vn(tot[0])}** | **{vn(tot[1])}** | **{vn(tot[2])}** | **{tot[3]}** | **{tot[4]}** | **{pct(tot[2], tot[2] + tot[3])}** |")
    L += ["",
          "**2. Hồ sơ trễ hạn và việc xin lỗi**", "",
          "Trong kỳ có 07 hồ sơ giải quyết trễ hạn (lĩnh vực Đất đai: 05 hồ sơ; lĩnh vực Bảo trợ xã hội: 02 hồ sơ). Nguyên nhân chủ yếu do phải xác minh nguồn gốc sử dụng đất và chờ kết quả xác minh của cơ quan có liên quan. UBND xã đã gửi 07 văn bản xin lỗi đến người dân và hẹn lại thời gian trả kết quả.", "",
          "**3. Tình hình thu phí, lệ phí**", "",
          "Các khoản phí, lệ phí thu tại Bộ phận Một cửa xã trong quý I năm 2025:", "",
          "STT\tNội dung thu\tMức thu\tSố lượng\tSố tiền (đồng)"]
    for i, (name, rate, qty, money) in enumerate(D3_FEES, 1):
        L.append(f"{i}\t{name}\t{rate}\t{qty}\t{vn(money) if money else '0'}")
    L.append(f"\tTổng cộng\t\t\t{vn(fee_total)}")
    L += ["",
          f"Toàn bộ số tiền {vn(fee_total)} đồng đã được nộp vào ngân sách nhà nước đúng quy định.", "",
          "**4. Tiếp nhận, xử lý phản ánh, kiến nghị**", "",
          "Trong kỳ, UBND xã tiếp nhận 02 phản ánh của người dân về thái độ phục vụ và thời gian chờ tại Bộ phận Một cửa; đã xác minh, trả lời bằng văn bản đối với cả 02 phản ánh, chấn chỉnh công chức có liên quan.", "",
          "## III. ĐÁNH GIÁ CHUNG", "",
          "**1. Ưu điểm**", "",
          "Công tác tiếp nhận, giải quyết TTHC cơ bản đúng quy định; tỷ lệ hồ sơ giải quyết đúng hạn cao; lĩnh vực hộ tịch và chứng thực không có hồ sơ trễ hạn.", "",
          "**2. Tồn tại, hạn chế**", "",
          "- Tỷ lệ hồ sơ nộp trực tuyến còn thấp, nhất là lĩnh vực đất đai và thi đua, khen thưởng.",
          "- Trang thiết bị tại Bộ phận Một cửa đã xuống cấp; 02 máy tính thường xuyên hư hỏng, máy quét tài liệu chưa đáp ứng yêu cầu số hóa.",
          "- Một bộ phận người dân chưa quen sử dụng tài khoản định danh điện tử VNeID để nộp hồ sơ trực tuyến.", "",
          "## IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025", "",
          "- Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 45% tổng số hồ sơ tiếp nhận.",
          "- Hoàn thành số hóa sổ hộ tịch lưu trữ giai đoạn 2010 - 2015 trước ngày 30/6/2025.",
          "- Phối hợp với Đoàn Thanh niên xã thành lập Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa, hoàn thành trong tháng 4/2025.",
          "- Giải quyết dứt điểm 12 hồ sơ lĩnh vực đất đai đang giải quyết, không để phát sinh hồ sơ trễ hạn mới.", "",
          "## V. ĐỀ XUẤT, KIẾN NGHỊ", "",
          "Đề nghị UBND thành phố quan tâm hỗ trợ kinh phí mua sắm 02 máy tính và 01 máy quét tài liệu tốc độ cao cho Bộ phận Một cửa xã.", "",
          "Trên đây là báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính quý I năm 2025 của Ủy ban nhân dân xã Ea Kao./.", "",
          "***Nơi nhận:***  ", "- UBND thành phố (b/c);  ", "- Văn phòng HĐND và UBND thành phố;  ",
          "- TT Đảng ủy, TT HĐND xã;  ", "- CT, PCT UBND xã;  ", "- Lưu: VT, BPMC.", "",
          "**TM. ỦY BAN NHÂN DÂN**  ", "**CHỦ TỊCH**", "", "", "**Lê Văn Thạnh**", ""]
    return "\n".join(L)


# ---------------------------------------------------------------------------
# 4. Plain text in Windows-1258: Kế hoạch kiểm tra CCHC năm 2025 of UBND huyện Yên Sơn (Tuyên Quang)
# ---------------------------------------------------------------------------
D4_SCHEDULE = [  # (STT, ngày, buổi, đơn vị)
    ("1", "15/4/2025", "Sáng", "UBND xã Thái Bình"),
    ("2", "15/4/2025", "Chiều", "UBND xã Tiến Bộ"),
    ("3", "17/4/2025", "Sáng", "UBND xã Lang Quán"),
    ("4", "17/4/2025", "Chiều", "UBND xã Chân Sơn"),
    ("5", "22/4/2025", "Sáng", "UBND xã Trung Môn"),
    ("6", "22/4/2025", "Chiều", "UBND xã Kim Quan"),
    ("7", "24/4/2025", "Sáng", "UBND xã Nhữ Hán"),
    ("8", "24/4/2025", "Chiều", "UBND xã Xuân Vân"),
]
D4_SECTION = "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"


def d4_text():
    L = [
        "ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "  HUYỆN YÊN SƠN                             Độc lập - Tự do - Hạnh phúc",
        "",
        "Số: 35/KH-UBND                         Yên Sơn, ngày 14 tháng 3 năm 2025",
        "",
        "                                  KẾ HOẠCH",
        "          Kiểm tra công tác cải cách hành chính năm 2025",
        "",
        "    Căn cứ Kế hoạch số 168/KH-UBND ngày 27/12/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2025; Ủy ban nhân dân huyện ban hành Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) năm 2025, cụ thể như sau:",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Đánh giá thực chất kết quả thực hiện nhiệm vụ CCHC của UBND các xã, thị trấn; kịp thời phát hiện, chấn chỉnh những tồn tại, hạn chế, nhất là trong giải quyết thủ tục hành chính (TTHC).",
        "- Làm căn cứ để chấm điểm, xếp loại mức độ thực hiện nhiệm vụ CCHC năm 2025 của UBND các xã, thị trấn.",
        "2. Yêu cầu",
        "- Kiểm tra đúng nội dung, thời gian; khách quan, không gây phiền hà, không làm ảnh hưởng đến hoạt động bình thường của đơn vị được kiểm tra.",
        "- Kết thúc mỗi cuộc kiểm tra, Đoàn kiểm tra lập biên bản, nêu rõ ưu điểm, hạn chế và kiến nghị khắc phục.",
        "",
        "II. NỘI DUNG KIỂM TRA",
        "1. Công tác chỉ đạo, điều hành: việc ban hành và thực hiện kế hoạch CCHC năm 2025; chế độ báo cáo; công tác tuyên truyền CCHC.",
        "2. Cải cách TTHC: việc niêm yết, công khai TTHC; kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa; tỷ lệ hồ sơ trực tuyến; việc xin lỗi người dân khi để hồ sơ trễ hạn.",
        "3. Cải cách chế độ công vụ: việc chấp hành thời giờ làm việc, văn hóa công sở, Quy chế làm việc của UBND xã, thị trấn.",
        "4. Chuyển đổi số: việc sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành; số hóa hồ sơ, kết quả giải quyết TTHC.",
        "",
        D4_SECTION,
        "1. Đối tượng kiểm tra: kiểm tra trực tiếp 08 xã; các xã, thị trấn còn lại tự kiểm tra và báo cáo bằng văn bản.",
        "2. Thời gian: từ ngày 15/4/2025 đến ngày 24/4/2025, cụ thể:",
        "",
        "STT\tNgày kiểm tra\tBuổi\tĐơn vị được kiểm tra",
    ]
    for no, d, b, u in D4_SCHEDULE:
        L.append(f"{no}\t{d}\t{b}\t{u}")
    L += [
        "",
        "(Buổi sáng bắt đầu từ 7 giờ 30 phút, buổi chiều bắt đầu từ 14 giờ 00 phút tại trụ sở UBND xã được kiểm tra.)",
        "",
        "IV. THÀNH PHẦN ĐOÀN KIỂM TRA",
        "- Trưởng đoàn: Bà Nông Thị Thu Hà - Phó Chủ tịch UBND huyện.",
        "- Phó Trưởng đoàn: Ông Ma Văn Lộc - Trưởng phòng Nội vụ.",
        "- Thành viên:",
        "  + Ông Đặng Văn Hiếu - Phó Chánh Văn phòng HĐND và UBND huyện;",
        "  + Bà Hoàng Thị Ngọc Lan - Phó Trưởng phòng Tư pháp;",
        "  + Ông Lý Văn Cường - Chuyên viên Phòng Tài chính - Kế hoạch;",
        "  + Bà Nguyễn Thị Hải Yến - Chuyên viên Phòng Nội vụ, Thư ký Đoàn.",
        "",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nội vụ",
        "- Là cơ quan thường trực của Đoàn kiểm tra; xây dựng đề cương báo cáo, gửi các xã trước ngày 31/3/2025.",
        "- Thông báo lịch kiểm tra cụ thể cho đơn vị được kiểm tra chậm nhất 05 ngày làm việc trước ngày kiểm tra.",
        "- Tổng hợp kết quả kiểm tra, tham mưu UBND huyện ban hành thông báo kết luận kiểm tra trước ngày 15/5/2025.",
        "2. Văn phòng HĐND và UBND huyện",
        "- Bố trí phương tiện phục vụ Đoàn kiểm tra theo lịch.",
        "3. UBND các xã được kiểm tra trực tiếp",
        "- Xây dựng báo cáo tự kiểm tra theo đề cương, gửi về UBND huyện (qua Phòng Nội vụ) trước ngày 08/4/2025.",
        "- Chuẩn bị đầy đủ hồ sơ, tài liệu kiểm chứng; Chủ tịch UBND xã và công chức Bộ phận Một cửa trực tiếp làm việc với Đoàn kiểm tra.",
        "4. UBND các xã, thị trấn không thuộc diện kiểm tra trực tiếp",
        "- Tổ chức tự kiểm tra, gửi báo cáo kết quả tự kiểm tra về Phòng Nội vụ trước ngày 30/5/2025.",
        "5. Kinh phí",
        "- Kinh phí thực hiện từ nguồn kinh phí CCHC năm 2025 đã giao cho Phòng Nội vụ.",
        "",
        "Trên đây là Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 của UBND huyện Yên Sơn./.",
        "",
        "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN",
        "- Sở Nội vụ (b/c);                               KT. CHỦ TỊCH",
        "- TT Huyện ủy, TT HĐND huyện;                     PHÓ CHỦ TỊCH",
        "- CT, các PCT UBND huyện;",
        "- Thành viên Đoàn kiểm tra;",
        "- UBND các xã, thị trấn;",
        "- Lưu: VT, NV.                                Nông Thị Thu Hà",
        "",
    ]
    return "\r\n".join(L)


def to_cp1258(text):
    """Encode Vietnamese text in Windows-1258 the way Windows does: base letters (with the
    precomposed vowel marks cp1258 has: â ê ô ă ơ ư đ, and some precomposed tone letters)
    plus combining tone marks where no precomposed form exists."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        # compose the base with every mark but the tone, then add the tone as a combining mark
        tones = [m for m in d if m in "\u0300\u0301\u0303\u0309\u0323"]
        assert len(tones) == 1, ch
        base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
        out += base.encode("cp1258") + tones[0].encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------------------
# gold metadata and task rows
# ---------------------------------------------------------------------------
META = [
    {"file": F1, "type": "Kế hoạch", "number": "45/KH-STP",
     "title": "Kế hoạch Cải cách hành chính năm 2026 của Sở Tư pháp", "issuer": "Sở Tư pháp",
     "place": "tỉnh Nghệ An", "province": "tỉnh Nghệ An", "level": "sở-ngành", "date": "2026-01-12",
     "year": 2026, "signer": "Phan Đình Hưởng", "parts": ["Kế hoạch", "Phụ lục"],
     "tables": [{"kind": "tasks", "rows": None}], "scanned_pages": 0},
    {"file": F2, "type": "Chỉ thị", "number": "02/CT-UBND",
     "title": "Chỉ thị Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn huyện",
     "issuer": "Ủy ban nhân dân huyện Hải Lăng", "place": "huyện Hải Lăng", "province": "tỉnh Quảng Trị",
     "level": "huyện", "date": "2025-02-24", "year": 2025, "signer": "Võ Văn Khánh", "parts": ["Chỉ thị"],
     "tables": [], "scanned_pages": 0},
    {"file": F3, "type": "Báo cáo", "number": "41/BC-UBND",
     "title": "Báo cáo Kết quả tiếp nhận, giải quyết thủ tục hành chính quý I năm 2025",
     "issuer": "Ủy ban nhân dân xã Ea Kao", "place": "xã Ea Kao", "province": "tỉnh Đắk Lắk", "level": "xã",
     "date": "2025-04-07", "year": 2025, "signer": "Lê Văn Thạnh", "parts": ["Báo cáo"],
     "tables": [{"kind": "other", "rows": len(D3_STATS) + 1, "what": "thống kê hồ sơ TTHC theo lĩnh vực (7 lĩnh vực + dòng Tổng cộng)"},
                {"kind": "other", "rows": len(D3_FEES) + 1, "what": "thu phí, lệ phí (6 khoản + dòng Tổng cộng)"}],
     "scanned_pages": 0},
    {"file": F4, "type": "Kế hoạch", "number": "35/KH-UBND",
     "title": "Kế hoạch Kiểm tra công tác cải cách hành chính năm 2025",
     "issuer": "Ủy ban nhân dân huyện Yên Sơn", "place": "huyện Yên Sơn", "province": "tỉnh Tuyên Quang",
     "level": "huyện", "date": "2025-03-14", "year": 2025, "signer": "Nông Thị Thu Hà", "parts": ["Kế hoạch"],
     "tables": [{"kind": "tasks", "rows": len(D4_SCHEDULE), "what": "lịch kiểm tra (tab-separated)"}],
     "scanned_pages": 0, "encoding": "cp1258"},
]


def d4_tasks():
    return [dict(file=F4, section=D4_SECTION, no=no, content=u, lead="", coordinators="", deadline=d, output="")
            for no, d, b, u in D4_SCHEDULE]


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    make_docx()
    make_pdf()
    with open(os.path.join(DOCS, F3), "w", encoding="utf-8", newline="\n") as f:
        f.write(d3_text())
    t4 = d4_text()
    raw = to_cp1258(t4)
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == unicodedata.normalize("NFC", t4), "cp1258 round-trip"
    with open(os.path.join(DOCS, F4), "wb") as f:
        f.write(raw)
    t1 = d1_tasks()
    META[0]["tables"][0]["rows"] = len(t1)
    write_jsonl("meta_b.jsonl", META)
    write_jsonl("tasks_b.jsonl", t1 + d4_tasks())
    write_jsonl("qa_b.jsonl", QA)



# ---------------------------------------------------------------------------
# questions (qa_b.jsonl)
# ---------------------------------------------------------------------------
def _q(n, question, intent, must_have, doc, snippet, notes, turns=None, must_not=None, af=False):
    return {"id": f"fb{n:03d}", "question": question, "turns": turns or [], "intent": intent,
            "must_have": must_have, "must_not": must_not or [], "doc": doc, "snippet": snippet,
            "accent_free": af, "notes": notes}


QA = [
    # --- 1. Sở Tư pháp Nghệ An, Kế hoạch CCHC 2026 (DOCX) ---
    _q(1, "Ai chủ trì xây dựng kế hoạch tuyên truyền CCHC năm 2026 bên Sở Tư pháp Nghệ An vậy?", "lead",
       ["Văn phòng Sở"], F1, "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
       "Phụ lục, mục A, dòng 1 (Đơn vị thực hiện)"),
    _q(2, "ke hoach tuyen truyen cchc 2026 cua stp nghe an han ban hanh luc nao", "deadline",
       ["Tháng 02/2026"], F1, "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
       "Phụ lục, mục A, dòng 1 (Thời gian thực hiện)", af=True),
    _q(3, "Rà soát, đơn giản hóa thủ tục bên công chứng, luật sư, đấu giá tài sản do phòng nào của Sở Tư pháp đảm nhận?",
       "lead", ["Phòng Bổ trợ tư pháp"], F1,
       "Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực công chứng, luật sư, đấu giá tài sản",
       "Phụ lục, mục C, dòng 1.2; dòng 1.1 (hộ tịch, chứng thực) là của Phòng Hành chính tư pháp",
       must_not=["Phòng Hành chính tư pháp"]),
    _q(4, "Số hóa kết quả TTHC lý lịch tư pháp còn hiệu lực hạn chót là bao giờ?", "deadline",
       ["30/9/2026"], F1, "Số hóa kết quả giải quyết TTHC lĩnh vực lý lịch tư pháp còn hiệu lực",
       "Phụ lục, mục C, dòng 4: Trước ngày 30/9/2026"),
    _q(5, "Cấp phiếu LLTP trực tuyến qua VNeID thì phòng HCTP phối hợp với những đơn vị nào?", "coordinators",
       ["Công an tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"], F1,
       "Triển khai cấp Phiếu lý lịch tư pháp trực tuyến qua ứng dụng VNeID",
       "Phụ lục, mục G, dòng 2 (Đơn vị phối hợp)"),
    _q(6, "stp kiem tra cong vu, ky luat ky cuong trong nam 2026 lam may dot, vao quy nao", "deadline",
       ["02 đợt", "Quý IV/2026"], F1, "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị",
       "Phụ lục, mục Đ, dòng 1: 02 đợt (Quý II và Quý IV/2026); chủ trì Thanh tra Sở", af=True),
    _q(7, "Rà soát, hệ thống hóa văn bản QPPL của HĐND, UBND tỉnh thì sản phẩm đầu ra là gì?", "output",
       ["Quyết định công bố danh mục"], F1,
       "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh",
       "Phụ lục, mục B, dòng 2 (Kết quả/Sản phẩm: Quyết định công bố danh mục văn bản hết hiệu lực)"),
    _q(8, "Năm 2026 Sở Tư pháp đặt chỉ tiêu bao nhiêu % hồ sơ tthc được giải quyết trực tuyến toàn trình?", "fact",
       ["80%"], F1, "Tối thiểu 80% hồ sơ TTHC đủ điều kiện được tiếp nhận, giải quyết trực tuyến toàn trình",
       "Mục II.2.b"),
    _q(9, "muc do hai long cua nguoi dan doi voi giai quyet tthc cua so tu phap nam 2026 phai dat bao nhieu", "fact",
       ["95%"], F1, "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của Sở đạt tối thiểu 95%",
       "Mục II.2.b, gạch đầu dòng cuối", af=True),
    _q(10, "Liệt kê giúp tôi các việc trong phụ lục kế hoạch CCHC 2026 của Sở Tư pháp phải xong trong quý I.", "list",
       ["Kế hoạch tuyên truyền", "hệ thống hóa", "kiện toàn chức năng", "Quy chế chi tiêu nội bộ"], F1,
       "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh",
       "Phụ lục: A.1 (Tháng 02/2026), B.2 (Quý I/2026), D.1 (Quý I/2026), E.1 (Tháng 01/2026); A.4 báo cáo định kỳ "
       "trước ngày 12 của tháng cuối quý cũng có hạn trong quý I; thân kế hoạch mục III.1: quán triệt trong tháng 01/2026"),
    _q(11, "Trung tâm Trợ giúp pháp lý được giao chủ trì những nhiệm vụ nào trong kế hoạch cchc năm 2026 của sở?", "list",
       ["thi hành pháp luật", "vị trí việc làm", "tự chủ tài chính"], F1,
       "Xây dựng Đề án vị trí việc làm của Trung tâm Trợ giúp pháp lý",
       "Phụ lục: B.3 (theo dõi thi hành pháp luật lĩnh vực trợ giúp pháp lý), D.2 (Đề án vị trí việc làm), "
       "E.2 (phương án tự chủ tài chính)"),
    _q(12, "de an vi tri viec lam cua trung tam tro giup phap ly bao gio phai xong", "deadline",
       ["Quý III/2026"], F1, "Xây dựng Đề án vị trí việc làm của Trung tâm Trợ giúp pháp lý",
       "Phụ lục, mục D, dòng 2", af=True),
    _q(13, "Ai ký ban hành kế hoạch CCHC 2026 của Sở Tư pháp Nghệ An?", "fact",
       ["Phan Đình Hưởng"], F1, "Phan Đình Hưởng", "Chữ ký: KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC"),
    _q(14, "Giám đốc Sở Tư pháp tỉnh Nghệ An là ai?", "unanswerable", [], F1, "",
       "Văn bản chỉ ghi người ký là Phó Giám đốc (KT. GIÁM ĐỐC); tên Giám đốc không có"),
    _q(15, "Tổng kinh phí thực hiện kế hoạch cải cách hành chính 2026 của Sở Tư pháp là bao nhiêu?", "unanswerable",
       [], F1, "", "Mục IV.1 chỉ nói bố trí kinh phí từ ngân sách nhà nước, không nêu số tiền"),
    _q(16, "Phối hợp với ai và hạn khi nào?", "coordinators", ["Công đoàn cơ sở", "Tháng 01/2026"], F1,
       "Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2026",
       "Phụ lục, mục E, dòng 1: Văn phòng Sở thực hiện; phối hợp Công đoàn cơ sở; các phòng, đơn vị thuộc Sở",
       turns=["Quy chế chi tiêu nội bộ năm 2026 của STP do ai xây dựng?", "Phối hợp với ai và hạn khi nào?"]),
    _q(17, "Vậy đơn vị nào thực hiện?", "lead", ["Các phòng, đơn vị thuộc Sở"], F1,
       "Tự kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại từng phòng, đơn vị",
       "Phụ lục, mục A, dòng 3: Quý III/2026; ô Đơn vị thực hiện và Đơn vị phối hợp gộp ngang một ô",
       turns=["Việc tự kiểm tra CCHC ở các phòng, đơn vị của Sở Tư pháp làm vào lúc nào?", "Vậy đơn vị nào thực hiện?"],
       must_not=["Thanh tra Sở"]),
    _q(18, "Sau khi có quyết định công bố TTHC thì phải cập nhật, công khai lên Cổng DVC quốc gia và TT PVHCC tỉnh trong bao lâu?",
       "deadline", ["05 ngày làm việc"], F1,
       "Trong 05 ngày làm việc kể từ ngày quyết định công bố TTHC có hiệu lực",
       "Phụ lục, mục C, dòng 2; Văn phòng Sở thực hiện"),
    _q(19, "Kế hoạch CCHC 2026 giao Phòng Phổ biến, giáo dục pháp luật của Sở Tư pháp việc gì?", "unanswerable", [],
       F1, "", "Kế hoạch không nhắc đến phòng này"),
    _q(20, "Các phòng thuộc Sở Tư pháp gửi báo cáo CCHC 6 tháng về Văn phòng Sở chậm nhất ngày nào?", "deadline",
       ["05/6/2026"], F1, "trước ngày 05/6/2026 (báo cáo 6 tháng)", "Mục IV.3"),
    # --- 2. Chỉ thị 02/CT-UBND huyện Hải Lăng (PDF) ---
    _q(21, "Chỉ thị 02 của huyện Hải Lăng giao Phòng Nội vụ những việc gì?", "list",
       ["Tổ kiểm tra công vụ", "kiểm tra đột xuất", "hằng quý"], F2,
       "Tham mưu Chủ tịch UBND huyện thành lập Tổ kiểm tra công vụ của huyện",
       "Mục 2. Phòng Nội vụ, 4 gạch đầu dòng; mục 6 cũng giao Phòng Nội vụ theo dõi, đôn đốc"),
    _q(22, "to kiem tra cong vu huyen hai lang phai thanh lap xong truoc ngay nao", "deadline", ["15/3/2025"], F2,
       "thành lập Tổ kiểm tra công vụ của huyện, hoàn thành trước ngày 15/3/2025", "Mục 2, gạch đầu dòng 1",
       af=True),
    _q(23, "Lắp camera giám sát ở Bộ phận Một cửa huyện là việc của ai, hạn tới khi nào?", "deadline",
       ["Văn phòng HĐND và UBND huyện", "30/4/2025"], F2,
       "Hoàn thành lắp đặt hệ thống camera giám sát tại Bộ phận Một cửa huyện trước ngày 30/4/2025",
       "Mục 3. Văn phòng HĐND và UBND huyện, gạch đầu dòng 3"),
    _q(24, "ubnd cac xa thi tran bao cao ket qua thuc hien chi thi 6 thang truoc ngay nao", "deadline",
       ["15/6/2025"], F2, "trước ngày 15/6/2025 (báo cáo 6 tháng)", "Mục 4, gạch đầu dòng cuối; báo cáo năm trước 15/11/2025",
       af=True),
    _q(25, "Chỉ thị yêu cầu một cửa cấp xã phấn đấu tỷ lệ hồ sơ đúng hạn là bao nhiêu?", "fact", ["98%"], F2,
       "phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên", "Mục 4, gạch đầu dòng 2"),
    _q(26, "Năm 2024 toàn huyện Hải Lăng để trễ hạn bao nhiêu hồ sơ thủ tục hành chính?", "fact", ["312"], F2,
       "vẫn còn 312 hồ sơ giải quyết trễ hạn", "Phần mở đầu"),
    _q(27, "Ai ký Chỉ thị về kỷ luật, kỷ cương hành chính của UBND huyện Hải Lăng?", "fact", ["Võ Văn Khánh"], F2,
       "Võ Văn Khánh", "Chữ ký: CHỦ TỊCH"),
    _q(28, "han sua doi quy che lam viec, quy che van hoa cong so cua cac phong ban huyen hai lang", "deadline",
       ["31/3/2025"], F2, "Quy chế văn hóa công sở của cơ quan, đơn vị, hoàn thành trước ngày 31/3/2025",
       "Mục 1, gạch đầu dòng 3", af=True),
    _q(29, "Danh sách đơn vị chậm trễ thì công khai ở đâu?", "fact", ["giao ban hằng tháng"], F2,
       "công khai danh sách cơ quan, đơn vị chậm thực hiện nhiệm vụ tại cuộc họp giao ban hằng tháng",
       "Mục 3, gạch đầu dòng 1",
       turns=["Chỉ thị 02/CT-UBND của Hải Lăng giao Văn phòng HĐND và UBND huyện làm gì?",
              "Danh sách đơn vị chậm trễ thì công khai ở đâu?"]),
    _q(30, "Theo Chỉ thị 02 của huyện Hải Lăng, Phòng Tư pháp huyện có nhiệm vụ gì?", "unanswerable", [], F2, "",
       "Chỉ thị không giao riêng nhiệm vụ cho Phòng Tư pháp"),
    _q(31, "Chuyên mục Cải cách hành chính trên đài truyền thanh huyện Hải Lăng phát vào khung giờ nào?",
       "unanswerable", [], F2, "", "Mục 5 chỉ nói ít nhất 02 lần/tháng, không nêu giờ phát"),
    # --- 3. Báo cáo quý I/2025 xã Ea Kao (Markdown) ---
    _q(32, "Quý I/2025 Bộ phận một cửa xã Ea Kao nhận tổng cộng bao nhiêu hồ sơ?", "fact", ["1.649"], F3,
       "Trong quý I năm 2025, Bộ phận Một cửa xã tiếp nhận", "Mục II.1 và dòng Tổng cộng của bảng"),
    _q(33, "ty le ho so nop truc tuyen quy 1 nam 2025 cua xa ea kao", "fact", ["33,2%"], F3,
       "hồ sơ nộp trực tuyến là 548 hồ sơ (chiếm 33,2%)", "Mục II.1", af=True),
    _q(34, "Lĩnh vực đất đai ở Ea Kao quý I đạt tỷ lệ đúng hạn bao nhiêu?", "fact", ["89,1"], F3,
       "Đất đai | 58 | 12 | 41 | 5 | 12 | 89,1", "Bảng thống kê, dòng 3 (41 đúng hạn, 5 trễ hạn)"),
    _q(35, "phi chung thuc chu ky o xa ea kao la bao nhieu", "fact", ["10.000 đồng"], F3,
       "10.000 đồng/trường hợp", "Bảng phí, lệ phí, dòng 2", af=True),
    _q(36, "Báo cáo quý I của xã Ea Kao nêu những tồn tại, hạn chế gì?", "general",
       ["trực tuyến còn thấp", "xuống cấp", "VNeID"], F3,
       "Tỷ lệ hồ sơ nộp trực tuyến còn thấp", "Mục III.2, 3 gạch đầu dòng"),
    _q(37, "Quý I năm 2025 xã Ea Kao thu được tổng cộng bao nhiêu tiền phí, lệ phí?", "fact", ["7.464.000"], F3,
       "Toàn bộ số tiền 7.464.000 đồng đã được nộp vào ngân sách nhà nước", "Mục II.3, dòng Tổng cộng"),
    _q(38, "dang ky ket hon o xa ea kao co phai dong le phi khong", "fact", ["Miễn lệ phí"], F3,
       "Đăng ký kết hôn", "Bảng phí, lệ phí, dòng 5", af=True),
    _q(39, "Xã đã xin lỗi người dân chưa?", "fact", ["07 văn bản xin lỗi"], F3,
       "UBND xã đã gửi 07 văn bản xin lỗi đến người dân", "Mục II.2",
       turns=["Quý I/2025 xã Ea Kao có bao nhiêu hồ sơ trễ hạn?", "Xã đã xin lỗi người dân chưa?"]),
    _q(40, "Xã Ea Kao hẹn số hóa xong sổ hộ tịch giai đoạn 2010 - 2015 trước ngày nào?", "deadline", ["30/6/2025"], F3,
       "Hoàn thành số hóa sổ hộ tịch lưu trữ giai đoạn 2010 - 2015 trước ngày 30/6/2025", "Mục IV"),
    _q(41, "Quý II năm 2025 xã Ea Kao tiếp nhận được bao nhiêu hồ sơ TTHC?", "unanswerable", [], F3, "",
       "Báo cáo chỉ có số liệu quý I năm 2025"),
    # --- 4. Kế hoạch kiểm tra CCHC 2025 huyện Yên Sơn (TXT, Windows-1258) ---
    _q(42, "Đoàn kiểm tra CCHC của huyện Yên Sơn về xã Lang Quán ngày nào?", "deadline", ["17/4/2025"], F4,
       "UBND xã Lang Quán", "Mục III.2, lịch kiểm tra dòng 3 (buổi sáng)"),
    _q(43, "truong doan kiem tra cchc huyen yen son 2025 la ai", "fact", ["Nông Thị Thu Hà"], F4,
       "Trưởng đoàn: Bà Nông Thị Thu Hà - Phó Chủ tịch UBND huyện", "Mục IV", af=True),
    _q(44, "Thành phần đoàn kiểm tra cải cách hành chính năm 2025 của UBND huyện Yên Sơn gồm những ai?", "list",
       ["Nông Thị Thu Hà", "Ma Văn Lộc", "Đặng Văn Hiếu", "Hoàng Thị Ngọc Lan", "Lý Văn Cường",
        "Nguyễn Thị Hải Yến"], F4, "Trưởng đoàn: Bà Nông Thị Thu Hà", "Mục IV: trưởng đoàn, phó trưởng đoàn, 4 thành viên"),
    _q(45, "ngay 22/4 doan kiem tra cchc yen son lam viec voi nhung xa nao", "list", ["Trung Môn", "Kim Quan"], F4,
       "UBND xã Trung Môn", "Lịch kiểm tra dòng 5 (sáng) và 6 (chiều)", af=True),
    _q(46, "cac xa duoc kiem tra truc tiep gui bao cao tu kiem tra ve phong noi vu truoc ngay nao", "deadline",
       ["08/4/2025"], F4, "gửi về UBND huyện (qua Phòng Nội vụ) trước ngày 08/4/2025",
       "Mục V.3; xã không thuộc diện kiểm tra trực tiếp thì trước 30/5/2025 (mục V.4)", af=True),
    _q(47, "Chị ấy công tác ở phòng nào?", "fact", ["Phòng Nội vụ"], F4,
       "Bà Nguyễn Thị Hải Yến - Chuyên viên Phòng Nội vụ, Thư ký Đoàn", "Mục IV, thành viên cuối",
       turns=["Thư ký đoàn kiểm tra CCHC huyện Yên Sơn là ai?", "Chị ấy công tác ở phòng nào?"]),
    _q(48, "Phòng Nội vụ Yên Sơn phải tham mưu thông báo kết luận kiểm tra trước ngày nào?", "deadline",
       ["15/5/2025"], F4, "tham mưu UBND huyện ban hành thông báo kết luận kiểm tra trước ngày 15/5/2025", "Mục V.1"),
    _q(49, "Đoàn kiểm tra của huyện Yên Sơn kiểm tra UBND xã Mỹ Bằng vào hôm nào?", "unanswerable", [], F4, "",
       "Xã Mỹ Bằng không có trong lịch kiểm tra 8 xã; kế hoạch không nêu tên"),
    _q(50, "Lịch kiểm tra CCHC năm 2026 của huyện Yên Sơn thế nào?", "unanswerable", [], F4, "",
       "Chỉ có kế hoạch kiểm tra năm 2025"),
]


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
def _nfc(t):
    return unicodedata.normalize("NFC", t)


def doc_texts():
    from docx import Document
    d = Document(os.path.join(DOCS, F1))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    with open(os.path.join(DOCS, F4), "rb") as f:
        t4 = f.read().decode("cp1258")
    with open(os.path.join(DOCS, F3), encoding="utf-8") as f:
        t3 = f.read()
    return {F1: parts, F2: [d2_source_text()], F3: [t3], F4: [t4]}


def verify():
    import re
    texts = {k: [_nfc(x) for x in v] for k, v in doc_texts().items()}
    files = set(os.listdir(DOCS))
    n = {}
    for name in ("meta_b.jsonl", "tasks_b.jsonl", "qa_b.jsonl"):
        rows = [json.loads(line) for line in open(os.path.join(HERE, name), encoding="utf-8")]
        n[name] = len(rows)
        for r in rows:
            f = r.get("file") or r.get("doc")
            assert f in files, (name, f)
            if name == "tasks_b.jsonl":
                for k in ("content", "lead", "coordinators", "deadline", "output"):
                    if r[k]:
                        assert any(r[k] in x for x in texts[f]), (k, r[k])
            if name == "qa_b.jsonl":
                sn = r["snippet"]
                assert len(sn) <= 100, r["id"]
                if r["intent"] == "unanswerable":
                    assert not sn and not r["must_have"], r["id"]
                    continue
                assert sn and any(sn in x for x in texts[f]), (r["id"], sn)
                fold = lambda s: "".join(c for c in unicodedata.normalize("NFD", s.lower())
                                         if unicodedata.category(c) != "Mn").replace("đ", "d")
                alltext = fold(" ".join(texts[f]))
                for m in r["must_have"]:
                    assert fold(m) in alltext, (r["id"], m)
                if r["turns"]:
                    assert r["turns"][-1] == r["question"], r["id"]
    # PDF text layer also contains every PDF snippet (whitespace-insensitive)
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, F2)) as pdf:
        pt = re.sub(r"\s+", "", _nfc(" ".join(p.extract_text() for p in pdf.pages)))
    for r in QA:
        if r["doc"] == F2 and r["snippet"]:
            assert re.sub(r"\s+", "", r["snippet"]) in pt, r["id"]
    ids = [r["id"] for r in QA]
    assert ids == [f"fb{i:03d}" for i in range(1, 51)]
    print("verified:", n, "unanswerable:", sum(r["intent"] == "unanswerable" for r in QA),
          "accent_free:", sum(r["accent_free"] for r in QA), "follow-ups:", sum(bool(r["turns"]) for r in QA))


if __name__ == "__main__":
    main()
    verify()
