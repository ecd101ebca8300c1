"""Load .txt / .md / .pdf / .docx files into plain text.

Tables from DOCX and PDF come out as real rows: one line per row, cells joined
by TAB (newlines inside a cell become spaces). The structure parser reads
tab-separated lines as table rows whatever the source format, so a DOCX plan
table and the tab-separated appendix of a Markdown export take the same path.
"""
from __future__ import annotations

import io
from pathlib import Path

SUPPORTED = (".txt", ".md", ".pdf", ".docx")


class LoadError(Exception):
    """A file that cannot be ingested; the message is Vietnamese, for users."""


def _cell(text: str) -> str:
    return " ".join((text or "").replace("\t", " ").split())


def load_bytes(data: bytes, name: str) -> str:
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED:
        raise LoadError(f"Không hỗ trợ định dạng tệp «{ext or name}». Chỉ nhận: {', '.join(SUPPORTED)}.")
    if not data or not data.strip():
        raise LoadError(f"Tệp «{name}» rỗng.")
    if ext in (".txt", ".md"):
        text = _load_text(data, name)
    elif ext == ".pdf":
        text = _load_pdf(data, name)
    else:
        text = _load_docx(data, name)
    if not text.strip():
        raise LoadError(f"Không trích xuất được chữ nào từ tệp «{name}» (tệp ảnh quét hoặc rỗng?).")
    return text


MAX_FILE_BYTES = 20 * 1024 * 1024  # a plan is a few hundred KB; 20 MB leaves room for scanned annexes


def load_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"Tệp «{path.name}» quá lớn ({size / 1_048_576:.0f} MB; tối đa "
                            f"{max_bytes / 1_048_576:.0f} MB).")
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(f"Không đọc được tệp «{path.name}»: {e.strerror}.") from e
    return load_bytes(data, path.name)


def _load_text(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM (Windows Notepad)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise LoadError(f"Tệp «{name}» không phải văn bản UTF-16 hợp lệ.") from e
    if b"\x00" in data[:4096]:
        raise LoadError(f"Tệp «{name}» là tệp nhị phân, không phải văn bản.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise LoadError(f"Tệp «{name}» không phải văn bản UTF-8 hợp lệ.") from e


def _load_pdf(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if not data.startswith(b"%PDF"):
        raise LoadError(f"Tệp «{name}» không phải PDF hợp lệ.")
    out: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                tables = page.find_tables()
                bboxes = [t.bbox for t in tables]

                def outside(obj, bboxes=bboxes):
                    x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
                    return not any(
                        x0 >= b[0] - 1 and x1 <= b[2] + 1 and top >= b[1] - 1 and bottom <= b[3] + 1
                        for b in bboxes
                    )

                # Text outside tables, then each table, in vertical order.
                blocks: list[tuple[float, str]] = []
                if bboxes:
                    for ln in page.filter(outside).extract_text_lines() or []:
                        blocks.append((ln["top"], ln["text"]))
                else:
                    blocks.append((0.0, page.extract_text() or ""))
                for t in tables:
                    rows = t.extract() or []
                    text = "\n".join("\t".join(_cell(c or "") for c in row) for row in rows)
                    blocks.append((t.bbox[1], text))
                blocks.sort(key=lambda b: b[0])
                out.append("\n".join(b[1] for b in blocks))
    except PDFPasswordIncorrect as e:
        raise LoadError(f"Tệp PDF «{name}» có mật khẩu; hãy gỡ mật khẩu rồi tải lại.") from e
    except LoadError:
        raise
    except Exception as e:  # pdfminer raises many types on damaged files (PDFSyntaxError, …)
        inner = " ".join(type(a).__name__ for a in getattr(e, "args", ()) if isinstance(a, Exception))
        if "password" in f"{e} {inner}".lower() or "encrypt" in f"{type(e).__name__} {inner}".lower():
            raise LoadError(f"Tệp PDF «{name}» có mật khẩu; hãy gỡ mật khẩu rồi tải lại.") from e
        raise LoadError(f"Tệp PDF «{name}» bị hỏng hoặc không đọc được ({type(e).__name__}).") from e
    return "\n\n".join(out)


def _load_docx(data: bytes, name: str) -> str:
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LoadError(f"Tệp DOCX «{name}» bị hỏng hoặc không phải DOCX.") from e
    except Exception as e:  # lxml errors etc.
        raise LoadError(f"Tệp DOCX «{name}» bị hỏng ({type(e).__name__}).") from e
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = []
                seen: set[int] = set()
                for c in row.cells:
                    # merged cells repeat the same object: keep the text once, blank after
                    key = id(c._tc)
                    cells.append("" if key in seen else _cell(c.text))
                    seen.add(key)
                lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines)
