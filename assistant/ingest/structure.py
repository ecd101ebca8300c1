"""Raw document text → parts, Clauses with heading paths and character spans, tables.

What this stage does, in order:
1. split the text into lines with their offsets; clean each line (HTML tags stripped safely, Markdown
   emphasis and ``#`` removed, spaces collapsed, Vietnamese normalisation); tab-separated lines are table rows;
2. drop noise: page numbers, stray URLs, ``---`` rules;
3. cut the document into **parts** and each part into blocks: the header block (issuer, "Số:", the national
   motto, "…, ngày … tháng … năm …"), the title block (type line + subject lines), the body, and the closing
   block ("Nơi nhận:" list and signature). Header and closing blocks are metadata, not clauses. What comes
   after a signature — a Quy chế / Quy định issued with a decision, an appendix (PHỤ LỤC), a report outline
   (ĐỀ CƯƠNG), a second document joined in the same file — is a part of its own with its own citation root;
4. unwrap hard-wrapped lines into paragraphs (a paragraph starts at a heading marker, a bullet, a field
   label such as ``Đơn vị chủ trì:``, or after a line that ends a sentence); document numbers broken at a
   hyphen are re-joined; the work is linear in the length of the text;
5. give each paragraph its heading path using the numbering, never the Markdown ``#`` count: Phần / Chương /
   Mục / Điều (with khoản "1." and điểm "a)" under an Điều), Roman sections, "1.", "1.1.", "a)"; bullets
   "-" "+" stay under the heading above them.

Tab-separated lines are real table rows (DOCX/PDF tables, tab-separated exports): they are returned as
``Table``s for ``tables.py``. A table that reached us as column-by-column text (a PDF without rulings) is
returned as a ``GarbledRegion`` for ``garbled_tables.py`` when its header line names the columns.
"""
from __future__ import annotations

import html
import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from assistant.lang.normalize import fold, normalize
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
    if "<" in s:
        s = _SUP.sub(lambda m: "".join(_SUPERSCRIPTS[int(d) - 1] if d != "0" else "⁰" for d in m.group(1)), s)
    s = strip_html(s)
    bold = False
    if _MD_HEADING.match(s):
        s = _MD_HEADING.sub("", s)
        bold = True
    st = s.strip()
    if st.startswith("**") and st.endswith("**") and len(st) > 4:
        bold = True
    if "*" in s or "__" in s:
        s = _MD_EMPH.sub("", s)
    return normalize(s), bold


# ---------------------------------------------------------------- vocabulary (profile data)


@lru_cache(maxsize=4)
def _vocab(profile: str = "") -> dict:
    from assistant.profiles import load_profile

    return load_profile(profile or None).vocabulary


def _alt(words) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(profile: str = "") -> dict[str, re.Pattern[str]]:
    v = _vocab(profile)
    doc, closing = v.get("document", {}), v.get("closing", {})
    return {
        "type": re.compile(rf"^(?:{_alt(doc.get('types', []))})\s*:?$"),
        "type_prefix": re.compile(rf"^(?:{_alt(doc.get('types', []))})(?=\s)"),
        "appendix": re.compile(rf"^(?:{_alt(doc.get('appendix', []))})\b\s*(?P<num>(?:so\s*)?[ivxlc\d]+\b)?"),
        "outline": re.compile(rf"^(?:{_alt(doc.get('outline', []))})\b"),
        "motto": re.compile(rf"(?:^|\s)(?:{_alt(doc.get('motto', []))})"),
        "recipients": re.compile(rf"^(?:{_alt(closing.get('recipients', []))})\s*:?"),
        "sign_prefix": re.compile(rf"^(?:{_alt(closing.get('sign_prefixes', []))})(?=\s|$)"),
        "sign_title": re.compile(rf"^(?:pho\s+)?(?:{_alt(closing.get('sign_titles', []))})\b"),
        "signed": re.compile(rf"^\(?\s*(?:{_alt(closing.get('signed', []))})\b.*\)?$"),
    }


