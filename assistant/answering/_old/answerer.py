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

import math
import re
from dataclasses import dataclass

from assistant.answering._old.grounding import Grounding
from assistant.answering._old.retrieve import Hit
from assistant.answering._old.understand import FIELD_WORDS, Query
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.tokenize import STOP
from assistant.records import PATH_SEP, Answer, Citation, TaskRecord
from assistant.store.index import Index
from assistant.store.tasks import filter_records

MIN_SUPPORT = 0.5  # share of the question's content words found in the cited evidence (calibrated on evals)
MIN_RECORD = 0.45
RECORD_POOL = 300  # rows fully scored per question when there are more than this in scope
CLAUSE_MARGIN = 0.05  # how much better a clause must match than the best row to answer a field question
_WHEN = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}|\bngay \d{1,2} thang\b|\bquy (i|ii|iii|iv|[1-4])\b|\bthang \d{1,2}\b"
                   r"|\b(truoc|den|trong) nam 20\d\d\b|\bhang (nam|quy|thang)\b|\bdinh ky\b|\bthuong xuyen\b"
                   r"|\bdot xuat\b|\btruoc ngay\b")
NOT_FOUND = "Tài liệu hiện có không nêu thông tin này"


def _syll(s: str) -> list[str]:
    return re.findall(r"[a-z0-9%]+", s)


def content_terms(q: Query) -> list[str]:
    # abbreviations replaced by their expansion; evidence is matched on its expanded form too
    text = re.sub(r"\b(nhu )?the nao\b|\bthe thi\b|\bvay the\b|\bthe con\b", " ", expand_abbreviations(q.text, keep=False))
    terms = [t for t in _syll(text)
             if t not in STOP and t not in FIELD_WORDS and len(t) > 1 and not re.fullmatch(r"20\d\d", t)]
    # agency names are matched through the gazetteer, not word by word
    g = gazetteer()
    agency_words = set()
    for a in q.agencies:
        agency_words |= set(_syll(fold(g.name(a))))
    rest = [t for t in terms if t not in agency_words]
    # a question made only of agency names and question words ("Khi nào Đoàn kiểm tra đi kiểm tra?") keeps
    # the agency words: with none left, support would be zero and every such question would abstain
    return rest or terms


def coverage(terms: list[str], text: str) -> float:
    if not terms:
        return 0.0
    f = _percent_words(expand_abbreviations(text))
    return coverage_folded(terms, f, set(_syll(f)))


def _percent_words(f: str) -> str:
    """'95%' reads 'phần trăm': a question asking "bao nhiêu phần trăm" matches a figure with a % sign."""
    return f"{f} phan tram" if "%" in f else f


def coverage_folded(terms: list[str], f: str, words: set[str]) -> float:
    """coverage() on a text already folded and expanded (``f``) with its syllables (``words``)."""
    if not terms:
        return 0.0
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
    fit: float = 0.0


