# -*- coding: utf-8 -*-
"""Generate the h4b documents of holdout4 and their gold files.

Run from this folder:  /work/main/.venv/bin/python make_h4b.py

Documents (all places, names, numbers and people are invented):
  docs/b-kh-kiem-tra-cchc-huyen-nam-hoa-2027.pdf   Kế hoạch (reportlab, text layer,
        two-column header, ruled inspection-schedule table over two pages,
        header row repeated, merged "Trưởng đoàn" / "Thành viên" cells)
  docs/b-chi-thi-08-ubnd-long-an-2027.docx         Chỉ thị of UBND tỉnh Long An
        (borderless header table, numbered directives a) b) c), Nơi nhận,
        KT. CHỦ TỊCH signature, then a landscape Phụ lục table with a two-row
        header "Thời gian" > "Bắt đầu" | "Hoàn thành" and a "(1) (2) …" row)
  docs/b-tb-ket-luan-cchc-lang-son-q1-2027.pdf     Thông báo kết luận of Văn phòng
        UBND tỉnh Lạng Sơn, image-only (scanned look: 200 dpi, noise, rotation)
Gold files: meta_h4b.jsonl, tasks_h4b.jsonl, qa_h4b.jsonl
"""
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # old Liberation here lacks Vietnamese glyphs
FONT_REG = os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf")
FONT_BOLD = os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf")
FONT_IT = os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf")
FONT_BI = os.path.join(FONT_DIR, "DejaVuSerifCondensed-BoldItalic.ttf")

FILE_A = "b-kh-kiem-tra-cchc-huyen-nam-hoa-2027.pdf"
FILE_B = "b-chi-thi-08-ubnd-long-an-2027.docx"
FILE_C = "b-tb-ket-luan-cchc-lang-son-q1-2027.pdf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# Document A: Kế hoạch kiểm tra CCHC năm 2027, UBND huyện Nam Hòa (Thừa Thiên Huế)
# ---------------------------------------------------------------------------
A_TEAM1_HEAD = "Ông Trần Đình Khải, Phó Chủ tịch UBND huyện"
A_TEAM1_MEM = "Lãnh đạo Phòng Nội vụ; Phòng Tư pháp; Văn phòng HĐND và UBND huyện"
A_TEAM2_HEAD = "Bà Nguyễn Thị Hạnh Dung, Trưởng phòng Nội vụ"
A_TEAM2_MEM = "Phòng Tư pháp; Phòng Tài chính - Kế hoạch; Phòng Văn hóa và Thông tin"
A_TEAM3_HEAD = "Ông Võ Minh Tâm, Chánh Văn phòng HĐND và UBND huyện"
A_TEAM3_MEM = "Phòng Nội vụ; Phòng Tư pháp; Thanh tra huyện"

# (STT, đơn vị, thời gian, trưởng đoàn, thành viên, span) ; span = rows the
# merged Trưởng đoàn / Thành viên cells cover, given on the first row only
A_ROWS = [
    ("1", "Phòng Tài nguyên và Môi trường", "Ngày 11/5/2027", A_TEAM1_HEAD, A_TEAM1_MEM, 4),
    ("2", "Phòng Kinh tế và Hạ tầng", "Ngày 13/5/2027", None, None, 0),
    ("3", "Phòng Lao động - Thương binh và Xã hội", "Ngày 18/5/2027", None, None, 0),
    ("4", "Phòng Giáo dục và Đào tạo", "Ngày 20/5/2027", None, None, 0),
    ("5", "UBND xã Hòa Bắc", "Ngày 06/7/2027", A_TEAM2_HEAD, A_TEAM2_MEM, 5),
    ("6", "UBND xã Hương Sơn", "Ngày 08/7/2027", None, None, 0),
    ("7", "UBND xã Phú Mỹ Thượng", "Ngày 13/7/2027", None, None, 0),
    ("8", "UBND xã Bình Điền Hạ", "Ngày 15/7/2027", None, None, 0),
    ("9", "UBND thị trấn Nam Hòa", "Ngày 20/7/2027", None, None, 0),
    ("10", "UBND xã Hồng Vân", "Ngày 05/10/2027", A_TEAM3_HEAD, A_TEAM3_MEM, 3),
    ("11", "UBND xã Thủy Lộc", "Ngày 07/10/2027", None, None, 0),
    ("12", "Phòng Văn hóa và Thông tin", "Ngày 12/10/2027", None, None, 0),
    ("13", "Ban Quản lý dự án đầu tư xây dựng huyện", "Quý IV/2027 (kiểm tra đột xuất)",
     A_TEAM1_HEAD, "Phòng Nội vụ; Thanh tra huyện", 1),
]

