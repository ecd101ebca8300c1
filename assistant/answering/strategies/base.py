"""What every strategy receives (``Context``) and returns (``Draft``).

A strategy answers one kind of question from the evidence, or returns None when its kind of answer does not fit
(the router then tries the next). It never decides alone that the documents are silent: it reports how well its
evidence fits (``fit``, ``type_ok``, ``field_ok``) and grounding decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from assistant.answering.evidence import EvidenceBase, part_matches
from assistant.answering.retrieve import Hit
from assistant.answering.scope import Scope
from assistant.lang.gazetteer import Gazetteer
from assistant.lang.normalize import expand_abbreviations, fold
from assistant.lang.lexicon import lexicon
from assistant.lang.places import agency_core
from assistant.lang.values import opening_label
from assistant.records import Evidence, Query, TaskRecord

FIELD_LABEL = {"lead": "chủ trì", "coordinators": "phối hợp", "executors": "thực hiện", "deadline": "thời hạn",
               "output": "kết quả/sản phẩm"}


@dataclass
class Context:
    query: Query
    scope: Scope
    hits: list[Hit]
    base: EvidenceBase
    gazetteer: Gazetteer
    previous: list[TaskRecord] = field(default_factory=list)  # records of the previous answer (follow-ups)
    previous_rows: list[TaskRecord] = field(default_factory=list)  # … when the question may name one of its columns

    @cached_property
    def terms(self) -> list[str]:
        """Subject words without the words that only named the document (its place, say)."""
        drop = set(self.scope.words)
        rest = [t for t in self.query.terms if t not in drop]
        if not rest:  # the question only names its document: its title's words are the subject, its place is not
            places = {w for p in self.scope.places for w in p.split()}
            rest = [t for t in self.query.terms if t not in places]
        return rest or list(self.query.terms)

    @property
    def allowed(self) -> set[str] | None:
        """Documents the evidence may come from: the filters', narrowed to the scope when it is certain."""
        if self.scope.strong and self.scope.doc_ids:
            return set(self.scope.doc_ids)
        return self.scope.allowed

    @cached_property
    def candidates(self) -> list[Evidence]:
        ev = self.base.candidates(self.terms, self.hits, self.allowed)
        named_people = set()
        for name in self.query.persons[:2]:  # every row naming the person asked about, however few words it shares
            have = {(e.kind, e.clause_id, e.record.id if e.record else "") for e in ev}
            for e in self.base.naming(name, self.terms, self.allowed):
                named_people.add((e.kind, e.clause_id, e.record.id if e.record else ""))
                if (e.kind, e.clause_id, e.record.id if e.record else "") not in have:
                    ev.append(e)
        boost = set(self.scope.doc_ids) if not self.scope.strong else set()
        names = [agency_core(self.gazetteer.name(a)) for a in self.query.agencies]
        places = [p for p in self.scope.places if not set(p.split()) <= set(self.scope.words)]
        appendix = bool(re.search(r"\b(theo|trong|o|tai|cua) phu luc\b", self.query.folded))
        parts = [(k, v) for k, v in self.query.refs.items() if k in ("dieu", "chuong") and v]
        focus = [t for t in self.query.focus if t in self.terms]
        years = set(self.query.years)
        for e in ev:
            if named_people and (e.kind, e.clause_id, e.record.id if e.record else "") in named_people:
                e.score += 0.3  # "tổ do bà Nguyễn Thị Hạnh Dung làm trưởng đoàn": the rows naming her
            doc = self.base.document(e.doc_id) if years else None
            if doc is not None and doc.year in years:
                e.score += 0.1  # "kế hoạch CCHC năm 2027 của xã": a document of the year asked
            if focus and self.base.fit(focus, fold(f"{e.path} {e.text}")) >= 0.99:
                e.score += 0.2  # "còn loại Tốt?": the follow-up's own words, not the previous question's
            if e.doc_id in boost:
                e.score += 0.05
            if names and self.names_agency(e, names):
                e.score += 0.1  # evidence naming the agency the question is about
            if places and any(p in fold(f"{e.path} {e.text}") for p in places):
                e.score += 0.1  # … or the place ("riêng huyện Hòa An …")
            if appendix and fold(e.path[:12]).startswith("phu luc"):
                e.score += 0.1  # "theo phụ lục …": the appendix's words, not the body's
            if parts and all(any(part_matches(p, k, v) for p in e.path.split(" › ")) for k, v in parts):
                e.score += 0.15  # "theo Điều 9, …": the article named, not a like one elsewhere
            if e.kind == "clause" and self.label_value(e.text) and (self.scope.strong or e.doc_id in boost):
                e.score += 0.3  # "2. Địa điểm: …" for "họp ở đâu?" in the document asked about
            if self.heading_named(e.path):
                e.score += 0.1  # the part's own heading is what the question names
            elif any(self.heading_named(" › ".join(e.path.split(" › ")[:i])) for i in range(1, e.path.count(" › ") + 1)):
                e.score += 0.05  # … or a part above it ("nhiệm vụ, giải pháp gì về …")
        ev.sort(key=lambda e: -e.score)
        return ev

    def label_value(self, text: str, keys: list[str] | None = None) -> str:
        """The value of the label ``text`` opens with, when that label names an asked field or kind of value
        ("3. Chủ trì: Đồng chí …" for "ai chủ trì hội nghị?"); "" otherwise."""
        lab = opening_label(text)
        if lab is None or not lab.marked:  # "Đơn vị chủ trì: …" unnumbered is a line of a table row, not an item
            return ""
        keys = keys if keys is not None else [*self.query.asked, *self.query.types]
        name = fold(lab.label)
        lx = lexicon()
        if any(lx.groups.get("labels", {}).get(k) is not None and lx.groups["labels"][k].fullmatch(name) for k in keys):
            return lab.value
        return ""

    @cached_property
    def question_words(self) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", expand_abbreviations(self.query.text, keep=False)))

    @cached_property
    def _named_memo(self) -> dict[tuple[str, bool], bool]:
        return {}

    def heading_named(self, path: str, loose: bool = False) -> bool:
        """The last heading of ``path`` (without its number) is named word for word by the question."""
        key = (path, loose)
        if key not in self._named_memo:  # asked for every candidate and each of its parents: once per path
            self._named_memo[key] = self._heading_named(path, loose)
        return self._named_memo[key]

    def _heading_named(self, path: str, loose: bool) -> bool:
        label = path.split(" › ")[-1] if path else ""
        label = re.sub(r"^(Điều\s+\d+|[\dIVXLa-zđ]+(\.\d+)*)[.)]?\s*", "", label).strip(" :")
        words = re.findall(r"[a-z0-9]+", expand_abbreviations(label, keep=False))
        if len([w for w in words if len(w) > 1]) < 2:
            return False
        q = self.question_words
        if f" {' '.join(words)} " in f" {q} ":  # the heading's words, in order, as one phrase
            return True
        if not loose:
            return False
        # a short heading by its head words and most of the rest, in its order ("Thành phần tham dự" for "thành
        # phần dự hội nghị gồm những ai")
        qw = q.split()
        if not (3 <= len(words) <= 5 and f" {words[0]} {words[1]} " in f" {q} "):
            return False
        start = qw.index(words[0])
        rest, got = qw[start:], 0
        for w in words:
            if w in rest:
                rest = rest[rest.index(w) + 1:]
                got += 1
        return got >= 0.75 * len(words)

    def names_agency(self, e: Evidence, names: list[str] | None = None) -> bool:
        # by the name's core: "(qua Phòng Nội vụ)" names the "Phòng Nội vụ các huyện, thành phố" a question resolved to
        names = names if names is not None else [agency_core(self.gazetteer.name(a)) for a in self.query.agencies]
        text = fold(e.text)
        if e.record is not None:
            if set(self.query.agencies) & set(e.record.lead_ids + e.record.coordinator_ids):
                return True
            text += " " + fold(f"{e.record.lead} {e.record.coordinators} {e.record.executors}")
        else:  # a point belongs to the body its lead-in names
            text += " " + fold(" ".join(self.base.lead_ins(e)))
        return any(n in text for n in names)

    def title(self, doc_id: str) -> str:
        d = self.base.document(doc_id)
        return d.title if d else doc_id

    def short_name(self, doc_id: str) -> str:
        """What tells a document apart from others like it: its type, number and issuer ("Quyết định 88/QĐ-UBND,
        Ủy ban nhân dân tỉnh Phú Thọ"), else its title."""
        d = self.base.document(doc_id)
        if d is None:
            return doc_id
        head = " ".join(x for x in (d.doc_type, d.number if d.number and not d.number.startswith("/") else "") if x)
        who = d.issuer or d.place
        return f"{head}, {who}" if head and who else short(d.title, 90)

    def agencies_in(self, text: str) -> list[str]:
        return self.gazetteer.ids(text, allow_short=False)

    def names(self, text: str) -> bool:
        return any(fold(x) in fold(text) for x in self.query.agencies)


