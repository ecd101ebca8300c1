"""Field questions — who leads, who coordinates, by when, what output — answered from the task record (a table
row, an item with its trailer lines, an agency's duty) that matches the question best, or from a clause that states
the asked field in prose when it matches clearly better.

    "ai chủ trì điều tra xã hội học?"  →  "**Sở Nội vụ** chủ trì; phối hợp: Bưu điện tỉnh…; thời hạn: Quý I, II."
"""
from __future__ import annotations

import re

from assistant.answering.evidence import area, folded, syllables
from assistant.answering.strategies.base import FIELD_LABEL, Context, Draft, row_cells, sentences, short
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.places import agency_core
from assistant.lang.values import find_values
from assistant.records import Evidence, TaskRecord

CLAUSE_MARGIN = 0.05  # how much better a clause must match than the best row to answer instead of it
_LEAD_VERBS = re.compile(r"\b(chu tri|co trach nhiem|chiu trach nhiem|thuc hien|tham muu|giao|phu trach|dam nhiem|"
                         r"chu dong|to chuc|theo doi|huong dan|khac phuc|xay dung|bao dam|dam bao)\b")
_DEADLINE_WORDS = re.compile(r"\b(truoc ngay|cham nhat|thoi han|trong (thoi han |vong )?\d+ (ngay|thang|gio)|thuong xuyen"
                             r"|hang (nam|quy|thang|tuan)|dinh ky|(quy|qui) (i|ii|iii|iv|[1-4])\b|thang \d{1,2}\b"
                             r"|\d{1,2}/\d{1,2}|truoc thang|xong truoc|ket thuc)")
PROSE_KINDS = ("duty", "item", "team", "row")  # records read out of prose: their text may say what a field lacks


def asked_value(r: TaskRecord, field: str) -> str:
    return {"lead": r.lead or r.executors, "coordinators": r.coordinators, "executors": r.executors or r.lead,
            "deadline": r.deadline, "output": r.output}.get(field, "")


def record_sentence(r: TaskRecord, asked: list[str]) -> str:
    """The record's fields, the asked ones first and in bold: "**Sở Nội vụ** chủ trì; phối hợp: …; thời hạn: …"."""
    parts: list[str] = []
    order = list(dict.fromkeys([*asked, "lead", "coordinators", "deadline", "output"]))
    for f in order:
        if f == "executors" and not r.executors:
            continue
        v = asked_value(r, f) if f != "lead" else (r.lead or r.executors)
        label = "thực hiện" if f == "lead" and not r.lead and r.executors else FIELD_LABEL[f]
        if f in asked:
            parts.append(f"{label}: **{v}**" if v else f"{label}: tài liệu không ghi")
        elif v:
            parts.append(f"{label}: {v}")
    if r.executors and r.lead and "executors" not in asked:
        parts.insert(1, f"thực hiện: {r.executors}")
    s = "; ".join(parts)
    return s[0].upper() + s[1:] + "." if s else ""


def task_label(r: TaskRecord) -> str:
    what = short(r.activity or r.task, 140)
    return f"Hoạt động {r.activity_no}: «{what}»" if r.kind == "activity" and r.activity_no else f"«{what}»"


def inspected_units(ctx: Context) -> list[str]:
    """The agencies the question names as inspected ("trưởng đoàn kiểm tra Sở Y tế", "kiểm tra tại Ban Quản lý …"),
    by their core: not the one that does the work ("Sở Nội vụ phải làm ra sản phẩm gì sau khi kiểm tra")."""
    words = " ".join(expand_abbreviations(ctx.query.text, keep=False).split())  # commas kept: "kiểm tra, Sở …"
    out = []
    for a in ctx.query.agencies:
        n = agency_core(ctx.gazetteer.name(a))
        if len(n.split()) >= 2 and re.search(rf"\bkiem tra(?: [^\s,.;:?!]+){{0,8}}? {re.escape(n)}\b", words):
            out.append(n)
    return out


