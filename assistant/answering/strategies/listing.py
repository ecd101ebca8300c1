"""List questions: what one agency leads or takes part in, what is due in a period, what one part of a document
holds (a table section, the items under a heading, the members of a team).

    "sở y tế chủ trì những việc gì trong kế hoạch CCHC năm 2024"  →  "**5 việc** …:\n1. … [1]\n2. … [2]"
"""
from __future__ import annotations

import re

from assistant.answering.evidence import HEADINGS, area, folded
from assistant.answering.strategies.base import Context, Draft, short
from assistant.lang.dates import milestones
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.values import find_values
from assistant.records import PATH_SEP, Evidence, TaskRecord

LIMIT = 25
MIN_SECTION_FIT = 0.6
_TASK_KINDS = ("activity", "item", "duty", "inspection", "row")


def _in(ctx: Context, doc_id: str) -> bool:
    allowed = ctx.allowed
    if allowed is not None:
        return doc_id in allowed
    return not ctx.scope.doc_ids or doc_id in ctx.scope.doc_ids or not ctx.scope.strong


def _agency_phrases(ctx: Context) -> list[str]:
    q = ctx.query
    out = [fold(ctx.gazetteer.name(a)) for a in q.agencies]
    out += [fold(v.text) for v in find_values(q.text, "agency")]
    return [p for p in dict.fromkeys(out) if p]


def _role(ctx: Context) -> str:
    f = ctx.query.folded
    if "coordinators" in ctx.query.asked and "lead" not in ctx.query.asked:
        return "coordinator"
    if "lead" in ctx.query.asked or "chu tri" in f or "phu trach" in f:
        return "lead"
    return "any"


def _party(ctx: Context, r: TaskRecord, role: str) -> bool:
    ids = set(ctx.query.agencies)
    phrases = _agency_phrases(ctx)

    def hit(id_list: list[str], text: str) -> bool:
        return bool(ids & set(id_list)) or any(p in fold(text) for p in phrases)

    lead = hit(r.lead_ids, r.lead or r.executors) or (not r.lead and hit([], r.executors))
    co = hit(r.coordinator_ids, r.coordinators)
    return lead if role == "lead" else co if role == "coordinator" else (lead or co)


def _issuer_only(ctx: Context) -> bool:
    """The agency named is the issuer of the documents in scope ("kế hoạch của Sở Tư pháp"): not a filter."""
    docs = [ctx.base.document(d) for d in ctx.scope.doc_ids]
    issuers = " ".join(expand_abbreviations(f"{d.issuer} {d.title}", keep=False) for d in docs if d)
    return bool(issuers) and all(expand_abbreviations(p, keep=False) in issuers for p in _agency_phrases(ctx))


def _render(ctx: Context, recs: list[TaskRecord], head: str, strategy: str = "listing",
            extra: list[Evidence] | None = None, confident: bool = False) -> Draft:
    recs = recs[:LIMIT]
    ev = [ctx.base.record(r, ctx.terms) for r in recs]
    lines = []
    for n, r in enumerate(recs, start=1):
        who = f"chủ trì: {r.lead or r.executors}" if (r.lead or r.executors) else ""
        when = f"thời hạn: {r.deadline}" if r.deadline else ""
        place = r.section_title if r.kind == "activity" else area(r.clause).split(PATH_SEP)[-1].strip()
        place = f" ({place})" if place and fold(place) not in fold(r.activity) else ""
        tail = "; ".join(x for x in (who, when) if x)
        lines.append(f"{n}. {short(r.activity or r.task, 300)}{place}{' — ' + tail if tail else ''} [{n}]")
    for e in (extra or [])[:max(0, LIMIT - len(recs))]:
        n = len(ev) + 1
        ev.append(e)
        lines.append(f"{n}. {short(e.text, 300)} ({e.path.split(PATH_SEP)[-1].strip()}) [{n}]")
    docs = list(dict.fromkeys(e.doc_id for e in ev))
    titles = ", ".join(ctx.title(d) for d in docs)
    count = len(ev)
    direct = f"**{count} việc** {head} (theo {titles})." if head else f"**{count} mục** (theo {titles})."
    return Draft(strategy, direct, ev, body=lines, records=recs, fit=max((e.fit for e in ev), default=0.0),
                 field_ok=True, confident=confident)