A_BODY = [
    # (style, text)
    ("pre", "Căn cứ Kế hoạch số 215/KH-UBND ngày 24/12/2026 của UBND tỉnh Thừa Thiên Huế về "
            "cải cách hành chính năm 2027; Kế hoạch số 09/KH-UBND ngày 12/01/2027 của UBND huyện "
            "Nam Hòa về cải cách hành chính năm 2027, Ủy ban nhân dân huyện ban hành Kế hoạch kiểm tra "
            "công tác cải cách hành chính (CCHC) năm 2027 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Đánh giá thực chất kết quả triển khai nhiệm vụ CCHC năm 2027 tại các cơ quan chuyên môn "
          "thuộc UBND huyện và UBND các xã, thị trấn; kịp thời phát hiện, chấn chỉnh những tồn tại, "
          "hạn chế trong giải quyết thủ tục hành chính (TTHC)."),
    ("p", "- Làm cơ sở để đánh giá, chấm điểm Chỉ số CCHC của các cơ quan, đơn vị năm 2027 và xét "
          "thi đua, khen thưởng cuối năm."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Kiểm tra đúng nội dung, đúng thời gian, không gây phiền hà, không làm ảnh hưởng đến hoạt "
          "động bình thường của đơn vị được kiểm tra."),
    ("p", "- Kết thúc mỗi đợt kiểm tra phải có biên bản kiểm tra; kết luận kiểm tra được ban hành chậm "
          "nhất 10 ngày làm việc kể từ ngày kết thúc kiểm tra tại đơn vị."),
    ("h1", "II. NỘI DUNG"),
    ("h2", "1. Đối tượng kiểm tra"),
    ("p", "Năm 2027 kiểm tra 13 cơ quan, đơn vị, gồm 06 cơ quan chuyên môn, đơn vị thuộc UBND huyện và "
          "07 xã, thị trấn (chi tiết tại Lịch kiểm tra ở mục 4 phần này)."),
    ("h2", "2. Nội dung kiểm tra"),
    ("p", "a) Công tác chỉ đạo, điều hành CCHC: việc ban hành kế hoạch CCHC, kế hoạch tuyên truyền CCHC "
          "năm 2027; việc thực hiện chế độ báo cáo định kỳ; việc khắc phục tồn tại, hạn chế sau kiểm tra "
          "năm 2026."),
    ("p", "b) Cải cách thủ tục hành chính: việc niêm yết, công khai TTHC; việc tiếp nhận, giải quyết hồ "
          "sơ TTHC tại Bộ phận Một cửa; tỷ lệ hồ sơ giải quyết quá hạn và việc gửi thư xin lỗi người "
          "dân, tổ chức; việc số hóa hồ sơ, kết quả giải quyết TTHC."),
    ("p", "c) Cải cách tổ chức bộ máy và chế độ công vụ: việc bố trí công chức theo vị trí việc làm; "
          "việc chấp hành giờ giấc, kỷ luật, kỷ cương hành chính."),
    ("p", "d) Xây dựng chính quyền điện tử, chính quyền số: tỷ lệ văn bản đi được ký số (phấn đấu đạt "
          "từ 95% trở lên); tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến."),
    ("h2", "3. Hình thức kiểm tra"),
    ("p", "- Kiểm tra theo kế hoạch: Đoàn kiểm tra thông báo lịch cụ thể cho đơn vị được kiểm tra "
          "trước ít nhất 05 ngày làm việc."),
    ("p", "- Kiểm tra đột xuất: không báo trước, áp dụng đối với đơn vị có phản ánh, kiến nghị của "
          "người dân, doanh nghiệp hoặc có tỷ lệ hồ sơ quá hạn trên 5%."),
    ("h2", "4. Thành phần Đoàn kiểm tra và lịch kiểm tra"),
    ("p", "Đoàn kiểm tra CCHC của huyện do Chủ tịch UBND huyện quyết định thành lập, gồm 03 tổ kiểm "
          "tra; mỗi tổ do một Trưởng đoàn phụ trách. Thời gian kiểm tra tại mỗi đơn vị là 01 ngày. "
          "Lịch kiểm tra cụ thể như sau:"),
    ("TABLE", ""),
    ("h1", "III. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Phòng Nội vụ"),
    ("p", "- Là cơ quan thường trực, tham mưu Chủ tịch UBND huyện ban hành Quyết định thành lập Đoàn "
          "kiểm tra trước ngày 20/4/2027."),
    ("p", "- Xây dựng đề cương báo cáo, thông báo lịch kiểm tra cụ thể đến các đơn vị; theo dõi, đôn "
          "đốc việc khắc phục tồn tại sau kiểm tra."),
    ("p", "- Tổng hợp kết quả kiểm tra, tham mưu UBND huyện báo cáo UBND tỉnh (qua Sở Nội vụ) trước "
          "ngày 15/11/2027."),
    ("h2", "2. Văn phòng HĐND và UBND huyện"),
    ("p", "Bố trí phương tiện phục vụ Đoàn kiểm tra; phối hợp Phòng Nội vụ kiểm tra việc thực hiện "
          "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa huyện."),
    ("h2", "3. Phòng Tài chính - Kế hoạch"),
    ("p", "Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027 của Phòng "
          "Nội vụ."),
    ("h2", "4. Các cơ quan, đơn vị được kiểm tra"),
    ("p", "Xây dựng báo cáo tự kiểm tra công tác CCHC (theo đề cương của Phòng Nội vụ) gửi Đoàn kiểm "
          "tra chậm nhất 03 ngày làm việc trước ngày kiểm tra; chuẩn bị đầy đủ hồ sơ, tài liệu; "
          "khắc phục tồn tại và báo cáo kết quả khắc phục trong thời hạn 30 ngày kể từ ngày nhận kết "
          "luận kiểm tra."),
    ("h2", "5. Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
    ("p", "Đưa tin về hoạt động kiểm tra CCHC trên Trang thông tin điện tử huyện."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về UBND "
          "huyện (qua Phòng Nội vụ) để được hướng dẫn./."),
]

A_NOINHAN = ["- UBND tỉnh (b/c);", "- Sở Nội vụ tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);",
             "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị tại mục II.1;", "- Lưu: VT, NV."]


def make_doc_a(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, KeepTogether)

    pdfmetrics.registerFont(TTFont("LSerif", FONT_REG))
    pdfmetrics.registerFont(TTFont("LSerif-B", FONT_BOLD))
    pdfmetrics.registerFont(TTFont("LSerif-I", FONT_IT))
    pdfmetrics.registerFont(TTFont("LSerif-BI", FONT_BI))
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-BI")

    base = dict(fontName="LSerif", fontSize=12.5, leading=16.5)
    st_c = ParagraphStyle("c", alignment=TA_CENTER, **base)
    st_cb = ParagraphStyle("cb", alignment=TA_CENTER, fontName="LSerif-B", fontSize=13, leading=16)
    st_hc = ParagraphStyle("hc", alignment=TA_CENTER, fontName="LSerif", fontSize=12, leading=15)
    st_hcb = ParagraphStyle("hcb", alignment=TA_CENTER, fontName="LSerif-B", fontSize=12, leading=15)
    st_hci = ParagraphStyle("hci", alignment=TA_CENTER, fontName="LSerif-I", fontSize=13, leading=16)
    st_p = ParagraphStyle("p", alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4, **base)
    st_h1 = ParagraphStyle("h1", alignment=TA_LEFT, fontName="LSerif-B", fontSize=12.5, leading=16.5,
                           firstLineIndent=1 * cm, spaceBefore=4, spaceAfter=4)
    st_h2 = ParagraphStyle("h2", alignment=TA_LEFT, fontName="LSerif-B", fontSize=12.5, leading=16.5,
                           firstLineIndent=1 * cm, spaceAfter=3)
    st_t = ParagraphStyle("t", alignment=TA_LEFT, fontName="LSerif", fontSize=10.5, leading=13)
    st_tc = ParagraphStyle("tc", alignment=TA_CENTER, fontName="LSerif", fontSize=10.5, leading=13)
    st_th = ParagraphStyle("th", alignment=TA_CENTER, fontName="LSerif-B", fontSize=10.5, leading=13)
    st_small = ParagraphStyle("sm", alignment=TA_LEFT, fontName="LSerif", fontSize=11, leading=13)
    st_smbi = ParagraphStyle("smbi", alignment=TA_LEFT, fontName="LSerif-BI", fontSize=12, leading=14)

    def P(t, s):
        return Paragraph(N(t), s)

    story = []
    left = [P("ỦY BAN NHÂN DÂN", st_hc), P("HUYỆN NAM HÒA", st_hcb),
            HRFlowable(width=55, thickness=0.6, color=colors.black, hAlign="CENTER", spaceBefore=1,
                       spaceAfter=5),
            P("Số: 47/KH-UBND", st_hc)]
    right = [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st_hcb), P("Độc lập - Tự do - Hạnh phúc", st_hcb),
             HRFlowable(width=150, thickness=0.6, color=colors.black, hAlign="CENTER", spaceBefore=1,
                        spaceAfter=5),
             P("Nam Hòa, ngày 18 tháng 3 năm 2027", st_hci)]
    head = Table([[left, right]], colWidths=[6.2 * cm, 9.8 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 14), P("KẾ HOẠCH", st_cb),
              P("Kiểm tra công tác cải cách hành chính năm 2027", st_cb),
              HRFlowable(width=90, thickness=0.6, color=colors.black, hAlign="CENTER", spaceBefore=3,
                         spaceAfter=10)]

    for kind, text in A_BODY:
        if kind == "TABLE":
            story.append(Spacer(1, 4))
            story.append(make_table_a(P, st_t, st_tc, st_th, Table, TableStyle, colors, cm))
            story.append(Spacer(1, 8))
        elif kind == "h1":
            story.append(P(text, st_h1))
        elif kind == "h2":
            story.append(P(text, st_h2))
        else:
            story.append(P(text, st_p))

    nn = [P("Nơi nhận:", st_smbi)] + [P(x, st_small) for x in A_NOINHAN]
    sig = [P("TM. ỦY BAN NHÂN DÂN", st_hcb), P("CHỦ TỊCH", st_hcb), Spacer(1, 46),
           P("Lê Quang Vinh", st_hcb)]
    sigt = Table([[nn, sig]], colWidths=[7.5 * cm, 8.5 * cm])
    sigt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 8), KeepTogether(sigt)]

    def later(canv, doc):
        canv.saveState()
        canv.setFont("LSerif", 12)
        canv.drawCentredString(A4[0] / 2 + 0.5 * cm, A4[1] - 1.3 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title=N("Kế hoạch kiểm tra công tác CCHC năm 2027"), author="UBND huyen")
    doc.build(story, onLaterPages=later)


