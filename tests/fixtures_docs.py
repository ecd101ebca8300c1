"""Builders for small PDF / DOCX plan documents holding a plan-style table."""
from __future__ import annotations

from pathlib import Path

HEADER = ["STT", "Mục tiêu", "Nhiệm vụ", "Hoạt động", "Kết quả/Sản phẩm", "Cơ quan chủ trì",
          "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Mục tiêu 1: Nâng cao chất lượng tuyên truyền", "Nhiệm vụ 1: Tuyên truyền trên báo",
     "Hoạt động 1: Ban hành kế hoạch truyền thông số", "Kế hoạch", "Sở Nội vụ", "Báo Lai Châu", "Quý II"],
    ["", "", "", "Hoạt động 2: Tổ chức hội thi tìm hiểu CCHC", "Hội thi", "Sở Tư pháp",
     "Sở Nội vụ, Đài Phát thanh và Truyền hình tỉnh", "Tháng 9"],
]


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính thử nghiệm năm 2027")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("1. Mục đích")
    d.add_paragraph("- Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn.")
    d.add_paragraph("PHỤ LỤC")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, row in enumerate(ROWS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(path)
    return path


def make_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("VN", cand))
            font = "VN"
            break
    styles = getSampleStyleSheet()
    st = styles["Normal"].clone("vn", fontName=font, fontSize=8, leading=10)
    story = [Paragraph("KẾ HOẠCH cải cách hành chính năm 2027", st),
             Paragraph("I. MỤC ĐÍCH, YÊU CẦU", st),
             Paragraph("- Nâng cao hiệu quả công tác cải cách hành chính.", st)]
    data = [[Paragraph(c, st) for c in HEADER]] + [[Paragraph(c, st) for c in r] for r in ROWS]
    tbl = Table(data, colWidths=[25, 90, 90, 120, 60, 60, 90, 60])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(tbl)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def has_unicode_font() -> bool:
    return any(Path(p).exists() for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                          "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
