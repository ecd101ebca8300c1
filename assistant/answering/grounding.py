"""Answer or abstain — decided from features of the evidence, never from the words of a question.

Features of a draft (all in [0, 1]): how much of the question's subject the cited evidence covers; whether the
asked kind of value is in it; whether the asked task field is given; whether a specific agency or a year the
question insists on appears in it; how retrieval ranked it; which strategy answered. A logistic model over them
(``data/grounding.json``, fitted with cross-validation on the development sets by ``python -m evals.fit_grounding``)
gives the probability that the question is answerable from this evidence; below the threshold the assistant says
the documents do not say, with the reason and the nearest clauses.

Some things are decided before the model, because they are facts, not judgements: the question names something no
document covers (scope's ``unknown``); the strategy found the item but the documents leave the asked value blank
(``Draft.silent``); the draft is an exact structural match (``Draft.confident``); or the evidence lacks what the
question insists on — the kind of value asked (a percentage, a name, a date…), a specific agency, a place or a
year it names (the "vetoes"). The model weighs the rest: how well the evidence covers the question's subject.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.answering.strategies.base import Context, Draft
from assistant.answering.understand import OFFICE
from assistant.lang.dates import named_periods
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.places import agency_core
from assistant.lang.values import find_values

MODEL = Path(__file__).resolve().parent / "data" / "grounding.json"
STRATEGIES = ("field", "listing", "count", "fact", "article", "docfacts", "outline", "passage")
VETOES = ("type_missing", "agency_absent", "place_absent", "year_absent", "period_absent", "part_absent",
          "office_absent")
# what the fitted model sees (python -m evals.fit_grounding): coverage of the subject, never the question's words
MODEL_FEATURES = ("fit", "missing_max", "missing_share", "pairs", "terms", "record", "scoped", "s_field", "s_listing",
                  "s_fact", "s_passage")
_SPECIFIC_KINDS = {"sở", "phòng", "trung tâm", "ban", "văn phòng", "báo/đài", "đơn vị"}


@dataclass
class Decision:
    answer: bool
    p: float  # probability that the documents answer the question
    reason: str = ""  # why not, in Vietnamese ("" when answering)
    features: dict[str, float] = field(default_factory=dict)
    cite: bool = False  # an abstention that cites its evidence (the document leaves the value blank there)


@lru_cache(maxsize=1)
def model() -> dict:
    if MODEL.exists():
        return json.loads(MODEL.read_text("utf-8"))
    # before any fit: the hand-set rule the fitted model replaces (coverage ≥ 0.5 and nothing asked is missing)
    return {"bias": -4.0, "threshold": 0.5, "weights": {"fit": 8.0, "record": 0.8}}


def features(ctx: Context, d: Draft) -> dict[str, float]:
    main = d.evidence[0] if d.evidence else None
    text = " ".join(f"{ctx.title(e.doc_id)} {e.path} {e.text}" for e in d.evidence[:3])
    # a row's merged cells are empty in its own span: its fields carry what the cells above said
    text += " " + " ".join(f"{e.record.lead} {e.record.executors} {e.record.coordinators} {e.record.section_title}"
                           for e in d.evidence[:3] if e.record is not None)
    terms, fit = _follow_up_terms(ctx, text), d.fit
    if terms != ctx.terms:
        fit = max(fit, 0.85 * ctx.base.fit_text(terms, " ".join(e.text for e in d.evidence[:1])))
    missing_max, missing_share, pairs = _missing(ctx, text, terms)
    f = {
        "fit": round(fit, 4),
        "missing_max": missing_max,  # the rarest subject word the evidence lacks (IDF, scaled to 0..1)
        "missing_share": missing_share,  # share of the subject's IDF mass the evidence lacks
        "pairs": pairs,  # share of adjacent subject words found together
        "terms": min(len(ctx.terms), 10) / 10,
        "few_terms": 1.0 if len(ctx.terms) <= 1 else 0.0,
        "type_asked": 1.0 if d.type_ok is not None else 0.0,
        "type_missing": 1.0 if d.type_ok is False else 0.0,
        "field_missing": 1.0 if d.field_ok is False else 0.0,
        "agency_absent": 1.0 if _agency_absent(ctx, f"{text} {_lead_ins(ctx, d.evidence[:3])}") else 0.0,
        "year_absent": 1.0 if _year_absent(ctx, text, d.evidence[:3]) else 0.0,
        "period_absent": 1.0 if _quarter_absent(ctx, text, d.evidence[:3]) else 0.0,
        "part_absent": 1.0 if _part_absent(ctx, d) else 0.0,
        "place_absent": 1.0 if _place_absent(ctx, text) else 0.0,
        "office_absent": 1.0 if _office_absent(ctx, text) else 0.0,
        "retrieved_top": 1.0 if main is not None and 0 <= main.rank < 3 else 0.0,
        "retrieved": 1.0 if main is not None and main.rank >= 0 else 0.0,
        "dense": round(max((e.dense for e in d.evidence[:1]), default=0.0), 4),
        "scoped": 1.0 if ctx.scope.strong else 0.0,
        "record": 1.0 if main is not None and main.kind == "record" else 0.0,
    }
    for s in STRATEGIES:
        f[f"s_{s}"] = 1.0 if d.strategy == s else 0.0
    return f


def _follow_up_terms(ctx: Context, text: str) -> list[str]:
    """The subject words the evidence must hold. A follow-up with words of its own ("còn loại Tốt?" after "xếp loại
    Khá cần bao nhiêu điểm?") swaps some of the previous question's: when the evidence holds all its own words, the
    earlier words it lacks were swapped out, not missing."""
    from assistant.answering.evidence import folded, syllables

    own = [t for t in ctx.query.focus if t in ctx.terms]
    if not own:
        return ctx.terms
    words = set(syllables(folded(text)))
    if not all(t in words for t in own):
        return ctx.terms
    return [t for t in ctx.terms if t in own or t in words]


def _missing(ctx: Context, text: str, terms: list[str] | None = None) -> tuple[float, float, float]:
    from assistant.answering.evidence import folded, syllables

    seq = ctx.terms if terms is None else terms
    terms = list(dict.fromkeys(seq))
    if not terms:
        return 0.0, 0.0, 0.0
    f = folded(text)
    words = set(syllables(f))
    top = max(ctx.base.idf.values(), default=1.0) or 1.0
    weights = {t: ctx.base.weight(t) for t in terms}
    absent = [t for t in terms if t not in words]
    share = sum(weights[t] for t in absent) / max(1e-9, sum(weights.values()))
    mx = max((weights[t] for t in absent), default=0.0) / top
    pairs = list(zip(seq, seq[1:]))
    together = sum(1 for a, b in pairs if f"{a} {b}" in f) / len(pairs) if pairs else 1.0
    return round(mx, 4), round(share, 4), round(together, 4)


def decide(ctx: Context, d: Draft | None) -> Decision:
    if ctx.scope.unknown:
        return Decision(False, 0.0, f"({ctx.scope.unknown})")
    if d is not None and d.confident and not d.silent and not d.evidence:
        return Decision(True, 1.0, "")  # an exact answer that needs no quote ("no task is due this month")
    if d is None or not d.evidence:
        return Decision(False, 0.0, "")
    if d.silent:
        return Decision(False, 0.0, f"({d.silent})", cite=True)
    f = features(ctx, d)
    if d.confident and f.get("missing_share", 0.0) >= 1.0 and len(set(ctx.terms)) >= 4 and not ctx.query.follow_up:
        # an exact listing whose evidence has none of the question's other words ("Phòng Phổ biến, giáo dục pháp
        # luật của Sở … giao việc gì" listed as the Sở's tasks): the office asked about is not in the documents
        return Decision(False, 0.0, "", f)
    if d.confident:
        return Decision(True, 1.0, "", f)
    for veto in VETOES:
        if f.get(veto):
            return Decision(False, 0.0, _reason(ctx, f), f)
    m = model()
    z = m["bias"] + sum(w * f.get(k, 0.0) for k, w in m["weights"].items())
    p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    if p >= m.get("threshold", 0.5):
        return Decision(True, p, "", f)
    return Decision(False, p, _reason(ctx, f), f)


def _reason(ctx: Context, f: dict[str, float]) -> str:
    q = ctx.query
    if f.get("agency_absent"):
        names = ", ".join(ctx.gazetteer.name(a) for a in _specific(ctx))
        return f"(về {names})"
    if f.get("year_absent"):
        return f"(về năm {', '.join(str(y) for y in q.years)})"
    if f.get("period_absent"):
        periods = sorted(_quarters(q.folded))
        return "(về " + ", ".join(f"quý {p.upper()}" if p in ("i", "ii", "iii", "iv") else p for p in periods) + ")"
    if f.get("type_missing"):
        what = {"percent": "tỷ lệ phần trăm", "money": "số tiền", "date": "ngày cụ thể", "time": "giờ",
                "duration": "khoảng thời gian", "count": "con số", "person": "tên người", "place": "địa điểm",
                "discipline": "hình thức kỷ luật", "penalty": "mức xử phạt", "address": "địa chỉ",
                "contact": "số điện thoại, thư điện tử", "reward": "khen thưởng", "name": "họ tên",
                "docnumber": "số văn bản", "steps": "các bước của quy trình"}
        kinds = [what[t] for t in q.types if t in what]
        return f"({', '.join(kinds)} được hỏi)" if kinds else ""
    if f.get("part_absent"):
        return "(phần văn bản được hỏi)"
    if f.get("office_absent"):
        return "(tài liệu chỉ nêu cấp phó của chức danh được hỏi)"
    if f.get("place_absent"):
        return f"(về {', '.join(p.title() for p in ctx.scope.places)})"
    return ""


def _specific(ctx: Context) -> list[str]:
    issuers, heads = set(), ""
    for doc_id in ctx.scope.doc_ids:
        d = ctx.base.document(doc_id)
        if d:
            issuers |= set(ctx.gazetteer.ids(f"{d.title} {d.issuer}"))
            heads += " " + fold(expand_abbreviations(f"{d.title} {d.issuer}"))
    # the document's issuer or subject ("Quy chế … của Trung tâm Phục vụ hành chính công tỉnh …"), whatever the level
    # its short form resolved to, is not a specific agency the evidence must name
    return [a for a in ctx.query.agencies if a in ctx.gazetteer.agencies
            and ctx.gazetteer.agencies[a].kind in _SPECIFIC_KINDS and a not in issuers
            and agency_core(ctx.gazetteer.name(a)) not in heads]


def _office(ctx: Context) -> str:
    """The office whose holder a question asks ("giám đốc Sở Nội vụ tên là gì"), folded, "" when none."""
    if not {"person", "name"} & set(ctx.query.types):
        return ""
    m = OFFICE.search(ctx.query.folded)
    return m.group(0) if m else ""


def _office_absent(ctx: Context, text: str) -> bool:
    """The evidence names the office asked only as its deputy ("Phó Giám đốc" for "Giám đốc"): another person."""
    office = _office(ctx)
    if not office or office.startswith("pho "):
        return False
    f = fold(text)
    return office in f and not re.search(rf"(?<!pho )\b{re.escape(office)}\b", f)


def _lead_ins(ctx: Context, evidence: list) -> str:
    """The lead-ins of cited points ("1. Văn phòng HĐND và UBND huyện:" above "b) Tổng hợp …"): a point's body is
    named there, not in its own words."""
    return " ".join(t for e in evidence for t in ctx.base.lead_ins(e))


def _agency_absent(ctx: Context, text: str) -> bool:
    """A specific agency the question is about (not a document's issuer) that the evidence never names."""
    specific = _specific(ctx)
    if not specific:
        return False
    seen = set(ctx.gazetteer.ids(text, allow_short=True))
    f = fold(expand_abbreviations(text))
    return not any(a in seen or agency_core(ctx.gazetteer.name(a)) in f for a in specific)


def _year_absent(ctx: Context, text: str, evidence: list) -> bool:
    """A year a target is set for ("đến năm 2030") that the evidence never names, or a plan year that neither the
    evidence nor any document is of (a year inside the subject, "Chỉ số CCHC năm 2023", does not count)."""
    f = fold(text)
    if any(str(y) not in f for y in ctx.query.target_years):
        return True
    # a passage that opens with its own year ("Năm 2026, toàn tỉnh tiếp nhận …") does not answer for another one,
    # whatever year its document is of
    opens = re.match(r"\W*(?:trong |ca )?nam (20\d\d)\b", fold(evidence[0].text)) if evidence else None
    if opens and ctx.query.years and int(opens.group(1)) not in ctx.query.years:
        return True
    # the year of the evidence's own documents (a plan of 2025 answers "năm 2025" without repeating it)
    doc_years = {d.year for e in evidence if (d := ctx.base.document(e.doc_id)) is not None}
    # … or the sentence just before the evidence ("Năm 2024, … Tuy nhiên, vẫn còn 312 hồ sơ trễ hạn")
    before = " ".join(fold(d.text[max(0, e.start - 300):e.start]) for e in evidence[:1]
                      if (d := ctx.base.document(e.doc_id)) is not None)
    return any(str(y) not in f and str(y) not in before and y not in doc_years for y in ctx.query.years)


_quarters = named_periods  # one period grammar: lang.dates


def _quarter_absent(ctx: Context, text: str, evidence: list) -> bool:
    """A period the question names ("hội nghị quý II", "tổng kết cả năm") that the evidence never names, while the
    evidence's document is about another period (its title says "quý I", "6 tháng đầu năm")."""
    asked = _quarters(ctx.query.folded)
    if not asked or asked & _quarters(fold(text)):
        return False
    titles: set[str] = set()
    for e in evidence:
        d = ctx.base.document(e.doc_id)
        if d is not None:
            titles |= _quarters(fold(d.title))
    return bool(titles) and not (asked & titles)


def _place_absent(ctx: Context, text: str) -> bool:
    """The places the question names (real ones: some document names them; not the place of the documents in
    scope), none of which the evidence names ("huyện Hòa An, Bảo Lạc" answered from the row of one of them is
    grounded)."""
    own = set(ctx.scope.words)
    f = fold(text)
    named = [p for p in ctx.scope.places if not set(p.split()) <= own]
    return bool(named) and all(p not in f for p in named)


def _appendix_absent(ctx: Context, d: Draft) -> bool:
    """"Phụ lục … kèm theo kế hoạch X gồm những gì?": X, as ingested, has no appendix (the file came without it) and
    the evidence is not one."""
    if not re.search(r"\bphu luc\b", ctx.query.folded) or not ctx.scope.strong or not ctx.scope.doc_ids:
        return False
    docs = [ctx.base.document(i) for i in ctx.scope.doc_ids]
    if any(x is None or any("phu luc" in fold(str(p.get("name", "")) + " " + str(p.get("title", ""))) for p in x.parts)
           for x in docs):
        return False
    return not any("phu luc" in fold(e.path) for e in d.evidence[:1])


def _part_absent(ctx: Context, d: Draft) -> bool:
    """"mục 9", "Điều 6": a part the question points at must be the part cited (or named in it)."""
    if _appendix_absent(ctx, d):
        return True
    refs = ctx.query.refs
    if not d.evidence or not any(k in refs for k in ("dieu", "muc", "chuong")):
        return False
    path = fold(d.evidence[0].path) + " " + fold(d.evidence[0].text)
    for k in ("dieu", "muc", "chuong"):
        v = refs.get(k)
        if v and not re.search(rf"(^|›\s*|\b{k} |\b){re.escape(v)}\s*[.)]|\b{k} {re.escape(v)}\b", path):
            return True
    return False


def value_kinds_present(text: str, kinds: list[str]) -> bool:
    return any(find_values(text, k) for k in kinds)
