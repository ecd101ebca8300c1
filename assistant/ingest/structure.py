"""Raw document text → Clauses with heading paths and character spans.

What this stage does, in order:
1. split the text into lines with their offsets; clean each line (HTML tags
   stripped safely, Markdown emphasis and ``#`` removed, spaces collapsed,
   Vietnamese normalisation);
2. drop noise: page numbers, stray URLs, ``---`` rules;
3. cut the document into regions: body, closing (``Nơi nhận`` list and the
   signature block — kept as metadata, not as searchable text), appendix
   (``PHỤ LỤC``) and report outline (``ĐỀ CƯƠNG``);
4. unwrap hard-wrapped lines into paragraphs (a paragraph starts at a heading
   marker, a bullet, a field label such as ``Đơn vị chủ trì:``, or after a line
   that ends a sentence); document numbers broken at a hyphen are re-joined;
5. give each paragraph its heading path (``III. NHIỆM VỤ VÀ GIẢI PHÁP › 4.``),
   using the numbering (I. / 1. / 2.1. / a) ), never the Markdown ``#`` count.

Tab-separated lines are real table rows (DOCX/PDF tables, the 002 appendix);
they are returned as ``Table``s. The garbled PDF appendix tables of the plans
are returned as raw lines for ``tables.py``.
"""
from __future__ import annotations

import html
import re
import statistics
from dataclasses import dataclass, field
from html.parser import HTMLParser

from assistant.lang.normalize import normalize
from assistant.records import Clause, Table, TableRow

# ---------------------------------------------------------------- line model


@dataclass
class Line:
    text: str  # cleaned, normalised
    start: int  # offsets of the content in the document text
    end: int
    raw: str
    is_row: bool = False  # a tab-separated table row
    cells: list[str] = field(default_factory=list)
    bold: bool = False  # whole line was **bold** or a Markdown heading