def score_records(ctx: Context, pool: list[Evidence], inspected: list[str] | None = None) -> list[Evidence]:
    """Records re-ranked for a field question: an activity the question describes tightly, a part it names, an
    agency it names as a party."""
    q = ctx.query
    qsyl = " ".join(syllables(q.folded))
    terms = set(ctx.terms)
    out = []
    appendix = bool(re.search(r"\b(theo|trong|o|tai) phu luc\b", q.folded))
    inspected = inspected_units(ctx) if inspected is None else inspected
    for e in pool:
        r = e.record
        act = syllables(fold(r.activity))
        s = e.score
        if appendix and "phu luc" in fold(r.clause[:40]):
            s += 0.1  # "theo phụ lục …": the appendix's row, not the body's
        if act and terms:
            s += 0.1 * len(set(act) & terms) / len(set(act))
            if len(act) >= 3 and " ".join(act) in qsyl:
                s += 0.2
        ref = q.refs.get("hoat dong")
        if ref and r.activity_no == ref:
            sec = q.refs.get("muc")
            s += 0.2 if not sec or fold(r.section) == sec else 0.05
        if q.agencies and "lead" not in q.asked[:1] and set(q.agencies) & set(r.lead_ids + r.coordinator_ids):
            s += 0.1
        if r.kind == "inspection" and inspected and any(n in fold(r.activity) for n in inspected):
            s += 0.3  # "ai làm trưởng đoàn kiểm tra Ban Quản lý Khu kinh tế": the row of the unit inspected
        e.score = s
        out.append(e)
    out.sort(key=lambda e: -e.score)
    return out


def states_field(ctx: Context, e: Evidence, field: str) -> bool:
    f = fold(e.text)
    if field == "deadline":
        return bool(_DEADLINE_WORDS.search(f))
    if field in ("lead", "executors"):
        return bool(find_values(e.text, "agency") or ctx.agencies_in(e.text) or owner(ctx, e))
    if field == "coordinators":
        return "phoi hop" in f and bool(find_values(e.text, "agency") or ctx.agencies_in(e.text))
    return True


# a clause with no subject of its own: "b) Chủ trì, phối hợp với Phòng Nội vụ kiểm tra …" — its body is its lead-in's
_SUBJECTLESS = re.compile(r"^\s*(?:[a-zđ\d]{1,2}[.)]\s*|[-–+•]\s*)?(chu tri|phoi hop|tham muu|thuc hien|to chuc|theo doi|"
                          r"huong dan|kiem tra|bao cao|xay dung|trien khai)\b")


def owner(ctx: Context, e: Evidence) -> str:
    """The body a clause belongs to by its heading ("2. Sở Nội vụ", "Điều 5. Trách nhiệm của Sở Tư pháp"), or, for a
    point with no subject of its own, by the lead-in it completes ("1. Văn phòng HĐND và UBND huyện:")."""
    path = ctx.base.path_of(e)
    parts = list(path)
    if _SUBJECTLESS.match(fold(e.text)):
        parts = [ctx.base.heading_text(e.doc_id, path[:k]).rstrip(" :") or path[k - 1] for k in range(1, len(path))]
        parts.append(path[-1] if path else "")
    for part in reversed(parts):
        label = re.sub(r"^(Điều\s+\d+|[\dIVXL]+(\.\d+)*)[.)]?\s*", "", part).strip()
        label = re.sub(r"^(Trách nhiệm|Nhiệm vụ)( và quyền hạn)?( của)?\s+", "", label, flags=re.I)
        names = find_values(label, "agency")
        if names and names[0].start == 0 and len(names[0].text) >= 0.6 * len(label):
            return names[0].text
        ids = ctx.agencies_in(label)
        if ids and len(label) < 80:
            return label
    return ""


def value_in_clause(ctx: Context, e: Evidence, field: str) -> str:
    """The asked field as the clause states it: the deadline phrase, the body that leads, the partners."""
    labelled = ctx.label_value(e.text, [field])
    if labelled:
        return labelled
    if field in ("lead", "executors"):
        own = owner(ctx, e)
        if own:
            return own
    return value_in_text(ctx, e.text, field)


