"""Which row of a figures table comes first or last by a column the question names: "lĩnh vực nào có tỷ lệ đúng hạn
thấp nhất?", "đơn vị nào có nhiều hồ sơ quá hạn nhất?" — the rows of the best-matching table compared on that
column (its totals row left out); the row and its figure first, the row quoted verbatim.
"""
from __future__ import annotations

import re

from assistant.answering.strategies.base import TOTAL_ROW, Context, Draft, row_cells, short
from assistant.lang.lexicon import lexicon
from assistant.lang.normalize import expand_abbreviations, fold

_TABLES = 3  # tables tried, best first (by their rows' rank among the candidates)


def number(value: str) -> float | None:
    """A cell's figure: "1.234" (thousands) → 1234, "94,10" / "94,1%" (decimal comma) → 94.1; None for no figure."""
    m = re.search(r"\d[\d.,]*", value)
    if not m:
        return None
    s = m.group(0).rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", expand_abbreviations(s, keep=False)) if len(w) > 1}


def _subject(cells: list[list[str]]) -> int | None:
    return next((i for i, (_, v) in enumerate(cells) if re.search(r"[^\W\d_]", v)), None)


def answer(ctx: Context) -> Draft | None:
    lx = lexicon()
    f = ctx.query.folded
    m = lx.search("extremes", "max", f) or lx.search("extremes", "min", f)
    if m is None or not re.search(r"\bnao\b", f):
        return None
    highest = lx.search("extremes", "max", f) is not None
    said = "cao nhất" if highest else "thấp nhất"
    question = set(ctx.question_words.split())
    tables: list[tuple[str, str]] = []
    for e in ctx.candidates[:20]:
        if e.kind == "clause" and e.clause_kind == "table_row" and (e.doc_id, e.path) not in tables:
            tables.append((e.doc_id, e.path))
    for doc_id, path in tables[:_TABLES]:
        rows = [(c, row_cells(c.text)) for c in ctx.base.clauses_of(doc_id)
                if c.kind == "table_row" and c.path_str == path]
        rows = [(c, cells) for c, cells in rows if cells]
        if len(rows) < 3:
            continue
        headers = [h for h, _ in rows[0][1]]
        # the column: a column of figures whose header words the question says most of (two at least, or all of a
        # short one); "Lĩnh vực", "Đơn vị" name the rows, not what they are compared on
        col, best = None, (0.0, 0)
        for h in dict.fromkeys(headers):
            hw = _words(h)
            got = len(hw & question)
            figures = sum(number(dict((x, v) for x, v in cells).get(h, "")) is not None for _, cells in rows)
            if hw and got >= min(2, len(hw)) and 2 * figures >= len(rows) and (got / len(hw), got) > best:
                col, best = h, (got / len(hw), got)
        if col is None:
            continue
        scored = []
        for c, cells in rows:
            at = _subject(cells)
            values = dict((h, v) for h, v in cells)
            x = number(values.get(col, ""))
            if at is None or x is None or TOTAL_ROW.match(" ".join(re.findall(r"[a-z0-9]+", fold(cells[at][1])))):
                continue  # the totals row is no row of its own
            scored.append((x, c, cells, at))
        if len(scored) < 2:
            continue
        x, c, cells, at = (max if highest else min)(scored, key=lambda t: t[0])
        ties = [t for t in scored if t[0] == x]
        head = cells[at][0]
        value = dict((h, v) for h, v in cells)[col]
        names = "; ".join(short(t[2][t[3]][1], 80) for t in ties[:5])
        direct = f"{head}: **{names}** — {col}: **{value}** ({said} trong {len(scored)} dòng của bảng, không kể dòng tổng)."
        evidence = [ctx.base.clause(t[1], ctx.terms) for t in ties[:5]]
        return Draft("field", direct, evidence, fit=max(e.fit for e in evidence), field_ok=True,
                     confident=ctx.scope.strong)
    return None