def make_table_a(P, st_t, st_tc, st_th, Table, TableStyle, colors, cm):
    header = [P("STT", st_th), P("Đơn vị được kiểm tra", st_th), P("Thời gian kiểm tra", st_th),
              P("Trưởng đoàn", st_th), P("Thành viên", st_th)]
    data = [header]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    r = 1
    for stt, unit, when, headp, mem, span in A_ROWS:
        data.append([P(stt, st_tc), P(unit, st_t), P(when, st_tc),
                     P(headp, st_t) if headp else "", P(mem, st_t) if mem else ""])
        if span > 1:
            style.append(("SPAN", (3, r), (3, r + span - 1)))
            style.append(("SPAN", (4, r), (4, r + span - 1)))
        r += 1
    t = Table(data, colWidths=[1.0 * cm, 4.6 * cm, 2.9 * cm, 3.9 * cm, 3.6 * cm], repeatRows=1,
              splitByRow=1)
    t.setStyle(TableStyle(style))
    return t


def tasks_a():
    out = []
    cur_head = cur_mem = ""
    for stt, unit, when, headp, mem, span in A_ROWS:
        if headp:
            cur_head, cur_mem = headp, mem
        out.append({"file": FILE_A, "section": "", "no": stt, "content": unit, "lead": cur_head,
                    "coordinators": cur_mem, "deadline": when, "output": ""})
    return out


# ---------------------------------------------------------------------------
# Document B: Chỉ thị 08/CT-UBND of UBND tỉnh Long An (DOCX)
# ---------------------------------------------------------------------------
B_TITLE2 = ("Về việc chấn chỉnh tình trạng hồ sơ thủ tục hành chính quá hạn, tăng cường kỷ luật, "
            "kỷ cương hành chính trong giải quyết thủ tục hành chính")

B_PREAMBLE = [
    "Năm 2026, toàn tỉnh tiếp nhận 612.480 hồ sơ thủ tục hành chính (TTHC), trong đó giải quyết "
    "đúng hạn 596.913 hồ sơ, đạt tỷ lệ 97,46%; còn 15.567 hồ sơ giải quyết quá hạn, tập trung chủ yếu "
    "ở các lĩnh vực đất đai, xây dựng và đăng ký doanh nghiệp. Một số cơ quan, địa phương chưa thực "
    "hiện nghiêm việc xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn; tình trạng yêu cầu bổ "
    "sung hồ sơ nhiều lần, hồ sơ không được cập nhật lên hệ thống vẫn còn xảy ra, làm ảnh hưởng đến "
    "quyền, lợi ích hợp pháp của người dân, doanh nghiệp và kết quả Chỉ số cải cách hành chính (CCHC) "
    "của tỉnh.",
    "Để chấn chỉnh tình trạng trên, tăng cường kỷ luật, kỷ cương hành chính trong giải quyết TTHC, "
    "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
]

# (heading, [sub-points])
B_DIRECTIVES = [
    ("1. Các sở, ban, ngành tỉnh", [
        "a) Thủ trưởng các sở, ban, ngành chịu trách nhiệm trước Chủ tịch UBND tỉnh về tình trạng hồ sơ "
        "quá hạn thuộc thẩm quyền; rà soát toàn bộ hồ sơ đang giải quyết quá hạn, xác định rõ nguyên "
        "nhân, trách nhiệm của từng cá nhân và xử lý dứt điểm trước ngày 31/3/2027.",
        "b) Thực hiện nghiêm việc gửi văn bản xin lỗi người dân, tổ chức đối với 100% hồ sơ giải quyết "
        "quá hạn; không yêu cầu bổ sung hồ sơ quá 01 lần trong quá trình giải quyết.",
        "c) Rà soát, đề xuất cắt giảm ít nhất 20% thời gian giải quyết đối với các TTHC thuộc lĩnh vực "
        "quản lý, gửi Văn phòng UBND tỉnh trước ngày 30/6/2027.",
    ]),
    ("2. UBND các huyện, thị xã, thành phố", [
        "a) Chỉ đạo Bộ phận Một cửa cấp huyện, cấp xã công khai đầy đủ, đúng quy định các TTHC; cập nhật "
        "100% hồ sơ lên Hệ thống thông tin giải quyết TTHC tỉnh, không để tình trạng hồ sơ \"ngoài hệ "
        "thống\".",
        "b) Chủ tịch UBND cấp huyện trực tiếp chỉ đạo giải quyết hồ sơ quá hạn trong lĩnh vực đất đai; "
        "định kỳ hằng tháng tổ chức giao ban về tình hình giải quyết TTHC.",
        "c) Xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà; kết quả xử lý báo cáo "
        "về Sở Nội vụ trước ngày 15 tháng cuối quý.",
    ]),
    ("3. Sở Nội vụ", [
        "a) Chủ trì, phối hợp Văn phòng UBND tỉnh tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra đột xuất "
        "việc chấp hành kỷ luật, kỷ cương hành chính năm 2027, hoàn thành trong tháng 3/2027.",
        "b) Đưa kết quả thực hiện Chỉ thị này vào tiêu chí đánh giá, xếp loại chất lượng đối với tập thể, "
        "người đứng đầu cơ quan, đơn vị và chấm điểm Chỉ số CCHC năm 2027.",
    ]),
    ("4. Văn phòng UBND tỉnh", [
        "a) Chủ trì theo dõi, đôn đốc việc giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh; "
        "hằng tháng công khai danh sách cơ quan, địa phương có hồ sơ quá hạn trên Cổng Dịch vụ công tỉnh.",
        "b) Chủ trì, phối hợp Sở Tư pháp thẩm định phương án cắt giảm thời gian giải quyết TTHC do các "
        "sở, ngành đề xuất, trình Chủ tịch UBND tỉnh trước ngày 30/9/2027.",
        "c) Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh bố trí đủ công chức tiếp nhận hồ sơ; triển "
        "khai lấy ý kiến đánh giá sự hài lòng bằng thiết bị điện tử tại 100% quầy tiếp nhận trước ngày "
        "30/4/2027.",
    ]),
    ("5. Sở Thông tin và Truyền thông", [
        "a) Chủ trì nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, bổ sung chức năng cảnh báo tự động "
        "hồ sơ sắp đến hạn, quá hạn gửi qua tin nhắn đến công chức xử lý, hoàn thành trước ngày "
        "31/5/2027.",
        "b) Bảo đảm kết nối, đồng bộ dữ liệu giữa Hệ thống với Cổng Dịch vụ công quốc gia; khắc phục sự "
        "cố trong thời hạn không quá 04 giờ kể từ khi nhận được phản ánh.",
    ]),
    ("6. Công an tỉnh", [
        "a) Phối hợp Sở Tư pháp và UBND cấp huyện đẩy mạnh khai thác, sử dụng dữ liệu dân cư trong giải "
        "quyết TTHC, không yêu cầu người dân nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về "
        "dân cư.",
        "b) Chủ trì rà soát, xử lý hồ sơ TTHC lĩnh vực đăng ký, quản lý cư trú quá hạn, báo cáo UBND "
        "tỉnh trước ngày 15/4/2027.",
    ]),
    ("7. Sở Tư pháp", [
        "Chủ trì hướng dẫn việc số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực hộ tịch; phối hợp Văn "
        "phòng UBND tỉnh thực hiện nhiệm vụ tại điểm b khoản 4 Chỉ thị này.",
    ]),
    ("8. Báo Long An, Đài Phát thanh và Truyền hình Long An", [
        "Mở chuyên mục \"Dân hỏi - Chính quyền trả lời\" về giải quyết TTHC, phát sóng, đăng tải định kỳ "
        "02 số/tháng.",
    ]),
    ("9. Tổ chức thực hiện", [
        "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố triển khai "
        "nghiêm túc Chỉ thị này; báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 15 tháng cuối "
        "quý) và báo cáo năm (trước ngày 10/12/2027) gửi Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh. Giao "
        "Sở Nội vụ theo dõi, kiểm tra việc thực hiện Chỉ thị này./.",
    ]),
]