def _types(profile: str = "") -> list[str]:
    return list(_vocab(profile).get("document", {}).get("types", []))


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
# Phần / Chương / Mục / Điều (case-insensitive: "CHƯƠNG II", "Chương II")
PHAN_RE = re.compile(r"^(?:Phần|PHẦN)\s+(?P<num>thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d{1,2})\b\s*[.:\-–]?\s*(?P<title>\S.*)?$")
CHUONG_RE = re.compile(r"^(?:Chương|CHƯƠNG)\s+(?P<num>[IVXLC]+|\d{1,2})\b\s*[.:\-–]?\s*(?P<title>\S.*)?$")
MUC_RE = re.compile(r"^(?:Mục|MỤC)\s+(?P<num>[IVXLC]+|\d{1,2})\b(?!\s*(?:tiêu|TIÊU))\s*[.:\-–]?\s*(?P<title>\S.*)?$")
DIEU_RE = re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<num>\d{1,3}[a-zđ]?)\s*(?:[.:]\s*(?P<title>\S.*)?|\s*$)")
HEADER_RE = re.compile(r"^(?:Số\s*:|[^,]{2,40},\s*ngày\s*(?:\d{1,2}|[.…_ ]*)\s*tháng\b.{0,14}\bnăm\b\s*\d{0,4}\s*\.?$)")
NUMBER_LINE_RE = re.compile(r"^Số\s*:", re.I)
DATE_LINE_RE = re.compile(r"^[^,]{2,40},\s*ngày\s*(?:\d{1,2}|[.…_ ]*)\s*tháng\b.{0,14}\bnăm\b\s*\d{0,4}\s*\.?$")
PAGE_NO_RE = re.compile(r"^\d{1,3}$")
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$")
RULE_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|[-_=–—.]{3,})$")
TERMINAL = ".;:!?…"
ISSUED_WITH_RE = re.compile(r"^\(?\s*(?:ban hanh )?kem theo\b")
NAME_WORD_RE = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*$|^[A-ZĐÀ-Ỹ]+$")
# a plan table whose cells reached us as text: its header line names the columns
SUBJECT_HEAD_RE = re.compile(r"\bS?TT\s+(?:Mục tiêu|Nhiệm vụ\s+Hoạt động)\b", re.I)

# levels of the heading stack (a marker pops every marker of its level or deeper)
_RANK = {"phan": 0, "chuong": 1, "muc": 2, "roman": 3, "dieu": 4, "letter": 7}
_LEGAL = ("phan", "chuong", "muc", "dieu")


def _is_upper_start(s: str) -> bool:
    return bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in "\"“([")


def _is_all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            end = pos + len(body.rstrip())
            pipe = "|" in body and _PIPE_ROW.match(body) and body.count("|") >= 3
            if pipe and _PIPE_RULE.match(body):
                pos += len(raw)
                continue  # the |---|---| rule under a Markdown table header
            if "\t" in body.strip(" \r\n") or pipe:
                parts = body.strip().strip("|").split("|") if pipe else body.strip("\r\n").split("\t")
                cells = [clean_line(c)[0] for c in parts]
                out.append(Line(" | ".join(c for c in cells if c), start, end, body, True, cells))
            else:
                t, bold = clean_line(body)
                if t:
                    out.append(Line(t, start, end, body, bold=bold))
        pos += len(raw)
    return out


def join_wrapped(prev: str, nxt: str) -> str:
    """Join a hard-wrapped line: '12/KH-' + 'UBND' → '12/KH-UBND'; else a space."""
    if prev.endswith("-") and len(prev) >= 2 and prev[-2].isalnum():
        return prev + nxt
    return prev + " " + nxt