def by_agency(ctx: Context) -> Draft | None:
    q = ctx.query
    if not (q.agencies or find_values(q.text, "agency")) or _issuer_only(ctx):
        return None
    role = _role(ctx)
    recs = [r for r in ctx.base.index.records if r.kind in _TASK_KINDS and _in(ctx, r.source) and _party(ctx, r, role)]
    if q.period_start:
        recs = [r for r in recs if _due_in(r, q.period_start, q.period_end)]
    extra = [] if q.period_start or role == "coordinator" else _clauses_giving(ctx, recs)
    if not recs and not extra:
        return None
    recs = _focus(ctx, recs)
    name = ctx.gazetteer.name(q.agencies[0]) if q.agencies else find_values(q.text, "agency")[0].text
    verb = {"lead": "chủ trì", "coordinator": "phối hợp"}.get(role, "chủ trì hoặc phối hợp")
    # the rows were picked by the agency itself, not by word overlap: an exact answer
    return _render(ctx, recs, f"do {name} {verb}", extra=extra, confident=True)


def _clauses_giving(ctx: Context, recs: list[TaskRecord]) -> list[Evidence]:
    """Clauses that give the agency a task in prose ("Giao Phòng X theo dõi …", "Phòng X chủ trì …") and are not
    already rows."""
    phrases = _agency_phrases(ctx)
    if not phrases:
        return []
    have = {(r.source, r.start) for r in recs}
    out = []
    docs = ctx.allowed if ctx.allowed is not None else set(ctx.scope.doc_ids if ctx.scope.strong else [])
    for doc_id in sorted(docs):
        for c in ctx.base.clauses_of(doc_id):
            if c.kind in HEADINGS or (c.doc_id, c.start) in have:
                continue
            f = fold(c.text).lstrip("-+• 0123456789.")
            if any(f.startswith(p) or f.startswith(f"giao {p}") for p in phrases):
                out.append(ctx.base.clause(c, ctx.terms))
    return out


def _focus(ctx: Context, recs: list[TaskRecord]) -> list[TaskRecord]:
    """Keep the rows of the part the question names: "mục I", "hoạt động" (not duties), or the words of a section
    heading ("… trong mục tổ chức thực hiện", "… về thủ tục hành chính")."""
    q = ctx.query
    if q.refs.get("muc"):
        sec = [r for r in recs if fold(r.section) == q.refs["muc"] or fold(r.clause).startswith(q.refs["muc"] + ".")]
        recs = sec or recs
    if re.search(r"\bhoat dong\b", q.folded):
        acts = [r for r in recs if r.kind == "activity"]
        recs = acts or recs
    if not ctx.terms or not _names_subject(ctx):
        return recs
    scored = [(ctx.base.fit(ctx.terms, folded(f"{r.section_title} {area(r.clause)}")), r) for r in recs]
    good = [r for f, r in scored if f >= 0.5]
    return good if good and len(good) < len(recs) else recs


def _names_subject(ctx: Context) -> bool:
    words = set(ctx.terms) - {w for a in ctx.query.agencies for w in fold(ctx.gazetteer.name(a)).split()}
    return len(words) >= 2


def _due_in(r: TaskRecord, start: str | None, end: str | None) -> bool:
    if not (r.deadline_end and start and end):
        return False
    if start <= r.deadline_end <= end:
        return True
    # a task with several milestones ("Quý II, Quý IV") is due in each of them
    return any(m.end and start <= m.end.isoformat() <= end for m in milestones(r.deadline, int(r.deadline_end[:4])))


