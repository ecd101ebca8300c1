"""Fact questions: the sentence (or table row) that holds a value of the asked kind — a percentage, an amount, a
date, a clock time, a duration, a count, a name — close to the question's subject words; the value is lifted out
and given first.

    "tỷ lệ số hóa hồ sơ TTHC phải đạt bao nhiêu?"  →  "**85%**" + the sentence it comes from
"""
from __future__ import annotations

import re
import unicodedata

from assistant.answering.evidence import folded
from assistant.answering.understand import OFFICE
from assistant.answering.strategies.base import TOTAL_ROW, Context, Draft, row_cells, sentences, short
from assistant.lang.dates import named_periods
from assistant.lang.normalize import fold
from assistant.lang.values import find_values
from assistant.records import Evidence

POOL = 40
_NUMERIC = ("percent", "money", "date", "time", "duration", "count", "person", "discipline", "penalty", "address",
            "contact", "reward", "docnumber", "steps", "name", "place")
ROW_WEIGHT = 0.85  # a plan's own sentences say a fact better than a table row that repeats it


def _pos_fold(s: str) -> str:
    """Accent-free lower case with the same length as ``s`` (positions stay valid)."""
    out = []
    for ch in s:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append("d" if base in "đĐ" else base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def counted_noun(folded_q: str) -> str:
    """"bao nhiêu xã" → "xa": the thing a count is about (its first word)."""
    m = re.search(r"\b(?:bao nhieu|may)\s+([a-z]+)", folded_q)
    if not m or m.group(1) in ("phan", "ty", "ti", "lan", "tien", "%"):
        return ""
    return m.group(1)


def values_near(ctx: Context, unit: str, kinds: list[str]) -> list[str]:
    """Values of the asked kinds in ``unit``, nearest to the question's subject words first."""
    found = []
    for k in kinds:
        vals = find_values(unit, k)
        if k == "person":  # "là ai?" is answered by a person or by the body they represent …
            office = OFFICE.search(ctx.query.folded)
            bodies = find_values(unit, "agency")
            if office:  # … for an office ("phó trưởng đoàn là ai?"), a body the unit names right after that office
                f = _pos_fold(unit)
                bodies = [v for v in bodies if office.group(0) in f[max(0, v.start - 60):v.start]]
            vals += bodies
        if k == "duration":  # a clock time ("07 giờ 30") is not a duration
            clocks = {(v.start, v.end) for v in find_values(unit, "time")}
            f = _pos_fold(unit)
            vals = [v for v in vals if not any(a <= v.start < b and b >= v.end for a, b in clocks)
                    or re.search(r"\b(trong|trong vong|vong|thoi han|toi da|khong qua|cham nhat|sau|truoc|moi)\s*$", f[:v.start].rstrip())
                    or re.match(r"\s*(ke tu|lam viec)\b", f[v.end:])]
        if k == "docnumber":  # "Kế hoạch số mấy": a number with the code of that type ("…/KH-…")
            codes = _codes_asked(ctx)
            if codes:
                vals = [v for v in vals if any(re.search(rf"/\s*(?:\d{{4}}\s*/\s*)?{c}\b", v.text, re.I) for c in codes)]
        if k == "count":
            noun = counted_noun(ctx.query.folded)
            if noun:
                f = _pos_fold(unit)
                # "5% biên chế", "12 xã", "09 đơn vị hành chính" — not "45% tổng số hồ sơ"
                vals = [v for v in vals if re.match(rf"\s*(?:%\s*|(?:[^\W\d_]+\s+){{0,2}}){noun}\b", f[v.end:])]
        found += vals
    if not found:
        return []
    f = _pos_fold(unit)
    anchors = [m.start() for t in ctx.terms for m in re.finditer(rf"\b{re.escape(t)}\b", f)]
    if anchors:
        # the value whose own phrase ("còn 15.567 hồ sơ giải quyết quá hạn", between commas) says most of the subject
        # words (rarer words weigh more), then the nearest to them
        cuts = [0, *(m.end() for m in re.finditer(r"[,;:()]|\.\s", f)), len(f)]
        terms = set(ctx.terms)

        def said(v) -> float:
            a = max(c for c in cuts if c <= v.start)
            b = min((c for c in cuts if c >= v.end), default=len(f))
            seg = f[a:b]
            return sum(ctx.base.weight(t) for t in terms if re.search(rf"\b{re.escape(t)}\b", seg))

        found.sort(key=lambda v: (-round(said(v), 3), min(abs(v.start - a) for a in anchors)))
    out = []
    asked = fold(ctx.query.text)
    for v in found:
        if v.text not in out and fold(v.text) not in asked:  # "Giám đốc Sở … là ai?" is not answered "Giám đốc Sở"
            out.append(v.text)
    return out


def _row_subject(ctx: Context, text: str) -> float:
    """A figures row answers for its subject ("Lĩnh vực: Vật liệu xây dựng"): the row the question names, else the
    totals row ("Tổng cộng"), rather than any one row that merely has the column asked."""
    cells = row_cells(text)
    subject = next((fold(v) for _, v in cells if re.search(r"[^\W\d_]", v)), "")
    if not subject:
        return 0.0
    words = " ".join(re.findall(r"[a-z0-9]+", subject))
    if f" {words} " in f" {ctx.question_words} ":
        return 0.1
    return 0.05 if TOTAL_ROW.match(words) else -0.1


def _codes_asked(ctx: Context) -> list[str]:
    from assistant.lang.lexicon import lexicon

    f = ctx.query.folded
    m = re.search(r"\b([a-z]+ [a-z]+)( [a-z]+){0,8} so (may|bao nhieu|gi|nao|hieu)", f)
    if not m:
        return []
    return [c for t, c in lexicon().doc_codes.items() if t == m.group(1)]


def _units(e: Evidence) -> list[str]:
    if e.kind == "record":
        return [e.text]
    return sentences(e.text) or [e.text]


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    kinds = [t for t in q.types if t in _NUMERIC]
    pool = [e for e in ctx.candidates[:POOL] if e.clause_kind not in ("heading", "title")] or ctx.candidates[:POOL]
    if not pool:
        return None
    best = None
    units = []
    all_terms = list(q.terms)
    periods = named_periods(q.text)  # "6 tháng đầu năm", "quý II": the part of the year asked about
    for e in pool:
        for unit in _units(e):
            fit = max(ctx.base.fit(ctx.terms, folded(unit)), 0.85 * ctx.base.fit(ctx.terms, folded(f"{e.path} {unit}")))
            vals = values_near(ctx, unit, kinds) if kinds else []
            s = 0.5 * e.score + 0.5 * fit
            if all_terms != ctx.terms:  # the words that named the document still tell its own units apart
                s += 0.1 * ctx.base.fit(all_terms, folded(unit))
            if e.kind == "record":
                s *= ROW_WEIGHT
            elif kinds and e.clause_kind == "table_row":
                s += _row_subject(ctx, e.text)
            if periods:  # a unit under "6 tháng cuối năm" does not say what "6 tháng đầu năm" did
                own = named_periods(f"{e.path} {unit}")
                if own and not own & periods:
                    s -= 0.2
            if kinds:  # in the one document asked about, a unit without the asked kind of value cannot answer
                bonus = 0.25 if ctx.scope.strong else 0.15
                s += bonus if vals else -bonus
                if e.kind == "clause" and ctx.label_value(e.text, kinds):
                    # "2. Địa điểm: …" for "họp ở đâu?": in the one document asked about, the item labelled with the
                    # asked kind says it, whatever the question's few other words match
                    s += 0.4 if ctx.scope.strong and len(ctx.scope.doc_ids) == 1 else 0.15
            units.append((s, e, unit, fit, vals))
            if best is None or s > best[0]:
                best = (s, e, unit, fit, vals)
    _, e, unit, fit, vals = best
    labelled = ctx.label_value(e.text, kinds) if kinds and e.kind == "clause" else ""
    if labelled:  # "2. Địa điểm: Hội trường tầng 2, …": the label's value is the answer
        vals = [labelled, *[v for v in vals if v not in labelled]]
    if kinds and vals:
        direct = "**" + "**; **".join(vals[:3]) + "**"
        if "time" in kinds and len(vals) >= 2:
            direct = f"Từ **{vals[0]}** đến **{vals[1]}**" if len(vals) == 2 else direct
    else:
        direct = ""
    quote = unit if len(e.text) > 400 and unit in e.text else e.text
    chosen, quotes = [e], [quote]
    # "họp hôm nào, ở đâu?": each asked kind the best unit lacks, from the best unit of the same document holding it
    missing = [k for k in kinds if len(kinds) > 1 and not find_values(unit, k) and not ctx.label_value(e.text, [k])]
    for k in missing:
        alt = max((u for u in units if u[1].doc_id == e.doc_id and u[1] is not e
                   and (find_values(u[2], k) or ctx.label_value(u[1].text, [k]))), key=lambda u: u[0], default=None)
        if alt is None:
            continue
        got = ctx.label_value(alt[1].text, [k]) or find_values(alt[2], k)[0].text
        direct = f"{direct}; **{got}**" if direct else f"**{got}**"
        chosen.append(alt[1])
        quotes.append(alt[2] if len(alt[1].text) > 400 and alt[2] in alt[1].text else alt[1].text)
        labelled = labelled or ctx.label_value(alt[1].text, [k])
    if kinds and vals and len(chosen) == 1:  # the same figure set elsewhere (the appendix vs the body): shown too
        other = _other_part(ctx, e, units, best[0])
        if other is not None:
            chosen.append(other[1])
            quotes.append(other[2] if len(other[1].text) > 400 else other[1].text)
            if other[1].doc_id != e.doc_id and other[4] and other[4][0] not in vals[:3]:
                # two documents, neither named by the question, set it differently: both, each with its document
                direct = (f"{direct} (theo {ctx.short_name(e.doc_id)}); **{other[4][0]}** "
                          f"(theo {ctx.short_name(other[1].doc_id)})")
    # a numbered item labelled with the asked kind ("2. Địa điểm: …") in the one document asked about is exact
    confident = bool(labelled) and ctx.scope.strong and len(ctx.scope.doc_ids) == 1
    return Draft("fact", direct, chosen, quotes=quotes, fit=max(fit, e.fit * 0.9),
                 type_ok=(bool(vals) if kinds else None), records=[x.record for x in chosen if x.record],
                 confident=confident)


def _other_part(ctx: Context, e: Evidence, units: list, top: float):
    """The best unit from another part or document that also holds a value and fits nearly as well."""
    root = e.path.split(" › ")[0]
    for u in sorted(units, key=lambda u: -u[0]):
        s, x, unit, fit, vals = u
        if x is e or not vals or s < 0.9 * top:
            continue
        if x.doc_id != e.doc_id and not ctx.scope.strong:
            return u
        if x.doc_id == e.doc_id and x.path.split(" › ")[0] != root and fit >= 0.8 * max(u2[3] for u2 in units):
            return u
    return None


def short_unit(unit: str) -> str:
    return short(unit, 240)
