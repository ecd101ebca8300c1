"""Small documents of many layouts, built here (python-docx, reportlab, plain text), for the ingest tests.

None of them is a seed document or an eval document: other provinces, other table shapes, other parts.
"""
from __future__ import annotations

from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# ---------------------------------------------------------------- a commune plan in DOCX

COMMUNE_ROWS = [
    # (STT, content, lead, coordinators, output, deadline) — "" lead = merged with the cell above
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", None, None, None, None),
    ("1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của xã", "Công chức Văn phòng - Thống kê",
     "Các công chức chuyên môn", "Kế hoạch", "Tháng 01/2026"),
    ("2", "Kiện toàn Tổ giúp việc cải cách hành chính", "Công chức Văn phòng - Thống kê", "", "Quyết định", "Quý I/2026"),
    ("3", "Đưa kết quả cải cách hành chính vào đánh giá cán bộ cuối năm", "UBND xã",
     "Công chức Văn phòng - Thống kê", "Kết quả đánh giá", "Tháng 12/2026"),
    ("II", "CẢI CÁCH THỂ CHẾ", None, None, None, None),
    ("1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "Công chức Tư pháp - Hộ tịch",
     "Công chức Văn phòng - Thống kê", "Báo cáo rà soát", "Quý II/2026"),
    ("2", "Tổ chức Ngày Pháp luật Việt Nam tại các thôn", "MERGED", "Đoàn Thanh niên xã; Trưởng các thôn",
     "Báo cáo", "Tháng 11/2026"),
]


def make_commune_docx(path: Path) -> Path:
    """'KẾ HOẠCH' of a commune of another province: a header table, body, signature table, then an appendix
    whose task table has a column-number row, section rows merged across and a lead cell merged down."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ KỲ SƠN\nSố: 07/KH-UBND"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKỳ Sơn, ngày 10 tháng 01 năm 2026"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính xã Kỳ Sơn năm 2026")
    d.add_paragraph("Căn cứ Kế hoạch cải cách hành chính của Ủy ban nhân dân huyện Kỳ Anh năm 2026;")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("1. Mục đích")
    d.add_paragraph("- Nâng cao chất lượng phục vụ người dân và tổ chức trên địa bàn xã.")
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Công chức Tư pháp - Hộ tịch")
    d.add_paragraph("- Chủ trì rà soát thủ tục hành chính thuộc lĩnh vực hộ tịch, chứng thực.")
    d.add_paragraph("2. Ủy ban nhân dân tỉnh")
    d.add_paragraph("- Theo dõi việc thực hiện Kế hoạch này.")
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- UBND huyện Kỳ Anh (b/c);\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nHồ Văn Tùng"
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    d.add_paragraph("(Kèm theo Kế hoạch số 07/KH-UBND ngày 10/01/2026 của UBND xã Kỳ Sơn)")
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
    t = d.add_table(rows=2 + len(COMMUNE_ROWS), cols=len(header))
    for j, h in enumerate(header):
        t.cell(0, j).text = h
        t.cell(1, j).text = f"({j + 1})"
    for i, row in enumerate(COMMUNE_ROWS, start=2):
        if row[2] is None:  # a section row: the title merged across the row
            t.cell(i, 0).text = row[0]
            m = t.cell(i, 1).merge(t.cell(i, len(header) - 1))
            m.text = row[1]
            continue
        for j, v in enumerate(row):
            if v != "MERGED":
                t.cell(i, j).text = v
        if row[2] == "MERGED":  # the lead cell merged with the one above it
            above = t.cell(i - 1, 2).text
            m = t.cell(i - 1, 2).merge(t.cell(i, 2))
            m.text = above
    d.save(path)
    return path


# ---------------------------------------------------------------- a district plan in PDF (drawn table)

DISTRICT_ROWS = [
    ("1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Tháng 02/2026", "Phòng Nội vụ",
     "Phòng Văn hóa và Thông tin"),
    ("2", "Kiểm tra công tác cải cách hành chính tại các xã", "Quý II/2026", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"),
    ("3", "Rà soát thủ tục hành chính lĩnh vực đất đai", "Quý III/2026", "Phòng Tài nguyên và Môi trường", "Phòng Tư pháp"),
] + [(str(i), f"Nhiệm vụ số hóa hồ sơ đợt {i} tại Bộ phận Một cửa huyện", "Thường xuyên", "Văn phòng HĐND và UBND huyện",
      "Các cơ quan chuyên môn thuộc UBND huyện") for i in range(4, 40)]


def make_district_pdf(path: Path) -> Path:
    """A district plan whose drawn table has its columns in another order (deadline before the agencies) and
    runs over two pages with its header repeated."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    st = getSampleStyleSheet()["Normal"].clone("vn", fontName="DejaVu", fontSize=8, leading=10)
    story = [Paragraph(x, st) for x in (
        "ỦY BAN NHÂN DÂN HUYỆN KỲ ANH", "Số: 15/KH-UBND", "KẾ HOẠCH",
        "Cải cách hành chính huyện Kỳ Anh năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao hiệu quả công tác cải cách hành chính.", "II. NHIỆM VỤ CỤ THỂ")]
    header = ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    data = [[Paragraph(c, st) for c in header]] + [[Paragraph(c, st) for c in r] for r in DISTRICT_ROWS]
    tbl = Table(data, colWidths=[25, 200, 70, 110, 110], repeatRows=1)
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(tbl)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# ---------------------------------------------------------------- a Quyết định and the Quy chế it issues (text)

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH

Số: 301/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giải quyết thủ tục hành chính
tại Trung tâm Phục vụ hành chính công tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH

Căn cứ Luật Tổ chức chính quyền địa phương;
Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giải quyết thủ
tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở và các
cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Trần Văn Lâm

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Phối hợp giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh
(Ban hành kèm theo Quyết định số 301/QĐ-UBND ngày 05 tháng 3 năm 2026
của Ủy ban nhân dân tỉnh Hà Tĩnh)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa Trung tâm và các sở, ban, ngành
trong giải quyết thủ tục hành chính.

Chương II
TRÁCH NHIỆM PHỐI HỢP

Điều 5. Thời hạn chuyển hồ sơ
1. Hồ sơ tiếp nhận trước 15 giờ được chuyển đến cơ quan giải quyết trong
ngày.
2. Hồ sơ tiếp nhận sau 15 giờ được chuyển chậm nhất vào đầu giờ làm việc
ngày hôm sau.

Điều 6. Trách nhiệm của Sở Nội vụ
1. Theo dõi việc chấp hành kỷ luật, kỷ cương hành chính của công chức làm
việc tại Trung tâm.
2. Tổng hợp kết quả đánh giá gửi Ủy ban nhân dân tỉnh trước ngày 15 tháng 12
hằng năm, trong đó:
a) Số hồ sơ giải quyết đúng hạn;
b) Số hồ sơ quá hạn và lý do.
"""


# ---------------------------------------------------------------- a report with a statistics table (Markdown)

STATS_REPORT = """ỦY BAN NHÂN DÂN
XÃ KỲ SƠN

Số: 12/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

# BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2026

## I. KẾT QUẢ

| STT | Lĩnh vực | Tổng số hồ sơ | Đúng hạn | Trễ hạn |
|---|---|---:|---:|---:|
| 1 | Hộ tịch | 212 | 210 | 2 |
| 2 | Chứng thực | 530 | 530 | 0 |

## II. PHÍ, LỆ PHÍ

| STT | Nội dung | Mức thu (đồng) |
|---|---|---:|
| 1 | Lệ phí đăng ký kết hôn | 0 |
| 2 | Phí chứng thực bản sao | 2.000 |

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hồ Văn Tùng
"""


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path