def join_lines(texts: list[str]) -> str:
    """``join_wrapped`` over many lines, in linear time."""
    if not texts:
        return ""
    out = [texts[0]]
    for prev, nxt in zip(texts, texts[1:]):
        glue = prev.endswith("-") and len(prev) >= 2 and prev[-2].isalnum()
        out.append(nxt if glue else " " + nxt)
    return "".join(out)


# ---------------------------------------------------------------- parsing


@dataclass
class Paragraph:
    lines: list[Line]
    kind: str  # roman | num | letter | phan | chuong | muc | dieu | bullet | plus | field | footnote | header | caps | text | row
    num: str = ""
    bold: bool = False
    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None or self._n != len(self.lines):
            self._text = join_lines([ln.text for ln in self.lines])
            self._n = len(self.lines)
        return self._text

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass
class GarbledRegion:
    """Lines of a table that reached us as column-by-column text, from its header line to the end of its part."""

    lines: list[Line]
    root: tuple[str, ...] = ()


@dataclass
class ParsedDocument:
    doc_id: str
    clauses: list[Clause]
    tables: list[Table]
    appendix_lines: list[Line]  # the first garbled region (kept for callers that read one plan table)
    signer: str = ""
    signer_title: str = ""
    warnings: list[str] = field(default_factory=list)
    garbled: list[GarbledRegion] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)  # [{"name", "title", "start", "end", "root"}]
    header: list[Line] = field(default_factory=list)  # the header blocks' lines (metadata, not clauses)
    closing: list[Line] = field(default_factory=list)  # "Nơi nhận" lists and signature blocks


def classify(ln: Line) -> tuple[str, str]:
    t = ln.text
    if ln.is_row:
        return "row", ""
    if FOOTNOTE_RE.match(t):
        return "footnote", ""
    for kind, rx in (("phan", PHAN_RE), ("chuong", CHUONG_RE), ("muc", MUC_RE), ("dieu", DIEU_RE)):
        if m := rx.match(t):
            return kind, m.group("num")
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
    lengths = sorted(len(ln.text) for ln in lines if not ln.is_row)
    median = statistics.median(lengths) if lengths else 80
    short = 0.6 * median
    wide = 0.9 * lengths[int(0.8 * (len(lengths) - 1))] if lengths else 80  # a line this long was wrapped
    out: list[Paragraph] = []
    cur: Paragraph | None = None
    for ln in lines:
        kind, num = classify(ln)
        if kind == "footnote":
            # a footnote line interrupts a sentence; the sentence resumes after it
            out.append(Paragraph([ln], "footnote"))
            continue
        if cur is not None and cur.kind in ("phan", "chuong", "muc") and len(cur.lines) == 1 \
                and kind in ("caps", "text") and _is_upper_start(ln.text) and _bare_marker(cur):
            cur.lines.append(ln)  # "Chương II" / "TIẾP NHẬN, GIẢI QUYẾT …": the title on its own line
            continue
        if cur is not None and kind == "text":
            last = cur.lines[-1].text
            standalone = cur.kind in ("caps", "header", "row") or cur.bold
            ends = last.rstrip("\"”)'").endswith(tuple(TERMINAL)) or last.endswith("./.")
            # a one-line numbered title ("7. Xây dựng … chính quyền số") followed by a capitalised line
            title_done = (cur.kind in ("roman", "num", "letter", "dieu", "phan", "chuong", "muc")
                          and len(cur.lines) == 1 and not last.endswith((",", "-", "và", "của"))
                          and ln.text[:1].isupper() and len(last) < wide)
            if not standalone and not title_done and not (ends and _is_upper_start(ln.text)) and not (
                len(last) < short and _is_upper_start(ln.text)
            ):
                cur.lines.append(ln)
                continue
        cur = Paragraph([ln], kind, num, bold=ln.bold)
        out.append(cur)
    return out


def _bare_marker(p: Paragraph) -> bool:
    """'Chương II' alone on its line (its title follows)."""
    rx = {"phan": PHAN_RE, "chuong": CHUONG_RE, "muc": MUC_RE}[p.kind]
    m = rx.match(p.lines[0].text)
    return bool(m) and not m.group("title")


