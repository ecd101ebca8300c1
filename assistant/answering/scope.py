"""Which documents a question is about — from catalogue fields only (place, level, year, type, number, title,
issuer), so a new document is scoped exactly like a seed.

    scoper = Scoper(index.documents)
    scope = scoper.resolve(query, filters)   # Scope(doc_ids, strong, words, unknown, …)

``filters`` (API / UI) restrict the candidates before anything else. ``unknown`` names what the question points at
that no document covers (a place, a document number, a plan of that place and year): grounding turns it into an
abstention with that reason.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from assistant.lang.normalize import expand_abbreviations, fold, normalize_keep_lines
from assistant.lang.places import place_names
from assistant.records import FILTER_KEYS, Document, Query

_SYL = re.compile(r"[a-z0-9]+")
_LEVEL_WORDS = {  # how a question names a level of government (folded), and the levels it means
    "xa": ("xa", ("xã",)), "phuong": ("phuong", ("xã",)), "thi tran": ("thi tran", ("xã",)),
    "huyen": ("huyen", ("huyện",)), "quan": ("quan", ("huyện",)),
    "tinh": ("tinh", ("tỉnh", "văn phòng", "sở-ngành")),
}
_TYPE_WORDS = ("ke hoach", "quyet dinh", "quy che", "quy dinh", "chi thi", "cong van", "bao cao", "thong bao",
               "huong dan", "to trinh", "nghi quyet", "ket luan")
_UNIT_WORDS = {"xa", "huyen", "tinh", "phuong", "thi", "tran", "thanh", "pho", "quan"}
# "kế hoạch CCHC (năm) 2026 của xã X", "kế hoạch cải cách hành chính của huyện Y năm 2027": only words naming the plan
# and its owner between the type word and the year
_PLAN_OF = re.compile(r"\b(?:ke hoach|kh|bao cao|chi thi)\b(?P<between>[a-z ]{0,80}?)\b(?P<year>20\d\d)\b")
_PLAN_WORDS = set("cai cach hanh chinh cchc cong tac nha nuoc cua ubnd uy ban nhan dan xa huyen tinh phuong thi tran quan "
                  "thanh pho nam".split())


def _pairs(f: str) -> set[str]:
    """Adjacent word pairs: "Kế hoạch kiểm tra …" → {"ke hoach", "hoach kiem", "kiem tra", …}. Pairs, not single
    syllables, so "văn bản" in a question never matches "Văn phòng" in a title."""
    w = _SYL.findall(f)
    return {f"{a} {b}" for a, b in zip(w, w[1:])}


@dataclass
class Scope:
    doc_ids: list[str] = field(default_factory=list)  # the documents the question is about, best first
    strong: bool = False  # certain enough to restrict the evidence to them
    words: list[str] = field(default_factory=list)  # subject words that only named the documents
    unknown: str = ""  # what the question names that no document covers (Vietnamese, for the reason)
    allowed: set[str] | None = None  # documents the filters allow (None: all)
    places: list[str] = field(default_factory=list)  # the question's place names that some document names
    anchored: bool = False  # the documents are named by place, year, number, type or issuer, not title words alone
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class _DocFacts:
    id: str
    places: set[str]  # folded names of the places the document belongs to ("lung cu", "ha giang")
    level: str
    year: int
    doc_type: str
    number: str  # folded, no spaces ("215/qd-ubnd")
    title_words: set[str]  # adjacent word pairs of the title ("kiem tra", "cao bang")
    issuer_words: set[str]
    title_text: str = ""
    issuer: str = ""  # the issuing body's whole name, folded, abbreviations expanded ("so khoa hoc va cong nghe")


def allowed_documents(documents: dict[str, Document], filters: dict | None) -> set[str] | None:
    """The documents that pass exact metadata filters (keys of records.FILTER_KEYS); None when there are none."""
    if not filters:
        return None
    out = set()
    for d in documents.values():
        have = {"doc_id": d.id, "year": d.year, "level": d.level, "doc_type": d.doc_type}
        ok = True
        for k, v in filters.items():
            if v in (None, "", []) or k not in have:
                continue
            if FILTER_KEYS.get(k) is int:
                ok &= int(have[k] or 0) == int(v)
            else:
                ok &= fold(str(have[k] or "")) == fold(str(v))
        if ok:
            out.add(d.id)
    return out


class Scoper:
    def __init__(self, documents: dict[str, Document]):
        self.documents = documents
        self.facts: dict[str, _DocFacts] = {}
        self.mentioned: set[str] = set()  # every place any document names, folded
        self.doc_words: dict[str, set[str]] = {}  # each document's syllables, folded, abbreviations expanded
        title_df: dict[str, int] = {}
        texts = []
        for d in documents.values():
            own = set()
            for s in (d.title, d.issuer, d.place, d.province):
                own |= set(place_names(s or ""))
            if d.place:  # "xã Nậm Xe" → "nam xe"
                own.add(" ".join(w for w in _SYL.findall(fold(d.place)) if w not in _UNIT_WORDS))
            tw = _pairs(expand_abbreviations(d.title, keep=False))
            iw = _pairs(expand_abbreviations(d.issuer or "", keep=False))
            for w in tw:
                title_df[w] = title_df.get(w, 0) + 1
            issuer = " ".join(_SYL.findall(expand_abbreviations(d.issuer or "", keep=False)))
            self.facts[d.id] = _DocFacts(d.id, {p for p in own if p}, d.level or "", int(d.year or 0),
                                         fold(d.doc_type or ""), re.sub(r"\s+", "", fold(d.number or "")), tw, iw,
                                         fold(d.title), issuer)
            raw = normalize_keep_lines(f"{d.title}\n{d.issuer}\n{d.text}")
            for line in raw.splitlines():  # a name never runs over a (hard-wrapped) line end
                self.mentioned |= set(place_names(line))
            texts.append(fold(raw))
            self.doc_words[d.id] = set(_SYL.findall(expand_abbreviations(raw, keep=False)))
        self.mentioned |= {p for f in self.facts.values() for p in f.places}
        self.issuer_df: dict[str, int] = {}
        for f in self.facts.values():
            if f.issuer:
                self.issuer_df[f.issuer] = self.issuer_df.get(f.issuer, 0) + 1
        self.corpus = " ".join(" ".join(texts).split())
        self.corpus_nospace = re.sub(r"\s+", "", self.corpus)
        n = max(1, len(documents))
        # title words that tell documents apart weigh more than "kế hoạch cải cách hành chính năm"
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in title_df.items()}  # ≈ 0 for words every title has
        types: dict[str, int] = {}
        for f in self.facts.values():
            types[f.doc_type] = types.get(f.doc_type, 0) + 1
        # a type few documents share names them; "kế hoạch", which most are, hardly does
        self.type_weight = {t: (3.0 if c <= max(1, n // 4) else 1.5 if c <= n // 2 else 0.5) for t, c in types.items()}

    # ------------------------------------------------------------------ public
    def resolve(self, q: Query, filters: dict | None = None) -> Scope:
        allowed = allowed_documents(self.documents, filters)
        scope = Scope(allowed=allowed)
        scope.unknown = self._unknown(q)
        scope.places = list(dict.fromkeys(k for k in (self.known_name(p) for p in q.places) if k))
        scores: dict[str, float] = {}
        title_hits: dict[str, set[str]] = {}
        used: set[str] = set()
        qw = _pairs(expand_abbreviations(q.text, keep=False))
        qsyl = " " + " ".join(_SYL.findall(expand_abbreviations(q.text, keep=False))) + " "
        # the documents' own places the question names, typed without accents too ("so khcn an giang")
        doc_places_named = {x for f in self.facts.values() for x in f.places if len(x.split()) >= 2 and f" {x} " in qsyl}
        level_named = self._levels_named(q)
        placed: set[str] = set()  # the documents of a place the question names
        anchored: set[str] = set()  # … or of a year, number, type or issuer it names (not title words alone)
        named_pts: dict[str, float] = {}
        for d in self.facts.values():
            if allowed is not None and d.id not in allowed:
                continue
            sc = 0.0
            matched = False
            for p in q.places:
                hit = next((x for x in d.places if p == x or x.startswith(p + " ") or p.startswith(x + " ")), None)
                if hit:
                    sc += 3
                    matched = True
                    used |= set(hit.split()) & set(p.split())
            # the document's own place named without its unit word ("Sở Nội vụ Gia Lai", "tx trang bang"): as telling
            bare = [x for x in doc_places_named if x in d.places]
            if bare and not matched:
                sc += 3
                used |= {w for x in bare for w in x.split()}
            if matched or bare:
                placed.add(d.id)
            if q.years and d.year in q.years:
                sc += 3  # the year of the plan or report asked about (understand keeps only those)
                anchored.add(d.id)
            for r in q.doc_refs:
                if d.number and (d.number == r or d.number.startswith(r + "/") or d.number.startswith(r.split("/")[0]
                                                                                                     + "/")
                                 and "/" in r and d.number.split("/")[1:] == r.split("/")[1:]):
                    sc += 5
                    anchored.add(d.id)
                    used |= set(_SYL.findall(r))  # the number only said which document
                elif "/" not in r and re.search(rf"(?<!\d){re.escape(r)}(?!\d)", d.title_text):
                    sc += 3  # "Kết luận 12" and a title naming "Kết luận số 12-KL/XX"
                    anchored.add(d.id)
            for t in _TYPE_WORDS:
                if re.search(rf"\b{t}\b", q.folded) and d.doc_type == t and not _type_as_object(t, q.folded):
                    sc += self.type_weight.get(t, 1.0)  # a type few documents have ("chỉ thị") scopes alone
                    anchored.add(d.id)
            if level_named and d.level in level_named:
                sc += 1
            # the issuing body named whole ("Văn phòng Sở KH&CN"): as telling as its place when few documents share it
            named = set(q.places) | doc_places_named
            elsewhere = bool(named) and not any(p == x or x.startswith(p + " ") or p.startswith(x + " ")
                                                for p in named for x in d.places)
            if d.issuer and len(d.issuer.split()) >= 3 and f" {d.issuer} " in qsyl and not elsewhere:
                sc += 2.5 if self.issuer_df.get(d.issuer, 0) <= 2 else 0.5
                anchored.add(d.id)
            named_pts[d.id] = sc  # what the question names of it, before its title words
            # distinctive title and issuer words the question uses ("kiểm tra", "Trung tâm Phục vụ hành chính công")
            common = {w for w in (d.title_words | d.issuer_words) & qw if not set(w.split()) <= _UNIT_WORDS}
            weight = sum(self.idf.get(w, 0.5) for w in common)
            if weight:
                sc += min(3.0, weight / 2.5)
            if sc:
                scores[d.id] = sc
                title_hits[d.id] = common
        scope.scores = scores
        if not scores:
            scope.doc_ids = sorted(allowed) if allowed is not None else []
            scope.strong = allowed is not None and len(allowed) <= 3
            return scope
        best = max(scores.values())
        # the near-best documents (two plans of the year asked, say), certain when clearly above the rest
        ids = sorted((i for i, v in scores.items() if v >= best - 1.0), key=lambda i: -scores[i])
        by_place = bool(placed & set(ids))
        if by_place:  # a place is named: the documents of other places are not about it, nor rivals
            ids = [i for i in ids if i in placed]
        scope.doc_ids = ids
        # … and that sets them apart: two plans of the year asked are told apart by their title words alone
        runner = max((i for i in scores if i not in ids), key=lambda i: scores[i], default=None)
        scope.anchored = bool(set(ids) & (placed | anchored)) and (
            runner is None or min(named_pts.get(i, 0.0) for i in ids) - named_pts.get(runner, 0.0) >= 1.0)
        second = max([v for i, v in scores.items() if i not in ids and (not by_place or i in placed)] or [0.0])
        scope.strong = (best >= 3 and min(scores[i] for i in ids) - second >= 1.0) or (
            allowed is not None and len(allowed) <= 3)
        if scope.strong and allowed is None and not scope.anchored:
            # certain by title words alone ("Bộ phận Một cửa huyện" in one title): not when the question's own words
            # ("lắp camera giám sát") are in none of those documents but in another — the title only shared words
            own = set(q.terms) - {w for pair in set.union(*(title_hits.get(i, set()) for i in ids)) for w in
                                  pair.split()}
            rare = {w for w in own if len(w) > 2 and sum(w in ws for ws in self.doc_words.values()) <= 2}
            missing = rare - set().union(*(self.doc_words.get(i, set()) for i in ids))
            # … another document has them (all but one: a stray question word, "hạn", may be in neither)
            covered = max((len(missing & ws) for i, ws in self.doc_words.items() if i not in ids), default=0)
            if missing and 2 * len(missing) >= len(rare) and covered >= max(1, len(missing) - 1):
                scope.strong = False
        if scope.strong:  # words of the title that only said which document ("kế hoạch CCHC … năm 2024")
            shared = set.intersection(*(title_hits.get(i, set()) for i in ids)) if ids else set()
            used |= {w for pair in shared for w in pair.split()}
        scope.words = sorted(used)
        scope.places += [x for x in doc_places_named if x not in scope.places]
        return scope

    def title_of(self, doc_id: str) -> str:
        d = self.documents.get(doc_id)
        return d.title if d else doc_id

    # ------------------------------------------------------------------ parts
    def levels_named(self, q: Query) -> set[str]:
        return self._levels_named(q)

    def _levels_named(self, q: Query) -> set[str]:
        out: set[str] = set()
        for word, (_, levels) in _LEVEL_WORDS.items():
            if re.search(rf"\b(cua|o|tai|cap|ubnd|uy ban nhan dan|ke hoach|kh|trong|toan) {word}\b(?! hoi)", q.folded):
                out |= set(levels)
        return out

    def _unknown(self, q: Query) -> str:
        """A place, document number or plan the question names that no document covers."""
        written = place_names(q.text)
        for p in q.places:
            if not self._place_known(p):
                return f"kho tài liệu không có văn bản nào nói về «{written.get(p, p.title())}»"
        for p in q.weak_places:  # "huyen can giuoc": a word no document has makes it a name no document covers
            words = p.split()
            if any(not any(w in ws for ws in self.doc_words.values()) for w in words) and not self._place_known(p):
                return f"kho tài liệu không có văn bản nào nói về «{p.title()}»"
        for r in q.doc_refs:
            if "/" in r and r.split("/")[0] + "/" not in self.corpus_nospace:
                return f"văn bản số {r.upper()} không có trong kho tài liệu"
        # "the plan of <place or level> for <year>" when no document of that place (or level) is of that year
        m = _PLAN_OF.search(q.folded)
        place_words = {w for p in q.places for w in p.split()}
        if m:
            words = set(re.findall(r"[a-z0-9]+", expand_abbreviations(m.group("between"), keep=False)))
            named = words - _PLAN_WORDS - place_words
            # "kế hoạch kiểm tra CCHC năm 2023": a plan of that kind and year, when some document is of that kind
            kind = [f for f in self.facts.values() if named and named <= set(_SYL.findall(expand_abbreviations(
                f.title_text, keep=False)))]
            if kind and int(m.group("year")) in q.years and not any(f.year == int(m.group("year")) for f in kind):
                return f"kho tài liệu không có văn bản năm {m.group('year')} thuộc loại được hỏi"
        if m and not set(m.group("between").split()) <= (_PLAN_WORDS | place_words):
            m = None  # "kế hoạch đào tạo … năm 2026": the year of something in the plan, not of the plan
        if m and (q.places or self._levels_named(q)):
            year = int(m.group("year"))
            owners = [f for f in self.facts.values()
                      if (q.places and any(p in f.places or any(x.startswith(p) or p.startswith(x) for x in f.places)
                                           for p in q.places))
                      or (not q.places and f.level in self._levels_named(q))]
            if owners and not any(f.year == year for f in owners):
                return f"kho tài liệu không có văn bản năm {year} của nơi hay cấp được hỏi"
        return ""

    def known_name(self, p: str) -> str:
        """The place name the documents use for a candidate ("si lo lau han" → "si lo lau"), or ""."""
        if p in self.mentioned:
            return p
        longer = sorted((x for x in self.mentioned if x.startswith(p + " ")), key=len)
        if longer:
            return p
        shorter = sorted((x for x in self.mentioned if p.startswith(x + " ")), key=len, reverse=True)
        return shorter[0] if shorter else ""

    def _place_known(self, p: str) -> bool:
        if p in self.mentioned or any(x.startswith(p + " ") or p.startswith(x + " ") for x in self.mentioned):
            return True
        # an accent-free candidate ("xa nam xe") is known when the folded corpus has it after a unit word, and is
        # ordinary wording, not a name, when the corpus uses its first words anywhere ("tinh phat trien …")
        if re.search(rf"\b(xa|huyen|tinh|phuong|thi tran|thi xa|thanh pho|quan) {re.escape(p)}\b", self.corpus):
            return True
        words = p.split()
        return len(words) >= 2 and f" {words[0]} {words[1]} " in f" {self.corpus} "


def _type_as_object(t: str, folded: str) -> bool:
    """Every mention of the type word is the object of a verb ("gửi báo cáo về Phòng Nội vụ"): it names no document."""
    from assistant.lang.lexicon import lexicon

    m = lexicon().search("scope", "type_as_object", folded.replace(t, "TYPE"))
    return m is not None and len(re.findall(rf"\b{t}\b", folded)) == len(re.findall(r"\bTYPE\b", m.string[m.start():m.end()]))
