"""DOCX → text, after checking the zip against the limits (a decompression bomb is refused before it inflates).

Reading order follows the body: paragraphs, tables, content controls, text boxes. Two kinds of tables:
- layout tables — the two-column header (issuer and "Số:" | national motto and place-date) and the signature
  table (Nơi nhận | title and name): each cell's paragraphs become lines, left cell first, so the header reads
  like a PDF's text;
- data tables — one line per row, cells joined by TAB (a cell's paragraphs joined by a space); a horizontally
  merged cell is blank after its first column, a vertically merged cell repeats its value on every row.
"""
from __future__ import annotations

import io
import zipfile

from assistant.ingest.limits import LoadError, LoadLimits
from assistant.ingest.vocabulary import vocabulary
from assistant.lang.normalize import fold
from assistant.records import Loaded

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_XML_SUFFIXES = (".xml", ".rels")


def check_zip(data: bytes, name: str, limits: LoadLimits) -> None:
    """Refuse a zip whose directory promises too many parts, too many inflated bytes or a bomb's compression ratio.
    Only the central directory is read (bounded memory); Python's zipfile never inflates a part past the size its
    directory declares (a lying entry fails its CRC check), so these figures bound what opening it costs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as e:
        raise LoadError(f"Tệp DOCX «{name}» bị hỏng hoặc không phải DOCX.") from e
    if len(infos) > limits.docx_max_parts:
        raise LoadError(f"Tệp DOCX «{name}» có {len(infos)} phần (tối đa {limits.docx_max_parts}): không nhận "
                        "tệp có cấu trúc bất thường.")
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith(_XML_SUFFIXES))
    if total > limits.docx_max_unzipped_bytes:
        raise LoadError(f"Tệp DOCX «{name}» khi giải nén lên tới {total / 1_048_576:.0f} MB (tối đa "
                        f"{limits.docx_max_unzipped_bytes / 1_048_576:.0f} MB): có thể là tệp nén bẫy (zip bomb), "
                        "không nhận.")
    if xml > limits.docx_max_xml_bytes:
        raise LoadError(f"Tệp DOCX «{name}» có phần văn bản (XML) giải nén lên tới {xml / 1_048_576:.0f} MB (tối đa "
                        f"{limits.docx_max_xml_bytes / 1_048_576:.0f} MB): có thể là tệp nén bẫy (zip bomb), "
                        "không nhận.")
    for i in infos:  # the XML parts are parsed: a bomb there costs CPU and memory (images are only held, not parsed)
        if not i.filename.lower().endswith(_XML_SUFFIXES):
            continue
        if i.file_size >= limits.docx_ratio_min_bytes and i.file_size > limits.docx_max_ratio * max(1, i.compress_size):
            raise LoadError(f"Tệp DOCX «{name}» có phần «{i.filename}» nén bất thường ({i.compress_size:,} byte "
                            f"giải nén thành {i.file_size:,} byte): có thể là tệp nén bẫy (zip bomb), không nhận.")


def read_docx(data: bytes, name: str, limits: LoadLimits) -> Loaded:
    check_zip(data, name, limits)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LoadError(f"Tệp DOCX «{name}» bị hỏng hoặc không phải DOCX.") from e
    except Exception as e:  # lxml errors, a missing main part, a macro-enabled document…
        raise LoadError(f"Tệp DOCX «{name}» bị hỏng ({type(e).__name__}).") from e
    out = _Writer()
    out.blocks(document.element.body)
    _notes(document, out)
    return Loaded("\n".join(out.lines), warnings=out.warnings, encoding="docx")


_NOTE_PARTS = {"/word/footnotes.xml": "footnote", "/word/endnotes.xml": "endnote"}


def _notes(document, out: _Writer) -> None:
    """Footnotes and endnotes ("¹ Theo Nghị quyết số …") after the body, each on its own line with its number."""
    from docx.oxml import parse_xml

    for part in document.part.package.iter_parts():
        kind = _NOTE_PARTS.get(str(part.partname))
        if not kind:
            continue
        try:
            root = part.element if hasattr(part, "element") else parse_xml(part.blob)
        except Exception:  # a damaged notes part: say so, keep the body
            out.warnings.append("Không đọc được phần chú thích (footnote/endnote) của tệp DOCX.")
            continue
        notes = []
        for note in root.iter(f"{W}{kind}"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            sub = _Writer()
            sub.blocks(note)
            text = " ".join(" ".join(ln.split()) for ln in sub.lines if ln.strip())
            if text:
                notes.append(f"[{note.get(f'{W}id')}] {text}")
        if notes:
            out.lines.append("")
            out.lines.extend(notes)


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(f"{W}val")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.warnings: list[str] = []

    # --- block content (body, cell, text box, content control) ---
    def blocks(self, parent) -> None:
        for el in parent:
            tag = _local(el)
            if tag == "p":
                self.paragraph(el)
            elif tag == "tbl":
                self.table(el)
            elif tag in ("sdt", "customXml"):
                content = el.find(f"{W}sdtContent") if tag == "sdt" else el
                if content is not None:
                    self.blocks(content)
            elif tag == "AlternateContent":
                choice = el.find(f"{MC}Choice")
                if choice is not None:
                    self.blocks(choice)

    def paragraph(self, p) -> None:
        text, boxes = _paragraph_text(p)
        self.lines.extend(text.split("\n"))
        for box in boxes:
            self.blocks(box)

    # --- tables ---
    def table(self, tbl) -> None:
        rows = [_row_cells(tr) for tr in _rows(tbl)]
        if _is_layout(rows):
            for row in rows:
                seen: set[int] = set()
                for tc, _ in row:
                    if tc is None or id(tc) in seen:
                        continue
                    seen.add(id(tc))
                    sub = _Writer()
                    sub.blocks(tc)
                    self.lines.extend(ln for ln in sub.lines if ln.strip())
            self.lines.append("")
            return
        vertical: dict[int, str] = {}  # column → text of the cell a vertical merge continues
        for row in rows:
            cells: list[str] = []
            for col, (tc, merge) in enumerate(row):
                if tc is None or merge == "hcontinue":
                    cells.append("")
                    vertical.pop(col, None)
                    continue
                if merge == "vcontinue":
                    cells.append(vertical.get(col, ""))
                    continue
                text = _cell_text(tc)
                cells.append(text)
                if merge == "vrestart":
                    vertical[col] = text
                else:
                    vertical.pop(col, None)
            if any(cells):
                self.lines.append("\t".join(cells))
        self.lines.append("")


def _children(parent, want: str):
    """The ``want`` children ("tr" of a table, "tc" of a row), also those wrapped in content controls."""
    for el in parent:
        tag = _local(el)
        if tag == want:
            yield el
        elif tag in ("sdt", "customXml"):
            content = el.find(f"{W}sdtContent") if tag == "sdt" else el
            if content is not None:
                yield from (x for x in content if _local(x) == want)


def _rows(tbl):
    return _children(tbl, "tr")


def _cells(tr):
    return _children(tr, "tc")


def _row_cells(tr) -> list[tuple[object, str]]:
    """One entry per grid column: (the w:tc that covers it or None, merge: '' | vrestart | vcontinue | hcontinue)."""
    out: list[tuple[object, str]] = []
    before = _val(tr, f"{W}trPr/{W}gridBefore")
    out.extend((None, "") for _ in range(_int(before, 0)))
    for tc in _cells(tr):
        span = max(1, min(_int(_val(tc, f"{W}tcPr/{W}gridSpan"), 1), 64))
        vm = tc.find(f"{W}tcPr/{W}vMerge")
        merge = "" if vm is None else ("vrestart" if vm.get(f"{W}val") == "restart" else "vcontinue")
        hm = tc.find(f"{W}tcPr/{W}hMerge")  # legacy horizontal merge
        if hm is not None and hm.get(f"{W}val") != "restart":
            merge = "hcontinue"
        out.append((tc, merge))
        out.extend((tc, "hcontinue") for _ in range(span - 1))
    return out


def _int(v: str | None, default: int) -> int:
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _cell_text(tc) -> str:
    sub = _Writer()
    sub.blocks(tc)
    return " ".join(" ".join(ln.replace("\t", " ").split()) for ln in sub.lines if ln.strip())


def _is_layout(rows: list[list[tuple[object, str]]]) -> bool:
    """A header or signature table: few rows, at most three distinct cells a row, holding the motto, the number
    label, the distribution list or a signature title."""
    if not rows or len(rows) > 8:
        return False
    if max(len({id(tc) for tc, _ in r if tc is not None}) for r in rows) > 3:
        return False
    text = []
    for r in rows:
        seen: set[int] = set()
        for tc, _ in r:
            if tc is not None and id(tc) not in seen:
                seen.add(id(tc))
                sub = _Writer()
                sub.blocks(tc)
                text.extend(ln.strip() for ln in sub.lines if ln.strip())
    return any(_layout_line(ln) for ln in text)


def _layout_line(line: str) -> bool:
    v = vocabulary()
    f = fold(line)
    if any(fold(m) in f for m in v.motto):
        return True
    if f.startswith("so:") or f.startswith("so :"):
        return True
    if any(f.startswith(fold(r)) for r in v.recipients):
        return True
    if line.upper() == line and any(ch.isalpha() for ch in line):
        words = f.split()
        if words and words[0].rstrip(".") in {fold(p).rstrip(".") for p in v.sign_prefixes} and len(words) > 1:
            return True
        if any(f == fold(t) for t in v.sign_titles):
            return True
    return False


_SKIP_IN_TEXT = {"delText", "instrText", "fldData"}


def _paragraph_text(p) -> tuple[str, list]:
    """The paragraph's visible text (tabs as spaces, breaks as new lines) and its text boxes, read apart."""
    parts: list[str] = []
    boxes: list = []

    def walk(el) -> None:
        for child in el:
            tag = _local(child)
            if tag == "t":
                parts.append(child.text or "")
            elif tag == "tab" or tag == "ptab":
                parts.append("    ")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "sym":
                parts.append("")
            elif tag == "del" or tag in _SKIP_IN_TEXT:
                continue  # deleted revision / field codes
            elif tag == "txbxContent":
                boxes.append(child)
            elif tag == "AlternateContent":
                choice = child.find(f"{MC}Choice")
                if choice is not None:
                    walk(choice)
            elif tag in ("pPr", "rPr"):
                continue
            else:
                walk(child)

    walk(p)
    return "".join(parts), boxes
