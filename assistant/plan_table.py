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
import statistics
from dataclasses import dataclass, field

from .deadlines import parse_period
from .records import PATH_SEP, TaskRecord
from .structure import Line, join_wrapped
from .text import fold

# ---------------------------------------------------------------- columns

STT, GOAL, TASK, ACT, OUT, LEAD, COORD, DL = range(8)
NCOL = 8
COL_NAMES = ["stt", "goal", "task", "activity", "output", "lead", "coordinators", "deadline"]
MARKER_COL = {"muc tieu": GOAL, "nhiem vu": TASK, "hoat dong": ACT}

# ---------------------------------------------------------------- patterns

_HEADER_RE = re.compile(r"^s?tt\s+muc tieu\s+nhiem vu\s+hoat dong\b")
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
_STT_LEAD_RE = re.compile(r"^(\d{1,3})\s+(?=(?:Mục tiêu|MỤC TIÊU)\s+\d)")

# Deadline cells: how they start (folded) — checked together with parse_period.
_DL_START = re.compile(
    r"^(?:trong|truoc|sau|theo|xong|hoan thanh|thuong xuyen|hang nam|hang quy|hang thang|dinh ky|"
    r"quy|thang|nam|tu|den|ngay|lien tuc|kiem tra xong|6 thang|dau|cuoi|giai doan|\d)"
)
_DL_OPEN = ("sau", "theo", "thuong xuyen", "dinh ky", "lien tuc", "hang nam", "hang quy", "hang thang")
# Agency head words at the start of a lead / coordinator cell (folded).
_AG_HEAD = re.compile(
    r"^(?:cac |nhung |toan bo )?(?:so|ban quan ly|ban chi dao|ban dan toc|ubnd|uy ban|hdnd|hoi dong|"
    r"van phong|phong|trung tam|dai|bao lai|truong|buu dien|co quan|don vi|cong an|bo|thanh tra|doan|"
    r"chi cuc|cuc|vien|benh vien|kho bac|toa an|tinh uy|huyen uy|dang uy|mat tran|lien doan|hoi)\b"
)
# A cell may not end on these: the text obviously goes on.
_DANGLING = re.compile(
    r"(?:[,;:(\-–/&]|\b(?:va|cua|cac|cho|voi|trong|theo|tai|doi|ve|tu|den|so|nhung|hoac|la|de|o|"
    r"bang|tren|duoi|thuoc|nham|gom|co|cung|ban|van|phong|ubnd|dai|hoi)\b)$"
)


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
    invisible_ok: list[bool] = field(default_factory=list)
    stt: str = ""
    cells: list[Cell] = field(default_factory=lambda: [Cell() for _ in range(NCOL)])
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


def _preprocess(lines: list[Line]):
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
        if _HEADER_RE.match(f):
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
            if _MARKER_RE.match(nxt) and MARKER_COL.get(fold(_MARKER_RE.match(nxt).group(1))) == GOAL:
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


def _tokenize(text: str, idx: int) -> list[Tok]:
    toks: list[Tok] = []
    pos = 0
    m0 = _STT_LEAD_RE.match(text)
    stt_tok = None
    if m0:
        stt_tok = Tok(m0.group(1), idx, marker=STT, num=m0.group(1))
        pos = m0.end()
    if stt_tok:
        toks.append(stt_tok)
    for m in _MARKER_RE.finditer(text, pos):
        for w in text[pos:m.start()].split():
            toks.append(Tok(w, idx))
        toks.append(Tok(m.group(0).strip(), idx, marker=MARKER_COL[fold(m.group(1))], num=str(int(m.group(2)))))
        pos = m.end()
    for w in text[pos:].split():
        toks.append(Tok(w, idx))
    return toks


# ---------------------------------------------------------------- step 2: rows


def _group_rows(lines: list[Line], items) -> tuple[list[Row], list[Section]]:
    rows: list[Row] = []
    sections: list[Section] = []
    cur: Row | None = None
    last_marker = -1
    pending_break = False
    section = ""

    def close():
        nonlocal cur
        cur = None

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
            close()
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
        toks = _tokenize(lines[idx].text, idx)
        seg: list[Tok] = []
        for tk in toks:
            if tk.marker >= 0 and (cur is None or tk.marker <= last_marker):
                if seg and cur is not None:
                    add_line(idx, seg)
                seg = []
                cur = Row(section)
                rows.append(cur)
                pending_break = False
                last_marker = tk.marker
                if tk.marker == STT:
                    cur.stt = tk.num
                    cur.lines.add(idx)
                    continue
            elif tk.marker >= 0:
                last_marker = tk.marker
                if tk.marker == STT:
                    continue
            if tk.marker == STT:
                cur.stt = tk.num
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
    CONT_EMPTY = 6.0  # continuing a column that has nothing before the break
    INVISIBLE = 2.0

    def __init__(self, year: int, widths: dict[int, float] | None):
        self.year = year
        self.widths = widths or {}
        self._gaz = None
        self._gaz_tried = False
        self._dl_cache: dict[str, bool] = {}
        self._cov_cache: dict[str, float] = {}

    # -- content cues
    def deadline_like(self, s: str) -> bool:
        if s in self._dl_cache:
            return self._dl_cache[s]
        f = fold(s).replace("qúy", "quy")
        ok = bool(_DL_START.match(f)) and (f.startswith(_DL_OPEN) or parse_period(s, self.year) is not None)
        self._dl_cache[s] = ok
        return ok

    def gaz_cover(self, s: str) -> float:
        if s in self._cov_cache:
            return self._cov_cache[s]
        if not self._gaz_tried:
            self._gaz_tried = True
            try:
                from .agencies import gazetteer

                self._gaz = gazetteer()
            except Exception:  # gazetteer missing or broken: layout cues only
                self._gaz = None
        cov = 0.0
        if self._gaz is not None and s:
            f = fold(s)
            letters = sum(1 for c in f if c.isalnum())
            if letters:
                got = sum(sum(1 for c in f[a:b] if c.isalnum()) for _, a, b in self._gaz.find(s))
                cov = min(1.0, got / letters)
        self._cov_cache[s] = cov
        return cov

    def width(self, col: int, pieces: list[int]) -> float | None:
        w = self.widths.get(col)
        if w:
            return w
        return None


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


