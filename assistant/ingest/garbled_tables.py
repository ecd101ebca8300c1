"""Garbled PDF appendix tables of the plans (000, 003) → TaskRecords.

Interface used by tables.py:

    parse_plan_table(doc_id, lines, year) -> (records, warnings)

``lines`` are the non-blank lines of the appendix from its header row
('STT/TT Mục tiêu Nhiệm vụ Hoạt động …') to the end of the document, each a
``structure.Line`` (cleaned ``text`` + ``start``/``end`` offsets into the
document text). Records carry section, goal, task, activity, output, lead,
coordinators, deadline (as written), ``clause`` (heading path) and the span;
tables.py fills agency ids, date ranges and the rendered quote.

How the table is rebuilt
------------------------
The PDF text lists a row's cells one after another (columns STT | Mục tiêu |
Nhiệm vụ | Hoạt động | Kết quả/Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành), each cell wrapped over short lines; two cells may share
a line; at a page break the header row repeats (or only a page number shows,
or nothing) and every unfinished cell continues after it.

1. Clean-up: repeated header rows and page numbers become *break* marks; a
   digit line right before "Mục tiêu N" is the STT; section header lines
   ("II Cải cách thể chế (3 mục tiêu, 3 nhiệm vụ, 8 hoạt động)") set the
   section and its declared counts.
2. Markers "Mục tiêu N", "Nhiệm vụ N", "Hoạt động N" (anywhere in a line) open
   cells of fixed columns; a marker whose column is not to the right of the
   row's last marker opens a new row.  A row = one or more *fragments*
   separated by breaks (visible, or invisible: a lower-case line after a
   complete deadline).
3. Each fragment is segmented into column cells by dynamic programming over
   word positions (cuts at line starts or, inside a line, before a capitalised
   word — anywhere in a continuation fragment).  The cost of a cell uses the
   estimated column width (overflow), the wrap rule (a word that would have fit
   on the previous line of the same cell starts a new cell), capitalised cell
   starts, dangling endings ("," "và" …), deadline patterns for the last column
   and agency cues (head words, the gazetteer when available) for the lead and
   coordinator columns.  Continuation fragments are scored against the last
   line of each cell before the break.
4. Column widths are unknown per document: a first pass runs without them, the
   widths are then estimated from the wrapped lines of that pass and the table
   is segmented again.
5. Rows inherit goal/task from the row above when they open no such cell, and
   empty trailing cells (output … deadline) from the previous activity of the
   same task (merged cells).  Section counts are checked against the header.
"""
from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.ingest.structure import Line, join_wrapped
from assistant.lang.dates import parse_period
from assistant.lang.normalize import fold
from assistant.records import PATH_SEP, TaskRecord

# ---------------------------------------------------------------- columns

STT = 0  # the row number is always column 0 (a virtual one when the header prints none)
MARKER_WORDS = {"muc tieu": "goal", "nhiem vu": "task", "hoat dong": "activity"}
DEFAULT_ROLES = ("stt", "goal", "task", "activity", "output", "lead", "coordinators", "deadline")
DEFAULT_NAMES = {"stt": "STT", "goal": "Mục tiêu", "task": "Nhiệm vụ", "activity": "Hoạt động", "output": "Kết quả",
                 "lead": "Chủ trì", "coordinators": "Phối hợp", "deadline": "Thời gian", "executors": "Thực hiện"}


@dataclass(frozen=True)
class Template:
    """The columns of a text-only table, in print order, read from its header line.

    Columns whose cells open with a label ("Mục tiêu 2", "Nhiệm vụ 1", "Hoạt động 3") are *marker* columns;
    the columns after the last marker column (output, lead, coordinators, deadline, …) are *trailing* ones.
    """

    roles: tuple[str, ...] = DEFAULT_ROLES
    names: tuple[str, ...] = ()  # the column names as printed (for a record's cells)

    def name(self, c: int) -> str:
        if c < len(self.names) and self.names[c]:
            return self.names[c]
        return DEFAULT_NAMES.get(self.roles[c], self.roles[c])

    @property
    def ncol(self) -> int:
        return len(self.roles)

    def idx(self, role: str) -> int:
        return self.roles.index(role) if role in self.roles else -1

    @property
    def first(self) -> int:  # the first cell column (after STT)
        return 1

    @property
    def markers(self) -> dict[str, int]:
        return {w: self.idx(r) for w, r in MARKER_WORDS.items() if r in self.roles}

    @property
    def first_marker(self) -> int:
        return min(self.markers.values()) if self.markers else -1

    @property
    def trailing(self) -> int:  # the first column after the marker columns
        return max(self.markers.values()) + 1 if self.markers else self.first

    @property
    def head(self) -> re.Pattern[str]:
        """The printed header's first words: 'STT Mục tiêu Nhiệm vụ Hoạt động' (folded)."""
        words = [w for w, _ in sorted(self.markers.items(), key=lambda kv: kv[1])]
        return re.compile(r"^s?tt\s+" + r"\s+".join(re.escape(w) for w in words) + r"\b")


