"""The index's clauses and task records as evidence: scored against a question, cited verbatim.

    base = EvidenceBase(index)
    ev = base.candidates(query, terms, hits, allowed)   # clauses and records, best first
    cit = base.cite(ev[0])                              # Citation whose quote is the source's own words

Scoring is the same for every strategy: how much of the question's subject the evidence covers, each word weighed
by how rare it is in the corpus (IDF), plus a little for adjacent word pairs and for where retrieval ranked it.
Every clause and record of the documents in scope can compete, not only what retrieval returned: retrieval finds
the neighbourhood, the word index makes sure the clause that says it is not missed.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.answering.retrieve import Hit
from assistant.lang.normalize import display_text, expand_abbreviations, fold
from assistant.lang.values import names_person
from assistant.records import PATH_SEP, Citation, Clause, Document, Evidence, TaskRecord
from assistant.store.index import Index

_SYL = re.compile(r"[a-z0-9%]+")
HEADINGS = ("heading", "title", "header")
POOL = 400  # items fully scored per question at most (the rest are ranked by the word index first)


def folded(text: str) -> str:
    """Folded, abbreviations expanded beside themselves; a % sign also reads "phần trăm"."""
    f = expand_abbreviations(text)
    return f"{f} phan tram" if "%" in f else f


def syllables(f: str) -> list[str]:
    return _SYL.findall(f)


def area(path: str) -> str:
    """A record's heading path without its own row label ("… › Hoạt động 2")."""
    return re.sub(r"(›\s*)?(Hoạt động|Dòng|Hàng)\s+\S+\s*$", "", path or "").strip(" ›")


def part_matches(part: str, key: str, num: str) -> bool:
    """Whether one element of a clause path is the part a question names: ("Điều 9. Xếp loại", "dieu", "9")."""
    f = fold(part)
    if key == "dieu":
        return bool(re.match(rf"dieu\s+{num}\b", f))
    if key == "chuong":
        return bool(re.match(rf"chuong\s+{num}\b", f))
    if key == "khoan":
        return bool(re.match(rf"(khoan\s+)?{num}\s*[.)]", f))
    if key == "muc":
        return bool(re.match(rf"(muc\s+|phan\s+)?{num}\s*[.)]", f))
    return False


@dataclass
class _Item:
    key: str
    kind: str  # clause | record
    doc_id: str
    f: str  # folded text the question is matched against
    words: frozenset[str]
    clause: Clause | None = None
    record: TaskRecord | None = None
    f_main: str = ""  # a record without its output column (long lists of results must not win on word count)
    words_main: frozenset[str] = frozenset()