class Answerer:
    def __init__(self, index: Index):
        self.index = index
        self.records_by_id = {r.id: r for r in index.records}
        self.grounding = Grounding(index.documents)
        self._prepare_records()
        self.records_by_doc: dict[str, list[TaskRecord]] = {}
        for r in index.records:
            self.records_by_doc.setdefault(r.source, []).append(r)

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
                d = self.index.documents.get(c.doc_id)
                text = f"{d.title if d else ''} {c.path_str} {c.text}"
                sc = self._score(q, terms, text, rank)
                if q.agencies and any(fold(gazetteer().name(a)) in fold(text) for a in q.agencies):
                    sc += 0.1
                out.append(Evidence("clause", c.text, self.cite_clause(cid), sc))
        out.sort(key=lambda e: -e.score)
        return out

    def _score(self, q: Query, terms: list[str], text: str, rank: int) -> float:
        s = coverage(terms, text) + 0.15 / (1 + rank)
        if re.search(r"\b(theo|trong|o) phu luc\b", q.folded) and "phu luc" in fold(text[:300]):
            s += 0.1  # "theo phụ lục …": the appendix's figure, not the body's
        if q.intent == "fact" and re.search(r"bao nhieu|ty le|phan tram|%|chi tieu", q.folded):
            s += 0.1 if re.search(r"\d+\s*%|\d", text) else -0.1
        return s

    # ------------------------------------------------------------ answering
    def answer(self, q: Query, hits: list[Hit]) -> Answer:
        terms = content_terms(q)
        special = self._special(q)
        if special:
            return special
        out_of_scope = self.grounding.scope(q)
        if out_of_scope:
            return self._abstain(q, self.clause_evidence(q, hits, terms), out_of_scope)
        team = self._team(q)
        if team:
            return team
        count = self._count(q, terms)
        if count:
            return count
        if q.intent == "list":
            ans = self._list(q)
            if ans:
                return ans
        ev = self.clause_evidence(q, hits, terms)
        if q.intent in ("fact", "general", "list"):
            ev = self._with_records(q, ev, hits, terms)
        if q.intent in ("lead", "coordinators", "deadline", "output"):
            recs = self.record_evidence(q, hits, terms)
            if recs and recs[0].fit >= MIN_RECORD and not self._clause_says_better(q, ev, recs[0], terms):
                return self._field(q, recs, terms)
        return self._quote(q, ev, terms)

    def _clause_says_better(self, q: Query, ev: list[Evidence], rec: Evidence, terms: list[str]) -> bool:
        """A clause that matches the question clearly better than the best row, and states the asked field
        ("… định kỳ hoặc đột xuất báo cáo Sở Nội vụ", "Trước 01/01/2025, 100% TTHC nội bộ …")."""
        best = next((e for e in ev if e.kind == "clause"), None)
        if best is None:
            return False
        if best.score < rec.score + CLAUSE_MARGIN:  # both: coverage + retrieval rank + agency named
            return False
        # … and on the question's own content, not just on the words naming the document
        r = rec.record
        if coverage(terms, f"{best.citation.clause} {best.text}") < coverage(
                terms, f"{r.section_title} {_area(r.clause)} {r.activity} {r.task} {r.output}"):
            return False
        f = fold(best.text)
        if q.intent == "deadline":
            return bool(_WHEN.search(f))
        if q.intent in ("lead", "coordinators"):
            return bool(gazetteer().ids(best.text))
        return True

    def _with_records(self, q: Query, ev: list[Evidence], hits: list[Hit], terms: list[str]) -> list[Evidence]:
        """Table rows compete with clauses for prose questions too ("Riêng huyện Mường Tè kiểm tra thêm gì?"
        is answered in a cell): every record in scope is scored, not only those the retriever returned."""
        have = {e.record.id for e in ev if e.record}
        extra = []
        for e in self.record_evidence(q, hits, terms)[:3]:
            if e.record.id not in have:
                e.score *= 0.85  # prefer the plan's own wording over table rows, as for retrieved rows
                extra.append(e)
        return sorted(ev + extra, key=lambda e: -e.score)

    def _prepare_records(self) -> None:
        """Folded, expanded texts of every record and an inverted index over their syllables, built once:
        a question then scores only the rows sharing enough of its words (1,000 plans hold ~6,000 rows)."""
        self._rtext: dict[str, tuple] = {}
        self._postings: dict[str, list[str]] = {}
        for r in self.index.records:
            d = self.index.documents.get(r.source)
            title = d.title if d else ""
            f1 = _percent_words(expand_abbreviations(
                f"{title} {r.section_title} {_area(r.clause)} {r.activity} {r.task} {r.output}"))
            f2 = _percent_words(expand_abbreviations(f"{title} {r.goal} {r.activity}"))
            w1, w2 = set(_syll(f1)), set(_syll(f2))
            act = _syll(fold(r.activity))
            self._rtext[r.id] = (f1, w1, f2, w2, set(act), " ".join(act))
            for w in w1 | w2:
                self._postings.setdefault(w, []).append(r.id)

    def _record_candidates(self, terms: list[str], scope: set[str] | None, must: set[str]) -> list[TaskRecord]:
        uniq = set(terms)
        n = max(1, len(self.index.records))
        # rows are ranked cheaply by the rarer question words they contain (words in over a third of all rows
        # tell rows apart poorly), and only the best few hundred get the full score
        rare = [t for t in uniq if len(self._postings.get(t, ())) <= n / 3]
        pool = [r for r in self.index.records if r.kind != "team" and (not scope or r.source in scope)]
        if len(pool) <= RECORD_POOL or not rare:
            return pool
        weight: dict[str, float] = {}
        for t in rare:
            post = self._postings.get(t, ())
            idf = math.log(n / (1 + len(post)))
            for rid in post:
                weight[rid] = weight.get(rid, 0.0) + idf
        keep = set(sorted(weight, key=weight.get, reverse=True)[:RECORD_POOL]) | must
        return [r for r in pool if r.id in keep]

    def record_evidence(self, q: Query, hits: list[Hit], terms: list[str]) -> list[Evidence]:
        """Task records in scope, scored on their activity/task/output text (scoring every row that shares
        the question's words beats trusting the retriever's top-k for field questions)."""
        rank = self._record_ranks(hits)
        scope = set(q.doc_ids) if q.doc_ids and q.strong_scope else None
        ref_act = re.search(r"\bhoat dong (\d+)\b", q.folded)
        ref_sec = re.search(r"\b(?:muc|phan) ([ivx]+)\b", q.folded)
        must = set(rank)
        if ref_act:
            must |= {r.id for r in self.index.records if r.activity_no == ref_act.group(1)}
        q_syll = " ".join(_syll(q.folded))
        tset = set(terms)
        out = []
        for r in self._record_candidates(terms, scope, must):
            f1, w1, f2, w2, act, act_text = self._rtext[r.id]
            fit = max(coverage_folded(terms, f1, w1), 0.9 * coverage_folded(terms, f2, w2))
            if act and terms:  # prefer an activity the question describes tightly
                fit += 0.1 * len(act & tset) / len(act)
                if len(act) >= 3 and act_text in q_syll:  # the question names the activity
                    fit += 0.2
            if ref_act and r.activity_no == ref_act.group(1):
                fit += 0.2 if (not ref_sec or fold(r.section) == ref_sec.group(1)) else 0.05
            # "ai chủ trì …" names no agency as the answer; with other fields the agency named is a party
            if q.intent != "lead" and q.agencies and set(q.agencies) & set(r.lead_ids + r.coordinator_ids):
                fit += 0.1
            if q.doc_ids and r.source in q.doc_ids:
                fit += 0.05
            score = fit + (0.15 / (1 + rank[r.id]) if r.id in rank else 0.0)
            e = Evidence("record", r.quote, self.cite_record(r), score, r)
            e.fit = fit
            out.append(e)
        out.sort(key=lambda e: -e.score)
        return out[:8]

    def _record_ranks(self, hits: list[Hit]) -> dict[str, int]:
        """Best hit rank per record: its own chunk, or the clause chunk its text was read from."""
        rank: dict[str, int] = {}
        for i, h in enumerate(hits):
            c = h.chunk
            if c.kind == "task":
                rank.setdefault(c.metadata.get("record_id", ""), i)
                continue
            for r in self.records_by_doc.get(c.doc_id, ()):
                if r.kind != "activity" and c.start <= r.start < c.end:
                    rank.setdefault(r.id, i)
        return rank

    def _outline(self, q: Query, ev: list[Evidence], terms: list[str]) -> Answer | None:
        """'Đề cương báo cáo gồm những phần nào?': the headings directly under the best-matching part."""
        if not re.search(r"\b(gom|co) (nhung )?(phan|muc|noi dung chinh) (nao|gi)\b|\bbo cuc\b", q.folded):
            return None
        scope = set(q.doc_ids) if q.doc_ids else None
        best, best_fit = None, 0.0
        for c in self.index.clauses:
            if c.kind not in ("heading", "title") or (scope and c.doc_id not in scope):
                continue
            fit = coverage(terms, f"{c.path_str} {c.text}")
            if fit > best_fit:
                best, best_fit = c, fit
        if not best or best_fit < 0.5:
            return None
        root = best.path[:1]
        kids = [c for c in self.index.clauses if c.doc_id == best.doc_id and c.kind == "heading"
                and len(c.path) == len(root) + 1 and c.path[:len(root)] == root]
        if len(kids) < 2:
            return None
        d = self.index.documents.get(best.doc_id)
        body = "\n".join(f"- {c.path[-1]} [{n}]" for n, c in enumerate(kids, start=1))
        return Answer(q.raw, f"{d.title if d else best.doc_id} — {root[0]} gồm:\n{body}", False, q.intent,
                      [self.cite_clause(c.id) for c in kids])

    def _section(self, q: Query, best: Evidence, terms: list[str]) -> Answer | None:
        """A question about a whole heading ('mục đích', 'yêu cầu', 'tồn tại, hạn chế') gets all its clauses."""
        if q.intent not in ("general", "list", "fact") or best.kind != "clause":
            return None
        c = self.index.clause_by_id.get(_clause_id(self.index, best.citation))
        if not c or not c.path:
            return None
        label = re.sub(r"^[\dIVX.]+\)?\s*", "", c.path[-1])
        lw = [w for w in _syll(fold(label)) if w not in STOP]
        if not lw or not all(w in terms or w in _syll(q.folded) for w in lw):
            return None
        siblings = [x for x in self.index.clauses_by_doc.get(c.doc_id, [])
                    if x.path == c.path and x.kind not in ("heading", "title", "header")]
        if not (2 <= len(siblings) <= 10):
            return None
        cits = [self.cite_clause(x.id) for x in siblings]
        d = self.index.documents.get(c.doc_id)
        body = "\n".join(f"{x.text} [{n}]" for n, x in enumerate(siblings, start=1))
        return Answer(q.raw, f"Theo {d.title if d else c.doc_id}, mục {c.path_str}:\n{body}", False, q.intent, cits)

    def _continuation(self, cit: Citation, limit: int = 6) -> list:
        """What completes a quoted clause: the bullets after a clause introducing a list ("… hạn chế:" then
        "- …"), or the rest of a sentence the parser split at a semicolon ("…; Cải cách tổ chức bộ máy; …")."""
        cid = _clause_id(self.index, cit)
        c = self.index.clause_by_id.get(cid)
        if not c:
            return []
        tail = c.text.rstrip()
        bullets = ":" in c.text[len(c.text) // 3:]
        unfinished = tail.endswith((";", ",", ":"))
        if not (bullets or unfinished):
            return []
        same = [x for x in self.index.clauses_by_doc.get(c.doc_id, []) if x.path == c.path and x.order > c.order]
        out = []
        for x in same:
            if len(out) >= limit:
                break
            if x.text.lstrip().startswith(("-", "+", "•")) and bullets:
                out.append(x)
                continue
            if unfinished and not x.text.lstrip().startswith(("-", "+", "•")):
                out.append(x)
                unfinished = x.text.rstrip().endswith((";", ",", ":"))
                continue
            break
        return out

    def _abstain(self, q: Query, ev: list[Evidence], what: str = "") -> Answer:
        related = [e.citation for e in ev[:3]]
        txt = f"{NOT_FOUND}{(' ' + what) if what else ''}."
        if related:
            txt += " Các điều khoản có thể liên quan:\n" + "\n".join(
                f"- {c.title} — {c.clause}: “{_short(c.quote)}”" for c in related)
        return Answer(q.raw, txt, True, q.intent, [], [], related)

    def _special(self, q: Query) -> Answer | None:
        f = q.folded
        if re.search(r"\bso hieu\b|\bso (ky hieu|van ban)\b|\bso (bao nhieu|may|gi)\b.*\bban hanh\b", f) and q.doc_ids:
            docs = [self.index.documents[i] for i in q.doc_ids if i in self.index.documents]
            if len(docs) == 1:
                d = docs[0]
                if not re.search(r"\d", d.number or ""):
                    return self._abstain(q, [], f"(số hiệu của văn bản này để trống: «{d.number or '…'}»)")
        issued = self._issued(q)
        if issued:
            return issued
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

    def _issued(self, q: Query) -> Answer | None:
        """'(Văn bản này) ban hành ngày nào?': the date line of the document's header, or that it is blank."""
        f = q.folded
        if not re.search(r"\b(ban hanh|ky|duoc ky)( vao)? ngay (nao|may|bao nhieu)\b|\bngay ban hanh\b|\bngay ky\b", f):
            return None
        if re.search(r"\d+\s*/\s*[a-z]|\b\d+-[a-z]+\b", f) or re.search(
                r"\b(ke hoach|nghi quyet|quyet dinh|cong van|ket luan|chi thi|nghi dinh|thong tu) (so )?\d", f):
            return None  # the date of another document the question names
        docs = [self.index.documents[i] for i in q.doc_ids if i in self.index.documents]
        if len(docs) != 1:
            return None
        d = docs[0]
        m = re.search(r"^[^\n]{0,40}ngày[^\n]{0,30}năm\s+\d{4}[^\n]*$", d.text[:1500], re.M)
        if not m:
            return None
        line = m.group(0).strip()
        cit = Citation(d.id, d.title, "Phần đầu văn bản", line, m.start(), m.end(), d.file)
        full = re.search(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", line)
        if not full:
            return Answer(q.raw, f"{NOT_FOUND} (ngày ban hành để trống trong bản này: «{line}») [1].", True,
                          q.intent, [cit], [], [cit])
        return Answer(q.raw, f"{d.title} ghi ngày ban hành: {full.group(1)}/{full.group(2)}/{full.group(3)} "
                      f"(«{line}») [1].", False, "fact", [cit])

    def _count(self, q: Query, terms: list[str]) -> Answer | None:
        """'Phần cải cách thể chế trong phụ lục có bao nhiêu mục tiêu, nhiệm vụ, hoạt động?'"""
        if not re.search(r"\b(bao nhieu|may)\s+(muc tieu|nhiem vu|hoat dong)\b", q.folded):
            return None
        scope = set(q.doc_ids) if q.doc_ids else None
        words = [t for t in terms if t not in ("muc", "tieu", "phu", "luc")]  # "mục tiêu", "phụ lục" are asked
        found = self._best_section([r for r in self.index.records if r.kind == "activity"
                                    and (not scope or r.source in scope)], lambda rs: coverage(words, rs[0].section_title))
        if not found:
            return None
        best, rs = found
        d = self.index.documents[best[0]]
        head = f"{best[1]}. {rs[0].section_title}" if best[1] else rs[0].section_title
        declared = None
        for m in re.finditer(r"^[^\n]*\(\s*\d+\s*mục tiêu[^)\n]*\)[^\n]*$", d.text, re.M | re.I):
            if fold(rs[0].section_title) in fold(m.group(0)):
                declared = m
                break
        goals = len({r.goal_no for r in rs if r.goal_no})
        tasks = len({(r.goal_no, r.task_no) for r in rs if r.task_no})
        counted = f"{goals} mục tiêu, {tasks} nhiệm vụ, {len(rs)} hoạt động"
        if declared:
            line = declared.group(0).strip()
            inner = re.search(r"\(([^)]*)\)", line).group(1)
            cit = Citation(d.id, d.title, f"PHỤ LỤC › {head}", line, declared.start(), declared.end(), d.file)
            text = f"Theo {d.title}, phụ lục, mục {head}: {inner} [1]."
            if fold(inner).replace(" ", "") != fold(counted).replace(" ", ""):
                text += f" (Đếm trong bảng đọc được: {counted}.)"
            return Answer(q.raw, text, False, "fact", [cit], [r.to_json() for r in rs])
        cits = [self.cite_record(r) for r in rs[:5]]
        return Answer(q.raw, f"Theo {d.title}, phụ lục, mục {head}: đếm được {counted} trong bảng "
                      f"(văn bản không ghi tổng số) [1].", False, "fact", cits, [r.to_json() for r in rs])

    def _field(self, q: Query, recs: list[Evidence], terms: list[str]) -> Answer:
        best = recs[0]
        missing = self.grounding.evidence(q, best.citation.title, best.citation.clause, best.text)
        if missing:
            return self._abstain(q, recs, missing)
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
            r = chosen[0].record
            if not _asked_field(q, r) and r.quote:
                # the record has no such column: the clause itself may still say it in prose, so show it whole
                text = f"{text}\nNguyên văn ({chosen[0].citation.title}, {chosen[0].citation.clause}): “{r.quote}”"
            else:
                text = f"{text}\n({head} — {chosen[0].citation.title}, {chosen[0].citation.clause})"
        return Answer(q.raw, text, False, q.intent, cits, records)

    @staticmethod
    def _best_section(recs: list[TaskRecord], fit, min_fit: float = 0.6):
        """The table section (document, section number) whose rows ``fit`` the question best, with its rows."""
        groups: dict[tuple[str, str], list[TaskRecord]] = {}
        for r in recs:
            if r.section_title:
                groups.setdefault((r.source, r.section), []).append(r)
        scored = [(fit(rs), key) for key, rs in groups.items()]
        if not scored:
            return None
        best_fit, best = max(scored, key=lambda x: x[0])
        return (best, groups[best]) if best_fit >= min_fit else None

    def _list_area(self, q: Query, recs: list[TaskRecord]) -> Answer | None:
        """'Những hoạt động về cải cách thể chế…', 'những đơn vị nào được kiểm tra trực tiếp': one table section."""
        terms = content_terms(q)

        def fit(rs: list[TaskRecord]) -> float:
            d = self.index.documents.get(rs[0].source)
            return coverage(terms, f"{d.title if d else ''} {rs[0].section_title} {rs[0].kind}")

        found = self._best_section(recs, fit)
        if not found:
            return None
        best, rs = found
        rs = rs[:25]
        lines = [f"{n}. {_short(r.activity, 300)} — chủ trì: {r.lead or '(không ghi)'}"
                 f"{'; thời hạn: ' + r.deadline if r.deadline else ''} [{n}]" for n, r in enumerate(rs, start=1)]
        d = self.index.documents.get(best[0])
        head = f"{d.title if d else best[0]} — mục {best[1]}. {rs[0].section_title} ({len(rs)} mục):"
        return Answer(q.raw, head + "\n" + "\n".join(lines), False, "list", [self.cite_record(r) for r in rs],
                      [r.to_json() for r in rs])

    def _team(self, q: Query) -> Answer | None:
        """'Đoàn kiểm tra gồm những ai?', 'Ai là trưởng đoàn?' → the team records."""
        f = q.folded
        if re.search(r"\bbao nhieu\b|\bcong tac phi\b|\bkinh phi\b|\bmuc chi\b|\btien\b", f):
            return None  # an amount about the team, not who is on it
        asks_head = re.search(r"(pho )?truong doan", f) and re.search(r"\bla ai\b|\bai la\b|\bnguoi nao\b|\bai\b", f)
        if not asks_head and not re.search(r"thanh phan (cua )?doan|thanh vien (cua )?doan|doan (kiem tra )?"
                                           r"[a-z0-9 ]{0,25}(gom|co) (nhung )?(ai|thanh phan|thanh vien)|"
                                           r"co cau (cua )?doan", f):
            return None
        scope = q.doc_ids or None
        team = [r for r in self.index.records if r.kind == "team" and (not scope or r.source in scope)]
        if not team:
            return None
        cits = [self.cite_record(r) for r in team]
        lines = [f"- {r.activity} [{n}]" for n, r in enumerate(team, start=1)]
        d = self.index.documents.get(team[0].source)
        return Answer(q.raw, f"Thành phần Đoàn kiểm tra ({d.title if d else team[0].source}):\n" + "\n".join(lines),
                      False, "list", cits, [r.to_json() for r in team])

    def _list(self, q: Query) -> Answer | None:
        scope = q.doc_ids if q.doc_ids else None
        recs = [r for r in self.index.records if r.kind in ("activity", "item", "duty", "inspection")]
        if scope:
            recs = [r for r in recs if r.source in scope]
        if not q.agencies and not q.period:
            return self._list_area(q, recs)
        if q.agencies:
            role = "coordinator" if ("phoi hop" in q.folded and "chu tri" not in q.folded) else (
                "lead" if "chu tri" in q.folded or "phu trach" in q.folded else "any")
            sel = []
            for a in q.agencies:
                sel += [r for r in filter_records(recs, agency=gazetteer().name(a), role=role) if r not in sel]
            if sel or not q.period:  # an agency that is only the plan's issuer is not a filter
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
            area = r.section_title if r.kind == "activity" else _area(r.clause).split(PATH_SEP)[-1].strip()
            area = f" ({area})" if area and fold(area) not in fold(r.activity) else ""
            lines.append(f"{n}. {_short(r.activity, 400)}{area} — {who}{when} [{n}]")
            cits.append(self.cite_record(r))
        docs = sorted({r.source for r in recs})
        titles = ", ".join(self.index.documents[d].title for d in docs if d in self.index.documents)
        head = f"Có {len(recs)} việc (theo {titles}):"
        return Answer(q.raw, head + "\n" + "\n".join(lines), False, "list", cits, [r.to_json() for r in recs])

    def _quote(self, q: Query, ev: list[Evidence], terms: list[str]) -> Answer:
        if not ev:
            return self._abstain(q, ev)
        best = ev[0]
        support = coverage(terms, f"{best.citation.title} {best.citation.clause} {best.text}") if terms else 0.0
        if support < MIN_SUPPORT:
            return self._abstain(q, ev)
        missing = self.grounding.evidence(q, best.citation.title, best.citation.clause, best.text) or \
            self.grounding.agency_absent(q, best.citation.title, best.citation.clause, best.text,
                                         [best.record] if best.record else [])
        if missing:
            return self._abstain(q, ev, missing)
        outline = self._outline(q, ev, terms)
        if outline:
            return outline
        section = self._section(q, best, terms)
        if section:
            return section
        chosen = [best]
        for e in ev[1:5]:
            # a target asked without naming the plan: each plan's figure, labelled (2024 province vs 2026 office)
            near = 0.88 if q.intent == "fact" and not q.doc_ids else 0.92
            if e.citation.source != best.citation.source and e.score >= near * best.score and not q.strong_scope:
                chosen.append(e)
                break
        lines = []
        cits = [e.citation for e in chosen]
        for n, e in enumerate(chosen, start=1):
            c = e.citation
            lines.append(f"Theo {c.title}, mục {c.clause}: “{c.quote}” [{n}]")
        if len(chosen) == 1 and best.kind == "clause" and q.intent in ("general", "list", "fact"):
            for x in self._continuation(best.citation):  # "… tồn tại, hạn chế:" followed by its bullets
                cits.append(self.cite_clause(x.id))
                lines.append(f"{x.text} [{len(cits)}]")
        return Answer(q.raw, "\n".join(lines), False, q.intent, cits,
                      [e.record.to_json() for e in chosen if e.record])


def _words(s: str) -> set[str]:
    return set(_syll(fold(s)))


def _short(s: str, n: int = 180) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"


def _clause_id(index: Index, cit: Citation) -> str:
    return index.clause_by_span.get((cit.source, cit.start, cit.end), "")


def _activity_label(r: TaskRecord) -> str:
    if r.kind == "activity":
        return f"Hoạt động {r.activity_no}: “{_short(r.activity, 120)}”"
    return f"“{_short(r.activity, 120)}”"


def _area(path: str) -> str:
    """The heading path of a record minus its own row label ("II. NỘI DUNG › 3. Cải cách TTHC › Hoạt động 2")."""
    return re.sub(r"(›\s*)?Hoạt động \d+\s*$", "", path or "")


def _asked_field(q: Query, r: TaskRecord) -> str:
    return {"lead": r.lead or r.executors, "coordinators": r.coordinators, "deadline": r.deadline,
            "output": r.output}.get(q.intent, "x")


def _field_sentence(q: Query, r: TaskRecord, year: int) -> str:
    lead = f"chủ trì: {r.lead}" if r.lead else "chủ trì: tài liệu không ghi"
    co = f"phối hợp: {r.coordinators}" if r.coordinators else "phối hợp: tài liệu không ghi"
    dl = f"thời hạn: {r.deadline}" if r.deadline else "thời hạn: tài liệu không ghi"
    out = f"kết quả/sản phẩm: {r.output}" if r.output else ""
    if r.executors:
        lead = f"{lead}; thực hiện: {r.executors}"
    order = {"lead": [lead, co, dl, out], "coordinators": [co, lead, dl, out], "deadline": [dl, lead, co, out],
             "output": [out or "kết quả/sản phẩm: tài liệu không ghi", lead, co, dl]}[q.intent]
    s = "; ".join(x for x in order if x)
    return s[0].upper() + s[1:] + "."