def template_from_header(text: str) -> Template | None:
    """Column roles from a header printed as text ('STT Mục tiêu Nhiệm vụ Hoạt động Kết quả/Sản phẩm Cơ quan
    chủ trì Cơ quan phối hợp Thời gian hoàn thành'), by the column vocabulary of the profile; None when the
    header names no marker column."""
    from assistant.ingest.tables import _columns

    phrases, _, stt = _columns()
    src = unicodedata.normalize("NFC", text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", src)]
    printed = [src[a:b] for a, b in spans]
    words = [fold(w) for w in printed]
    roles: list[str] = ["stt"]
    names: list[str] = [printed[0] if words and words[0] in stt else "STT"]
    i = 0
    if words and words[0] in stt:
        i = 1
    cands = sorted({(tuple(re.findall(r"[a-z0-9]+", w)), f) for w, f in phrases if f != "stt"}, key=lambda x: -len(x[0]))
    while i < len(words):
        hit = next(((ws, f) for ws, f in cands if tuple(words[i:i + len(ws)]) == ws), None)
        if hit is None:
            i += 1
            continue
        ws, f = hit
        if f in ("goal", "task", "activity") and " ".join(ws) not in MARKER_WORDS:
            f = "activity" if f == "activity" and " ".join(ws) == "hoat dong" else f
        if f not in roles or f in ("notes", "budget"):
            roles.append(f)
            names.append(re.sub(r"\s+", " ", src[spans[i][0]:spans[i + len(ws) - 1][1]]))
        i += len(ws)
    t = Template(tuple(roles), tuple(names))
    return t if t.markers and len(roles) >= 4 else None


# ---------------------------------------------------------------- patterns

_HEADER_VOCAB = set(
    "stt tt ket qua san pham qua/san co quan chu tri phoi hop thoi gian hoan thanh don vi thuc hien "
    "du kien ghi chu dau ra cap so luong kinh phi nguon".split()
)
_PAGE_RE = re.compile(r"^\d{1,3}$")
_SECTION_RE = re.compile(r"^(?P<num>[IVXL]+)\.?\s+(?P<title>\S.*?)\s*\((?P<counts>[^()]*)\)\s*$")
_COUNT_RE = {
    "goals": re.compile(r"(\d+)\s*m[uụ]c ti[eê]u", re.I),
    "tasks": re.compile(r"(\d+)\s*nhi[eệ]m v[uụ]", re.I),
    "activities": re.compile(r"(\d+)\s*ho[aạ]t đ[oộ]ng", re.I),
}
_MARKER_RE = re.compile(
    r"(?<![\w])(Mục tiêu|Nhiệm vụ|Hoạt động|MỤC TIÊU|NHIỆM VỤ|HOẠT ĐỘNG)\s+(\d{1,3})(?:\s*:|(?=\s|$))"
)
_STT_LEAD = {w: re.compile(rf"^(\d{{1,3}})\s+(?=(?:{w}|{w.upper()})\s+\d)")
             for w in ("Mục tiêu", "Nhiệm vụ", "Hoạt động")}

# Deadline cells: how they start (folded) — checked together with parse_period.
_DL_START = re.compile(
    r"^(?:trong|truoc|sau|theo|xong|hoan thanh|thuong xuyen|hang nam|hang quy|hang thang|dinh ky|"
    r"quy|thang|nam|tu|den|ngay|lien tuc|kiem tra xong|6 thang|dau|cuoi|giai doan|\d)"
)
_DL_OPEN = ("sau", "theo", "thuong xuyen", "dinh ky", "lien tuc", "hang nam", "hang quy", "hang thang")
# Agency head words at the start of a lead / coordinator cell (folded).
_AG_HEAD = re.compile(
    r"^(?:cac |nhung |toan bo )?(?:so|ban quan ly|ban chi dao|ban dan toc|ubnd|uy ban|hdnd|hoi dong|"
    r"van phong|phong|trung tam|dai|bao|truong|buu dien|co quan|don vi|cong an|bo|thanh tra|doan|"
    r"chi cuc|cuc|vien|benh vien|kho bac|toa an|tinh uy|huyen uy|dang uy|mat tran|lien doan|hoi)\b"
)
# A cell may not end on these: the text obviously goes on.
_DANGLING = re.compile(
    r"(?:[,;:(\-–/&]|\b(?:va|cua|cac|cho|voi|trong|theo|tai|doi|ve|tu|den|so|nhung|hoac|la|de|o|"
    r"bang|tren|duoi|thuoc|nham|gom|co|cung|ban|van|phong|ubnd|dai|hoi)\b)$"
)


# Approximate advance widths of a Times-like font (em), so that line lengths
# compare across narrow ("thuật và kết nối với") and wide ("UBND", "Mục") text.
_EM = {}
for _chars, _w in (
    ("ijlt", 0.278), ("fr", 0.333), ("s", 0.389), ("acez", 0.444), ("bdghknopquvxy", 0.5), ("w", 0.722),
    ("m", 0.778), ("IJ", 0.36), ("FPS", 0.556), ("ELTZ", 0.611), ("BCR", 0.667),
    ("ADGHKNOQUVXY", 0.722), ("M", 0.889), ("W", 0.944), ("0123456789", 0.5), (" ,.", 0.25), (";:'", 0.278),
    ("-()/[]\"“”", 0.333), ("%", 0.833), ("&", 0.778), ("…", 1.0),
):
    for _c in _chars:
        _EM[_c] = _w
_EM_SCALE = 2.1  # one unit ≈ one average character


@lru_cache(maxsize=65536)
def _w(s: str) -> float:
    """Printed width of ``s`` in 'average characters'."""
    tot = 0.0
    for ch in s:
        e = _EM.get(ch)
        if e is None:
            base = unicodedata.normalize("NFD", ch)[0]
            base = {"đ": "d", "Đ": "D"}.get(base, base)
            e = _EM.get(base, 0.5)
        tot += e
    return tot * _EM_SCALE


# a line ending inside a proper name ("… trên địa bàn huyện Tam" / "Đường")
_PROPER_END = re.compile(r"(?:^|\s)[a-zà-ỹđ][^\s]*\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+$")
_DATE_WORD = re.compile(r"^(?:\d|nam\b|thang\b|quy\b|ngay\b|[ivx]+\b)")
_ACRONYM = re.compile(r"^[A-ZĐ]{2,}\W*$")


def _bare(word: str) -> str:
    w = fold(word).strip(".,;:()\"“”…-–")
    return "#" if w and w[0].isdigit() else w


def _is_capital(word: str) -> bool:
    c = word[:1]
    return bool(c) and (c.isupper() or c.isdigit() or c in "-–+•\"“(")


def _first_word(s: str) -> str:
    return s.split(" ", 1)[0] if s else ""


# ---------------------------------------------------------------- data model


@dataclass
class Tok:
    text: str
    line: int  # index into the cleaned line list
    marker: int = -1  # column opened by this marker (GOAL/TASK/ACT), -1 for a word
    num: str = ""


@dataclass
class Piece:
    line: int
    text: str
    label_only: bool = False  # a marker alone on its cell line ("Hoạt động 4")


@dataclass
class Cell:
    pieces: list[Piece] = field(default_factory=list)
    has_marker: bool = False
    num: str = ""

    @property
    def text(self) -> str:
        s = ""
        for p in self.pieces:
            t = p.text
            if not t:
                continue
            s = t if not s else join_wrapped(s, t)
        return s

    @property
    def last(self) -> Piece | None:
        return self.pieces[-1] if self.pieces else None


@dataclass
class Row:
    section: str
    fragments: list[list[tuple[int, list[Tok]]]] = field(default_factory=list)
    stt: str = ""
    cells: list[Cell] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)