B_NOINHAN = ["- Văn phòng Chính phủ (Cục KSTTHC);", "- Bộ Nội vụ;", "- TT.TU, TT.HĐND tỉnh;",
             "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
             "- UBND các huyện, thị xã, thành phố;", "- Báo Long An, Đài PT-TH Long An;",
             "- Lưu: VT, KSTT."]

# (STT, nhiệm vụ, chủ trì, phối hợp, bắt đầu, hoàn thành, sản phẩm); bắt đầu == "MERGE:x" means
# one cell spanning Bắt đầu and Hoàn thành holding x
B_ROWS = [
    ("1", "Rà soát, xử lý dứt điểm hồ sơ TTHC đang quá hạn", "Các sở, ban, ngành tỉnh",
     "Văn phòng UBND tỉnh", "01/3/2027", "31/3/2027", "Báo cáo kết quả xử lý hồ sơ quá hạn"),
    ("2", "Xây dựng Kế hoạch kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính năm 2027",
     "Sở Nội vụ", "Văn phòng UBND tỉnh", "01/3/2027", "31/3/2027", "Kế hoạch của UBND tỉnh"),
    ("3", "Đề xuất phương án cắt giảm thời gian giải quyết TTHC thuộc lĩnh vực quản lý",
     "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "01/4/2027", "30/6/2027",
     "Văn bản đề xuất gửi Văn phòng UBND tỉnh"),
    ("4", "Thẩm định phương án cắt giảm thời gian giải quyết TTHC, trình Chủ tịch UBND tỉnh",
     "Văn phòng UBND tỉnh", "Sở Tư pháp", "01/7/2027", "30/9/2027", "Quyết định phê duyệt phương án"),
    ("5", "Lắp đặt thiết bị đánh giá sự hài lòng tại các quầy tiếp nhận hồ sơ",
     "Trung tâm Phục vụ hành chính công tỉnh", "Sở Thông tin và Truyền thông", "01/3/2027",
     "30/4/2027", "Thiết bị đánh giá tại 100% quầy tiếp nhận"),
    ("6", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh: chức năng cảnh báo hồ sơ sắp đến hạn, "
          "quá hạn", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "15/3/2027", "31/5/2027",
     "Chức năng cảnh báo qua tin nhắn"),
    ("7", "Rà soát, xử lý hồ sơ TTHC lĩnh vực đăng ký, quản lý cư trú quá hạn", "Công an tỉnh",
     "UBND các huyện, thị xã, thành phố", "01/3/2027", "15/4/2027", "Báo cáo UBND tỉnh"),
    ("8", "Hướng dẫn số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực hộ tịch", "Sở Tư pháp",
     "Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố", "01/4/2027", "",
     "Văn bản hướng dẫn"),
    ("9", "Công khai danh sách cơ quan, địa phương có hồ sơ quá hạn trên Cổng Dịch vụ công tỉnh",
     "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "MERGE:Hằng tháng", "",
     "Danh sách được công khai"),
    ("10", "Mở chuyên mục \"Dân hỏi - Chính quyền trả lời\" về giải quyết TTHC",
     "Báo Long An; Đài Phát thanh và Truyền hình Long An", "Văn phòng UBND tỉnh", "Tháng 3/2027",
     "Tháng 12/2027", "02 số/tháng"),
    ("11", "Tổng hợp, báo cáo kết quả thực hiện Chỉ thị năm 2027", "Sở Nội vụ",
     "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", "01/11/2027", "20/12/2027",
     "Báo cáo UBND tỉnh"),
]


