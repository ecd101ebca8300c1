"""Question → normalised text, intent, agencies, time period, document scope.

Works on the folded (accent-free) form so "ai chu tri dieu tra xa hoi hoc" and
"Ai chủ trì điều tra xã hội học?" read the same. Abbreviations (CCHC, TTHC,
QPPL, UBND…) are expanded for lexical matching.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.lang.dates import Period, parse_period
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import (
    expand_abbreviations,
    fold,
    has_diacritics,
    normalize,
)
from assistant.lang.places import places_in
from assistant.lang.tokenize import STOP
from assistant.records import Document

INTENTS = ("lead", "coordinators", "deadline", "output", "fact", "list", "general")

_P = lambda *alts: re.compile("|".join(alts))  # noqa: E731

COORD = _P(r"\bphoi hop\b", r"\bdon vi phoi hop\b", r"\bcung voi ai\b")
LEAD = _P(r"\bchu tri\b", r"\bai (la )?(nguoi )?(phu trach|thuc hien|chiu trach nhiem|lam|dam nhiem|dau moi)\b",
          r"\b(co quan|don vi|so|phong|ai) nao (se )?(thuc hien|phu trach|lam|dam nhiem|chiu trach nhiem)\b",
          r"\bdo (co quan|don vi|ai) nao\b", r"\bgiao cho (ai|co quan nao|don vi nao)\b", r"\bai lo\b",
          r"\bdau moi\b")
DEADLINE = _P(r"\bkhi nao\b", r"\bthoi han\b", r"\bthoi gian (hoan thanh|thuc hien|kiem tra)\b", r"\bbao gio\b",
              r"\bhan chot\b", r"\bhan (hoan thanh|nop)\b", r"\bluc nao\b", r"\b(thang|quy|ngay) (may|nao)\b",
              r"\bxong (truoc|khi nao|luc nao)\b", r"\bden han\b", r"\bthoi diem\b", r"\bthoi gian\b")
OUTPUT = _P(r"\bket qua\b.*\b(gi|nao|la gi)\b", r"\bsan pham\b", r"\bdau ra\b", r"\btao ra (gi|nhung gi)\b",
            r"\bket qua (can dat|dau ra|san pham)\b", r"\bket qua la gi\b")
LIST = _P(r"\bnhung (viec|nhiem vu|hoat dong|noi dung|thanh phan)\b",
          r"\bcac (viec|nhiem vu|hoat dong)\b.*\b(nao|gi)\b", r"\bliet ke\b", r"\bgom (nhung )?(nhung gi|thanh phan)\b",
          r"\btat ca\b", r"\bviec gi\b", r"\bnhiem vu gi\b", r"\bhoat dong (gi|nao)\b", r"\bdanh sach\b",
          r"\bphai (xong|hoan thanh) trong\b", r"\bden han trong\b",
          r"\b(nhung|cac) (don vi|co quan|dia phuong|huyen|so) nao (duoc|bi|se duoc)\b")
FACT = _P(r"\bbao nhieu\b", r"\bty le\b", r"%", r"\bphan tram\b", r"\bchi tieu\b", r"\bmuc tieu\b",
          r"\bdat (muc|ti le|ty le)?\b.*\b(bao nhieu|may)\b", r"\bai ky\b", r"\bky boi\b", r"\bnguoi ky\b",
          r"\bso hieu\b", r"\bso (ke hoach|van ban)\b", r"\bten (la )?gi\b", r"\bla ai\b", r"\bmay\b",
          r"\bgom\b", r"\bthanh phan\b", r"\bkinh phi\b", r"\bnguon\b", r"\bbao lau\b")
FOLLOW_UP = _P(r"^(con|the con|vay con|vay|con ve)\b", r"\bthi sao\b", r"\bthe nao\b\s*\??$", r"^(va|con) (cua|o)\b",
               r"^(ai|khi nao|bao gio|thoi han|co quan nao|don vi nao)\s*(phoi hop|chu tri)?\s*\??$",
               r"\bthi (sao|the nao|ai)\b")

# words that say *what* is asked, not *about what*
FIELD_WORDS = set(("chu tri phoi hop thoi han han khi bao gio ket qua san pham co quan don vi nao ai lam thuc hien "
                   "phu trach hoat dong nhiem vu viec cong tac ke hoach lai chau phai hoan "
                   "thanh xong truoc dau ra gi cho biet thi sao con vay hay noi trach nhiem cua nhung cac "
                   "ubnd uy ban nhan dan trong thoi gian dien ra tien hanh duoc giao ket nam").split())


@dataclass
class Query:
    raw: str
    text: str
    folded: str
    expanded: str
    intent: str
    intents: list[str]
    agencies: list[str] = field(default_factory=list)
    period: Period | None = None
    period_text: str = ""
    doc_ids: list[str] = field(default_factory=list)  # documents the question points at
    strong_scope: bool = False
    accent_free: bool = False
    follow_up: bool = False

    def terms(self) -> list[str]:
        """Content words of the question (folded, abbreviations expanded, question words dropped)."""
        return [w for w in re.findall(r"[a-z0-9%]+", self.expanded) if w not in STOP and len(w) > 1]


_PERIOD_HINT = re.compile(r"\b(quy\s+(?:iv|iii|ii|i|[1-4])\b|thang\s+\d{1,2}|truoc\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}"
                          r"|6 thang (?:dau|cuoi) nam)")
_YEAR = re.compile(r"\b(20[12]\d)\b")


def detect_intents(f: str) -> list[str]:
    found = []
    if LIST.search(f) and not re.search(r"\b(ai|co quan nao|don vi nao) chu tri\b", f):
        found.append("list")
    if COORD.search(f):
        found.append("coordinators")
    if LEAD.search(f):
        found.append("lead")
    if DEADLINE.search(f):
        found.append("deadline")
    if OUTPUT.search(f):
        found.append("output")
    if FACT.search(f):
        found.append("fact")
    return found


def scope_documents(f: str, documents: dict[str, Document]) -> tuple[list[str], bool]:
    """Which documents the question names: by year, level (xã), type (chỉ thị), distinctive title words."""
    scores: dict[str, int] = {}
    # the year of a plan, not a target or baseline year ("đến năm 2026", "so với năm 2021", "2021-2030")
    years = {int(m.group(1)) for m in _YEAR.finditer(f)
             if not re.search(r"\b(den|so voi|tu|truoc|sau|giai doan)\s+(nam\s+)?$|[-/]\s*$", f[:m.start()][-20:])
             or re.search(r"\b(ke hoach|kh|cchc)\s+(nam\s+)?$", f[:m.start()][-20:])}
    commune = bool(re.search(r"\bsi lo lau\b|\b(cua|o|tai|ubnd|uy ban nhan dan|cap|ke hoach|kh|cchc|trong) xa\b(?! hoi)"
                             r"|^xa\b(?! hoi)|\bxa (?!hoi)(thi|co|dat|phai|se)\b", f))
    office = bool(re.search(r"\bvan phong ubnd tinh\b.*\bke hoach\b|\bket luan (so )?90\b|\bkl ?90\b|\b90-kl\b", f))
    directive = "chi thi" in f
    inspection = bool(re.search(r"\bkiem tra\b", f)) and bool(re.search(r"\bdoan\b|\bke hoach kiem tra\b|\bduoc kiem tra\b|\bkiem tra (truc tiep|truc tuyen|tren moi truong)\b|\bde cuong\b|\btu kiem tra\b", f))
    fx = expand_abbreviations(f, keep=False)
    owned = _owner_mentions(f)
    padded = f" {' '.join(re.findall(r'[a-z0-9]+', f))} "
    for d in documents.values():
        t = fold(d.title)
        sc = 0
        # the question quotes the start of the title ("kế hoạch CCHC …", "kế hoạch kiểm tra …")
        head = " ".join(t.split()[:5])
        if len(head.split()) >= 4 and head in fx:
            sc += 2
        if d.level == "tỉnh" and re.search(r"\b(cua |cap )?tinh\b", fx) and not commune:
            sc += 1
        if years and d.year in years:
            sc += 2
        if commune and (d.level == "xã"):
            sc += 3
        if office and ("90" in t or d.level == "văn phòng"):
            sc += 3
        if directive and d.doc_type == "Chỉ thị":
            sc += 3
        if inspection and "kiem tra" in t:
            sc += 2
        if owned and owned & set(_title_agencies(d.title)):
            sc += 3  # "… ở Văn phòng UBND tỉnh" → the office's own plan
        if any(f" {p} " in padded for p in _title_places(d.title)):
            sc += 3  # "xã Sì Lở Lầu", "huyện Mẫu Số 5": the plan of that place
        if sc:
            scores[d.id] = sc
    if not scores:
        return [], False
    best = max(scores.values())
    ids = [i for i, v in scores.items() if v == best]
    strong = best >= 3 or (bool(years) and len(ids) == 1)
    return ids, strong


@lru_cache(maxsize=8192)
def _title_places(title: str) -> tuple[str, ...]:
    """Places a title names after xã/huyện/phường…; the profile's province, which every plan shares, is left out."""
    from assistant.profiles import active_profile

    shared = set(places_in(active_profile().province))  # the province every plan of the profile shares
    return tuple(" ".join(re.findall(r"[a-z0-9]+", p)) for p in places_in(title) if p not in shared)