@dataclass
class Section:
    num: str
    title: str
    declared: dict[str, int]
    line: int


# ---------------------------------------------------------------- step 1: clean lines


def _fwords(s: str) -> list[str]:
    return [w for w in re.split(r"[\s/]+", fold(s)) if w]


def _preprocess(lines: list[Line], T: Template):
    """→ items: ('sec', Section) | ('brk',) | ('stt', num, idx) | ('line', idx)."""
    items: list[tuple] = []
    template: list[str] | None = None
    n = len(lines)
    i = 0

    def next_text(k: int) -> str:
        return lines[k].text if k < n else ""

    while i < n:
        t = lines[i].text
        f = fold(t)
        if T.head.match(f):
            j = i + 1
            if template is None:
                tmpl = []
                while j < n and len(tmpl) < 12:
                    ws = _fwords(lines[j].text)
                    if ws and all(w in _HEADER_VOCAB for w in ws):
                        tmpl.append(fold(lines[j].text))
                        j += 1
                    else:
                        break
                template = tmpl
            else:
                k = 0
                while k < len(template) and j < n and fold(lines[j].text) == template[k]:
                    j += 1
                    k += 1
                if k == 0:  # unknown header shape: fall back to the vocabulary
                    while j < n and (ws := _fwords(lines[j].text)) and all(w in _HEADER_VOCAB for w in ws) and j - i < 12:
                        j += 1
            items.append(("brk",))
            i = j
            continue
        if m := _SECTION_RE.match(t):
            counts = {k: int(r.search(m.group("counts")).group(1)) for k, r in _COUNT_RE.items() if r.search(m.group("counts"))}
            if counts:
                items.append(("sec", Section(m.group("num"), m.group("title").strip(), counts, i)))
                i += 1
                continue
        if _PAGE_RE.match(t):
            nxt = next_text(i + 1)
            if _MARKER_RE.match(nxt) and T.markers.get(fold(_MARKER_RE.match(nxt).group(1))) == T.first_marker:
                items.append(("stt", t, i))
            else:
                items.append(("brk",))
            i += 1
            continue
        items.append(("line", i))
        i += 1
    # merge runs of breaks
    out: list[tuple] = []
    for it in items:
        if it[0] == "brk" and out and out[-1][0] == "brk":
            continue
        out.append(it)
    return out


def _verbatim(ln: Line) -> str:
    """The line as printed (NFC, spaces collapsed) — keeps the source's 'Uỷ', 'hoá'."""
    raw = re.sub(r"\s+", " ", unicodedata.normalize("NFC", ln.raw or "")).strip()
    if raw and fold(raw) == fold(ln.text):
        return raw
    return ln.text


def _tokenize(text: str, idx: int, T: Template) -> list[Tok]:
    toks: list[Tok] = []
    pos = 0
    first_word = next((w for w, c in T.markers.items() if c == T.first_marker), "muc tieu")
    m0 = _STT_LEAD[{"muc tieu": "Mục tiêu", "nhiem vu": "Nhiệm vụ", "hoat dong": "Hoạt động"}[first_word]].match(text)
    stt_tok = None
    if m0:
        stt_tok = Tok(m0.group(1), idx, marker=STT, num=m0.group(1))
        pos = m0.end()
    if stt_tok:
        toks.append(stt_tok)
    for m in _MARKER_RE.finditer(text, pos):
        col = T.markers.get(fold(m.group(1)))
        if col is None:  # a label word of a column this table does not have: plain words
            continue
        for w in text[pos:m.start()].split():
            toks.append(Tok(w, idx))
        toks.append(Tok(m.group(0).strip(), idx, marker=col, num=str(int(m.group(2)))))
        pos = m.end()
    for w in text[pos:].split():
        toks.append(Tok(w, idx))
    return toks