class _Stripper(HTMLParser):
    """Text of an HTML fragment: tags dropped, entities decoded, list items kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "li", "p", "div", "tr"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in ("li", "p", "div", "td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_SUP = re.compile(r"<sup>\s*(\d+)\s*</sup>", re.I)


def strip_html(s: str) -> str:
    if "<" not in s and "&" not in s:
        return s
    if not _TAG.search(s):
        return html.unescape(s)
    p = _Stripper()
    p.feed(s)
    p.close()
    return "".join(p.parts)


_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_EMPH = re.compile(r"(\*{1,3}|_{2,3})")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def clean_line(raw: str) -> tuple[str, bool]:
    """Return (clean text, was_heading_or_bold)."""
    s = raw
    s = _SUP.sub(lambda m: "".join(_SUPERSCRIPTS[int(d) - 1] if d != "0" else "⁰" for d in m.group(1)), s)
    s = strip_html(s)
    bold = False
    if _MD_HEADING.match(s):
        s = _MD_HEADING.sub("", s)
        bold = True
    st = s.strip()
    if st.startswith("**") and st.endswith("**") and len(st) > 4:
        bold = True
    s = _MD_EMPH.sub("", s)
    return normalize(s), bold


# ---------------------------------------------------------------- patterns

ROMAN_RE = re.compile(r"^(?P<num>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s*\.\s*(?P<title>\S.*)?$")
NUM2_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<title>\S.*)$")
NUM1_RE = re.compile(r"^(?P<num>\d{1,2})\.(?!\d)\s*(?P<title>\S.*)$")
LETTER_RE = re.compile(r"^(?P<num>[a-zđ])\)\s*(?P<title>\S.*)$")
BULLET_RE = re.compile(r"^[-–•]\s*(?P<title>\S.*)$")
PLUS_RE = re.compile(r"^\+\s*(?P<title>\S.*)$")
FOOTNOTE_RE = re.compile(rf"^[{_SUPERSCRIPTS}]+\s*\S")
FIELD_RE = re.compile(
    r"^(?:Đơn vị|Cơ quan)\s+(?:chủ trì|thực hiện|phối hợp)\s*:|^(?:Thời gian(?: thực hiện| hoàn thành)?|Chủ trì|Phối hợp)\s*:",
    re.I,
)
HEADER_RE = re.compile(r"^(?:Số\s*:|[^,]{2,40},\s*ngày\s.*năm\s*\d{4}\s*$)")
PAGE_NO_RE = re.compile(r"^\d{1,3}$")
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$")
RULE_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
CLOSING_RE = re.compile(r"^N[ơo]i nh[ậa]n\s*:?", re.I)
SIGN_TITLE_RE = re.compile(
    r"^(?:TM\.|KT\.|Q\.|TL\.|TUQ\.)|^(?:PHÓ\s+)?(?:CHỦ TỊCH|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ)\b"
)
APPENDIX_RE = re.compile(r"^PH[ỤU] L[ỤU]C\b", re.I)
OUTLINE_RE = re.compile(r"^ĐỀ CƯƠNG\b")
TERMINAL = ".;:!?…"
_UPPER_START = re.compile(r"^[\"“(\[]?[A-ZĐÀ-Ỹ0-9]")

SUBJECT_HEAD_RE = re.compile(r"\bS?TT\s+Mục tiêu\b", re.I)  # header row of a plan table


def _is_upper_start(s: str) -> bool:
    return bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in "\"“([")


def _is_all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            end = pos + len(body.rstrip())
            if "\t" in body.strip(" \r\n"):
                cells = [clean_line(c)[0] for c in body.strip("\r\n").split("\t")]
                out.append(Line(" | ".join(c for c in cells if c), start, end, body, True, cells))
            else:
                t, bold = clean_line(body)
                if t:
                    out.append(Line(t, start, end, body, bold=bold))
        pos += len(raw)
    return out


def join_wrapped(prev: str, nxt: str) -> str:
    """Join a hard-wrapped line: '4163/KH-' + 'UBND' → '4163/KH-UBND'; else a space."""
    if prev.endswith("-") and len(prev) >= 2 and prev[-2].isalnum():
        return prev + nxt
    return prev + " " + nxt


# ---------------------------------------------------------------- parsing


@dataclass
class Paragraph:
    lines: list[Line]
    kind: str  # roman | num | letter | bullet | plus | field | footnote | header | caps | text | row
    num: str = ""
    bold: bool = False

    @property
    def text(self) -> str:
        s = self.lines[0].text
        for ln in self.lines[1:]:
            s = join_wrapped(s, ln.text)
        return s

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass
class ParsedDocument:
    doc_id: str
    clauses: list[Clause]
    tables: list[Table]
    appendix_lines: list[Line]  # garbled plan tables, for tables.py
    signer: str = ""
    signer_title: str = ""
    warnings: list[str] = field(default_factory=list)


def classify(ln: Line) -> tuple[str, str]:
    t = ln.text
    if ln.is_row:
        return "row", ""
    if FOOTNOTE_RE.match(t):
        return "footnote", ""
    if m := ROMAN_RE.match(t):
        if m.group("title") is None or _is_upper_start(m.group("title") or ""):
            return "roman", m.group("num")
    if m := NUM2_RE.match(t):
        return "num", m.group("num")
    if m := NUM1_RE.match(t):
        return "num", m.group("num")
    if m := LETTER_RE.match(t):
        return "letter", m.group("num")
    if FIELD_RE.match(t):
        return "field", ""
    if BULLET_RE.match(t) and not t.startswith("--"):
        return "bullet", ""
    if PLUS_RE.match(t):
        return "plus", ""
    if HEADER_RE.match(t):
        return "header", ""
    if _is_all_caps(t) or ln.bold:
        return "caps", ""
    return "text", ""


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Unwrap lines into paragraphs."""
    lengths = [len(ln.text) for ln in lines if not ln.is_row]
    median = statistics.median(lengths) if lengths else 80
    short = 0.6 * median
    out: list[Paragraph] = []
    cur: Paragraph | None = None
    for ln in lines:
        kind, num = classify(ln)
        if kind == "footnote":
            # a footnote line interrupts a sentence; the sentence resumes after it
            out.append(Paragraph([ln], "footnote"))
            continue
        if cur is not None and kind == "text":
            last = cur.lines[-1].text
            standalone = cur.kind in ("caps", "header", "row") or cur.bold
            ends = last.rstrip("\"”)'").endswith(tuple(TERMINAL)) or last.endswith("./.")
            # a one-line numbered title ("7. Xây dựng … chính quyền số") followed by a capitalised line
            title_done = (cur.kind in ("roman", "num", "letter") and len(cur.lines) == 1
                          and not last.endswith((",", "-", "và", "của")) and ln.text[:1].isupper())
            if not standalone and not title_done and not (ends and _is_upper_start(ln.text)) and not (
                len(last) < short and _is_upper_start(ln.text)
            ):
                cur.lines.append(ln)
                continue
        cur = Paragraph([ln], kind, num, bold=ln.bold)
        out.append(cur)
    return out


