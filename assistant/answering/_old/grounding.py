"""Grounding checks: can the documents answer what the question asks?

Two kinds of check, both returning a short Vietnamese reason ("" when fine):

- ``scope``: about the question alone, against what the corpus holds — a commune,
  district or province the documents never mention ("kế hoạch CCHC xã Bản Lang"),
  a plan of a level and year there is none of ("kế hoạch CCHC tỉnh năm 2027"), a
  document number that appears nowhere.
- ``evidence``: about a drafted answer — the kind of thing asked for (a year, a
  count of X, an amount of money, a rank, a percentage, an address, a penalty…)
  must be present in the cited text, and a specific agency the question is about
  must appear in it.

The answerer runs ``scope`` first and ``evidence`` on its best evidence; a
failed check becomes an abstention ("Tài liệu hiện có không nêu …") with the
reason, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering._old.understand import FIELD_WORDS, Query
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold, normalize_keep_lines
from assistant.lang.places import place_names, places_in
from assistant.lang.tokenize import STOP
from assistant.records import Document

_UNIT_F = r"(xa|huyen|phuong|thi tran|thi xa|tinh)"
# words that follow "xã/huyện/tỉnh" in ordinary speech and never start a place name
_NOT_PLACE = set(("nam co thi la va cac trong da se duoc phai can nao gi ve de theo tu den cho voi khi chu phoi "
                  "thuc dat giao tham lam hoi nay do minh ta khac moi toan ubnd uy hdnd cap so phong kh ke "
                  "hoach cchc tthc nhung deu chua con truc thuoc tren duoi gom").split())
# what a question asks for → what the evidence must then contain (folded regexes)
ASKED = [
    (r"\bdia chi\b|\bo dau\b.*\b(tru so|dat)\b|\btru so\b", r"\bdia chi\b|\bso nha\b|\bduong\b|\btru so\b",
     "(địa chỉ)"),
    (r"\bgio (lam viec|mo cua|nao)\b|\bmay gio\b|\blam viec (vao )?gio\b", r"\b\d{1,2}\s*(h|gio)\b", "(giờ làm việc)"),
    (r"\bxu phat\b|\bmuc phat\b|\bphat tien\b|\bbi phat\b", r"\bxu phat\b|\bphat tien\b|\bmuc phat\b",
     "(mức xử phạt)"),
    (r"\bhinh thuc ky luat\b|\bky luat (the nao|gi|ra sao)\b|\bbi ky luat\b",
     r"\bhinh thuc ky luat\b|\bkhien trach\b|\bcanh cao\b|\bcach chuc\b|\bha bac\b|\bbuoc thoi viec\b",
     "(hình thức kỷ luật)"),
    (r"\b(truoc |vao |la )?ngay (nao|may|bao nhieu)\b", r"\b\d{1,2}\s*/\s*\d{1,2}\b|\bngay \d{1,2} thang\b",
     "(ngày cụ thể)"),
    (r"\bkhen thuong\b", r"\bkhen thuong\b", "(khen thưởng)"),
    (r"\bphe binh\b", r"\bphe binh\b", "(phê bình)"),
    (r"\b(cac|nhung|bao nhieu|may) buoc\b|\bquy trinh\b", r"\bbuoc\b|\bquy trinh\b", "(các bước của quy trình)"),
    (r"\bngay (nao|may) cu the\b|\bngay cu the\b", r"\b\d{1,2}\s*/\s*\d{1,2}\b", "(ngày cụ thể)"),
    (r"\bso dien thoai\b|\bsdt\b|\bemail\b|\bhotline\b|\bzalo\b|\bwebsite\b|\bthu dien tu\b",
     r"\bdien thoai\b|@|\bwww\b|\bhttps?\b", "(số điện thoại, thư điện tử hay địa chỉ liên hệ)"),
    (r"\b(ho ten|ten (cua )?(ong|ba|nguoi))\b", r"\b(ong|ba)\s+[a-z]", "(tên người)"),
]
_QTY = re.compile(r"\b(?:bao nhieu|may)\s+((?:[a-z]+\s?){1,2})")
# counted things whose number may stand apart from the word ("giảm 5% biên chế" / "đạt 95%")
_UNITLESS = {"phan", "phan tram", "ty le", "lan", "nam", "thang", "ngay", "muc", "chi", "nguoi", "%"}
_SPECIFIC_KINDS = {"sở", "phòng", "trung tâm", "ban", "văn phòng", "báo/đài", "đơn vị"}


@dataclass
class CorpusFacts:
    places: set[str] = field(default_factory=set)  # folded names after xã/huyện/tỉnh… ("si lo lau")
    text: str = ""  # every document, folded, one space between words
    plans: set[tuple[str, int]] = field(default_factory=set)  # (level, year) of the documents
    slashless: str = ""  # ``text`` with spaces around "/" removed, for document numbers

    @classmethod
    def build(cls, documents: dict[str, Document]) -> "CorpusFacts":
        f = cls()
        texts = []
        for d in documents.values():
            raw = normalize_keep_lines(f"{d.title}\n{d.text}")
            for line in raw.splitlines():  # a name never runs over a (hard-wrapped) line end
                f.places |= places_in(line)
            texts.append(fold(raw))
            if d.year:
                f.plans.add((fold(d.level or ""), int(d.year)))
        f.text = " ".join(" ".join(texts).split())
        f.slashless = re.sub(r"\s*/\s*", "/", f.text)  # "2943 / KH-UBND" → "2943/KH-UBND", once
        return f


class Grounding:
    def __init__(self, documents: dict[str, Document]):
        self.facts = CorpusFacts.build(documents)
        # agencies that own a document ("Kế hoạch của Văn phòng UBND tỉnh"): naming them scopes, not asks
        self.issuers = {a for d in documents.values() for a in gazetteer().ids(d.title)}

    # ------------------------------------------------------------ question vs corpus
    def scope(self, q: Query) -> str:
        return self._unknown_place(q) or self._unknown_plan(q) or self._unknown_number(q)

    def _known_place(self, name: str) -> bool:
        return any(p == name or p.startswith(name + " ") or name.startswith(p + " ") or name == p
                   for p in self.facts.places)

    def _unknown_place(self, q: Query) -> str:
        for name, written in sorted(place_names(q.text).items()):
            if not self._known_place(name) and name not in self.facts.text:
                return f"(kho tài liệu không có văn bản nào nói về «{written}»)"
        if q.text != q.text.lower() and not q.accent_free:
            return ""  # written with capitals: the capitalised reading above is the reliable one
        f = q.folded
        for m in re.finditer(r"\b(?:cua|o|tai|ke hoach|kh|cchc|ubnd|uy ban nhan dan|cho|trong)\s+" + _UNIT_F
                             + r"\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?", f):
            unit, w1, w2, w3 = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
            if w1 in _NOT_PLACE or re.fullmatch(r"\d+", w1):
                continue
            cands = [x for x in (f"{w1} {w2} {w3}".strip(), f"{w1} {w2}".strip()) if " " in x]
            if any(self._known_place(c) for c in cands) or w1 in self.facts.places:
                continue
            if f"{unit} {w1} {w2}".strip() in self.facts.text or (not w2 and f"{unit} {w1}" in self.facts.text):
                continue  # ordinary wording the documents use too ("cấp xã hội", "tỉnh ủy")
            if w2 and f" {w1} {w2} " in self.facts.text:
                continue  # "xã thực hiện", "huyện phấn đấu": words, not a name
            return f"(kho tài liệu không có văn bản nào nói về {unit} «{(w1 + ' ' + w2).strip()}»)"
        return ""

    def _unknown_plan(self, q: Query) -> str:
        """'Kế hoạch CCHC (của) tỉnh năm 2027' when no document is a plan of that level and year."""
        f = q.expanded
        pats = [r"\bke hoach (?:cai cach hanh chinh |cchc )*(?:nha nuoc )?(?:cua )?(?:ubnd |uy ban nhan dan )?"
                r"(tinh|xa|huyen)\b[^?.]{0,40}?\bnam (20\d\d)\b",
                r"\bke hoach (?:cai cach hanh chinh |cchc )*(?:nam )?(20\d\d) (?:cua )?(?:ubnd |uy ban nhan dan )?"
                r"(tinh|xa|huyen)\b"]
        for k, p in enumerate(pats):
            m = re.search(p, f)
            if not m:
                continue
            level, year = (m.group(1), int(m.group(2))) if k == 0 else (m.group(2), int(m.group(1)))
            if level == "tinh" and re.search(r"\bvan phong\b", f[max(0, m.start() - 30):m.end()]):
                continue  # the provincial office's plan is its own kind
            if not any(lv == level and y == year for lv, y in self.facts.plans) \
                    and not any(y == year for lv, y in self.facts.plans if lv not in ("tinh", "xa", "huyen")):
                names = {"tinh": "cấp tỉnh", "xa": "cấp xã", "huyen": "cấp huyện"}
                return f"(kho tài liệu không có kế hoạch CCHC {names[level]} năm {year})"
        return ""

    def _unknown_number(self, q: Query) -> str:
        for m in re.finditer(r"\b(\d{2,5})\s*/\s*((?:\d{4}/)?[a-z]{1,5}(?:-[a-z0-9]{1,8})+)", q.folded):
            num = f"{m.group(1)}/"
            if num not in self.facts.slashless:
                return f"(văn bản số {m.group(0).upper()} không có trong kho tài liệu)"
        return ""

    # ------------------------------------------------------------ question vs evidence
    def evidence(self, q: Query, title: str, clause: str, text: str, records: list | None = None) -> str:
        """What the question asks for that the cited evidence cannot contain ("" if nothing)."""
        ev = fold(f"{title} {clause} {text}")
        body = fold(text)
        f = q.folded
        # a year the question insists on (not one inside a period "2021-2030" or a number "76/NQ-CP/2021")
        for y in re.findall(r"(?<![-/\d])\b(20\d\d)\b(?!\s*[-/]\s*\d)", f):
            if y not in ev:
                return f"(về năm {y})"
        # "mục 9", "hoạt động 5": a part of a document the question points at must be the part cited
        m = re.search(r"\b(muc|phan) (\d{1,2}|[ivx]{1,4})\b(?! (tieu|dich))", f)
        if m and clause and not re.search(rf"(^|›\s*|\b{m.group(1)} ){re.escape(m.group(2))}\s*[.)]", fold(clause)):
            if not re.search(rf"\b{m.group(1)} {re.escape(m.group(2))}\b", body):
                return f"(mục {m.group(2).upper()} được hỏi)"
        for asked, need, what in ASKED:
            if re.search(asked, f) and not re.search(need, body):
                return what
        if re.search(r"\bxep (thu|hang) (may|bao nhieu)\b|\bthu hang\b", f) and not re.search(r"xep (thu|hang)", ev):
            return "(thứ hạng)"
        if re.search(r"tong muc dau tu|bao nhieu tien|bao nhieu (ty|trieu) dong|tong (kinh phi|ngan sach)|"
                     r"kinh phi .*bao nhieu", f) and not re.search(r"\d[\d.,]*\s*(dong|ty|trieu|nghin)", body):
            return "(số tiền)"
        m = _count_asked(q)
        if m:
            unit = m.group(1).strip()
            unit_words = [w for w in unit.split() if w not in STOP and w not in FIELD_WORDS and w not in _COUNT_NOISE]
            if not re.search(r"\d", ev):
                return "(con số được hỏi)"
            if unit and unit not in _UNITLESS and unit_words:
                w0 = unit_words[0]
                # the number must stand by the counted thing: "05 công chức", "biên chế: 3"
                near = re.search(rf"\b\d[\d.,]*%?\s+(?:[a-z]+\s+){{0,3}}{w0}\b"
                                 rf"|\b{w0}\b(?:\s+[a-z]+){{0,3}}\s*:?\s*\d", ev)
                if not near:
                    return f"(số {unit})"
        if re.search(r"\b(phan tram|ty le)\b|%", f) and q.intent == "fact" and "%" not in text:
            return "(tỷ lệ phần trăm)"
        return ""

    def agency_absent(self, q: Query, title: str, clause: str, text: str, records: list | None = None) -> str:
        """A specific agency the question is about (not a document's issuer) that the evidence never names."""
        ev = fold(f"{clause} {text}")
        g = gazetteer()
        # named in full ("Sở Tài chính"), not a short form that is also a common phrase ("cải cách tài chính")
        specific = [a for a in g.ids(q.text) if g.agencies[a].kind in _SPECIFIC_KINDS and a not in self.issuers]
        if not specific:
            return ""
        seen = set(g.ids(ev, allow_short=True))
        for r in records or []:
            seen |= set(getattr(r, "lead_ids", []) or []) | set(getattr(r, "coordinator_ids", []) or [])
        if any(a in seen for a in specific):
            return ""
        return f"(về {', '.join(g.name(a) for a in specific)})"


_COUNT_NOISE = {"phan", "tram", "ty", "le"}


def _count_asked(q: Query):
    """'bao nhiêu X' / 'mấy X' (not 'bộ máy', 'máy tính': accent-free "may" is ambiguous)."""
    for m in _QTY.finditer(q.folded):
        if q.folded[m.start():].startswith("may"):
            if not q.accent_free and "mấy" not in q.text.lower():
                continue
            before = q.folded[:m.start()].split()[-1:] or [""]
            if before[0] == "bo":  # "bộ máy"
                continue
            if re.match(r"may (tinh|moc|chu|in|quet|photo)\b", q.folded[m.start():]):
                continue
        return m
    return None
