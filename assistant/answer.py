"""Evidence → Answer with citations, without any LLM.

- field questions (who leads / coordinates / when / what output): the best
  matching TaskRecord, in one sentence, asked field first;
- list questions (what an agency leads; what is due in a period): records
  filtered exactly by agency / period / document;
- facts and general questions: the best one or two clauses, quoted verbatim;
  two documents answering differently are both shown, labelled;
- abstention ("Tài liệu hiện có không nêu …") when the evidence does not cover
  the question, with the nearest clauses offered as "có thể liên quan".
Every answer carries numbered citations [n]: title, heading path, quote, span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .agencies import gazetteer
from .query import STOP, Query
from .records import Answer, Citation, TaskRecord
from .retrieve import Hit
from .store import Index
from .taskstore import filter_records
from .text import expand_abbreviations, fold

# words that say *what* is asked, not *about what*
FIELD_WORDS = set(("chu tri phoi hop thoi han han khi bao gio ket qua san pham co quan don vi nao ai lam thuc hien "
                   "phu trach hoat dong nhiem vu viec cong tac ke hoach lai chau phai hoan "
                   "thanh xong truoc dau ra gi cho biet thi sao con vay hay noi trach nhiem cua nhung cac "
                   "ubnd uy ban nhan dan trong thoi gian dien ra tien hanh duoc giao ket nam").split())
MIN_SUPPORT = 0.5  # share of the question's content words found in the cited evidence (calibrated on evals)
MIN_RECORD = 0.45
NOT_FOUND = "Tài liệu hiện có không nêu thông tin này"


def _syll(s: str) -> list[str]:
    return re.findall(r"[a-z0-9%]+", s)


def content_terms(q: Query) -> list[str]:
    terms = [t for t in _syll(q.expanded)
             if t not in STOP and t not in FIELD_WORDS and len(t) > 1 and not re.fullmatch(r"20\d\d", t)]
    # agency names are matched through the gazetteer, not word by word
    g = gazetteer()
    agency_words = set()
    for a in q.agencies:
        agency_words |= set(_syll(fold(g.name(a))))
    rest = [t for t in terms if t not in agency_words]
    return rest


def coverage(terms: list[str], text: str) -> float:
    if not terms:
        return 0.0
    f = fold(text)
    words = set(_syll(f)) | set(_syll(expand_abbreviations(text)))
    got = sum(1 for t in terms if t in words)
    bigrams = list(zip(terms, terms[1:]))
    bi = sum(1 for a, b in bigrams if f"{a} {b}" in f) if bigrams else 0
    return 0.7 * got / len(terms) + (0.3 * bi / len(bigrams) if bigrams else 0.3 * got / len(terms))


@dataclass
class Evidence:
    kind: str  # record | clause
    text: str
    citation: Citation
    score: float
    record: TaskRecord | None = None


class Answerer:
    def __init__(self, index: Index):
        self.index = index
        self.records_by_id = {r.id: r for r in index.records}

    # ------------------------------------------------------------ citations
    def cite_record(self, r: TaskRecord) -> Citation:
        d = self.index.documents.get(r.source)
        return Citation(r.source, d.title if d else r.source, r.clause, r.quote, r.start, r.end, d.file if d else "")

    def cite_clause(self, clause_id: str) -> Citation | None:
        c = self.index.clause_by_id.get(clause_id)
        if not c:
            return None
        d = self.index.documents.get(c.doc_id)
        return Citation(c.doc_id, d.title if d else c.doc_id, c.path_str, c.text, c.start, c.end, d.file if d else "")

    # ------------------------------------------------------------ evidence
    def clause_evidence(self, q: Query, hits: list[Hit], terms: list[str]) -> list[Evidence]:
        out: list[Evidence] = []
        seen: set[str] = set()
        for rank, h in enumerate(hits):
            ids = h.chunk.clause_ids
            if h.chunk.kind == "task":
                r = self.records_by_id.get(h.chunk.metadata.get("record_id", ""))
                if r and r.id not in seen:
                    seen.add(r.id)
                    sc = self._score(q, terms, f"{r.activity} {r.task} {r.output}", rank)
                    act = set(_syll(fold(r.activity)))
                    if act and terms:  # prefer an activity the question describes tightly
                        sc += 0.1 * len(act & set(terms)) / len(act)
                    if q.agencies and set(q.agencies) & set(r.lead_ids + r.coordinator_ids):
                        sc += 0.1
                    if q.intent in ("fact", "general"):  # prefer the plan's own wording over table rows
                        sc *= 0.85
                    out.append(Evidence("record", r.quote, self.cite_record(r), sc, r))
                continue
            for cid in ids:
                c = self.index.clause_by_id.get(cid)
                if not c or cid in seen or c.kind in ("heading", "title", "header"):
                    continue
                seen.add(cid)
                text = f"{c.path_str} {c.text}"
                sc = self._score(q, terms, text, rank)
                if q.agencies and any(fold(gazetteer().name(a)) in fold(text) for a in q.agencies):
                    sc += 0.1
                out.append(Evidence("clause", c.text, self.cite_clause(cid), sc))
        out.sort(key=lambda e: -e.score)
        return out

    def _score(self, q: Query, terms: list[str], text: str, rank: int) -> float:
        s = coverage(terms, text) + 0.15 / (1 + rank)
        if q.intent == "fact" and re.search(r"bao nhieu|ty le|phan tram|%|chi tieu", q.folded):
            s += 0.1 if re.search(r"\d+\s*%|\d", text) else -0.1
        return s

    # ------------------------------------------------------------ answering
    def answer(self, q: Query, hits: list[Hit]) -> Answer:
        terms = content_terms(q)
        special = self._special(q)
        if special:
            return special
        if q.intent == "list":
            ans = self._list(q)
            if ans:
                return ans
        ev = self.clause_evidence(q, hits, terms)
        if q.intent in ("lead", "coordinators", "deadline", "output"):
            recs = [e for e in ev if e.record is not None and e.record.kind != "team"]
            if recs and coverage(terms, recs[0].record.activity + " " + recs[0].record.task + " " + recs[0].record.output) >= MIN_RECORD:
                return self._field(q, recs, terms)
        return self._quote(q, ev, terms)

    def _abstain(self, q: Query, ev: list[Evidence], what: str = "") -> Answer:
        related = [e.citation for e in ev[:3]]
        txt = f"{NOT_FOUND}{(' ' + what) if what else ''}."
        if related:
            txt += " Các điều khoản có thể liên quan:\n" + "\n".join(
                f"- {c.title} — {c.clause}: “{_short(c.quote)}”" for c in related)
        return Answer(q.raw, txt, True, q.intent, [], [], related)

    def _special(self, q: Query) -> Answer | None:
        f = q.folded
        # contact details, budgets in money, personal names of officials: not in plans unless written
        if re.search(r"so dien thoai|\bsdt\b|email|hotline|dia chi (email|lien he)|zalo|website", f):
            return self._abstain(q, [], "(số điện thoại, thư điện tử hay địa chỉ liên hệ)")
        signer_q = re.search(r"\b(ai|nguoi nao) ky\b|\bnguoi ky\b|\bky (ban hanh|boi)\b|\bchu ky\b", f)
        if signer_q:
            docs = [self.index.documents[i] for i in q.doc_ids if i in self.index.documents] or []
            if len(docs) == 1 and docs[0].signer:
                d = docs[0]
                pos = d.text.find(d.signer)
                cit = Citation(d.id, d.title, "Phần ký ban hành", f"{d.signer_title} {d.signer}".strip(),
                               max(pos, 0), max(pos, 0) + len(d.signer), d.file)
                role = f" ({d.signer_title})" if d.signer_title else ""
                return Answer(q.raw, f"Người ký {d.title}: {d.signer}{role} [1].", False, "fact", [cit])
        return None

    def _field(self, q: Query, recs: list[Evidence], terms: list[str]) -> Answer:
        best = recs[0]
        chosen = [best]
        for e in recs[1:4]:  # a second document answering the same question
            if e.record.source != best.record.source and e.score >= 0.9 * best.score and not q.strong_scope:
                chosen.append(e)
                break
        lines, cits, records = [], [], []
        for n, e in enumerate(chosen, start=1):
            r = e.record
            d = self.index.documents.get(r.source)
            label = f"{d.title}" if d else r.source
            lines.append(f"{'Theo ' + label + ': ' if len(chosen) > 1 else ''}{_field_sentence(q, r, d.year if d else 0)} [{n}]")
            cits.append(e.citation)
            records.append(r.to_json())
        head = _activity_label(chosen[0].record)
        text = "\n".join(lines)
        if len(chosen) == 1:
            text = f"{text}\n({head} — {chosen[0].citation.title}, {chosen[0].citation.clause})"
        return Answer(q.raw, text, False, q.intent, cits, records)

    def _list(self, q: Query) -> Answer | None:
        scope = q.doc_ids if q.doc_ids else None
        if re.search(r"thanh phan|thanh vien|gom (nhung )?ai|truong doan", q.folded):
            team = [r for r in self.index.records if r.kind == "team" and (not scope or r.source in scope)]
            if team:
                cits = [self.cite_record(r) for r in team]
                lines = [f"- {r.activity} [{n}]" for n, r in enumerate(team, start=1)]
                return Answer(q.raw, "Thành phần Đoàn kiểm tra:\n" + "\n".join(lines), False, "list", cits,
                              [r.to_json() for r in team])
        recs = [r for r in self.index.records if r.kind in ("activity", "item", "duty", "inspection")]
        if scope:
            recs = [r for r in recs if r.source in scope]
        if not q.agencies and not q.period:
            return None
        if q.agencies:
            role = "coordinator" if ("phoi hop" in q.folded and "chu tri" not in q.folded) else (
                "lead" if "chu tri" in q.folded or "phu trach" in q.folded else "any")
            sel = []
            for a in q.agencies:
                sel += [r for r in filter_records(recs, agency=gazetteer().name(a), role=role) if r not in sel]
            recs = sel
        if q.period:
            recs = [r for r in recs if r.deadline_end and q.period.start and q.period.end
                    and q.period.start.isoformat() <= r.deadline_end <= q.period.end.isoformat()]
        if not recs:
            return None
        recs = recs[:25]
        lines, cits = [], []
        for n, r in enumerate(recs, start=1):
            who = f"chủ trì: {r.lead}" if r.lead else "chủ trì: (không ghi)"
            when = f"; thời hạn: {r.deadline}" if r.deadline else ""
            lines.append(f"{n}. {_short(r.activity, 140)} — {who}{when} [{n}]")
            cits.append(self.cite_record(r))
        docs = sorted({r.source for r in recs})
        titles = ", ".join(self.index.documents[d].title for d in docs if d in self.index.documents)
        head = f"Có {len(recs)} việc (theo {titles}):"
        return Answer(q.raw, head + "\n" + "\n".join(lines), False, "list", cits, [r.to_json() for r in recs])

    def _quote(self, q: Query, ev: list[Evidence], terms: list[str]) -> Answer:
        if not ev:
            return self._abstain(q, ev)
        best = ev[0]
        support = coverage(terms, best.citation.clause + " " + best.text) if terms else 0.0
        if support < MIN_SUPPORT:
            return self._abstain(q, ev)
        chosen = [best]
        for e in ev[1:5]:
            if e.citation.source != best.citation.source and e.score >= 0.92 * best.score and not q.strong_scope:
                chosen.append(e)
                break
        lines = []
        for n, e in enumerate(chosen, start=1):
            c = e.citation
            lines.append(f"Theo {c.title}, mục {c.clause}: “{c.quote}” [{n}]")
        return Answer(q.raw, "\n".join(lines), False, q.intent, [e.citation for e in chosen],
                      [e.record.to_json() for e in chosen if e.record])


def _short(s: str, n: int = 180) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"


def _activity_label(r: TaskRecord) -> str:
    if r.kind == "activity":
        return f"Hoạt động {r.activity_no}: “{_short(r.activity, 120)}”"
    return f"“{_short(r.activity, 120)}”"


def _field_sentence(q: Query, r: TaskRecord, year: int) -> str:
    lead = f"chủ trì: {r.lead}" if r.lead else "chủ trì: tài liệu không ghi"
    co = f"phối hợp: {r.coordinators}" if r.coordinators else "phối hợp: tài liệu không ghi"
    dl = f"thời hạn: {r.deadline}" if r.deadline else "thời hạn: tài liệu không ghi"
    out = f"kết quả/sản phẩm: {r.output}" if r.output else ""
    order = {"lead": [lead, co, dl, out], "coordinators": [co, lead, dl, out], "deadline": [dl, lead, co, out],
             "output": [out or "kết quả/sản phẩm: tài liệu không ghi", lead, co, dl]}[q.intent]
    s = "; ".join(x for x in order if x)
    return s[0].upper() + s[1:] + "."