def _is_title(text: str, kind: str) -> bool:
    if kind in ("roman", "phan", "chuong", "muc"):
        return True
    limit = 200 if text.endswith(":") else 110
    return len(text) <= limit and not text.rstrip().endswith((".", ";"))


def _short(text: str, n: int = 90) -> str:
    if len(text) > n:
        text = text[:n - 2].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return text.rstrip(":").strip()


def _label(p: Paragraph, is_title: bool, legal: bool) -> str:
    text = p.text
    if p.kind == "chuong":
        return f"Chương {p.num}"
    if p.kind == "phan":
        return f"Phần {p.num}"
    if p.kind == "muc":
        return f"Mục {p.num}"
    if p.kind == "dieu":
        m = DIEU_RE.match(text)
        title = (m.group("title") or "") if m else ""
        return _short(f"Điều {p.num}. {title}") if (is_title and title) else f"Điều {p.num}"
    if legal and p.kind == "num" and "." not in p.num:
        return f"khoản {p.num}"
    if legal and p.kind == "letter":
        return f"điểm {p.num}"
    if not is_title:
        return f"{p.num}." if p.kind == "num" else (f"{p.num})" if p.kind == "letter" else p.num + ".")
    return _short(text)


def _level(p: Paragraph) -> int:
    if p.kind == "num":
        return 5 + p.num.count(".")
    return _RANK[p.kind]


# ---------------------------------------------------------------- parts: header, title, body, closing


@dataclass
class _Part:
    name: str  # "Kế hoạch", "Quy chế", "Phụ lục", …
    root: tuple[str, ...]  # citation root of its clauses (() for the first part)
    start: int
    title: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    end: int = 0


def _sentence_case(word: str) -> str:
    w = word.strip().lower()
    return w[:1].upper() + w[1:]