class EvidenceBase:
    def __init__(self, index: Index):
        self.index = index
        self._terms_memo: dict[tuple[str, ...], tuple] = {}
        self.items: dict[str, _Item] = {}
        self.by_doc: dict[str, list[str]] = {}
        self.postings: dict[str, list[str]] = {}
        df: dict[str, int] = {}
        for c in index.clauses:
            title = self._title(c.doc_id)
            f = folded(f"{title} {c.path_str} {c.text}")
            self._add(_Item(f"c:{c.id}", "clause", c.doc_id, f, frozenset(syllables(f)), clause=c), df)
        for r in index.records:
            title = self._title(r.source)
            main = folded(f"{title} {r.section_title} {area(r.clause)} {r.goal} {r.task} {r.activity}")
            f = f"{main} {folded(r.output)}" if r.output else main
            # cells no field reads ("Trưởng đoàn: Bà …", "Ghi chú: …"): the row is found by them, and their column, too
            # … and people a field reads ("Trưởng đoàn: Ông …" is the lead of an inspection row): found by their names
            read = {x for x in (r.activity, r.output, r.lead, r.coordinators, r.executors, r.deadline, r.goal, r.task)
                    if x and not names_person(x)}
            other = " ".join(f"{h} {v}" for h, v in (r.cells or []) if v and v not in read and not v.isdigit())
            if other:
                f = f"{f} {folded(other)}"
            self._add(_Item(f"r:{r.id}", "record", r.source, f, frozenset(syllables(f)), record=r, f_main=main,
                            words_main=frozenset(syllables(main))), df)
        n = max(1, len(self.items))
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self.default_idf = math.log(1 + n)
        self.record_by_id = {r.id: r for r in index.records}
        self._row_text: dict[str, str] = {}
        self.records_by_doc: dict[str, list[TaskRecord]] = {}
        for r in index.records:
            self.records_by_doc.setdefault(r.source, []).append(r)

    def _title(self, doc_id: str) -> str:
        d = self.index.documents.get(doc_id)
        return d.title if d else ""

    def _add(self, it: _Item, df: dict[str, int]) -> None:
        self.items[it.key] = it
        self.by_doc.setdefault(it.doc_id, []).append(it.key)
        for w in it.words:
            df[w] = df.get(w, 0) + 1
            self.postings.setdefault(w, []).append(it.key)

    # ------------------------------------------------------------------ scoring
    def weight(self, w: str) -> float:
        return self.idf.get(w, self.default_idf)

    def fit(self, terms: list[str], f: str, words: frozenset[str] | set[str] | None = None) -> float:
        """IDF-weighted share of the subject words found (0.75) and of adjacent pairs found together (0.25)."""
        if not terms:
            return 0.0
        words = words if words is not None else set(syllables(f))
        key = tuple(terms)
        prep = self._terms_memo.get(key)
        if prep is None:  # the same subject words are scored against hundreds of items per question
            uniq = list(dict.fromkeys(terms))
            prep = ([(t, self.weight(t)) for t in uniq], sum(self.weight(t) for t in uniq), list(zip(terms, terms[1:])))
            if len(self._terms_memo) > 256:
                self._terms_memo.clear()
            self._terms_memo[key] = prep
        weighted, total, pairs = prep
        got = sum(w for t, w in weighted if t in words)
        bi = sum(1 for a, b in pairs if f"{a} {b}" in f) / len(pairs) if pairs else got / total
        return 0.75 * got / total + 0.25 * bi

    def item_fit(self, terms: list[str], it: "_Item") -> float:
        if it.kind == "record" and it.f_main != it.f:
            return max(self.fit(terms, it.f_main, it.words_main), 0.85 * self.fit(terms, it.f, it.words))
        return self.fit(terms, it.f, it.words)

    def fit_text(self, terms: list[str], text: str) -> float:
        f = folded(text)
        return self.fit(terms, f)

    # ------------------------------------------------------------------ candidates
    def candidates(self, terms: list[str], hits: list[Hit], allowed: set[str] | None, kinds=("clause", "record"),
                   pool: int = POOL) -> list[Evidence]:
        """Clauses and records of the allowed documents, scored for ``terms``, best first."""
        ranks: dict[str, tuple[int, float]] = {}
        for i, h in enumerate(hits):
            c = h.chunk
            if c.kind == "task":
                ranks.setdefault(f"r:{c.metadata.get('record_id', '')}", (i, h.dense))
                continue
            for cid in c.clause_ids:
                ranks.setdefault(f"c:{cid}", (i, h.dense))
            for r in self.records_by_doc.get(c.doc_id, ()):  # rows read out of a retrieved clause
                if c.start <= r.start < c.end:
                    ranks.setdefault(f"r:{r.id}", (i, h.dense))
        keys = self._pool(terms, allowed, set(ranks), pool)
        out = []
        for key in keys:
            it = self.items.get(key)
            if it is None or it.kind not in kinds or (allowed is not None and it.doc_id not in allowed):
                continue
            fit = self.item_fit(terms, it)
            rank, dense = ranks.get(key, (-1, 0.0))
            score = fit + (0.15 / (1 + rank) if rank >= 0 else 0.0)
            out.append(self._evidence(it, fit, score, rank, dense))
        out.sort(key=lambda e: -e.score)
        return out

    def names_a_column(self, question: str) -> bool:
        """The question says a table column's whole name of two words or more ("thành viên", "trưởng đoàn")."""
        if not hasattr(self, "_columns"):
            heads = {" ".join(syllables(expand_abbreviations(h, keep=False))) for r in self.index.records
                     for h, _ in (r.cells or [])}
            self._columns = {h for h in heads if len(h.split()) >= 2}
        q = " " + " ".join(syllables(expand_abbreviations(question, keep=False))) + " "
        return any(f" {h} " in q for h in self._columns)

    def naming(self, phrase: str, terms: list[str], allowed: set[str] | None) -> list[Evidence]:
        """The clauses and rows that hold ``phrase`` (folded) word for word: a person's full name, say."""
        out = []
        for it in self.items.values():
            if (allowed is None or it.doc_id in allowed) and phrase in it.f:
                fit = self.item_fit(terms, it)
                out.append(self._evidence(it, fit, fit, -1, 0.0))
        return out

    def _pool(self, terms: list[str], allowed: set[str] | None, retrieved: set[str], pool: int) -> list[str]:
        if allowed is not None:
            keys = [k for d in allowed for k in self.by_doc.get(d, ())]
            if len(keys) <= pool:
                return keys
        # rank by the rarer words of the question (words in over a third of all items tell little apart)
        n = len(self.items)
        weight: dict[str, float] = {}
        for t in set(terms):
            post = self.postings.get(t, ())
            if len(post) > n / 3:
                continue
            w = self.weight(t)
            for key in post:
                weight[key] = weight.get(key, 0.0) + w
        best = sorted(weight, key=weight.get, reverse=True)[:pool]
        return list(dict.fromkeys(best + sorted(retrieved)))

    def _evidence(self, it: _Item, fit: float, score: float, rank: int, dense: float) -> Evidence:
        if it.kind == "clause":
            c = it.clause
            return Evidence("clause", c.doc_id, c.path_str, c.text, c.start, c.end, clause_id=c.id,
                            clause_kind=c.kind, fit=fit, score=score, rank=rank, dense=dense)
        r = it.record
        return Evidence("record", r.source, r.clause, self.row_text(r), r.start, r.end, record=r, clause_kind=r.kind,
                        fit=fit, score=score, rank=rank, dense=dense)

    def clause(self, c: Clause, terms: list[str] | None = None) -> Evidence:
        it = self.items[f"c:{c.id}"]
        fit = self.item_fit(terms or [], it)
        return self._evidence(it, fit, fit, -1, 0.0)

    def record(self, r: TaskRecord, terms: list[str] | None = None) -> Evidence:
        it = self.items[f"r:{r.id}"]
        fit = self.item_fit(terms or [], it)
        return self._evidence(it, fit, fit, -1, 0.0)

    # ------------------------------------------------------------------ verbatim text and citations
    def row_text(self, r: TaskRecord) -> str:
        """The row's own words: its span in the document as a reader sees it (cells joined by " | ")."""
        text = self._row_text.get(r.id)
        if text is None:
            d = self.index.documents.get(r.source)
            if d is None or r.end <= r.start:
                text = r.quote or r.activity
            else:
                text = display_text(d.text[r.start:r.end]) or r.activity
            self._row_text[r.id] = text
        return text

    def cite(self, e: Evidence, quote: str | None = None) -> Citation:
        d = self.index.documents.get(e.doc_id)
        if quote is None or quote == e.text:
            quote = e.text
            if e.clause_kind == "table_row" and d is not None and e.end > e.start:
                # a row of a table that maps to no task fields is searched as "cột: giá trị | …", but quoted as
                # printed: its cells, in order, without the column names the reader sees above it in the document
                printed = " | ".join(x.strip() for x in re.split(r"\t|\s*\|\s*", d.text[e.start:e.end]) if x.strip())
                quote = display_text(printed) or quote
        return Citation(e.doc_id, d.title if d else e.doc_id, e.path, quote, e.start, e.end, d.file if d else "")

    def document(self, doc_id: str) -> Document | None:
        return self.index.documents.get(doc_id)

    def clauses_of(self, doc_id: str) -> list[Clause]:
        return self.index.clauses_by_doc.get(doc_id, [])

    def docs_with_part(self, key: str, num: str) -> set[str]:
        """The documents with a part "Điều 9" / "Chương III" (``key`` "dieu" / "chuong", ``num`` folded)."""
        memo = self.__dict__.setdefault("_parts_memo", {})
        if (key, num) not in memo:
            memo[(key, num)] = {c.doc_id for c in self.index.clauses if any(part_matches(p, key, num) for p in c.path)}
        return memo[(key, num)]

    def path_of(self, e: Evidence) -> tuple[str, ...]:
        return tuple(p.strip() for p in e.path.split(PATH_SEP)) if e.path else ()

    def heading_text(self, doc_id: str, path: tuple[str, ...]) -> str:
        """The text of the heading clause at ``path`` ("1. Văn phòng HĐND và UBND huyện:" for "… › khoản 1"), or ""."""
        if not hasattr(self, "_headings"):
            self._headings = {(c.doc_id, tuple(p.strip() for p in c.path)): c.text for c in self.index.clauses
                              if c.kind == "heading"}
        return self._headings.get((doc_id, path), "")

    def lead_ins(self, e: Evidence, depth: int = 2) -> list[str]:
        """The texts of the headings just above a clause (its lead-ins, up to ``depth``): "1. Văn phòng HĐND và UBND
        huyện:" above "b) Tổng hợp …, báo cáo … trước ngày 20" names the body the point belongs to."""
        if e.kind != "clause":
            return []
        path = self.path_of(e)
        return [t for k in range(max(1, len(path) - depth), len(path)) if (t := self.heading_text(e.doc_id, path[:k]))]
