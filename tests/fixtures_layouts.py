"""Builders for small administrative documents in the genre's common layouts (invented places and people):
DOCX with a two-column header table and a signature table, PDF with an unruled header (flattened in its text
layer) and a ruled task table, an image-only (scanned) PDF page, cp1258 bytes."""
from __future__ import annotations

import io
import unicodedata
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters (â ê ô ă ơ ư đ precomposed) + combining tones."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258")
    return bytes(out)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + b)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)


def _cell_lines(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def make_docx(path: Path, left: list[str], right: list[str], title: list[str], body: list[str],
              recipients: list[str], signature: list[str], table: list[list[str]] | None = None,
              merges: list[tuple[int, int, int, int]] = ()) -> Path:
    """A DOCX laid out like a real one: header table (left | right), title lines, body paragraphs, signature
    table (recipients | signature), then an optional data table (``merges``: (row0, col0, row1, col1))."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    _cell_lines(t.rows[0].cells[0], left)
    _cell_lines(t.rows[0].cells[1], right)
    d.add_paragraph()
    for ln in title:
        d.add_paragraph(ln)
    for ln in body:
        d.add_paragraph(ln)
    s = d.add_table(rows=1, cols=2)
    _no_borders(s)
    _cell_lines(s.rows[0].cells[0], recipients)
    _cell_lines(s.rows[0].cells[1], signature)
    if table:
        d.add_paragraph("PHỤ LỤC")
        tb = d.add_table(rows=len(table), cols=len(table[0]))
        tb.style = "Table Grid"
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                tb.cell(i, j).text = v
        for r0, c0, r1, c1 in merges:
            keep = tb.cell(r0, c0).text
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    tb.cell(r, c).text = ""
            tb.cell(r0, c0).merge(tb.cell(r1, c1)).text = keep
    d.save(path)
    return path


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_BOLD))
    body = ParagraphStyle("b", fontName="DV", fontSize=11, leading=15, alignment=TA_JUSTIFY)
    center = ParagraphStyle("c", fontName="DV", fontSize=11, leading=14, alignment=TA_CENTER)
    bold = ParagraphStyle("cb", parent=center, fontName="DVB")
    cell = ParagraphStyle("t", fontName="DV", fontSize=9, leading=11)
    return body, center, bold, cell


def make_pdf(path: Path, left: list[str], right: list[str], number: str, place_date: str, title: list[str],
             body: list[str], signature: list[str], recipients: list[str], table: list[list[str]] | None = None,
             pages: int = 1) -> Path:
    """A PDF whose header is an unruled two-column table (its text layer flattens the columns onto shared lines),
    a ruled data table, and a signature block of two columns."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body_st, center, bold, cell = _styles()
    story = [Table([[Paragraph("<br/>".join(left), center), Paragraph("<br/>".join(right), bold)],
                    [Paragraph(number, center), Paragraph(place_date, center)]], colWidths=[200, 280]),
             Spacer(1, 12)]
    story += [Paragraph(t, bold) for t in title] + [Spacer(1, 8)]
    story += [Paragraph(b, body_st) for b in body]
    if table:
        tb = Table([[Paragraph(c, cell) for c in row] for row in table], colWidths=[30, 200, 90, 90, 70])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [Spacer(1, 8), tb]
    for _ in range(pages - 1):
        story += [PageBreak(), Paragraph("Trang tiếp theo của văn bản.", body_st)]
    story += [Spacer(1, 12), Table([[Paragraph("<br/>".join(recipients), cell),
                                     Paragraph("<br/>".join(signature), bold)]], colWidths=[240, 240])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def scanned_page(lines: list[str], dpi: int = 200):
    """A Pillow image of an A4 page with the lines printed on it (what a scanner gives)."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(13 / 72 * dpi))
    y = int(0.8 * dpi)
    for ln in lines:
        draw.text((int(0.9 * dpi), y), ln, font=font, fill=0)
        y += int(22 / 72 * dpi)
    return img


def image_pdf(path: Path, pages: list, text_first: list[str] | None = None) -> Path:
    """A PDF of image-only pages (scans); with ``text_first``, a page with a real text layer comes first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DV", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    if text_first:
        c.setFont("DV", 12)
        y = A4[1] - 72
        for ln in text_first:
            c.drawString(72, y, ln)
            y -= 18
        c.showPage()
    for img in pages:
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path


def with_footnote(docx_bytes: bytes, note: str) -> bytes:
    """The DOCX with a footnotes part holding one footnote (python-docx cannot write footnotes)."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    foot = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                    b'</Relationships>')
            z.writestr(info, data)
        z.writestr("word/footnotes.xml", foot.encode("utf-8"))
    return out.getvalue()


# ---- layouts of structure and tables (ingest-b) ----

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
| 3 | Đất đai | 96 | 87 | 9 |
| | Tổng cộng | 838 | 827 | 11 |

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


# ---------------------------------------------------------------- a directive's appendix under a two-row header, and an
# inspection schedule whose team head is merged down

GROUPED_ROWS = [
    # (STT, task, lead, coordinators, start, end) — end None: one time cell spanning both time columns
    ("1", "Quán triệt Chỉ thị đến cán bộ, công chức", "Phòng Nội vụ", "Các cơ quan chuyên môn", "01/3/2027",
     "15/3/2027"),
    ("2", "Công khai đường dây nóng tại nơi tiếp nhận hồ sơ", "UBND các xã", "Văn phòng HĐND và UBND huyện",
     "Thường xuyên", None),
    ("3", "Sơ kết 6 tháng thực hiện Chỉ thị", "Phòng Nội vụ", "", "01/6/2027", "20/6/2027"),
    # no lead printed (not a merged cell: Word repeats those) and a start day with no end: neither is inherited
    ("4", "Hướng dẫn số hóa hồ sơ hộ tịch", "", "Phòng Tư pháp", "01/4/2027", ""),
]
SCHEDULE_ROWS = [
    ("1", "Sở Y tế", "Ngày 11/7/2027", "Ông A Vương, Phó Giám đốc Sở Nội vụ", "Bà Lò Thị Hạnh, chuyên viên"),
    ("2", "UBND huyện Kỳ Sơn", "Ngày 16/7/2027", "", ""),
    ("3", "Sở Xây dựng", "Ngày 06/8/2027", "Bà Nguyễn Thị Oanh, Phó Giám đốc Sở Nội vụ", "Ông Đinh Văn Hào, chuyên viên"),
]


def make_grouped_header_docx(path: Path) -> Path:
    """A Chỉ thị of another province: after the signature an appendix table whose header takes two rows ("Đơn vị"
    over "Chủ trì | Phối hợp", "Thời gian" over "Bắt đầu | Hoàn thành"), a column-number row, one time cell
    spanning both time columns; the second header row repeated further down (a page break); then an inspection
    schedule whose "Trưởng đoàn" and "Thành viên" cells are merged down over two rows."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN KỲ SƠN\nSố: 03/CT-UBND"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKỳ Sơn, ngày 20 tháng 02 năm 2027"
    d.add_paragraph("CHỈ THỊ")
    d.add_paragraph("Về tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính")
    d.add_paragraph("1. Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị này.")
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Lưu: VT."
    sign.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn Nam"
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("NHIỆM VỤ THỰC HIỆN CHỈ THỊ")
    t = d.add_table(rows=3 + len(GROUPED_ROWS) + 1, cols=6)
    top = ["STT", "Nhiệm vụ", "Đơn vị", "", "Thời gian", ""]
    sub = ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"]
    for j in range(6):
        t.cell(0, j).text = top[j]
        t.cell(1, j).text = sub[j]
        t.cell(2, j).text = f"({j + 1})"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Đơn vị"
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Thời gian"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nhiệm vụ"
    rows = list(range(3, 3 + len(GROUPED_ROWS) + 1))
    data = GROUPED_ROWS[:2] + [None] + GROUPED_ROWS[2:]  # the second header row again where a page breaks
    for i, row in zip(rows, data):
        if row is None:
            for j in range(6):
                t.cell(i, j).text = sub[j]
            continue
        for j, v in enumerate(row[:5]):
            t.cell(i, j).text = v
        if row[5] is None:
            t.cell(i, 4).merge(t.cell(i, 5)).text = row[4]
        else:
            t.cell(i, 5).text = row[5]
    d.add_paragraph("PHỤ LỤC 2")
    d.add_paragraph("LỊCH KIỂM TRA")
    s2 = d.add_table(rows=1 + len(SCHEDULE_ROWS), cols=5)
    for j, h in enumerate(["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Trưởng đoàn", "Thành viên"]):
        s2.cell(0, j).text = h
    for i, row in enumerate(SCHEDULE_ROWS, start=1):
        for j, v in enumerate(row):
            if v:
                s2.cell(i, j).text = v
    for j in (3, 4):
        s2.cell(1, j).merge(s2.cell(2, j)).text = SCHEDULE_ROWS[0][j]
    d.save(path)
    return path


# ---------------------------------------------------------------- a meeting's conclusions, and a meeting's invitation

MEETING_NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN KỲ SƠN

Số: 77/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kỳ Sơn, ngày 20 tháng 10 năm 2027

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban
công tác cải cách hành chính quý III năm 2027

Ngày 16/10/2027, tại Phòng họp số 3 UBND huyện, đồng chí Chủ tịch UBND
huyện chủ trì cuộc họp giao ban công tác cải cách hành chính quý III năm 2027.

Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:

1. Phòng Nội vụ hoàn thành tự đánh giá Chỉ số CCHC trước ngày 30/11/2027.
2. Văn phòng HĐND và UBND huyện số hóa hồ sơ TTHC, hoàn thành trong Quý IV/2027.
3. Văn phòng HĐND và UBND huyện lắp đặt camera giám sát tại Bộ phận Một cửa huyện trước ngày 15/12/2027.

Nơi nhận:
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lê Thị Hoa
"""

INVITATION = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP

Số: 31/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Lập, ngày 02 tháng 6 năm 2027

THÔNG BÁO
Về việc tổ chức Hội nghị sơ kết cải cách hành chính 6 tháng đầu năm 2027

Thực hiện Kế hoạch số 05/KH-UBND ngày 12/01/2027 của Ủy ban nhân dân xã về cải cách
hành chính năm 2027, Ủy ban nhân dân xã thông báo tổ chức Hội nghị sơ kết như sau:

1. Thời gian: 01 buổi, từ 14 giờ 00 phút, ngày 25/6/2027.
2. Địa điểm: Hội trường Ủy ban nhân dân xã Tân Lập.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Văn Nam
"""


# ---------------------------------------------------------------- a regulation whose duties are points under a body

DUTIES = """ỦY BAN NHÂN DÂN
HUYỆN TÂN LẬP

Số: 88/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Lập, ngày 02 tháng 3 năm 2027

QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Bộ phận Một cửa huyện Tân Lập

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa huyện Tân Lập.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2027.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Vũ Văn Bình

QUY CHẾ
Hoạt động của Bộ phận Một cửa huyện Tân Lập

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định hoạt động của Bộ phận Một cửa huyện Tân Lập.

Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 2. Trách nhiệm của các cơ quan, đơn vị
1. Văn phòng HĐND và UBND huyện:
a) Chủ trì, phối hợp với Phòng Tư pháp kiểm tra việc thực hiện Quy chế này ít nhất 02 lần/năm;
b) Tổng hợp tình hình tiếp nhận hồ sơ, báo cáo Chủ tịch UBND huyện trước ngày 25 hằng tháng.
2. Phòng Nội vụ:
a) Tham mưu cử công chức làm việc tại Bộ phận Một cửa trước ngày 10 tháng 12 hằng năm.
"""


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path