class _Reader:
    """The line-level state machine that cuts a document into parts and blocks."""

    def __init__(self, profile: str = ""):
        self.p = _patterns(profile)
        self.types = {fold(t): t for t in _types(profile)}

    # -- line kinds
    def folded(self, ln: Line) -> str:
        return fold(ln.text).strip(" *:").strip()

    def is_motto(self, ln: Line) -> bool:
        """The national motto, alone or beside the issuer (two header columns printed on one line)."""
        if ln.is_row:
            return any(self.p["motto"].search(fold(c)) for c in ln.cells if c)
        return bool(self.p["motto"].search(fold(ln.text)))

    def type_word(self, ln: Line) -> str:
        """The document type a title line names ("KẾ HOẠCH" → "Kế hoạch"), '' otherwise."""
        if ln.is_row or len(ln.text) > 40:
            return ""
        if not (_is_all_caps(ln.text) or ln.bold):
            return ""
        f = self.folded(ln)
        if self.p["type"].match(f):
            return self.types.get(f.rstrip(" :"), _sentence_case(ln.text.strip(" *:")))
        m = self.p["type_prefix"].match(f)
        if m and _is_all_caps(ln.text) and len(f.split()) <= 6:  # "KẾ HOẠCH HÀNH ĐỘNG"
            return self.types.get(m.group(0), _sentence_case(m.group(0)))
        return ""

    def appendix(self, ln: Line) -> str:
        """'PHỤ LỤC', 'Phụ lục II', '**Phụ lục:**', 'PHỤ LỤC: CÁC NHIỆM VỤ …' → the root label; '' otherwise."""
        if ln.is_row:
            return ""
        t = ln.text.strip(" *")
        f = fold(t)
        m = self.p["appendix"].match(f)
        if not m:
            return ""
        rest = t[m.end():].strip(" :.-–")
        caps_head = _is_all_caps(t[:m.end()]) or ln.bold
        if not caps_head and rest and not _is_all_caps(rest):
            return ""  # "Phụ lục kèm theo Kế hoạch này." is a sentence, not a heading
        if t.rstrip().endswith(".") and not caps_head:
            return ""
        num = (m.group("num") or "").strip()
        label = "PHỤ LỤC" + (f" {t[m.start('num'):m.end('num')].strip().upper()}" if num else "")
        return label

    def outline(self, ln: Line) -> str:
        if ln.is_row:
            return ""
        t = ln.text.strip(" *")
        if not (_is_all_caps(t) or ln.bold) or len(t) > 60:
            return ""
        m = self.p["outline"].match(fold(t))
        return t[:m.end()].upper() if m else ""

    def header_like(self, ln: Line) -> bool:
        """A line of the header block: issuer lines, 'Số:', the motto, the place-and-date line, rules."""
        t = ln.text
        if ln.is_row:
            return self.is_motto(ln) or any(NUMBER_LINE_RE.match(c) for c in ln.cells if c)
        if self.is_motto(ln) or NUMBER_LINE_RE.match(t) or DATE_LINE_RE.match(t) or RULE_RE.match(t):
            return True
        if classify(ln)[0] not in ("caps", "header"):
            return False
        return _is_all_caps(t) and len(t.split()) <= 14 and not self.type_word(ln)

    def recipients(self, ln: Line) -> bool:
        if ln.is_row:
            return any(self.p["recipients"].match(fold(c)) for c in ln.cells if c)
        return bool(self.p["recipients"].match(fold(ln.text.strip(" *_"))))

    def sign_line(self, ln: Line) -> bool:
        """'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)'."""
        if ln.is_row:
            return any(self.sign_text(c) for c in ln.cells if c)
        return self.sign_text(ln.text)

    def sign_text(self, t: str) -> bool:
        f = fold(t.strip(" *"))
        if self.p["sign_prefix"].match(f):
            return True
        if self.p["signed"].match(f) and len(f) < 40:
            return True
        return bool(self.p["sign_title"].match(f)) and _is_all_caps(t) and len(t) < 60

    def name_like(self, t: str) -> bool:
        words = t.strip(" *.").split()
        if not 2 <= len(words) <= 5 or len(t) > 45:
            return False
        if not all(NAME_WORD_RE.match(w) for w in words):
            return False
        f = fold(t)
        if self.p["sign_title"].match(f) or self.p["type_prefix"].match(f + " ") or self.p["motto"].match(f):
            return False
        return not re.search(r"\b(?:uy ban|nhan dan|hoi dong|van phong|trung tam|cong an)\b|^(?:so|phong|ban|cuc|chi cuc|"
                             r"tinh|huyen|xa|thi xa|thanh pho|phuong|thi tran|doi|to|thon|ban|can cu)\b", f)


def _signer_from_cell(reader: _Reader, cell: str) -> str:
    """The name at the end of a signature cell: 'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Giàng Mí Chứ'."""
    tail: list[str] = []
    for w in reversed(cell.replace(")", ") ").split()):
        if len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha():
            tail.insert(0, w)
            continue
        break
    name = " ".join(tail[-5:])
    return name if reader.name_like(name) else ""