def by_period(ctx: Context) -> Draft | None:
    q = ctx.query
    if not q.period_start:
        return None
    recs = [r for r in ctx.base.index.records
            if r.kind in _TASK_KINDS and _in(ctx, r.source) and _due_in(r, q.period_start, q.period_end)]
    span = f"{_vn(q.period_start)} đến {_vn(q.period_end)}"
    if q.refs.get("relative"):
        span += f" (tính theo hôm nay, {_vn(q.refs['relative'])})"
    if not recs:
        if q.refs.get("relative"):  # an empty list relative to today is an answer, not a silence
            return Draft("listing", f"Không có việc nào đến hạn từ {span} trong các văn bản hiện có.", [],
                         confident=True, field_ok=True)
        return None
    recs.sort(key=lambda r: r.deadline_end or "")
    return _render(ctx, recs, f"đến hạn từ {span}", confident=True)


def _vn(iso: str | None) -> str:
    return "/".join(reversed(iso.split("-"))) if iso else ""


def by_section(ctx: Context) -> Draft | None:
    """The table section or the heading whose own words fit the question best, with everything under it."""
    groups: dict[tuple[str, str], list[TaskRecord]] = {}
    for r in ctx.base.index.records:
        if not _in(ctx, r.source) or r.kind == "team":
            continue
        if r.section_title:
            groups.setdefault((r.source, f"{r.kind}|{r.section}|{r.section_title}"), []).append(r)
        if r.kind in ("inspection", "row"):  # every row of such a table, when the question is about all of them
            groups.setdefault((r.source, f"{r.kind}|*|"), []).append(r)
    best, best_fit = None, 0.0
    for key, rs in groups.items():
        titles = " ".join(dict.fromkeys(r.section_title for r in rs))
        fit = ctx.base.fit(ctx.terms, folded(f"{ctx.title(rs[0].source)} {titles} {_kind_words(rs[0])}"))
        if fit > best_fit:
            best, best_fit = key, fit
    heading, h_fit = _best_heading(ctx)
    if heading is not None and h_fit >= best_fit - 0.05 and h_fit >= MIN_SECTION_FIT:
        return _under_heading(ctx, heading, h_fit)
    if best is None or best_fit < MIN_SECTION_FIT:
        return None
    rs = groups[best]
    whole = best[1].split("|")[1] == "*"
    head = "" if whole or not rs[0].section else f"thuộc mục {rs[0].section}. {rs[0].section_title}"
    return _render(ctx, rs, head)


def _kind_words(r: TaskRecord) -> str:
    return {"inspection": "don vi duoc kiem tra", "team": "thanh phan doan", "duty": "nhiem vu"}.get(r.kind, "")


def _best_heading(ctx: Context):
    """The heading whose own words (its label and the labels above it, not the document title) fit best, among
    every heading of the documents the question may be about."""
    docs = ctx.allowed if ctx.allowed is not None else (set(ctx.scope.doc_ids) if ctx.scope.doc_ids else
                                                         set(ctx.base.index.documents))
    best, best_fit = None, 0.0
    for doc_id in sorted(docs):
        for c in ctx.base.clauses_of(doc_id):
            if c.kind not in HEADINGS:
                continue
            fit = ctx.base.fit(ctx.terms, folded(c.path_str)) + (0.3 if ctx.heading_named(c.path_str) else 0.0)
            # as good a fit deeper down is the narrower part ("2. Đối tượng áp dụng:" under "Điều 1. Phạm vi điều
            # chỉnh và đối tượng áp dụng")
            if fit > best_fit or (best is not None and fit == best_fit and c.doc_id == best.doc_id
                                  and c.path[:len(best.path)] == best.path and len(c.path) > len(best.path)):
                best, best_fit = c, fit
    return (ctx.base.clause(best, ctx.terms) if best is not None else None), best_fit