# ---------------------------------------------------------------- step 2: rows


def _group_rows(lines: list[Line], items, T: Template) -> tuple[list[Row], list[Section]]:
    rows: list[Row] = []
    sections: list[Section] = []
    cur: Row | None = None
    last_marker = -1
    pending_break = False
    section = ""

    def add_line(idx: int, toks: list[Tok]):
        nonlocal pending_break
        assert cur is not None
        if pending_break or not cur.fragments:
            cur.fragments.append([])
            pending_break = False
        cur.fragments[-1].append((idx, toks))
        cur.lines.add(idx)

    for it in items:
        if it[0] == "sec":
            sections.append(it[1])
            section = it[1].num
            cur = None
            last_marker = -1
            pending_break = False
            continue
        if it[0] == "brk":
            pending_break = cur is not None
            continue
        if it[0] == "stt":
            cur = Row(section)
            rows.append(cur)
            cur.stt = it[1]
            cur.lines.add(it[2])
            last_marker = STT
            pending_break = False
            continue
        idx = it[1]
        toks = _tokenize(_verbatim(lines[idx]), idx, T)
        seg: list[Tok] = []
        for tk in toks:
            if tk.marker >= 0 and (cur is None or tk.marker <= last_marker):
                # a marker not to the right of the row's last one opens a new row
                if seg and cur is not None:
                    add_line(idx, seg)
                seg = []
                cur = Row(section)
                rows.append(cur)
                pending_break = False
            if tk.marker >= 0:
                last_marker = tk.marker
            if tk.marker == STT:
                cur.stt = tk.num
                cur.lines.add(idx)
                continue
            seg.append(tk)
        if seg:
            if cur is None:  # text before any row: ignore (should not happen)
                continue
            add_line(idx, seg)
    return rows, sections


# ---------------------------------------------------------------- step 3: segmentation


class _Scorer:
    LOWER = 8.0  # a new cell starting with a lower-case word
    MIDCUT = 1.0  # cutting inside a line
    OVER = 1.5  # per character beyond the column width
    WRAP = 1.5  # a word that would have fit on the previous line
    WRAP2 = 0.3
    DANGLE = 3.0  # a finished cell ending on "," / "và" …
    DL_BAD = 8.0
    DL_GOOD = 3.0
    AG_HEAD = 1.5
    AG_GAZ = 2.0
    EMPTY_MID = 6.0
    EMPTY_SUFFIX = 3.0
    NEW_IN_CONT = 2.0  # a cell first appearing after a break
    INVISIBLE = 4.0
    SLACK = 2  # proportional fonts: a word "fits" only with this margin
    MIDCUT_LOWER = 1.5  # cutting inside a line before a lower-case word
    DL_CONT = 5.0  # continuing a deadline that was already complete
    AG_CONT = 2.0  # continuing a lead/coordinator cell that already names a whole agency
    SENTENCE_CONT = 2.0  # continuing a cell whose text ended a sentence
    BIGRAM = 1.5  # cutting between two words that go together elsewhere in the table
    PROPER = 1.0  # a cell ending on a capitalised name word after lower-case text
    OUT_AG = 1.5  # output text that reads as agency names
    ACRONYM = 0.7  # a cell starting with an acronym ("CCHC năm 2024") rather than a word
    LABEL_ONLY = 1.0  # an activity cell with only its label on the first page
    BEAM = 12.0  # drop DP states this much worse than the best at the same position

    def __init__(self, year: int, widths: dict[int, float] | None, template: Template | None = None):
        self.T = template or Template()
        self.year = year or 2000  # only used to recognise deadline cells
        self.widths = widths or {}
        self._gaz = None
        self._gaz_tried = False
        self._dl_cache: dict[str, bool] = {}
        self._cov_cache: dict[str, float] = {}
        self.bigrams: dict[tuple[str, str], int] = {}

    def learn_bigrams(self, texts: list[str]) -> None:
        """Word pairs printed together inside one line (same cell) somewhere in the table."""
        for t in texts:
            ws = [_bare(w) for w in t.split()]
            for a, b in zip(ws, ws[1:]):
                if a and b:
                    self.bigrams[(a, b)] = self.bigrams.get((a, b), 0) + 1

    # -- content cues
    def deadline_like(self, s: str) -> bool:
        if s in self._dl_cache:
            return self._dl_cache[s]
        f = fold(s).replace("qúy", "quy")
        ok = bool(_DL_START.match(f)) and (f.startswith(_DL_OPEN) or parse_period(s, self.year) is not None)
        self._dl_cache[s] = ok
        return ok

    def bigram_cost(self, a: str, b: str) -> float:
        n = self.bigrams.get((_bare(a), _bare(b)), 0)
        return self.BIGRAM * min(1.0, n / 2)

    def wrap_cost(self, W: float, need: float) -> float:
        """The next word needed ``need`` characters on the previous line of a column W wide."""
        if need > W:
            return 0.0
        return self.WRAP * min(1.0, (W - need + 1) / 3) + self.WRAP2 * max(0.0, W - self.SLACK - need)

    def deadline_complete(self, s: str) -> bool:
        """A deadline that reads as finished ("Trong năm", "Quý I, II"), not "Sau khi có" / "Quý I (theo"."""
        if not s or not self.deadline_like(s) or s.count("(") > s.count(")"):
            return False
        f = fold(s)
        return not f.startswith(_DL_OPEN) and not _DANGLING.search(f)

    def agency_complete(self, s: str) -> bool:
        return bool(s) and not _DANGLING.search(fold(s)) and self.gaz_cover(s) >= 0.95

    def gaz_cover(self, s: str) -> float:
        if s in self._cov_cache:
            return self._cov_cache[s]
        if not self._gaz_tried:
            self._gaz_tried = True
            try:
                from assistant.lang.gazetteer import profile_gazetteer

                self._gaz = profile_gazetteer(None)
            except Exception:  # gazetteer missing or broken: layout cues only
                self._gaz = None
        cov = self._gaz.cover(s) if (self._gaz is not None and s) else 0.0
        self._cov_cache[s] = cov
        return cov