def make_doc_b(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    stl = doc.styles["Normal"]
    stl.font.name = "Times New Roman"
    stl.font.size = Pt(14)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    stl.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def para(container, text, bold=False, italic=False, align=None, size=None, indent=None,
             after=None, before=None):
        p = container.add_paragraph()
        r = p.add_run(N(text))
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if before is not None:
            p.paragraph_format.space_before = Pt(before)
        return p

    def cell_text(cell, lines, bold_flags=None, italic_flags=None, align="c", size=13):
        cell.text = ""
        first = True
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(N(ln))
            r.font.size = Pt(size)
            r.bold = bool(bold_flags and bold_flags[i])
            r.italic = bool(italic_flags and italic_flags[i])
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                           "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]

    # header: borderless 1x2 table
    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    ht.autofit = False
    widths = [Cm(5.6), Cm(10.6)]
    for i, w in enumerate(widths):
        ht.columns[i].width = w
        ht.rows[0].cells[i].width = w
    cell_text(ht.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "―――――", "Số: 08/CT-UBND"],
              bold_flags=[0, 1, 0, 0], size=12.5)
    cell_text(ht.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                              "―――――――――――――", "Long An, ngày 23 tháng 02 năm 2027"],
              bold_flags=[1, 1, 0, 0], italic_flags=[0, 0, 0, 1], size=12.5)

    para(doc, "", after=6)
    para(doc, "CHỈ THỊ", bold=True, align="c")
    para(doc, B_TITLE2, bold=True, align="c", after=12)
    for t in B_PREAMBLE:
        para(doc, t, align="j", indent=1, after=4)
    for head, subs in B_DIRECTIVES:
        para(doc, head, bold=True, align="j", indent=1, after=3, before=3)
        for s in subs:
            para(doc, s, align="j", indent=1, after=3)

    # signature block: borderless 1x2 table
    para(doc, "", after=6)
    st = doc.add_table(rows=1, cols=2)
    st.autofit = False
    for i, w in enumerate([Cm(8), Cm(8)]):
        st.columns[i].width = w
        st.rows[0].cells[i].width = w
    cell_text(st.cell(0, 0), ["Nơi nhận:"] + B_NOINHAN, bold_flags=[1] + [0] * len(B_NOINHAN),
              italic_flags=[1] + [0] * len(B_NOINHAN), align="l", size=11)
    cell_text(st.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Hoài Phong"],
              bold_flags=[1, 1, 0, 0, 0, 1], size=14)

    # appendix in a landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(2)
    new.top_margin, new.bottom_margin = Cm(2), Cm(2)
    para(doc, "Phụ lục", bold=True, align="c")
    para(doc, "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHỈ THỊ SỐ 08/CT-UBND", bold=True, align="c")
    para(doc, "(Kèm theo Chỉ thị số 08/CT-UBND ngày 23/02/2027 của UBND tỉnh Long An)", italic=True,
         align="c", after=10)

    ncol = 7
    t = doc.add_table(rows=3 + len(B_ROWS), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cw = [Cm(1.4), Cm(7.2), Cm(4.0), Cm(4.6), Cm(2.6), Cm(2.6), Cm(3.3)]
    for i, w in enumerate(cw):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(cw):
            row.cells[i].width = w
    # two-row header
    for c, label in [(0, "STT"), (1, "Nhiệm vụ"), (2, "Cơ quan chủ trì"), (3, "Cơ quan phối hợp"),
                     (6, "Sản phẩm")]:
        m = t.cell(0, c).merge(t.cell(1, c))
        cell_text(m, [label], bold_flags=[1])
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    g = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(g, ["Thời gian"], bold_flags=[1])
    cell_text(t.cell(1, 4), ["Bắt đầu"], bold_flags=[1])
    cell_text(t.cell(1, 5), ["Hoàn thành"], bold_flags=[1])
    for c in range(ncol):
        cell_text(t.cell(2, c), ["(%d)" % (c + 1)], italic_flags=[1], size=12)
    # repeat header rows on each page
    for ri in range(3):
        trPr = t.rows[ri]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    for k, (stt, task, lead, coo, start, end, out) in enumerate(B_ROWS):
        ri = 3 + k
        cell_text(t.cell(ri, 0), [stt], size=12)
        cell_text(t.cell(ri, 1), [task], align="j", size=12)
        cell_text(t.cell(ri, 2), [lead], align="l", size=12)
        cell_text(t.cell(ri, 3), [coo], align="l", size=12)
        if start.startswith("MERGE:"):
            m = t.cell(ri, 4).merge(t.cell(ri, 5))
            cell_text(m, [start[6:]], size=12)
        else:
            cell_text(t.cell(ri, 4), [start], size=12)
            cell_text(t.cell(ri, 5), [end] if end else [""], size=12)
        cell_text(t.cell(ri, 6), [out], align="l", size=12)
    doc.core_properties.title = N("Chỉ thị 08/CT-UBND")
    doc.core_properties.author = "VP UBND tinh"
    doc.save(path)


def tasks_b():
    out = []
    for stt, task, lead, coo, start, end, outp in B_ROWS:
        dl = start[6:] if start.startswith("MERGE:") else end
        out.append({"file": FILE_B, "section": "", "no": stt, "content": task[:120], "lead": lead,
                    "coordinators": coo, "deadline": dl, "output": outp})
    return out


# ---------------------------------------------------------------------------
# Document C: Thông báo kết luận, Văn phòng UBND tỉnh Lạng Sơn (image-only PDF)
# ---------------------------------------------------------------------------
C_TITLE2 = ("Kết luận của đồng chí Lương Văn Khuê, Phó Chủ tịch UBND tỉnh tại cuộc họp đánh giá "
            "kết quả cải cách hành chính quý I năm 2027")

# (style, text): style in hdr (special), title, p, h, nn, sig
C_BODY = [
    ("p", "Ngày 09/4/2027, tại Phòng họp số 3, trụ sở UBND tỉnh, đồng chí Lương Văn Khuê, Phó Chủ tịch "
          "UBND tỉnh, Phó Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ trì cuộc họp đánh giá kết quả "
          "cải cách hành chính (CCHC) quý I năm 2027, triển khai nhiệm vụ quý II năm 2027. Tham dự cuộc "
          "họp có lãnh đạo: Sở Nội vụ, Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin và Truyền thông, "
          "Sở Tài chính, Trung tâm Phục vụ hành chính công tỉnh; lãnh đạo UBND các huyện, thành phố "
          "dự trực tuyến tại 11 điểm cầu."),
    ("p", "Sau khi nghe Sở Nội vụ báo cáo kết quả thực hiện công tác CCHC quý I năm 2027 và ý kiến của "
          "các đại biểu dự họp, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Quý I năm 2027, các cơ quan, địa phương đã triển khai kịp thời Kế hoạch CCHC năm 2027 của "
          "tỉnh. Toàn tỉnh tiếp nhận 48.615 hồ sơ thủ tục hành chính (TTHC), tỷ lệ giải quyết đúng hạn "
          "đạt 98,2%; tỷ lệ hồ sơ nộp trực tuyến đạt 61,4%. Tuy nhiên, còn 874 hồ sơ quá hạn, chủ yếu "
          "thuộc lĩnh vực đất đai tại UBND huyện Mẫu Sơn và UBND huyện Bắc Quan; một số đơn vị chưa "
          "ban hành kế hoạch tuyên truyền CCHC năm 2027."),
    ("h", "2. Nhiệm vụ trọng tâm quý II năm 2027"),
    ("p", "2.1. Sở Nội vụ: Chủ trì tham mưu UBND tỉnh tổ chức Hội nghị sơ kết công tác CCHC 6 tháng đầu "
          "năm 2027, hoàn thành trước ngày 15/7/2027; phối hợp Văn phòng UBND tỉnh kiểm tra đột xuất "
          "việc giải quyết TTHC tại UBND huyện Mẫu Sơn và UBND huyện Bắc Quan trong tháng 5/2027."),
    ("p", "2.2. Văn phòng UBND tỉnh: Chủ trì, phối hợp Sở Thông tin và Truyền thông rà soát, tái cấu "
          "trúc quy trình đối với 35 dịch vụ công trực tuyến toàn trình, trình Chủ tịch UBND tỉnh phê "
          "duyệt trước ngày 31/5/2027; chỉ đạo Trung tâm Phục vụ hành chính công tỉnh thí điểm tiếp "
          "nhận hồ sơ vào sáng thứ Bảy hằng tuần từ ngày 01/5/2027."),
    ("p", "2.3. Sở Thông tin và Truyền thông: Khắc phục tình trạng chậm đồng bộ trạng thái hồ sơ giữa "
          "Hệ thống thông tin giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia, hoàn thành trước "
          "ngày 30/4/2027."),
    ("p", "2.4. Sở Tư pháp: Chủ trì rà soát các văn bản quy phạm pháp luật có quy định TTHC do HĐND, "
          "UBND tỉnh ban hành; báo cáo kết quả về UBND tỉnh trong quý II năm 2027."),
    ("p", "2.5. UBND các huyện, thành phố: Xử lý dứt điểm 874 hồ sơ quá hạn trước ngày 20/5/2027. "
          "UBND huyện Mẫu Sơn, UBND huyện Bắc Quan có báo cáo giải trình bằng văn bản gửi UBND tỉnh "
          "(qua Sở Nội vụ) trước ngày 25/4/2027. Các đơn vị chưa ban hành kế hoạch tuyên truyền CCHC "
          "năm 2027 phải ban hành trước ngày 30/4/2027."),
    ("p", "2.6. Sở Tài chính: Cân đối, tham mưu bố trí kinh phí thực hiện Đề án hiện đại hóa Bộ phận "
          "Một cửa cấp xã, trình UBND tỉnh trong tháng 6/2027."),
    ("p", "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
]
C_NOINHAN = ["- Chủ tịch, các PCT UBND tỉnh;", "- Các sở: Nội vụ, Tư pháp, TT&TT, Tài chính;",
             "- UBND các huyện, thành phố;", "- Trung tâm PVHCC tỉnh;", "- C, PCVP UBND tỉnh;",
             "- Lưu: VT, NC (H.T)."]
C_HDR_LEFT = ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "", "Số: 61/TB-VP"]
C_HDR_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
               "Lạng Sơn, ngày 14 tháng 4 năm 2027"]
C_SIG = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "", "Chu Thị Ngọc Lan"]


def scan_text():
    """All the text drawn on the scanned pages (for checking; order of drawing)."""
    parts = C_HDR_LEFT + C_HDR_RIGHT + ["THÔNG BÁO", C_TITLE2]
    parts += [t for _, t in C_BODY]
    parts += ["Nơi nhận:"] + C_NOINHAN + C_SIG
    return N("\n".join(p for p in parts if p))