def _strip_label(p: Piece, tk_first: Tok | None) -> str:
    return p.text


def _segment(frag: list[tuple[int, list[Tok]]], ctx: list[Cell], sc: _Scorer, first: bool, final: bool):
    """Best assignment of the fragment's tokens to columns. Returns (cost, [(col, [tokens])])."""
    seq: list[tuple[Tok, bool]] = []  # token, at line start
    for _, toks in frag:
        for k, tk in enumerate(toks):
            seq.append((tk, k == 0))
    n = len(seq)
    if n == 0:
        return 0.0, []
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
    ends_sorted = sorted(cutset)

    cost_cache: dict[tuple[int, int, int], float] = {}

    def cell_cost(i: int, j: int, c: int) -> float:
        key = (i, j, c)
        if key in cost_cache:
            return cost_cache[key]
        toks = [(seq[k][0], k) for k in range(i, j)]
        pieces = _pieces_of(toks)
        cost = 0.0
        tk0, at_start = seq[i]
        is_cont = c in cont_cols and markers_at[i] < 0
        if markers_at[i] >= 0:
            if markers_at[i] != c:
                cost_cache[key] = INF
                return INF
        elif is_cont:
            pass
        else:
            if not _is_capital(tk0.text):
                cost += sc.LOWER
            if not first:
                cost += sc.NEW_IN_CONT
        if not at_start:
            cost += sc.MIDCUT
        # widths and the wrap rule
        prev = ctx[c].last if is_cont else None
        chain = ([prev] if prev is not None else []) + pieces
        W = sc.widths.get(c)
        lens = [len(p.text) for p in chain]
        Weff = W if W else (max(lens) if lens else 0)
        if W:
            for p in pieces:
                ex = len(p.text) - W - 1
                if ex > 0:
                    cost += sc.OVER * ex
        for a, b in zip(chain, chain[1:]):
            if a.label_only or not b.text:
                continue
            fw = _first_word(b.text)
            room = Weff - 1 - (len(a.text) + 1 + len(fw))
            if room >= 0:
                cost += sc.WRAP + sc.WRAP2 * room
        # content
        text = ""
        for p in ([prev] if prev is not None else []) + pieces:
            text = p.text if not text else join_wrapped(text, p.text)
        own = " ".join(p.text for p in pieces)
        if c == DL:
            cost += -sc.DL_GOOD if sc.deadline_like(text) else sc.DL_BAD
        elif c in (LEAD, COORD):
            if not is_cont and _AG_HEAD.match(fold(own)):
                cost -= sc.AG_HEAD
            cost -= sc.AG_GAZ * sc.gaz_cover(text)
        elif c in (ACT, OUT):
            if markers_at[i] < 0 and not is_cont and sc.deadline_like(own) and len(own) < 25:
                cost += 2.0
        if final and j == n and c != DL and _DANGLING.search(fold(text)):
            cost += sc.DANGLE
        elif final and j < n and _DANGLING.search(fold(text)):
            cost += sc.DANGLE
        cost_cache[key] = cost
        return cost

    # DP: best[j][c] = min cost covering seq[:j], last cell column c
    best = [[INF] * NCOL for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * NCOL for _ in range(n + 1)]
    start_col = GOAL
    best[0][start_col - 1] = 0.0  # virtual column before the first
    starts = [0] + [i for i in cuts if i > 0]
    for i in sorted(set(starts)):
        for cp in range(NCOL):
            base = best[i][cp]
            if base == INF:
                continue
            for c in range(max(cp + 1, GOAL), NCOL):
                if markers_at[i] >= 0 and markers_at[i] != c:
                    continue
                # columns skipped between cp and c
                skip = 0.0
                if first:
                    for s in range(max(cp + 1, OUT), c):
                        if not ctx[s].pieces:
                            skip += sc.EMPTY_MID
                if skip >= INF:
                    continue
                lim = next_marker[i] if markers_at[i] < 0 else next_marker[i]
                for j in ends_sorted:
                    if j <= i:
                        continue
                    if j > lim:
                        break
                    cc = cell_cost(i, j, c)
                    if cc == INF:
                        continue
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
        if first:
            for s in range(max(c + 1, OUT), NCOL):
                if not ctx[s].pieces:
                    v += sc.EMPTY_SUFFIX
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