def _pieces_of(toks: list[tuple[Tok, int]]) -> list[Piece]:
    """Tokens (with their line position in the fragment) → one piece per line."""
    out: list[Piece] = []
    cur_line = None
    buf: list[Tok] = []
    for tk, _ in toks:
        if cur_line is not None and tk.line != cur_line:
            out.append(_mk_piece(buf))
            buf = []
        cur_line = tk.line
        buf.append(tk)
    if buf:
        out.append(_mk_piece(buf))
    return out


def _mk_piece(buf: list[Tok]) -> Piece:
    text = " ".join(t.text for t in buf)
    label_only = len(buf) == 1 and buf[0].marker >= 0
    return Piece(buf[0].line, text, label_only)


def _segment(frag: list[tuple[int, list[Tok]]], ctx: list[Cell], sc: _Scorer, first: bool, final: bool):
    """Best assignment of the fragment's tokens to columns. Returns (cost, [(col, [tokens])])."""
    seq: list[tuple[Tok, bool]] = []  # token, at line start
    for _, toks in frag:
        for k, tk in enumerate(toks):
            seq.append((tk, k == 0))
    n = len(seq)
    if n == 0:
        return 0.0, []
    T = sc.T
    GOAL, NCOL, OUT = T.first, T.ncol, T.trailing
    ACT, LEAD, COORD, DL = T.idx("activity"), T.idx("lead"), T.idx("coordinators"), T.idx("deadline")
    # where a cell may start
    cont_cols = {c for c in range(GOAL, NCOL) if ctx[c].pieces}
    INF = float("inf")
    markers_at = [tk.marker if tk.marker >= 0 else -1 for tk, _ in seq]
    # next marker position after i (a cell cannot run over a marker)
    next_marker = [n] * (n + 1)
    nm = n
    for i in range(n - 1, -1, -1):
        next_marker[i] = nm
        if markers_at[i] >= 0:
            nm = i
    next_marker[n] = n
    # candidate cut points
    cuts = [i for i in range(n) if seq[i][1] or markers_at[i] >= 0 or not first or _is_capital(seq[i][0].text)]
    cutset = set(cuts) | {n}
    sorted(cutset)

    [seq[k][0].line for k in range(n)]

    def cell_costs(i: int, c: int, lim: int) -> list[tuple[int, float]]:
        """Costs of the cells seq[i:j] in column c for every cut j up to lim."""
        tk0, at_start = seq[i]
        is_cont = c in cont_cols and markers_at[i] < 0
        base = 0.0
        if markers_at[i] >= 0:
            if markers_at[i] != c:
                return []
        elif not is_cont:
            if not _is_capital(tk0.text):
                base += sc.LOWER
            elif _ACRONYM.match(tk0.text):
                base += sc.ACRONYM
            if not first:
                base += sc.NEW_IN_CONT
        if not at_start:
            base += sc.MIDCUT + (0 if _is_capital(tk0.text) else sc.MIDCUT_LOWER)
        prev = ctx[c].last if is_cont else None
        if is_cont and c == DL and sc.deadline_complete(ctx[c].text) and not _DATE_WORD.match(fold(tk0.text)):
            base += sc.DL_CONT  # "Trong năm" + "2026" is fine, "Trong năm" + "pháp luật" is not
        if is_cont and c in (LEAD, COORD) and sc.agency_complete(ctx[c].text):
            base += sc.AG_CONT
        if is_cont and ctx[c].text.rstrip().endswith((".", "./.")) and not ctx[c].text.rstrip().endswith(".."):
            base += sc.SENTENCE_CONT
        if i > 0 and markers_at[i] < 0:
            base += sc.bigram_cost(seq[i - 1][0].text, tk0.text)
        if is_cont and ctx[c].text:
            # "… theo thời" | page break | "gian thực": the pair goes together elsewhere
            base -= sc.bigram_cost(ctx[c].text.split()[-1], tk0.text)
        W = sc.widths.get(c)
        out: list[tuple[int, float]] = []
        # incremental state over complete pieces (lines) of the cell
        done_cost = 0.0  # overflow + wrap among complete pieces
        done_text = prev.text if prev is not None else ""
        last_t = prev.text if prev is not None else None
        last_l = prev.label_only if prev is not None else True
        own_done = ""
        cur: list[Tok] = []
        maxlen = _w(prev.text) if prev is not None else 0
        needs: list[float] = []
        needs_at: list[float] = [-1.0, -1, 0.0]  # cache: (width, count, summed cost) of ``needs``
        for j in range(i + 1, lim + 1):
            tk = seq[j - 1][0]
            if cur and tk.line != cur[-1].line:
                t = " ".join(x.text for x in cur)
                lab = len(cur) == 1 and cur[0].marker >= 0
                if W and _w(t) - W - 1 > 0:
                    done_cost += sc.OVER * (_w(t) - W - 1)
                if W and last_t is not None and not last_l:
                    done_cost += sc.wrap_cost(W, _w(last_t) + _w(' ' + _first_word(t)))
                elif not W and last_t is not None and not last_l:
                    needs.append(_w(last_t) + _w(' ' + _first_word(t)))
                done_text = t if not done_text else join_wrapped(done_text, t)
                own_done = t if not own_done else own_done + " " + t
                last_t, last_l = t, lab
                maxlen = max(maxlen, _w(t))
                cur = []
            cur.append(tk)
            if j not in cutset:
                continue
            if base + done_cost > 25:
                break
            t = " ".join(x.text for x in cur)
            cost = base + done_cost
            if W:
                if _w(t) - W - 1 > 0:
                    cost += sc.OVER * (_w(t) - W - 1)
                if last_t is not None and not last_l:
                    cost += sc.wrap_cost(W, _w(last_t) + _w(' ' + _first_word(t)))
            else:
                # no width yet: judge the wrap rule against the widest line of the cell
                Weff = max(maxlen, _w(t))
                if Weff != needs_at[0] or len(needs) != needs_at[1]:
                    needs_at[:] = [Weff, len(needs), sum(sc.wrap_cost(Weff, x) for x in needs)]
                cost += needs_at[2]
                if last_t is not None and not last_l:
                    cost += sc.wrap_cost(Weff, _w(last_t) + _w(" " + _first_word(t)))
            if markers_at[i] >= 0 and j == i + 1 and j < n and first:
                cost += sc.LABEL_ONLY
            text = t if not done_text else join_wrapped(done_text, t)
            own = t if not own_done else own_done + " " + t
            if c == DL:
                ok = len(text) < 80 and sc.deadline_like(text)
                cost += -sc.DL_GOOD if ok else sc.DL_BAD
            elif c in (LEAD, COORD):
                if not is_cont and _AG_HEAD.match(fold(own[:20])):
                    cost -= sc.AG_HEAD
                if len(text) < 100:
                    cost -= sc.AG_GAZ * sc.gaz_cover(text)
            elif c in (ACT, OUT):
                if markers_at[i] < 0 and not is_cont and len(own) < 25 and sc.deadline_like(own):
                    cost += 2.0
            if _DANGLING.search(fold(text[-12:])) and (final or j < n):
                # a cell ending on "," / "và" inside a fragment only continues after a break
                cost += sc.DANGLE if final else sc.DANGLE / 2
            elif final and _PROPER_END.search(text):
                cost += sc.PROPER
            if c == OUT:
                cost += sc.OUT_AG * sc.gaz_cover(own) if len(own) < 80 else 0.0
            out.append((j, cost))
        return out

    # DP: best[j][c] = min cost covering seq[:j], last cell column c
    best = [[INF] * NCOL for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * NCOL for _ in range(n + 1)]
    start_col = GOAL
    best[0][start_col - 1] = 0.0  # virtual column before the first
    starts = [0] + [i for i in cuts if i > 0]
    cc_cache: dict[tuple[int, int], list[tuple[int, float]]] = {}
    dangling = [
        bool(ctx[c].pieces) and (bool(_DANGLING.search(fold(ctx[c].text[-12:]))) or all(p.label_only for p in ctx[c].pieces))
        for c in range(NCOL)
    ]
    for i in sorted(set(starts)):
        floor = min(best[i])
        for cp in range(NCOL):
            base = best[i][cp]
            if base == INF or base > floor + sc.BEAM:
                continue
            for c in range(max(cp + 1, GOAL), NCOL):
                if markers_at[i] >= 0 and markers_at[i] != c:
                    continue
                # columns skipped between cp and c
                skip = 0.0
                for s in range(cp + 1, c):
                    if first and s >= OUT and not ctx[s].pieces:
                        skip += sc.EMPTY_MID
                    if final and dangling[s]:
                        skip += sc.DANGLE
                if skip >= INF:
                    continue
                if (i, c) not in cc_cache:
                    cc_cache[(i, c)] = cell_costs(i, c, next_marker[i])
                for j, cc in cc_cache[(i, c)]:
                    v = base + skip + cc
                    if v < best[j][c]:
                        best[j][c] = v
                        back[j][c] = (i, cp)
    # close: suffix empties
    bestv, bestc = INF, -1
    for c in range(NCOL):
        v = best[n][c]
        if v == INF:
            continue
        for s in range(c + 1, NCOL):
            if first and s >= OUT and not ctx[s].pieces:
                v += sc.EMPTY_SUFFIX
            if final and dangling[s]:
                v += sc.DANGLE
        if v < bestv:
            bestv, bestc = v, c
    if bestc < 0:
        return INF, []
    out: list[tuple[int, list[Tok]]] = []
    j, c = n, bestc
    while j > 0:
        i, cp = back[j][c]
        out.append((c, [seq[k][0] for k in range(i, j)]))
        j, c = i, cp
    out.reverse()
    return bestv, out