def make_doc_c(path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(4242)
    DPI = 200
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    px = lambda cm_: int(round(cm_ / 2.54 * DPI))
    pt = lambda p: int(round(p / 72 * DPI))
    L, R, T, B = px(3.0), W - px(2.0), px(2.0), H - px(2.2)
    f_reg = ImageFont.truetype(FONT_REG, pt(13))
    f_b = ImageFont.truetype(FONT_BOLD, pt(13))
    f_i = ImageFont.truetype(FONT_IT, pt(13))
    f_hb = ImageFont.truetype(FONT_BOLD, pt(12))
    f_h = ImageFont.truetype(FONT_REG, pt(12))
    f_s = ImageFont.truetype(FONT_REG, pt(12))
    f_sbi = ImageFont.truetype(FONT_BI, pt(12))
    lead = int(pt(13) * 1.38)

    pages = []

    def new_page():
        im = Image.new("L", (W, H), 255)
        pages.append(im)
        return im, ImageDraw.Draw(im)

    im, d = new_page()
    y = T

    def wrap(text, font, width, first_indent=0):
        words = N(text).split(" ")
        lines, cur, ind = [], "", first_indent
        for w_ in words:
            trial = (cur + " " + w_) if cur else w_
            if d.textlength(trial, font=font) + ind <= width:
                cur = trial
            else:
                lines.append((cur, ind))
                cur, ind = w_, 0
        if cur:
            lines.append((cur, ind))
        return lines

    def ensure(space):
        nonlocal im, d, y
        if y + space > B:
            im, d = new_page()
            # page number at top of later pages
            d.text((W // 2 + px(0.5), px(1.1)), str(len(pages)), font=f_h, fill=0, anchor="mm")
            y = T

    def draw_just(line, ind, font, last):
        x0 = L + ind
        words = line.split(" ")
        if last or len(words) == 1:
            d.text((x0, y), line, font=font, fill=0)
            return
        wsum = sum(d.textlength(w_, font=font) for w_ in words)
        gap = (R - x0 - wsum) / (len(words) - 1)
        x = x0
        for w_ in words:
            d.text((x, y), w_, font=font, fill=0)
            x += d.textlength(w_, font=font) + gap

    # header, two columns
    lc, rc = L + px(2.3), L + px(11.2)
    yl = y
    for i, t in enumerate(C_HDR_LEFT):
        if t:
            d.text((lc, yl), N(t), font=f_hb if i == 1 else f_h, fill=0, anchor="ma")
        elif i == 2:
            d.line((lc - px(0.9), yl - px(0.05), lc + px(0.9), yl - px(0.05)), fill=0, width=2)
        yl += int(pt(12.5) * 1.35)
    yr = y
    for i, t in enumerate(C_HDR_RIGHT):
        if t:
            d.text((rc, yr), N(t), font=(f_hb if i < 2 else f_i), fill=0, anchor="ma")
        elif i == 2:
            d.line((rc - px(2.6), yr - px(0.05), rc + px(2.6), yr - px(0.05)), fill=0, width=2)
        yr += int(pt(12.5) * 1.35)
    y = max(yl, yr) + px(0.6)
    d.text((W // 2 + px(0.5), y), "THÔNG BÁO", font=f_b, fill=0, anchor="ma")
    y += lead
    for ln, _ in wrap(C_TITLE2, f_b, px(15.6)):
        d.text((W // 2 + px(0.5), y), ln, font=f_b, fill=0, anchor="ma")
        y += lead
    d.line((W // 2 + px(0.5) - px(1.6), y + px(0.05), W // 2 + px(0.5) + px(1.6), y + px(0.05)),
           fill=0, width=2)
    y += px(0.5)

    for kind, text in C_BODY:
        font = f_b if kind == "h" else f_reg
        lines = wrap(text, font, R - L, first_indent=px(1.0))
        for k, (ln, ind) in enumerate(lines):
            ensure(lead)
            draw_just(ln, ind, font, k == len(lines) - 1)
            y += lead
        y += px(0.12)

    # Nơi nhận + signature
    block_h = max(len(C_NOINHAN) + 1, len(C_SIG)) * int(pt(12) * 1.3) + px(0.6)
    ensure(block_h)
    y += px(0.3)
    yn = y
    d.text((L, yn), N("Nơi nhận:"), font=f_sbi, fill=0)
    yn += int(pt(12) * 1.3)
    for t in C_NOINHAN:
        d.text((L, yn), N(t), font=f_s, fill=0)
        yn += int(pt(12) * 1.3)
    sx = L + px(12.0)
    ys = y
    for t in C_SIG:
        if t:
            d.text((sx, ys), N(t), font=f_hb if t != C_SIG[-1] else f_b, fill=0, anchor="ma")
        ys += int(pt(12.5) * 1.4)
    # a faint stamp-like ring over the signature area
    cx, cy, rr = sx - px(1.2), y + px(2.2), px(1.6)
    d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=185, width=5)

    # scanner look: slight blur, rotation <= 1 deg, noise, specks
    out = []
    for n, pg in enumerate(pages):
        pg = pg.filter(ImageFilter.GaussianBlur(0.7))
        angle = [0.55, -0.4][n % 2]
        pg = pg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise((W, H), 40).convert("L")
        pg = Image.blend(pg, noise, 0.10)
        dd = ImageDraw.Draw(pg)
        for _ in range(1800):
            x0, y0 = rnd.randrange(W), rnd.randrange(H)
            r0 = rnd.choice([1, 1, 1, 2])
            dd.ellipse((x0, y0, x0 + r0, y0 + r0), fill=rnd.randrange(60, 170))
        # darker scan edge on the left
        dd.rectangle((0, 0, px(0.25), H), fill=200)
        out.append(pg.convert("RGB"))
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=DPI)
    return len(out)


# ---------------------------------------------------------------------------
# Gold: meta, tasks, questions
# ---------------------------------------------------------------------------
def meta(scanned_c):
    return [
        {"file": FILE_A, "type": "Kế hoạch", "number": "47/KH-UBND",
         "title": "Kế hoạch Kiểm tra công tác cải cách hành chính năm 2027",
         "issuer": "Ủy ban nhân dân huyện Nam Hòa", "place": "huyện Nam Hòa",
         "province": "tỉnh Thừa Thiên Huế", "level": "huyện", "date": "2027-03-18", "year": 2027,
         "signer": "Lê Quang Vinh", "parts": ["Kế hoạch"],
         "tables": [{"kind": "tasks", "rows": len(A_ROWS), "what": "lịch kiểm tra công tác CCHC"}],
         "scanned_pages": 0},
        {"file": FILE_B, "type": "Chỉ thị", "number": "08/CT-UBND",
         "title": "Chỉ thị " + B_TITLE2,
         "issuer": "Ủy ban nhân dân tỉnh Long An", "place": "tỉnh Long An",
         "province": "tỉnh Long An", "level": "tỉnh", "date": "2027-02-23", "year": 2027,
         "signer": "Đặng Hoài Phong", "parts": ["Chỉ thị", "Phụ lục"],
         "tables": [{"kind": "tasks", "rows": len(B_ROWS),
                     "what": "danh mục nhiệm vụ triển khai Chỉ thị"}],
         "scanned_pages": 0},
        {"file": FILE_C, "type": "Thông báo", "number": "61/TB-VP",
         "title": "Thông báo " + C_TITLE2,
         "issuer": "Văn phòng Ủy ban nhân dân tỉnh", "place": "tỉnh Lạng Sơn",
         "province": "tỉnh Lạng Sơn", "level": "văn phòng", "date": "2027-04-14", "year": 2027,
         "signer": "Chu Thị Ngọc Lan", "parts": ["Thông báo"], "tables": [],
         "scanned_pages": scanned_c},
    ]


def Q(question, intent, must_have, doc, snippet, accent_free, notes, turns=None, must_not=None):
    return {"question": question, "turns": turns or [], "intent": intent, "must_have": must_have,
            "must_not": must_not or [], "doc": doc, "snippet": snippet, "accent_free": accent_free,
            "notes": notes}


QUESTIONS = [
    # ---- A: Kế hoạch kiểm tra CCHC 2027, huyện Nam Hòa (PDF) ----
    Q("ai lam truong doan kiem tra cchc tai phong tai nguyen va moi truong huyen nam hoa", "lead",
      ["Trần Đình Khải"], FILE_A, "Phòng Tài nguyên và", True,
      "Lịch kiểm tra (mục II.4), dòng 1; ô Trưởng đoàn gộp dòng 1-4"),
    Q("Đoàn kiểm tra CCHC của huyện làm việc tại UBND xã Phú Mỹ Thượng vào ngày nào?", "deadline",
      ["13/7/2027"], FILE_A, "UBND xã Phú Mỹ Thượng", False, "Lịch kiểm tra, dòng 7"),
    Q("nhung don vi nao duoc kiem tra cchc trong quy II nam 2027 o huyen nam hoa", "list",
      ["Tài nguyên và Môi trường", "Kinh tế và Hạ tầng", "Thương binh và Xã hội",
       "Giáo dục và Đào tạo"], FILE_A, "Phòng Kinh tế và Hạ tầng", True,
      "Lịch kiểm tra, dòng 1-4 (tháng 5/2027)", must_not=["Hòa Bắc"]),
    Q("Tổ kiểm tra do bà Nguyễn Thị Hạnh Dung làm Trưởng đoàn có những thành viên nào?",
      "coordinators", ["Phòng Tư pháp", "Tài chính - Kế hoạch", "Văn hóa và Thông tin"], FILE_A,
      "Bà Nguyễn Thị Hạnh", False, "Lịch kiểm tra, ô Thành viên gộp dòng 5-9"),
    Q("Kế hoạch kiểm tra CCHC 2027 của UBND huyện Nam Hòa số mấy?", "fact", ["47/KH-UBND"], FILE_A,
      "Số: 47/KH-UBND", False, "Phần đầu văn bản"),
    Q("Ai ký Kế hoạch kiểm tra công tác CCHC năm 2027 của UBND huyện Nam Hòa?", "fact",
      ["Lê Quang Vinh"], FILE_A, "Lê Quang Vinh", False, "Chữ ký: TM. UBND, Chủ tịch"),
    Q("kiem tra bao nhieu don vi", "fact", ["13"], FILE_A, "Năm 2027 kiểm tra 13 cơ quan, đơn vị",
      True, "II.1 Đối tượng kiểm tra"),
    Q("phong noi vu phai tham muu qd thanh lap doan kiem tra truoc ngay nao", "deadline",
      ["20/4/2027"], FILE_A, "Quyết định thành lập Đoàn", True, "III.1 Phòng Nội vụ, gạch đầu dòng 1"),
    Q("han bao cao ket qua kiem tra cchc 2027 len ubnd tinh", "deadline", ["15/11/2027"], FILE_A,
      "báo cáo UBND tỉnh (qua Sở Nội vụ) trước", True, "III.1 Phòng Nội vụ, gạch đầu dòng 3"),
    Q("Ban Quản lý dự án đầu tư xây dựng huyện do ai làm trưởng đoàn kiểm tra, kiểm tra vào thời "
      "gian nào?", "lead", ["Trần Đình Khải", "Quý IV/2027"], FILE_A, "Ban Quản lý dự án đầu tư",
      False, "Lịch kiểm tra, dòng 13"),
    Q("ong vo minh tam truong doan kiem tra nhung don vi nao", "list",
      ["Hồng Vân", "Thủy Lộc", "Văn hóa và Thông tin"], FILE_A, "UBND xã Hồng Vân", True,
      "Lịch kiểm tra, dòng 10-12 (ô Trưởng đoàn gộp)"),
    Q("Kế hoạch kiểm tra CCHC năm 2027 của huyện Nam Hòa kiểm tra những nội dung gì?", "general",
      ["chỉ đạo, điều hành", "thủ tục hành chính", "chính quyền số"], FILE_A,
      "a) Công tác chỉ đạo, điều hành CCHC", False, "II.2 Nội dung kiểm tra, điểm a-d"),
    Q("thanh vien doan gom nhung ai", "coordinators",
      ["Phòng Tư pháp", "Tài chính - Kế hoạch", "Văn hóa và Thông tin"], FILE_A, "UBND xã Hòa Bắc",
      True, "Hỏi nối tiếp; Lịch kiểm tra, dòng 5, ô Thành viên gộp dòng 5-9",
      turns=["ai lam truong doan kiem tra ubnd xa hoa bac", "thanh vien doan gom nhung ai"]),
    Q("Kinh phí thực hiện Kế hoạch kiểm tra CCHC năm 2027 của huyện Nam Hòa là bao nhiêu tiền?",
      "unanswerable", [], FILE_A, "", False,
      "III.3 chỉ nói nguồn chi thường xuyên của Phòng Nội vụ, không nêu số tiền"),
    # ---- B: Chỉ thị 08/CT-UBND tỉnh Long An (DOCX) ----
    Q("ai chu tri tong hop bao cao ket qua thuc hien chi thi 08 nam 2027", "lead", ["Sở Nội vụ"],
      FILE_B, "Tổng hợp, báo cáo kết quả thực hiện Chỉ thị năm 2027", True, "Phụ lục, dòng 11"),
    Q("Các sở, ngành phải gửi đề xuất cắt giảm thời gian giải quyết TTHC về Văn phòng UBND tỉnh "
      "trước ngày nào?", "deadline", ["30/6/2027"], FILE_B,
      "gửi Văn phòng UBND tỉnh trước ngày 30/6/2027", False, "Khoản 1 điểm c; Phụ lục dòng 3"),
    Q("chi thi 08 yeu cau cat giam it nhat bao nhieu phan tram thoi gian giai quyet tthc", "fact",
      ["20%"], FILE_B, "đề xuất cắt giảm ít nhất 20% thời gian giải quyết", True,
      "Khoản 1 điểm c"),
    Q("Năm 2026 tỉnh Long An còn bao nhiêu hồ sơ TTHC giải quyết quá hạn?", "fact", ["15.567"],
      FILE_B, "còn 15.567 hồ sơ giải quyết quá hạn", False, "Phần mở đầu"),
    Q("Ai ký Chỉ thị số 08/CT-UBND của UBND tỉnh Long An?", "fact", ["Đặng Hoài Phong"], FILE_B,
      "Đặng Hoài Phong", False, "Chữ ký: KT. Chủ tịch, Phó Chủ tịch"),
    Q("chi thi cham chinh ho so tthc qua han cua ubnd tinh long an ban hanh ngay nao", "fact",
      ["23", "02", "2027"], FILE_B, "Long An, ngày 23 tháng 02 năm 2027", True, "Phần đầu văn bản"),
    Q("stttt phai hoan thanh chuc nang canh bao ho so sap den han truoc ngay nao", "deadline",
      ["31/5/2027"], FILE_B, "bổ sung chức năng cảnh báo tự động", True,
      "Khoản 5 điểm a; Phụ lục dòng 6"),
    Q("Nhiệm vụ lắp đặt thiết bị đánh giá sự hài lòng tại các quầy tiếp nhận hồ sơ do cơ quan nào "
      "chủ trì?", "lead", ["Trung tâm Phục vụ hành chính công tỉnh"], FILE_B,
      "Lắp đặt thiết bị đánh giá sự hài lòng", False, "Phụ lục, dòng 5"),
    Q("san pham cua nhiem vu nang cap he thong canh bao ho so qua han la gi", "output",
      ["cảnh báo qua tin nhắn"], FILE_B, "Chức năng cảnh báo qua tin nhắn", True,
      "Phụ lục, dòng 6, cột Sản phẩm"),
    Q("Kết quả (sản phẩm) của nhiệm vụ thẩm định phương án cắt giảm thời gian giải quyết TTHC là "
      "gì?", "output", ["Quyết định phê duyệt phương án"], FILE_B, "Quyết định phê duyệt phương án",
      False, "Phụ lục, dòng 4, cột Sản phẩm"),
    Q("chi thi 08 giao snv nhung viec gi", "list", ["kiểm tra đột xuất", "Chỉ số CCHC"], FILE_B,
      "Kế hoạch kiểm tra đột xuất", True, "Khoản 3 điểm a, b; khoản 9; Phụ lục dòng 2, 11"),
    Q("cong an tinh co nhiem vu gi theo chi thi 08 ve ho so qua han", "list",
      ["dữ liệu dân cư", "cư trú", "15/4/2027"], FILE_B, "quản lý cư trú quá hạn", True,
      "Khoản 6 điểm a, b; Phụ lục dòng 7"),
    Q("khac phuc su co he thong trong bao lau", "fact", ["04 giờ"], FILE_B, "không quá 04 giờ",
      True, "Khoản 5 điểm b"),
    Q("so tu phap phai xong huong dan so hoa ho so ho tich truoc ngay nao", "unanswerable", [],
      FILE_B, "", True, "Phụ lục dòng 8: ô Hoàn thành để trống (chỉ có Bắt đầu 01/4/2027)"),
    Q("Giám đốc Sở Nội vụ tỉnh Long An hiện nay là ai?", "unanswerable", [], FILE_B, "", False,
      "Không văn bản nào nêu tên"),
    Q("Chỉ thị 08/CT-UBND năm 2027 của UBND tỉnh Long An nhằm mục đích gì?", "general",
      ["quá hạn", "kỷ luật, kỷ cương"], FILE_B, "chấn chỉnh tình trạng hồ sơ thủ tục hành chính quá hạn",
      False, "Trích yếu và phần mở đầu"),
    Q("con thoi han hoan thanh?", "deadline", ["30/9/2027"], FILE_B,
      "Thẩm định phương án cắt giảm thời gian giải quyết TTHC", True,
      "Hỏi nối tiếp; khoản 4 điểm b; Phụ lục dòng 4 (chủ trì VP UBND tỉnh, phối hợp Sở Tư pháp)",
      turns=["ai chu tri tham dinh phuong an cat giam thoi gian giai quyet tthc o long an",
             "phoi hop voi co quan nao", "con thoi han hoan thanh?"]),
    Q("Nhiệm vụ hướng dẫn số hóa hồ sơ hộ tịch do Sở Tư pháp chủ trì thì những cơ quan nào phối "
      "hợp?", "coordinators", ["Sở Thông tin và Truyền thông", "UBND các huyện, thị xã, thành phố"],
      FILE_B, "Hướng dẫn số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực hộ tịch", False,
      "Phụ lục, dòng 8"),
    # ---- C: Thông báo kết luận 61/TB-VP, VP UBND tỉnh Lạng Sơn (scanned PDF) ----
    Q("Cuộc họp đánh giá CCHC quý I/2027 của tỉnh Lạng Sơn được tổ chức ở đâu?", "fact",
      ["Phòng họp số 3"], FILE_C, "tại Phòng họp số 3, trụ sở UBND tỉnh", False, "Đoạn mở đầu"),
    Q("Ai chủ trì cuộc họp đánh giá kết quả CCHC quý I năm 2027 của tỉnh Lạng Sơn?", "fact",
      ["Lương Văn Khuê"], FILE_C, "đồng chí Lương Văn Khuê, Phó Chủ tịch", False, "Đoạn mở đầu"),
    Q("quy I/2027 lang son con bao nhieu ho so qua han", "fact", ["874"], FILE_C,
      "còn 874 hồ sơ quá hạn", True, "Mục 1. Đánh giá chung"),
    Q("UBND các huyện, thành phố phải xử lý xong hồ sơ quá hạn của quý I trước ngày nào?", "deadline",
      ["20/5/2027"], FILE_C, "Xử lý dứt điểm 874 hồ sơ quá hạn trước ngày 20/5/2027", False,
      "Mục 2.5"),
    Q("vp ubnd tinh trinh phe duyet quy trinh 35 dvc truc tuyen toan trinh truoc ngay nao",
      "deadline", ["31/5/2027"], FILE_C, "35 dịch vụ công trực tuyến toàn trình", True, "Mục 2.2"),
    Q("han hoan thanh khi nao", "deadline", ["15/7/2027"], FILE_C,
      "Hội nghị sơ kết công tác CCHC 6 tháng đầu", True, "Hỏi nối tiếp; mục 2.1 (Sở Nội vụ chủ trì)",
      turns=["ai chu tri so ket cchc 6 thang dau nam 2027 o lang son", "han hoan thanh khi nao"]),
    Q("tb 61/TB-VP ai ky", "fact", ["Chu Thị Ngọc Lan"], FILE_C, "Chu Thị Ngọc Lan", True,
      "Chữ ký: KT. Chánh Văn phòng, Phó Chánh Văn phòng"),
    Q("so tai chinh lang son bo tri bao nhieu tien cho de an hien dai hoa bo phan mot cua cap xa",
      "unanswerable", [], FILE_C, "", True, "Mục 2.6 không nêu số tiền"),
    Q("Sở Nội vụ phối hợp với cơ quan nào để kiểm tra đột xuất việc giải quyết TTHC tại huyện Mẫu "
      "Sơn và huyện Bắc Quan?", "coordinators", ["Văn phòng UBND tỉnh"], FILE_C,
      "phối hợp Văn phòng UBND tỉnh kiểm tra đột xuất", False, "Mục 2.1"),
    Q("tom tat ket luan cuoc hop cchc quy 1 nam 2027 tinh lang son", "general", ["98,2%", "874"],
      FILE_C, "tỷ lệ giải quyết đúng hạn đạt 98,2%", True, "Mục 1 và 2"),
    Q("Tỉnh Long An tiếp nhận bao nhiêu hồ sơ TTHC trong quý I năm 2027?", "unanswerable", [], "",
      "", False, "Chỉ thị Long An chỉ nêu số liệu năm 2026; số 48.615 là của Lạng Sơn",
      must_not=["48.615"]),
    Q("nhung viec nao co han 30/4/2027 trong thong bao ket luan cchc lang son", "list",
      ["đồng bộ", "kế hoạch tuyên truyền"], FILE_C, "phải ban hành trước ngày 30/4/2027", True,
      "Mục 2.3 và 2.5"),
    Q("UBND huyện Mẫu Sơn và UBND huyện Bắc Quan phải gửi văn bản gì lên UBND tỉnh, hạn khi nào?",
      "output", ["báo cáo giải trình", "25/4/2027"], FILE_C, "có báo cáo giải trình bằng văn bản",
      False, "Mục 2.5"),
    Q("ai chu tri ra soat van ban qppl co quy dinh tthc o lang son", "lead", ["Sở Tư pháp"], FILE_C,
      "rà soát các văn bản quy phạm pháp luật có quy định TTHC", True, "Mục 2.4"),
    Q("huyen can giuoc co ke hoach kiem tra cchc nam 2027 khong, kiem tra nhung xa nao",
      "unanswerable", [], "", "", True, "Không văn bản nào về huyện Cần Giuộc"),
]


def qa():
    out = []
    for i, q in enumerate(QUESTIONS, 1):
        row = {"id": "h4b%03d" % i}
        row.update(q)
        out.append(row)
    return out


def norm_obj(o):
    if isinstance(o, str):
        return N(o)
    if isinstance(o, list):
        return [norm_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: norm_obj(v) for k, v in o.items()}
    return o


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(norm_obj(r), ensure_ascii=False) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_doc_a(os.path.join(DOCS, FILE_A))
    make_doc_b(os.path.join(DOCS, FILE_B))
    n_c = make_doc_c(os.path.join(DOCS, FILE_C))
    write_jsonl("meta_h4b.jsonl", meta(n_c))
    write_jsonl("tasks_h4b.jsonl", tasks_a() + tasks_b())
    write_jsonl("qa_h4b.jsonl", qa())
    print("docs:", FILE_A, FILE_B, FILE_C, "| scanned pages:", n_c,
          "| tasks:", len(A_ROWS) + len(B_ROWS), "| questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