def _segment(lines: list[Line], reader: _Reader) -> tuple[list[_Part], str, list[str]]:
    """Cut the lines into parts. Returns (parts, signer of the first part, its signature title lines)."""
    parts: list[_Part] = []
    signer, sign_titles = "", []
    state = "start"  # start → title → body → closing → start …
    cur: _Part | None = None
    n = len(lines)
    prev_sign = False  # the previous closing line was a signature title ("TM." …): a caps line may continue it

    def new_part(name: str, root: tuple[str, ...], start: int) -> _Part:
        p = _Part(name, root, start)
        parts.append(p)
        return p

    def root_for(name: str) -> tuple[str, ...]:
        if not parts:
            return ()
        same = sum(1 for q in parts if q.name == name)  # a second part of the same kind gets a number
        return (name if not same else f"{name} ({same + 1})",)

    def lookahead_type(i: int, limit: int = 16) -> int | None:
        """Index of a type line within the next lines, when only header-like lines stand before it."""
        for j in range(i, min(n, i + limit)):
            ln = lines[j]
            if reader.type_word(ln) or reader.appendix(ln) or reader.outline(ln):
                return j
            if not (reader.header_like(ln) or (not ln.is_row and PAGE_NO_RE.match(ln.text))):
                return None
        return None

    def open_part(i: int, j: int) -> None:
        nonlocal cur, state
        tline = lines[j]
        app, outl = reader.appendix(tline), reader.outline(tline)
        if app:
            name, root = "Phụ lục", ((app,) if parts else ())
        elif outl:
            name, root = _sentence_case(outl), ((outl,) if parts else ())
        else:
            name = reader.type_word(tline)
            root = root_for(name)
        cur = new_part(name, root, lines[i].start)
        cur.header.extend(lines[i:j])
        cur.title.append(tline)
        state = "title"

    i = 0
    while i < n:
        ln = lines[i]
        t = ln.text
        page_no = not ln.is_row and bool(PAGE_NO_RE.match(t))
        # -------- a new part opens: at the start, after a closing block, or at a new header block (two documents
        # joined in one file); an appendix or an outline opens one anywhere
        if state == "start" or (state in ("body", "title") and reader.is_motto(ln)):
            j = lookahead_type(i)
            if j is not None:
                open_part(i, j)
                i = j + 1
                continue
            if state == "start":
                if page_no:
                    i += 1
                    continue
                cur = new_part("" if not parts else "Phần kèm theo", root_for("Phần kèm theo") if parts else (), ln.start)
                state = "body"
        if state in ("body", "title") and (reader.appendix(ln) or reader.outline(ln)):
            open_part(i, i)
            i += 1
            continue
        if state == "body" and cur.body and _new_document(reader, lines, i):
            open_part(i, i)  # a second document joined in the same file, without a header block
            i += 1
            continue
        # -------- closing block: "Nơi nhận:" list and signature (metadata, not clauses)
        if state == "body" and _opens_closing(reader, lines, i):
            state = "closing"
            prev_sign = False
        if state == "closing":
            if _closing_line(reader, ln, prev_sign):
                cur.closing.append(ln)
                first = len(parts) == 1
                is_sign = reader.sign_line(ln)
                if ln.is_row:
                    for c in ln.cells:
                        if reader.sign_text(c):
                            if not signer and first:
                                signer = _signer_from_cell(reader, c)
                            if first:
                                sign_titles.append(c)
                elif is_sign and _is_all_caps(t):
                    if first:
                        sign_titles.append(t)
                elif first and not signer and reader.name_like(t):
                    signer = t.strip(" *.")
                prev_sign = is_sign and not reader.p["signed"].match(fold(t))
                i += 1
                continue
            state = "start"  # the closing is over: what follows is a part of its own
            continue
        # -------- title block: the type line and its subject lines
        if state == "title":
            if page_no:
                i += 1
                continue
            if _subject_line(reader, cur, ln):
                cur.title.append(ln)
                i += 1
                continue
            state = "body"
        cur.body.append(ln)
        i += 1
    for k, p in enumerate(parts):
        p.end = parts[k + 1].start if k + 1 < len(parts) else (lines[-1].end if lines else 0)
    return parts, signer, sign_titles