def value_in_text(ctx: Context, text: str, field: str) -> str:
    best = max(sentences(text) or [text], key=lambda s: ctx.base.fit_text(ctx.terms, s))
    if field == "deadline":
        found = list(re.finditer(r"(?:trước|chậm nhất|trong (?:thời hạn|vòng)?|định kỳ|hằng|thường xuyên|từ|vào|xong trước|đến)"
                                 r"[^;.|]{0,60}?(?:\d{1,2}/\d{1,2}(?:/\d{4})?|\d+ ngày(?: làm việc)?|quý [IV]+\b(?:/\d{4})?|"
                                 r"tháng \d{1,2}(?:/\d{4})?|năm \d{4}|tuần|tháng|quý|năm|xuyên)", best, re.I))
        if "date" in ctx.query.types:  # "ngày nào?": a phrase holding a date, not "trước ngày 05 của tháng"
            found = ([m for m in found if find_values(m.group(0), "date")]
                     or [m for m in found if re.search(r"ngày \d", m.group(0), re.I)] or found)  # "ngày 10 của tháng …"
        if found:
            # several deadlines in one sentence ("… (báo cáo quý), trước ngày 05/6 (báo cáo 6 tháng)"): the one whose
            # own words, with what follows it, fit the question best
            m = max(found, key=lambda m: (ctx.base.fit_text(ctx.terms, best[m.start():m.end() + 40]), -m.start()))
            every = re.match(r"\s+(?:hằng|hàng) (?:năm|quý|tháng|tuần)", best[m.end():])  # "… 15 tháng 11 hằng năm"
            # "… ngày 10 của tháng" + "cuối quý": the phrase runs to the period it counts in
            end = re.match(r"\s+(?:cuối|đầu|giữa|tiếp theo|kế tiếp|sau)(?:\s+(?:quý|năm|tháng|kỳ))?\b", best[m.end():])
            return m.group(0) + (every.group(0) if every else end.group(0) if end else "")
        if row_cells(best):  # a row of a table with no deadline column: its "quý I" belongs to another column
            return ""
        vals = find_values(best, "date")
        return vals[0].text if vals else ""
    if field in ("lead", "executors"):
        # the first body named, by its longest reading ("Văn phòng HĐND và UBND huyện", not "Văn phòng HĐND")
        names = [(v.start, -(v.end - v.start), v.text) for v in find_values(best, "agency")]
        if len(fold(best)) == len(best):  # the gazetteer's offsets are on the folded text
            names += [(a, -(b - a), best[a:b]) for _, a, b in ctx.gazetteer.find(best)]
        return min(names)[2] if names else ""
    if field == "coordinators":
        m = re.search(r"phối hợp(?: với)?\s+(.+?)(?:\s+(?:tổ chức|thực hiện|xây dựng|triển khai|để|trong)\b|[.;]|$)",
                      best, re.I)
        if not m:
            return ""
        # the bodies named one after another right after "phối hợp với" ("… với Phòng Nội vụ kiểm tra …"), when the
        # agency grammar reads them
        names, end = [], 0
        for v in find_values(m.group(1), "agency"):
            if v.start - end > 5 or (names and not re.fullmatch(r"\s*(?:,|;|và)\s*", m.group(1)[end:v.start])):
                break
            names.append(v)
            end = v.end
        if names:
            return m.group(1)[names[0].start:names[-1].end]
        return m.group(1).strip(" ,")
    return ""


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    if not q.asked:
        return None
    asked = q.asked
    main = asked[0]
    records = [e for e in ctx.candidates if e.kind == "record" and e.record.kind != "team"]
    # "còn cơ quan phối hợp?": the task of the previous answer. Context.previous is only set when the follow-up
    # itself names no subject (conversation.resolve's keep_records); the merged query's terms are the previous
    # question's, so they must not switch this off
    if ctx.previous:
        records = [ctx.base.record(r) for r in ctx.previous] + records
        for e in records[:len(ctx.previous)]:
            e.score = 10.0
    # the rows of the units the question names as inspected, which its other words may not reach
    units = inspected_units(ctx)
    if units:
        have = {e.record.id for e in records}
        docs = ctx.scope.doc_ids or sorted(ctx.base.records_by_doc)
        records += [ctx.base.record(r, ctx.terms) for d in docs for r in ctx.base.records_by_doc.get(d, [])
                    if r.kind == "inspection" and r.id not in have and agency_core(r.activity) in units
                    and (ctx.scope.allowed is None or d in ctx.scope.allowed)]
    records = score_records(ctx, records, units)
    clauses = [e for e in ctx.candidates if e.kind == "clause" and e.clause_kind not in ("heading", "title", "header")]
    best_r = records[0] if records else None
    r0 = best_r.record if best_r is not None else None
    says = r0 is not None and (asked_value(r0, main) or (r0.kind in PROSE_KINDS and (
        main == "output" or value_in_text(ctx, r0.activity, main))))  # a duty says it in its own words
    if best_r is not None and not ctx.previous and not says:
        # a row that states the asked field, nearly as close, beats one that leaves it blank
        stating = next((x for x in records[1:6] if asked_value(x.record, main) and x.score >= 0.8 * best_r.score), None)
        best_r = stating or best_r
    best_c = next((c for c in clauses if states_field(ctx, c, main)), None)
    # a row that leaves the asked field blank yields to a clause that states it and fits nearly as well
    blank = best_r is not None and not asked_value(best_r.record, main) and best_r.record.kind not in PROSE_KINDS
    # the row of the unit an inspection question names is the one asked about, whatever a clause's words
    unit_named = best_r is not None and best_r.record.kind == "inspection" and any(
        n in fold(best_r.record.activity) for n in units)
    use_clause = best_c is not None and not unit_named and (
        best_r is None or (blank and best_c.fit >= 0.8 * best_r.fit) or (best_c.score >= best_r.score + CLAUSE_MARGIN
                           and ctx.base.fit(ctx.terms, folded(f"{best_c.path} {best_c.text}"))
                           >= ctx.base.fit(ctx.terms, folded(f"{area(best_r.path)} {best_r.record.activity} "
                                                             f"{best_r.record.task} {best_r.record.output}"))))
    if use_clause:
        # "1. Thời gian: …" for "tổ chức lúc nào?": a clause labelled with the asked field, if it is nearly as close
        named = next((c for c in clauses if ctx.label_value(c.text, [main])), None)
        if named is not None and named is not best_c and named.score >= 0.75 * best_c.score:
            best_c = named
        elif main == "deadline" and not find_values(best_c.text, "date"):
            # "hằng năm" says how often; "trước ngày 20 tháng 12 hằng năm", nearly as close, says by when
            dated = next((c for c in clauses if c is not best_c and c.score >= 0.75 * best_c.score
                          and states_field(ctx, c, main) and find_values(c.text, "date")), None)
            best_c = dated or best_c
    if best_r is None and best_c is None:
        return None
    if use_clause:
        value = value_in_clause(ctx, best_c, main)
        label = FIELD_LABEL.get(main, main)
        direct = f"{label[0].upper() + label[1:]}: **{value}**" if value else ""
        # "là việc của ai, hạn tới khi nào?": every asked field the clause states, the first asked first
        for other in asked[1:]:
            more = value_in_clause(ctx, best_c, other) if value else ""
            if more and more != value:
                direct += f"; {FIELD_LABEL.get(other, other)}: **{more}**"
        direct += "." if direct else ""
        return Draft("field", direct, [best_c], fit=best_c.fit, field_ok=bool(value) or None,
                     type_ok=_type_ok(ctx, value or best_c.text))
    e = best_r
    r = e.record
    chosen = [e]
    records = [e] + [x for x in records if x is not e]
    if not q.follow_up and not ctx.scope.strong:  # a second document answering the same question, labelled
        for x in records[1:4]:
            if x.doc_id != e.doc_id and x.score >= 0.92 * e.score and asked_value(x.record, main):
                chosen.append(x)
                break
    value = asked_value(r, main)
    direct = record_sentence(r, asked)
    silent = ""
    if not value and r.kind in PROSE_KINDS:  # "- Phối hợp với X triển khai …": the duty says it in its own words
        value = value_in_text(ctx, r.activity, main) or (r.activity if main == "output" else "")
        if value:
            label = FIELD_LABEL.get(main, main)
            direct = f"{label[0].upper() + label[1:]}: **{short(value, 200)}**" + (
                f" (chủ trì: {r.lead})." if r.lead and main != "lead" else ".")
    if not value:
        silent = f"tài liệu không ghi {FIELD_LABEL.get(main, main)} cho việc {task_label(r)}"
    body = []
    if len(chosen) > 1:
        direct = ""
        for n, x in enumerate(chosen, start=1):
            body.append(f"Theo {ctx.title(x.doc_id)}: {record_sentence(x.record, asked)} [{n}]")
    type_ok = _type_ok(ctx, value) if value else None
    if value and type_ok is False and main in ("lead", "coordinators", "executors"):
        # "cơ quan nào khắc phục, trong bao lâu?": the agency is the field, the time is in the duty's own words
        vals = [v.text for k in _VALUE_KINDS if k in q.types for v in find_values(e.text, k)]
        if vals and not body:
            type_ok = True
            direct = direct.rstrip(".") + f"; {'; '.join(f'**{v}**' for v in dict.fromkeys(vals[:2]))}."
    return Draft("field", direct, chosen, body=body, records=[x.record for x in chosen], fit=e.fit,
                 field_ok=bool(value), silent=silent, type_ok=type_ok)


_VALUE_KINDS = ("date", "time", "duration", "percent", "money")


def _type_ok(ctx: Context, value: str) -> bool | None:
    """"Ngày nào?" wants a date: "định kỳ hằng quý" is not one."""
    kinds = [t for t in ctx.query.types if t in _VALUE_KINDS]
    if not kinds:
        return None
    if "date" in kinds and re.search(r"\bngày \d{1,2} (?:của|hằng|hàng) (?:tháng|quý)", value, re.I):
        return True  # "trước ngày 10 của tháng cuối quý": a day, every period
    return any(find_values(value, k) for k in kinds)