@lru_cache(maxsize=8192)
def _title_agencies(title: str) -> list[str]:
    return gazetteer().ids(title)


def _owner_mentions(f: str) -> set[str]:
    """Agencies named as the place a plan belongs to: "ở/tại/của/trong <agency>", "<agency> giao …"."""
    out = set()
    for aid, a, b in gazetteer().find(f):
        before = f[:a].split()[-1:]
        after = f[b:].split()[:1]
        after2 = " ".join(f[b:].split()[:2])
        if (before and before[0] in ("o", "tai", "cua", "trong", "thuoc")) or (after and after[0] == "giao") \
                or re.match(r"(dat (ra )?muc tieu|de ra|phan dau)\b", after2 + " " + " ".join(f[b:].split()[2:3])):
            out.add(aid)
    return out


def _short_besides_agencies(f: str, limit: int = 8) -> bool:
    """A follow-up is short once agency names are left out ("còn Sở Khoa học và Công nghệ thì sao?")."""
    rest = f
    for _, a, b in reversed(gazetteer().find(f, allow_short=True)):
        rest = rest[:a] + " " + rest[b:]
    return len(rest.split()) <= limit


def parse_query(question: str, documents: dict[str, Document] | None = None) -> Query:
    text = normalize(question)
    f = fold(text)
    expanded = expand_abbreviations(text)
    intents = detect_intents(f)
    order = ["list", "coordinators", "lead", "deadline", "output", "fact"]
    intent = next((i for i in order if i in intents), "general")
    # "kết quả/sản phẩm … gồm những gì": the output column, not a list of activities
    if intent == "list" and "output" in intents and re.search(r"\bgom (nhung )?(nhung gi|gi)\b", f) \
            and not re.search(r"\b(nhung|cac) (viec|nhiem vu|hoat dong)\b", f):
        intent = "output"
    # "cắt giảm bao nhiêu % thời gian": a number is asked, not a deadline ("thời gian" alone is weak)
    if intent == "deadline" and "fact" in intents and re.search(r"\bbao nhieu\b|%|\bphan tram\b|\bty le\b", f) \
            and not re.search(r"\bkhi nao\b|\bthoi han\b|\bbao gio\b|\bhan chot\b|\bluc nao\b", f):
        intent = "fact"
    # "ai chủ trì …, cơ quan nào phối hợp?" — the lead is the main ask
    if "lead" in intents and "coordinators" in intents and f.find("chu tri") < f.find("phoi hop"):
        intent = "lead"
    agencies = gazetteer().ids(text, allow_short=True)
    period = None
    period_text = ""
    m = _PERIOD_HINT.search(f)
    if m:
        ym = _YEAR.search(f)
        period_text = m.group(0)
        period = parse_period(f[m.start():], int(ym.group(1)) if ym else None)
    doc_ids, strong = scope_documents(f, documents or {})
    return Query(question, text, f, expanded, intent, intents, agencies, period, period_text, doc_ids, strong,
                 accent_free=not has_diacritics(text), follow_up=bool(FOLLOW_UP.search(f)) and _short_besides_agencies(f))