@dataclass
class Draft:
    strategy: str
    direct: str  # the asked value first, one short sentence (Markdown **bold**)
    evidence: list[Evidence] = field(default_factory=list)  # cited, in order ([1], [2], …)
    quotes: list[str] = field(default_factory=list)  # what to show of each evidence (verbatim), default its text
    body: list[str] = field(default_factory=list)  # lines shown under the direct answer, with [n] markers
    records: list[TaskRecord] = field(default_factory=list)
    fit: float = 0.0  # subject coverage of the main evidence
    type_ok: bool | None = None  # the asked kind of value is in the main evidence (None: nothing specific asked)
    field_ok: bool | None = None  # the asked task field is given (None: no field asked)
    silent: str = ""  # the strategy found the matched item but the documents do not give what is asked
    confident: bool = False  # an exact structural match (a named article, a document's own metadata)


def short(s: str, n: int = 220) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def sentences(text: str) -> list[str]:
    """A clause cut where a reader would cut it: sentence ends and semicolons (a list's items)."""
    parts = re.split(r"(?<=[.;!?])\s+(?=[\"“(A-ZĐÀ-Ỹ0-9+\-–•])|(?<=;)\s+", text)
    return [p.strip() for p in parts if p.strip()]


def row_cells(text: str) -> list[list[str]]:
    """The cells of a table row kept as a clause ("STT: 4 | Đơn vị: Xã An Thạch Tây | Quá hạn: 29")."""
    out = []
    for part in text.split(" | "):
        head, sep, value = part.partition(": ")
        if not sep:
            return []
        out.append([head.strip(), value.strip()])
    return out if len(out) >= 2 else []


# the label of a figures table's totals row: "Tổng cộng", "Cộng", "Tổng số", "Toàn tỉnh"
TOTAL_ROW = re.compile(r"^(tong cong|tong so|tong|cong|toan (tinh|huyen|xa|thi xa|thanh pho|so|nganh))\b")