def _new_document(reader: _Reader, lines: list[Line], i: int) -> bool:
    """A bare type line ("KẾ HOẠCH", no colon: "QUYẾT ĐỊNH:" is an enacting formula) followed by a subject line."""
    ln = lines[i]
    if ln.is_row or ln.text.rstrip().endswith(":") or not reader.p["type"].match(reader.folded(ln)):
        return False
    if not _is_all_caps(ln.text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return not nxt.is_row and classify(nxt)[0] in ("text", "caps") and _is_upper_start(nxt.text) \
        and not fold(nxt.text).startswith(("can cu", "dieu "))


def _opens_closing(reader: _Reader, lines: list[Line], i: int) -> bool:
    """'Nơi nhận:', or a signature title followed by a name / '(Đã ký)' within a few lines."""
    ln = lines[i]
    if reader.recipients(ln):
        return True
    if ln.is_row:
        return any(reader.sign_text(c) for c in ln.cells if c) and len(ln.cells) <= 3
    t = ln.text
    f = fold(t.strip(" *"))
    if not (reader.p["sign_prefix"].match(f) or (reader.p["sign_title"].match(f) and _is_all_caps(t))):
        return False
    if len(t) > 60:
        return False
    for nxt in lines[i + 1:i + 5]:
        if nxt.is_row:
            return False
        if reader.name_like(nxt.text) or reader.p["signed"].match(fold(nxt.text)):
            return True
        if not (reader.sign_text(nxt.text) or _is_all_caps(nxt.text) or PAGE_NO_RE.match(nxt.text)):
            return False
    return i + 1 >= len(lines)  # a signature title that ends the document


def _closing_line(reader: _Reader, ln: Line, prev_sign: bool) -> bool:
    """A line that belongs to a distribution list or a signature block."""
    t = ln.text
    if ln.is_row:
        return reader.recipients(ln) or any(reader.sign_text(c) for c in ln.cells if c)
    if reader.type_word(ln) or reader.appendix(ln) or reader.outline(ln) or reader.is_motto(ln):
        return False
    if reader.recipients(ln) or reader.sign_text(t) or reader.name_like(t):
        return True
    if t.startswith(("-", "+", "•")) and len(t) < 120:
        return True  # "- Sở Nội vụ (b/c);", "- Lưu: VT, KSTT." (a longer bullet is content, not an addressee)
    if fold(t).startswith(("luu:", "luu ")):
        return True
    if PAGE_NO_RE.match(t):
        return True
    # a wrapped signature title ("ỦY BAN NHÂN DÂN" under "TM.")
    return prev_sign and _is_all_caps(t) and len(t.split()) <= 6


def _subject_line(reader: _Reader, part: _Part, ln: Line) -> bool:
    """Whether ``ln`` continues the title block of ``part`` (the subject lines under the type line)."""
    if ln.is_row or classify(ln)[0] not in ("text", "caps"):
        return False
    t = ln.text
    f = fold(t)
    if SUBJECT_HEAD_RE.search(t) or reader.type_word(ln) or reader.sign_text(t):
        return False
    subject = part.title[1:]
    if ISSUED_WITH_RE.match(f):
        return True  # "(Ban hành kèm theo Quyết định số …)"
    if not subject:
        # the first subject line: not a preamble sentence
        if f.startswith(("can cu", "kinh gui")):
            return False
        return len(t) <= 500
    last = subject[-1].text
    if sum(s.text.count("(") - s.text.count(")") for s in subject) > 0:
        return len(subject) < 6  # inside "(Ban hành kèm theo … của" / "Ủy ban nhân dân tỉnh …)"
    if len(subject) >= 4:
        return False
    if last.rstrip().endswith((".", ";", ":", ")")) and not last.rstrip().endswith("..."):
        return False
    if _is_all_caps(t) != _is_all_caps(last):
        return False  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" after the subject: the enacting authority
    if t[:1].isupper() and not _is_all_caps(t) and not (ln.bold and subject[-1].bold):
        # a new capitalised sentence ends the subject ("Căn cứ …", "Những năm qua, …")
        return last.rstrip().endswith(("của", "về", "và", "tại", "với", "-", ","))
    return not f.startswith(("can cu", "kinh gui"))


# ---------------------------------------------------------------- the parse


def parse(doc_id: str, text: str, profile: str = "") -> ParsedDocument:
    lines = split_lines(text)
    reader = _Reader(profile)
    # noise: stray URLs and rules everywhere; page numbers except inside text-only tables (their row numbers)
    kept: list[Line] = []
    for ln in lines:
        t = ln.text
        if not ln.is_row and (URL_RE.match(t) or RULE_RE.match(t) or not any(ch.isalnum() for ch in t)):
            continue
        kept.append(ln)
    parts, signer, sign_titles = _segment(kept, reader)

    clauses: list[Clause] = []
    tables: list[Table] = []
    garbled: list[GarbledRegion] = []
    warnings: list[str] = []

    def emit(path, kind, text_, start, end):
        clauses.append(Clause(f"{doc_id}:{len(clauses):04d}", doc_id, tuple(path), kind, text_, start, end, len(clauses)))

    def walk(region_lines: list[Line], root: tuple[str, ...]):
        stack: list[tuple[int, str, str]] = []  # (level, label, kind)
        pending_rows: list[Line] = []

        def flush_rows():
            if pending_rows:
                path = root + tuple(lbl for _, lbl, _ in stack)
                tables.append(Table([TableRow(r.cells, r.start, r.end) for r in pending_rows], path))
                pending_rows.clear()

        for p in paragraphs(region_lines):
            if p.kind == "row":
                pending_rows.extend(p.lines)
                continue
            flush_rows()
            txt = p.text
            if p.kind in ("roman", "num", "letter", "phan", "chuong", "muc", "dieu"):
                lvl = _level(p)
                title = _is_title(txt, p.kind)
                while stack and stack[-1][0] >= lvl:
                    stack.pop()
                legal = any(k == "dieu" for _, _, k in stack)
                stack.append((lvl, _label(p, title, legal), p.kind))
                path = root + tuple(lbl for _, lbl, _ in stack)
                emit(path, "heading" if title else "paragraph", txt, p.start, p.end)
                continue
            path = root + tuple(lbl for _, lbl, _ in stack) if (stack or root) else ("Mở đầu",)
            kind = {"bullet": "bullet", "plus": "bullet", "footnote": "footnote", "header": "header",
                    "field": "field", "caps": "title"}.get(p.kind, "paragraph")
            emit(path, kind, txt, p.start, p.end)
        flush_rows()

    out_parts: list[dict] = []
    header: list[Line] = []
    closing: list[Line] = []
    for part in parts:
        header.extend(part.header)
        closing.extend(part.closing)
        root = part.root
        if part.title:
            title_text = join_lines([ln.text for ln in part.title])
            emit(root or ("Mở đầu",), "title", title_text, part.title[0].start, part.title[-1].end)
        else:
            title_text = ""
        body = [ln for ln in part.body if not (PAGE_NO_RE.match(ln.text) and not ln.is_row)]
        # a plan table printed as text: its header line ('STT Mục tiêu Nhiệm vụ Hoạt động …') opens it
        head_idx = next((i for i, ln in enumerate(part.body) if not ln.is_row and SUBJECT_HEAD_RE.search(ln.text)), None)
        if head_idx is not None:
            before = [ln for ln in part.body[:head_idx] if not (PAGE_NO_RE.match(ln.text) and not ln.is_row)]
            walk(before, root)
            region = part.body[head_idx:]
            garbled.append(GarbledRegion(region, root or ("PHỤ LỤC",)))
        else:
            walk(body, root)
        out_parts.append({"name": part.name or "Văn bản", "title": title_text[:300], "start": part.start,
                          "end": part.end, "root": list(root)})
    clauses.sort(key=lambda c: c.start)
    for i, c in enumerate(clauses):
        c.order = i
        c.id = f"{doc_id}:{i:04d}"
    appendix_lines = garbled[0].lines if garbled else []
    return ParsedDocument(doc_id, clauses, tables, appendix_lines, signer, " ".join(sign_titles), warnings,
                          garbled, out_parts, header, closing)