def _is_title(text: str, kind: str) -> bool:
    if kind == "roman":
        return True
    limit = 200 if text.endswith(":") else 110
    return len(text) <= limit and not text.rstrip().endswith((".", ";"))


def _label(p: Paragraph, is_title: bool) -> str:
    text = p.text
    if not is_title:
        return f"{p.num}." if p.kind == "num" else (f"{p.num})" if p.kind == "letter" else p.num + ".")
    if len(text) > 90:
        text = text[:88].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return text.rstrip(":").strip()


_LEVEL = {"roman": 1, "letter": 4}


def _level(p: Paragraph) -> int:
    if p.kind == "num":
        return 2 + p.num.count(".")
    return _LEVEL[p.kind]


def parse(doc_id: str, text: str) -> ParsedDocument:
    lines = split_lines(text)
    body: list[Line] = []
    appendix: list[Line] = []
    outline: list[Line] = []
    tables: list[Table] = []
    signer_title_parts: list[str] = []
    signer = ""
    warnings: list[str] = []

    region = "body"
    for ln in lines:
        t = ln.text
        if not ln.is_row and (PAGE_NO_RE.match(t) and region != "appendix" or URL_RE.match(t) or RULE_RE.match(t)):
            continue
        if region in ("body", "closing") and not ln.is_row and APPENDIX_RE.match(t):
            region = "appendix"
        elif region != "outline" and not ln.is_row and OUTLINE_RE.match(t):
            region = "outline"
        elif region == "body" and not ln.is_row and (CLOSING_RE.match(t) or SIGN_TITLE_RE.match(t) and ln.bold):
            region = "closing"
        elif region == "body" and SIGN_TITLE_RE.match(t) and len(t) < 40 and _is_all_caps(t):
            region = "closing"
        if region == "closing":
            if SIGN_TITLE_RE.match(t) and _is_all_caps(t):
                signer_title_parts.append(t)
            elif signer_title_parts and not t.startswith("-") and not signer and len(re.findall(r"[^\W\d_]{2,}", t)) >= 2:
                signer = t
            continue
        {"body": body, "appendix": appendix, "outline": outline}[region].append(ln)

    clauses: list[Clause] = []

    def emit(path, kind, text_, start, end):
        clauses.append(Clause(f"{doc_id}:{len(clauses):04d}", doc_id, tuple(path), kind, text_, start, end, len(clauses)))

    def walk(region_lines: list[Line], root: tuple[str, ...]):
        stack: list[tuple[int, str]] = []
        pending_rows: list[Line] = []

        def flush_rows():
            if pending_rows:
                path = root + tuple(lbl for _, lbl in stack)
                tables.append(Table([TableRow(r.cells, r.start, r.end) for r in pending_rows], path))
                pending_rows.clear()

        for p in paragraphs(region_lines):
            if p.kind == "row":
                pending_rows.extend(p.lines)
                continue
            flush_rows()
            txt = p.text
            if p.kind in ("roman", "num", "letter"):
                lvl = _level(p)
                title = _is_title(txt, p.kind)
                while stack and stack[-1][0] >= lvl:
                    stack.pop()
                stack.append((lvl, _label(p, title)))
                path = root + tuple(lbl for _, lbl in stack)
                emit(path, "heading" if title else "paragraph", txt, p.start, p.end)
                continue
            path = root + tuple(lbl for _, lbl in stack) if (stack or root) else ("Mở đầu",)
            kind = {"bullet": "bullet", "plus": "bullet", "footnote": "footnote", "header": "header",
                    "field": "field", "caps": "title"}.get(p.kind, "paragraph")
            emit(path, kind, txt, p.start, p.end)
        flush_rows()

    walk(body, ())
    # The appendix: tab-separated rows become Tables; PDF-garbled plan tables
    # (an 'STT Mục tiêu Nhiệm vụ Hoạt động' header in plain lines) go to tables.py.
    garbled: list[Line] = []
    if appendix:
        head_idx = next((i for i, ln in enumerate(appendix) if not ln.is_row and SUBJECT_HEAD_RE.search(ln.text)), None)
        if head_idx is not None:
            walk(appendix[:head_idx], ("PHỤ LỤC",))
            garbled = appendix[head_idx:]
        else:
            walk(appendix, ("PHỤ LỤC",))
    if outline:
        walk(outline, ("ĐỀ CƯƠNG",))
    clauses.sort(key=lambda c: c.start)
    for i, c in enumerate(clauses):
        c.order = i
    return ParsedDocument(doc_id, clauses, tables, garbled, signer, " ".join(signer_title_parts), warnings)