def _apply(ctx: list[Cell], assignment) -> None:
    for c, toks in assignment:
        cell = ctx[c]
        for tk in toks:
            if tk.marker >= 0:
                cell.has_marker = True
                cell.num = tk.num
        for p in _pieces_of([(t, 0) for t in toks]):
            cell.pieces.append(p)


MAX_ROW_TOKENS = 600  # a real row has a few hundred words; more is text that is not the table


def _cut_fragment(frag, budget: int):
    out, left = [], max(0, budget)
    for idx, toks in frag:
        if left <= 0:
            break
        out.append((idx, toks[:left]))
        left -= len(toks)
    return out


def _check_time(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise TableTimeout()


def _copy_ctx(ctx: list[Cell]) -> list[Cell]:
    return [Cell(list(c.pieces), c.has_marker, c.num) for c in ctx]


def _segment_row(row: Row, sc: _Scorer) -> None:
    ctx = [Cell() for _ in range(sc.T.ncol)]
    DL = sc.T.idx("deadline")
    frags = list(row.fragments)
    fi = 0
    while fi < len(frags):
        frag = frags[fi]
        first = fi == 0
        final = fi == len(frags) - 1
        cost, asg = _segment(frag, ctx, sc, first, final)
        # an invisible page break: a lower-case line after a finished deadline
        best = (cost, asg, None)
        if len(frag) > 1:
            for k in range(1, len(frag)):
                toks = frag[k][1]
                if not toks or toks[0].marker >= 0 or _is_capital(toks[0].text):
                    continue
                tail_text = [" ".join(t.text for t in frag[q][1]) for q in range(max(0, k - 3), k)]
                if not any(sc.deadline_complete(" ".join(tail_text[q:])) for q in range(len(tail_text))):
                    continue
                head, tail = frag[:k], frag[k:]
                c1, a1 = _segment(head, ctx, sc, first, False)
                if not a1 or a1[-1][0] != DL:
                    continue
                ctx2 = _copy_ctx(ctx)
                _apply(ctx2, a1)
                c2, a2 = _segment(tail, ctx2, sc, False, final)
                tot = c1 + c2 + sc.INVISIBLE
                if tot < best[0]:
                    best = (tot, a1, k)
        if best[2] is not None:
            k = best[2]
            frags[fi:fi + 1] = [frag[:k], frag[k:]]
            asg = best[1]
        _apply(ctx, asg)
        fi += 1
    row.fragments = frags
    row.cells = ctx


# ---------------------------------------------------------------- widths


def _estimate_widths(rows: list[Row], T: Template) -> dict[int, float]:
    """Column width (characters) most consistent with the wrapped lines seen.

    A wrapped line is at most as long as the column (len ≤ W) and the next
    word did not fit (len + 1 + next word > W): pick the W that satisfies the
    most of these, over the cells of a first segmentation.
    """
    widths: dict[int, float] = {}
    for c in range(T.first, T.ncol):
        lens: list[float] = []
        needs: list[float] = []
        for r in rows:
            ps = [p for p in r.cells[c].pieces if p.text]
            for a, b in zip(ps, ps[1:]):
                if a.label_only:
                    continue
                lens.append(_w(a.text))
                needs.append(_w(a.text) + _w(" " + _first_word(b.text)))
            lens.extend(_w(p.text) for p in ps[-1:] if not p.label_only)
        if not lens:
            continue
        best, best_w = -1, 0
        for w10 in range(40, 900, 5):
            w = w10 / 10
            score = sum(1 for x in lens if x <= w) + sum(1 for x in needs if x > w)
            if score > best:
                best, best_w = score, w
        widths[c] = best_w
    return widths


# ---------------------------------------------------------------- step 4: records


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _cell_text(cell: Cell) -> str:
    """Cell text without its 'Mục tiêu N:' label."""
    s = ""
    for p in cell.pieces:
        t = p.text
        m = _MARKER_RE.match(t)
        if m:
            t = t[m.end():].lstrip(" :")
        if not t:
            continue
        s = t if not s else join_wrapped(s, t)
    return _clean(s)


def read_template(lines: list[Line]) -> Template:
    """The template of a text-only table from its header line and the split header cells under it."""
    if not lines:
        return Template()
    parts = [lines[0].text]
    for ln in lines[1:13]:
        ws = _fwords(ln.text)
        if not ws or not all(w in _HEADER_VOCAB for w in ws):
            break
        parts.append(ln.text)
    return template_from_header(" ".join(parts)) or Template(names=())


class TableTimeout(Exception):
    """The table took longer than its share of the document's parse time."""


def parse_plan_table(doc_id: str, lines: list[Line], year: int, root: tuple[str, ...] = ("PHỤ LỤC",),
                     deadline: float | None = None, template: Template | None = None,
                     ) -> tuple[list[TaskRecord], list[str]]:
    """Records of a table printed as text. ``template``: its columns (default: read from the header line);
    ``deadline``: a ``time.monotonic()`` after which the table is given up with a warning."""
    warnings: list[str] = []
    if not lines:
        return [], warnings
    T = template or read_template(lines)
    items = _preprocess(lines, T)
    rows, sections = _group_rows(lines, items, T)
    rows = [r for r in rows if r.fragments]
    for r in rows:  # a runaway row (text that is not the table) is cut to a size the segmenter handles
        total = 0
        for k, frag in enumerate(r.fragments):
            total += sum(len(t) for _, t in frag)
            if total > MAX_ROW_TOKENS:
                r.fragments = r.fragments[:k + 1]
                r.fragments[-1] = _cut_fragment(frag, MAX_ROW_TOKENS - (total - sum(len(t) for _, t in frag)))
                warnings.append(f"Bảng dạng chữ ({'/'.join(root)}): một dòng quá dài, chỉ đọc {MAX_ROW_TOKENS} từ đầu.")
                break
    try:
        # pass 1 without widths, pass 2 with widths estimated from pass 1
        sc = _Scorer(year, None, T)
        sc.learn_bigrams([_verbatim(ln) for ln in lines])
        for r in rows:
            _check_time(deadline)
            _segment_row(r, sc)
        widths = _estimate_widths(rows, T)
        sc2 = _Scorer(year, widths, T)
        sc2._gaz, sc2._gaz_tried = sc._gaz, sc._gaz_tried
        sc2.bigrams = sc.bigrams
        for r in rows:
            _check_time(deadline)
            r.fragments = [f for f in r.fragments if f]
            _segment_row(r, sc2)
    except TableTimeout:
        warnings.append(f"Bảng dạng chữ ({'/'.join(root)}, {len(lines)} dòng) quá phức tạp: đã dừng đọc vì quá thời "
                        "gian cho phép; nội dung bảng vẫn được giữ dưới dạng văn bản.")
        return [], warnings
    GOAL, TASK, ACT = T.idx("goal"), T.idx("task"), T.idx("activity")
    trailing = [(c, T.roles[c]) for c in range(T.trailing, T.ncol)
                if T.roles[c] in ("output", "lead", "coordinators", "deadline", "executors")]

    sec_by_num = {s.num: s for s in sections}
    records: list[TaskRecord] = []
    goal_no = goal = task_no = task = ""
    cur_sec: str | None = None
    prev: TaskRecord | None = None
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        cells = r.cells
        if r.section != cur_sec:
            cur_sec = r.section
            goal_no = goal = task_no = task = ""
            prev = None
        cnt = counts.setdefault(r.section, {"goals": 0, "tasks": 0, "activities": 0})
        has = lambda c: c >= 0 and cells[c].has_marker  # noqa: E731
        if has(GOAL):
            goal_no, goal = cells[GOAL].num, _cell_text(cells[GOAL])
            cnt["goals"] += 1
        if has(TASK):
            task_no, task = cells[TASK].num, _cell_text(cells[TASK])
            cnt["tasks"] += 1
        if not has(ACT):
            continue  # a goal/task row without activity: nothing to record
        cnt["activities"] += 1
        vals = {role: _cell_text(cells[c]) for c, role in trailing}
        if prev is not None and not has(GOAL) and not has(TASK):
            # same task as the row above: its output … deadline cells may be merged over this row
            for role in vals:
                if not vals[role]:
                    vals[role] = getattr(prev, role)
        sec = sec_by_num.get(r.section)
        title = sec.title if sec else ""
        act_no = cells[ACT].num
        path = list(root) + ([f"{r.section}. {title}"] if r.section else []) + [f"Hoạt động {act_no}"]
        rec = TaskRecord(
            source=doc_id,
            section=r.section,
            section_title=title,
            goal_no=goal_no,
            goal=goal,
            task_no=task_no,
            task=task,
            activity_no=act_no,
            activity=_cell_text(cells[ACT]),
            output=vals.get("output", ""),
            lead=vals.get("lead", ""),
            coordinators=vals.get("coordinators", ""),
            executors=vals.get("executors", ""),
            deadline=vals.get("deadline", ""),
            clause=PATH_SEP.join(path),
            start=min(lines[i].start for i in r.lines),
            end=max(lines[i].end for i in r.lines),
            kind="activity",
        )
        shown = {T.idx("goal"): goal, T.idx("task"): task, ACT: rec.activity}
        shown.update({c: vals.get(role, "") for c, role in trailing})
        rec.cells = [[T.name(c), r.stt if c == STT else shown.get(c, _cell_text(cells[c]))] for c in range(T.ncol)]
        records.append(rec)
        prev = rec
    # checksums: each section header declares its counts
    labels = {"goals": "mục tiêu", "tasks": "nhiệm vụ", "activities": "hoạt động"}
    for s in sections:
        got = counts.get(s.num, {"goals": 0, "tasks": 0, "activities": 0})
        for k, v in s.declared.items():
            if got[k] != v:
                warnings.append(f"Phụ lục {doc_id}, mục {s.num}: khai báo {v} {labels[k]}, đọc được {got[k]}.")
    if not sections and records:
        warnings.append(f"Phụ lục {doc_id}: không thấy dòng tiêu đề mục (số mục tiêu, nhiệm vụ, hoạt động) để đối chiếu.")
    if not records:
        warnings.append(f"Phụ lục {doc_id}: không đọc được hoạt động nào từ bảng ({len(lines)} dòng).")
    return records, warnings