def _copy_ctx(ctx: list[Cell]) -> list[Cell]:
    return [Cell(list(c.pieces), c.has_marker, c.num) for c in ctx]


def _segment_row(row: Row, sc: _Scorer) -> None:
    ctx = [Cell() for _ in range(NCOL)]
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


def _estimate_widths(rows: list[Row]) -> dict[int, float]:
    lens: dict[int, list[int]] = {c: [] for c in range(GOAL, NCOL)}
    alll: dict[int, list[int]] = {c: [] for c in range(GOAL, NCOL)}
    for r in rows:
        for c in range(GOAL, NCOL):
            ps = [p for p in r.cells[c].pieces if p.text]
            for a, b in zip(ps, ps[1:]):
                if not a.label_only:
                    lens[c].append(len(a.text))
            alll[c].extend(len(p.text) for p in ps if not p.label_only)
    widths: dict[int, float] = {}
    for c in range(GOAL, NCOL):
        xs = sorted(lens[c]) or sorted(alll[c])
        if not xs:
            continue
        q = xs[min(len(xs) - 1, int(0.9 * len(xs)))]
        widths[c] = float(q)
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


def parse_plan_table(doc_id: str, lines: list[Line], year: int) -> tuple[list[TaskRecord], list[str]]:
    warnings: list[str] = []
    if not lines:
        return [], warnings
    items = _preprocess(lines)
    rows, sections = _group_rows(lines, items)
    rows = [r for r in rows if r.fragments]
    # pass 1 without widths, pass 2 with widths estimated from pass 1
    sc = _Scorer(year, None)
    for r in rows:
        _segment_row(r, sc)
    widths = _estimate_widths(rows)
    sc2 = _Scorer(year, widths)
    sc2._gaz, sc2._gaz_tried = sc._gaz, sc._gaz_tried
    for r in rows:
        r.fragments = [f for f in r.fragments if f]
        _segment_row(r, sc2)

    sec_by_num = {s.num: s for s in sections}
    records: list[TaskRecord] = []
    goal_no = goal = task_no = task = ""
    cur_sec = None
    prev: TaskRecord | None = None
    counts: dict[str, dict[str, set | int]] = {}
    for r in rows:
        cells = r.cells
        if r.section != cur_sec:
            cur_sec = r.section
            goal_no = goal = task_no = task = ""
            prev = None
        cnt = counts.setdefault(r.section, {"goals": set(), "tasks": set(), "activities": 0})
        if cells[GOAL].has_marker:
            goal_no, goal = cells[GOAL].num, _cell_text(cells[GOAL])
            cnt["goals"].add(len(cnt["goals"]))
        if cells[TASK].has_marker:
            task_no, task = cells[TASK].num, _cell_text(cells[TASK])
            cnt["tasks"].add(len(cnt["tasks"]))
        if not cells[ACT].has_marker:
            # goal/task without an activity: nothing to record
            continue
        cnt["activities"] += 1
        vals = {c: _cell_text(cells[c]) for c in (OUT, LEAD, COORD, DL)}
        if prev is not None and prev.task_no == task_no and prev.goal_no == goal_no or (
            prev is not None and prev.task_no == task_no and not cells[GOAL].has_marker
        ):
            for c, attr in ((OUT, "output"), (LEAD, "lead"), (COORD, "coordinators"), (DL, "deadline")):
                if not vals[c]:
                    vals[c] = getattr(prev, attr)
        sec = sec_by_num.get(r.section)
        title = sec.title if sec else ""
        idxs = sorted(r.lines)
        start = min(lines[i].start for i in idxs)
        end = max(lines[i].end for i in idxs)
        act_no = cells[ACT].num
        clause = PATH_SEP.join(["PHỤ LỤC", f"{r.section}. {title}" if r.section else title, f"Hoạt động {act_no}"])
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
            output=vals[OUT],
            lead=vals[LEAD],
            coordinators=vals[COORD],
            deadline=vals[DL],
            clause=clause,
            start=start,
            end=end,
            kind="activity",
        )
        records.append(rec)
        prev = rec
    # checksums
    labels = {"goals": "mục tiêu", "tasks": "nhiệm vụ", "activities": "hoạt động"}
    for s in sections:
        cnt = counts.get(s.num, {"goals": set(), "tasks": set(), "activities": 0})
        got = {"goals": len(cnt["goals"]), "tasks": len(cnt["tasks"]), "activities": cnt["activities"]}
        for k, v in s.declared.items():
            if got[k] != v:
                warnings.append(f"Phụ lục {doc_id}, mục {s.num}: khai báo {v} {labels[k]}, đọc được {got[k]}.")
    if not sections and records:
        warnings.append(f"Phụ lục {doc_id}: không thấy dòng tiêu đề mục (số mục tiêu, nhiệm vụ, hoạt động) để đối chiếu.")
    return records, warnings