def _under_heading(ctx: Context, heading: Evidence, fit: float) -> Draft | None:
    c = ctx.base.index.clause_by_id.get(heading.clause_id)
    if c is None:
        return None
    kids = [x for x in ctx.base.clauses_of(c.doc_id)
            if x.order > c.order and x.path[:len(c.path)] == c.path and x.id != c.id and x.kind not in ("header",)]
    # the items of a lead-in ("2. Đối tượng áp dụng:" → a), b), c)) are items of the part too
    leads = {x.path for x in kids if len(x.path) == len(c.path) + 1 and x.text.rstrip().endswith(":")}
    kids = [x for x in kids if len(x.path) <= len(c.path) + 1 or x.path[:len(c.path) + 1] in leads][:LIMIT]
    if not kids:
        return None
    ev = [ctx.base.clause(x, ctx.terms) for x in kids]
    body = [f"{n}. {short(x.text, 300)} [{n}]" for n, x in enumerate(kids, start=1)]
    direct = f"{ctx.title(c.doc_id)} — {c.path_str} gồm **{len(kids)} mục**:"
    return Draft("listing", direct, ev, body=body, fit=fit, field_ok=True)


def team(ctx: Context) -> Draft | None:
    members = [r for r in ctx.base.index.records if r.kind == "team" and _in(ctx, r.source)]
    if not members:
        return None
    fit = max(ctx.base.record(r, ctx.terms).fit for r in members)
    if fit < 0.5:
        return None
    ev = [ctx.base.record(r, ctx.terms) for r in members]
    body = [f"- {r.activity} [{n}]" for n, r in enumerate(members, start=1)]
    return Draft("listing", f"Thành phần ({ctx.title(members[0].source)}):", ev, body=body, records=members, fit=fit,
                 field_ok=True)


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    listing = "list" in q.kinds or ("agencies" in q.kinds and not q.asked)
    if not listing and not (q.period_start and ("deadline" in q.asked or q.refs.get("relative"))):
        return None
    return team_if_asked(ctx) or parties(ctx) or by_agency(ctx) or by_period(ctx) or by_section(ctx)


def parties(ctx: Context) -> Draft | None:
    """"Chỉ thị … giao nhiệm vụ cho những cơ quan nào?": the bodies the one document asked about gives tasks to (the
    leads of its rows and duties, in the document's order), not the tasks of its issuer."""
    q = ctx.query
    if "agencies" not in q.kinds or q.asked or not ctx.scope.strong or len(ctx.scope.doc_ids) != 1:
        return None
    if not re.search(r"\b(giao|phan cong|trach nhiem|nhiem vu)\b", q.folded):
        return None
    if q.agencies and not _issuer_only(ctx):
        d = ctx.base.document(ctx.scope.doc_ids[0])
        issuer = fold(d.issuer) if d else ""
        if not issuer or not all(fold(ctx.gazetteer.name(a)) in issuer for a in q.agencies):
            return None  # "… giao cho Sở X phối hợp với những cơ quan nào": an agency of the question, not the issuer
    doc_id = ctx.scope.doc_ids[0]
    owners: dict[str, TaskRecord] = {}
    seen: set[str] = set()
    for r in sorted(ctx.base.records_by_doc.get(doc_id, []), key=lambda r: r.start):
        who = (r.lead or r.executors).strip()
        if r.kind in _TASK_KINDS and who and fold(who) not in seen:
            seen.add(fold(who))
            owners[who] = r
    if len(owners) < 2:
        return None
    ev = [ctx.base.record(r, ctx.terms) for r in owners.values()][:LIMIT]
    body = [f"- {who} [{n}]" for n, who in enumerate(list(owners)[:LIMIT], start=1)]
    return Draft("listing", f"{ctx.title(doc_id)} giao việc cho **{len(owners)} cơ quan, đơn vị**:", ev, body=body,
                 records=list(owners.values())[:LIMIT], fit=1.0, confident=True)


def team_if_asked(ctx: Context) -> Draft | None:
    f = ctx.query.folded
    asks_members = "person" in ctx.query.types or re.search(r"\b(thanh phan|thanh vien|gom (nhung )?ai)\b", f)
    return team(ctx) if asks_members else None
