"""Follow-ups resolved against the previous answer: "còn cơ quan phối hợp?", "thời hạn thì sao?" ask about the
same task; "còn Sở Khoa học và Công nghệ thì sao?" asks the previous question of another agency; "của xã thì
sao?" asks it of another document.

History items are the dicts ``Answer.turn()`` returns ({"question", "answer", "records", "docs"}) or plain
earlier questions (strings).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.understand import understand
from assistant.lang.gazetteer import Gazetteer
from assistant.lang.normalize import fold, sanitize
from assistant.records import Query

MAX_TURNS = 10


@dataclass
class Turn:
    question: str
    answer: str = ""
    records: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)


def turns(history: list | None) -> list[Turn]:
    out = []
    for h in (history or [])[-MAX_TURNS:]:
        if isinstance(h, str):
            t = Turn(sanitize(h))
        elif isinstance(h, dict):
            q = h.get("question")
            if not isinstance(q, str):
                continue
            t = Turn(sanitize(q), str(h.get("answer") or ""),
                     [str(x) for x in (h.get("records") or []) if isinstance(x, (str, int))],
                     [str(x) for x in (h.get("docs") or []) if isinstance(x, (str, int))])
        else:
            continue
        if t.question.strip():
            out.append(t)
    return out


def is_follow_up(q: Query) -> bool:
    return q.follow_up or (not q.terms and bool(q.asked or q.types or q.kinds))


@dataclass
class Resolved:
    query: Query
    previous: Turn | None = None  # the turn this question follows up
    keep_docs: list[str] = field(default_factory=list)  # documents to stay in (the previous answer's)
    keep_records: bool = False  # the question asks another field of the previous answer's task
    # a new question with nothing of its own that points at a document (no place, year, number, agency) stays in
    # the documents of the previous answer unless its own words point elsewhere ("mỗi bài nói trong bao lâu?")
    topic_docs: list[str] = field(default_factory=list)
    topic_query: Query | None = None  # … or, for a history of bare questions, those of the previous question's scope
    earlier: list[str] = field(default_factory=list)  # the questions before the previous one (to re-ask it in context)
    # a short question of its own ("thành viên đoàn gồm những ai?") may name a column of the previous answer's row
    column: bool = False


def resolve(q: Query, history: list | None, gaz: Gazetteer) -> Resolved:
    return _resolve(q, turns(history), gaz)


def _resolve(q: Query, ts: list[Turn], gaz: Gazetteer) -> Resolved:
    if not ts:
        return Resolved(q)
    if not is_follow_up(q):
        anchored = q.places or q.years or q.doc_refs or q.agencies
        docs = ts[-1].docs
        if anchored:
            return Resolved(q)
        earlier = {"previous": ts[-1], "earlier": [t.question for t in ts[:-1]], "column": len(q.terms) <= 4}
        if docs:
            return Resolved(q, topic_docs=list(docs) if len(docs) <= 2 else [], **earlier)
        return Resolved(q, topic_query=_resolve(understand(ts[-1].question, gaz), ts[:-1], gaz).query, **earlier)
    prev = ts[-1]
    p = understand(prev.question, gaz)
    if len(ts) > 1 and is_follow_up(p):  # "quá hạn bao nhiêu?" then "tỷ lệ đúng hạn?": both about the first turn's row
        p = _resolve(p, ts[:-1], gaz).query
    base = p.text
    level = re.search(r"\b(cua|o|tai|cap|ben) (xa|huyen|tinh|phuong|so|van phong)\b", q.folded)
    new_place = bool(q.places or q.years or q.doc_refs or level)
    if new_place:  # "của xã thì sao?": the new document replaces the old one's year, place and level
        base = re.sub(r"\b(năm\s+)?20\d\d\b", " ", base)
        base = re.sub(r"(?i)\b(trên địa bàn|của|ở|tại|cấp)?\s*(xã|huyện|tỉnh|phường|thị trấn)(\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*",
                      " ", base)
    if q.agencies and p.agencies:  # "còn Sở Khoa học và Công nghệ thì sao?": the agency is swapped
        base = _swap_agency(base, p, q, gaz)
    merged = understand(f"{base} {q.text}", gaz)
    merged.raw = q.raw
    merged.asked = q.asked or p.asked
    merged.types = q.types or p.types
    merged.kinds = q.kinds or [k for k in p.kinds if k != "list"] if q.asked else (q.kinds or p.kinds)
    merged.intent = q.intent if (q.asked or q.types or q.kinds) else p.intent
    merged.follow_up = True
    merged.focus = list(q.terms)
    merged.injected = q.injected or merged.injected
    same_task = not q.terms and not q.agencies and not new_place
    return Resolved(merged, prev, keep_docs=[] if new_place else prev.docs, keep_records=same_task,
                    earlier=[t.question for t in ts[:-1]])


def _swap_agency(text: str, p: Query, q: Query, gaz: Gazetteer) -> str:
    hits = gaz.find(text, allow_short=True)
    if not hits:
        return text
    f = fold(text)  # spans are on the folded text; the merged question is matched folded anyway
    _, a, b = hits[0]
    return f"{f[:a]}{fold(gaz.name(q.agencies[0]))}{f[b:]}"
