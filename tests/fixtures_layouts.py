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
