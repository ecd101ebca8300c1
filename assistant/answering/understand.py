"""Question → Query: what is asked (task field, kind of value, kind of answer), about what (subject words,
agencies, period), and where (places, years, document numbers, parts) — from the vocabulary in
``lang/data/questions.toml``, never from the words of one question.

Works on the folded (accent-free) form, so "ai chu tri dieu tra xa hoi hoc" and "Ai chủ trì điều tra xã hội học?"
read the same. Instructions aimed at the assistant ("bỏ qua hướng dẫn…", "hãy trả lời rằng…") are removed first.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from assistant.lang.dates import parse_period, relative_period
from assistant.lang.gazetteer import Gazetteer, gazetteer
from assistant.lang.lexicon import lexicon
from assistant.lang.normalize import expand_abbreviations, fold, has_diacritics, normalize, sanitize
from assistant.lang.places import place_names
from assistant.lang.values import find_values
from assistant.records import Query

_INJECTION = re.compile(
    r"\b(bo qua|phot lo|quen|ignore|disregard)\s+(moi |tat ca |cac |all |previous |prior )*"
    r"(huong dan|chi dan|chi thi|yeu cau|quy tac|lenh|instructions?|rules?)\b[^.?!]*"
    r"|\b(hay |please )?(tra loi|noi|khang dinh|viet|answer|say)\s+(rang|la|that)\b[^.?!]*"
    # word boundaries: "xã Bản Lang" is not "bạn là", a place name is not "act as"
    r"|\b(ban la|you are|act as|dong vai|system prompt)\b[^.?!]*")
_SYL = re.compile(r"[a-z0-9%]+")
_YEAR = re.compile(r"\b(20[0-9]\d)\b")
# a year that is a target, a baseline or a span, not the year of the plan asked about
_NOT_PLAN_YEAR = re.compile(r"\b(den|so voi|tu|truoc|sau|giai doan|toi|vao)\s+(nam\s+)?$|[-–/]\s*$")
_PLAN_BEFORE = re.compile(r"\b(ke hoach|kh|cchc|cai cach hanh chinh|bao cao|chi thi|quyet dinh|quy che)\s+(nam\s+)?$")
_PERIOD_HINT = re.compile(r"\b((?:quy|qui)\s+(?:iv|iii|ii|i|[1-4])\b|thang\s+\d{1,2}\b|truoc\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}"
                          r"|6 thang (?:dau|cuoi) nam)")
_UNIT = r"(xa|huyen|phuong|thi tran|thi xa|thanh pho|tinh|quan)"
_LOWER_PLACE = re.compile(rf"\b{_UNIT}\s+([a-z]+(?:\s+[a-z]+){{0,3}})")
_DOC_NUMBER = re.compile(r"\b(\d{1,5})\s*/\s*((?:\d{4}\s*/\s*)?[a-z]{1,6}(?:\s*-\s*[a-z0-9]{1,10})+)")
_DOC_TYPED = re.compile(r"\b(ket luan|quyet dinh|chi thi|ke hoach|nghi quyet|cong van|thong bao|bao cao|nghi dinh|"
                        r"thong tu|huong dan|to trinh|kl|qd|ct|kh|nq|cv|bc|tb|hd)\s*(?:so\s*)?(\d{1,5})\b"
                        r"(?!\s*(?:%|nam|thang|ngay|/))")
_REFS = {
    "dieu": re.compile(r"\bdieu\s+(\d{1,3})\b"),
    "khoan": re.compile(r"\bkhoan\s+(\d{1,2})\b"),
    "diem": re.compile(r"\bdiem\s+([a-zđ])\b(?!\s+\w{3})"),
    "chuong": re.compile(r"\bchuong\s+([ivxl]+|\d{1,2})\b"),
    "muc": re.compile(r"\b(?:muc|phan)\s+([ivxl]{1,5}|\d{1,2})\b(?!\s*(?:tieu|dich))"),
    "hoat dong": re.compile(r"\bhoat dong\s+(\d{1,2})\b"),
    "nhiem vu": re.compile(r"\bnhiem vu\s+(\d{1,2})\b"),
    "muc tieu": re.compile(r"\bmuc tieu\s+(\d{1,2})\b"),
    "phu luc": re.compile(r"\bphu luc\b\s*([ivx]{1,4}|\d{1,2})?"),
}
_SPECIFIC_TYPES = ("percent", "money", "duration", "time", "date", "person", "name", "place", "docnumber", "discipline",
                   "penalty", "address", "contact", "reward", "steps")


def strip_injection(question: str) -> tuple[str, bool]:
    """Remove instructions aimed at the assistant; answer only the question that remains."""
    f = fold(question)
    spans = [m.span() for m in _INJECTION.finditer(f)]
    if not spans:
        return question, False
    keep, last = [], 0
    for a, b in spans:
        keep.append(question[last:a])
        last = b
    keep.append(question[last:])
    return normalize(" ".join(keep)).strip(" ,.;:-"), True


def understand(question: str, gaz: Gazetteer | None = None, today: date | None = None) -> Query:
    g = gaz or gazetteer()
    lx = lexicon()
    clean, injected = strip_injection(normalize(sanitize(question or "")))
    f = fold(clean)
    asked = lx.which("asked", f)
    kinds = lx.which("kinds", f)
    # "bộ máy" is not "bao nhiêu": with diacritics, "máy" never reads as the question word "mấy"
    ft = f if not has_diacritics(clean) else fold(re.sub(r"(?i)máy", "m_y", clean))
    types = _types(lx.which("types", ft), ft)
    if asked and "person" in types and "signer" not in kinds:
        types.remove("person")  # "cơ quan phối hợp là ai?" asks for agencies
    if "lead" in asked and "coordinators" in asked and _states_lead(f, g):
        asked.remove("lead")  # "Sở Tư pháp chủ trì X thì ai phối hợp?": the lead is given, the partners asked
    if "signer" in kinds and "lead" in asked:
        asked.remove("lead")  # "do ai ký" asks who signed, not who leads
    if ("docnumber" in types or "issue_date" in kinds) and "deadline" in asked:
        asked.remove("deadline")  # "công văn số mấy, ngày nào": a cited document's date, not a task's deadline
    agencies = g.ids(clean)  # short forms ("Tài chính") are common phrases in questions ("cải cách tài chính")
    q = Query(raw=question, text=clean, folded=f, expanded=expand_abbreviations(clean), asked=asked, types=types,
              kinds=kinds, agencies=agencies, accent_free=not has_diacritics(clean), injected=injected)
    q.places = _places(clean, f)
    q.weak_places = _weak_places(clean, f, q.places)
    # a person named in full ("bà Nguyễn Thị Hạnh Dung"): the rows and clauses naming them are what is asked about
    q.persons = list(dict.fromkeys(fold(v.text) for v in find_values(clean, "person") if len(v.text.split()) >= 3))
    q.years = plan_years(f, q.places)
    q.target_years = [int(m.group(2)) for m in re.finditer(r"\b(den|truoc|toi|dat|vao|trong|cho) (?:nam )?(20\d\d)\b", f)]
    q.doc_refs = _doc_refs(f)
    q.refs = {k: (m.group(1) or "") for k, p in _REFS.items() if (m := p.search(f))}
    rel = relative_period(f, today or date.today())
    m = _PERIOD_HINT.search(f)
    if rel is not None:  # "tháng này phải xong việc gì?": relative to today
        q.period_start, q.period_end = rel.iso()
        q.refs["relative"] = (today or date.today()).isoformat()
    elif m:
        ym = _YEAR.search(f)
        p = parse_period(f[m.start():], int(ym.group(1)) if ym else None)
        if p:
            q.period_start, q.period_end = p.iso()
    # "trưởng đoàn kiểm tra … là ai": the office whose holder is asked is the subject, not a body to leave out
    office = [a for a in agencies if OFFICE.match(fold(g.name(a)))] if {"name", "person"} & set(q.types) else []
    q.terms = subject_terms(clean, [a for a in agencies if a not in office], g)
    q.intent = _intent(q)
    q.follow_up = _looks_like_follow_up(q, g)
    return q


def _states_lead(f: str, g: Gazetteer) -> bool:
    """"<agency> chủ trì …": the question names the lead itself."""
    m = re.search(r"\bchu tri\b", f)
    if not m:
        return False
    return any(0 <= m.start() - b <= 2 for _, a, b in g.find(f))


def _types(found: list[str], f: str) -> list[str]:
    """A specific kind of value wins over a bare "bao nhiêu": "bao nhiêu %" asks a percentage, not a count."""
    if "time" in found and "duration" in found and not re.search(r"\bbao lau\b", f):
        found = [t for t in found if t != "duration"]
    if any(t in found for t in _SPECIFIC_TYPES):
        found = [t for t in found if t != "count"]
    if "name" in found:
        found = [t for t in found if t != "person"]
    if "count" in found and not re.search(r"\b(?:bao nhieu|may)\s+(?!phan|ty|ti\b|lan\b|%)[a-z]", f) and not \
            re.search(r"\b(?:toi da|toi thieu|it nhat|nhieu nhat|diem|so luong|tong so)\b[^?]{0,30}\b(?:bao nhieu|may)\b", f):
        # "… là bao nhiêu?" with no counted noun asks no count — but "điểm … tối đa bao nhiêu" asks a figure
        found.remove("count")
    return found


def _intent(q: Query) -> str:
    """The main ask, in the vocabulary of the eval sets (lead | coordinators | deadline | output | fact | list |
    general)."""
    if "list" in q.kinds and not (q.asked and re.search(r"\b(ai|co quan nao|don vi nao) (chu tri|phoi hop)\b", q.folded)):
        return "list"
    if q.asked:
        return q.asked[0] if q.asked[0] != "executors" else "lead"
    if q.types or any(k in q.kinds for k in ("count_rows", "signer", "issue_date", "effective", "issuer")):
        return "fact"
    return "general"


_DOC_WORD = re.compile(r"\b(ke hoach|kh|bao cao|chi thi|quyet dinh|quy che|cong van|thong bao|chi so|de an|chuong trinh)\b")
_PLAN_WORDS = set("cai cach hanh chinh cchc cong tac nha nuoc cua ubnd uy ban nhan dan xa huyen tinh phuong thi tran quan "
                  "thanh pho nam kiem tra trong".split())


def plan_years(f: str, places: list[str] | None = None) -> list[int]:
    """Years that say which plan or report is meant ("kế hoạch CCHC 2025", "năm 2024 …"), not targets or
    baselines ("đến năm 2026", "so với năm 2021", "2021-2030"), nor the year of something inside a plan
    ("kế hoạch đào tạo … năm 2026", "Chỉ số CCHC năm 2023")."""
    out = []
    allowed = _PLAN_WORDS | {w for p in places or [] for w in p.split()}
    for m in _YEAR.finditer(f):
        before = f[:m.start()][-24:]
        after = f[m.end():m.end() + 3]
        if re.match(r"\s*[-–/]\s*\d", after):
            continue
        if _NOT_PLAN_YEAR.search(before) and not _PLAN_BEFORE.search(before):
            continue
        doc_words = list(_DOC_WORD.finditer(f[:m.start()]))
        if doc_words:
            last = doc_words[-1]
            between = f[last.end():m.start()].split()
            if last.group(1) in ("chi so", "de an", "chuong trinh") or (
                    len(between) <= 16 and not {w.strip(",.;:") for w in between} <= allowed):
                continue
        y = int(m.group(1))
        if y not in out:
            out.append(y)
    return out


def _places(text: str, f: str) -> list[str]:
    """Folded place names: capitalised after a unit word ("xã Nậm Xe"), or lower-case in an accent-free question
    ("xa nam xe") — the latter only as candidates, which scope checks against the places the documents name."""
    out = list(place_names(text))
    if text == text.lower() or not has_diacritics(text):
        lx = lexicon()
        for m in _LOWER_PLACE.finditer(f):
            if not lx.place_before.search(f[:m.start()]):
                continue
            words = []
            # "xa phuong thai nguyen" (xã, phường Thái Nguyên): the name follows the last unit word
            for w in re.sub(rf"^(?:{_UNIT}\s+)+", "", m.group(2)).split():
                if w in lx.question_words or w in lx.not_names or w.isdigit():
                    break
                words.append(w)
            if m.group(1) == "tinh":  # "tinh quang ngai co …": a province of the country's list, or ordinary speech
                words = next((p.split() for p in _provinces() if words[:len(p.split())] == p.split()), [])
            if len(words) >= 2:  # a single lower-case word after "xã" is too often an ordinary word
                name = " ".join(words)
                if name not in out:
                    out.append(name)
    return out


_WH = {"ai", "nao", "gi", "dau", "sao", "bao", "may", "khi"}  # "… của phường ai phối hợp": the question, not a name


def _weak_places(text: str, f: str, places: list[str]) -> list[str]:
    """Two or three accent-free words after "xã"/"huyện" that the ordinary-word list cut short ("huyen can giuoc co",
    "huyen u minh"): candidates only, for scope to test against the documents' words."""
    if not (text == text.lower() or not has_diacritics(text)):
        return []
    lx = lexicon()
    out = []
    for m in _LOWER_PLACE.finditer(f):
        if m.group(1) not in ("xa", "huyen", "phuong", "thi tran", "thi xa", "quan") or not lx.place_before.search(
                f[:m.start()]):
            continue
        words = []
        for w in m.group(2).split()[:3]:
            if w.isdigit() or w in _WH or len(words) >= 2 and (w in lx.question_words or w in lx.not_names):
                break
            words.append(w)
        name = " ".join(words)
        if len(words) >= 2 and name not in places and not any(name.startswith(p) for p in places):
            out.append(name)
    return out


@lru_cache(maxsize=1)
def _provinces() -> tuple[str, ...]:
    """The country's provinces (profile vocabulary), folded, longest first ("thua thien hue" before "hue")."""
    from assistant.profiles import active_profile

    names = active_profile().vocabulary.get("places", {}).get("provinces", [])
    return tuple(sorted({" ".join(re.findall(r"[a-z0-9]+", fold(n))) for n in names}, key=lambda n: -len(n)))


def _doc_refs(f: str) -> list[str]:
    out = []
    for m in _DOC_NUMBER.finditer(f):
        out.append(re.sub(r"\s+", "", f"{m.group(1)}/{m.group(2)}"))
    for m in _DOC_TYPED.finditer(f):
        if not any(r.startswith(m.group(2) + "/") for r in out):
            out.append(m.group(2))
    return out


def subject_terms(text: str, agencies: list[str], g: Gazetteer) -> list[str]:
    """What the question is about: its syllables (abbreviations expanded) without question words, words of the
    asked field, years, or the words of the agencies it names (agencies are matched by the gazetteer)."""
    lx = lexicon()
    x = fold(text)
    for group in ("asked", "types", "kinds", "glue"):  # the phrases that say what is asked go first, whole
        for key, pat in lx.groups.get(group, {}).items():
            if group == "kinds" and key in ("list", "agencies"):
                continue  # "những yêu cầu gì": the list's noun is what it is about
            if group == "types" and key == "yesno":
                # "có … không" spans the whole subject: only its closing word goes here, "có" with the question words
                x = re.sub(r"\s(?:chua|khong|phai khong|hay khong|duoc khong)\s*\?*\s*$", " ", x)
                continue
            if group == "types" and key == "money":
                # "kinh phí … bao nhiêu": the noun that says money is asked is also what it is about
                x = pat.sub(lambda m: m.group(0) if not _ASKS.search(m.group(0)) else " ", x)
                continue
            x = pat.sub(" ", x)
    x = expand_abbreviations(x, keep=False)
    terms = [t for t in _SYL.findall(x) if t not in lx.question_words and len(t) > 1 and not _YEAR.fullmatch(t)]
    # each agency's words once each: "hồ sơ của Sở Xây dựng" keeps the "sơ" of "hồ sơ"
    drop = Counter(w for a in agencies for w in _SYL.findall(fold(g.name(a))))
    rest = []
    for t in reversed(terms):  # the agency follows what is asked about it more often than not
        if drop[t] > 0:
            drop[t] -= 1
        else:
            rest.append(t)
    rest.reverse()
    # a question made only of agency names and question words keeps them, or nothing would be matched
    return rest or terms


_ASKS = re.compile(r"\b(bao nhieu|may|nao|gi|dau)\b")
OFFICE = re.compile(r"(pho )?(truong doan|truong ban|to truong|thu ky|giam doc|chu tich|chanh van phong)\b")


def _looks_like_follow_up(q: Query, g: Gazetteer) -> bool:
    if q.places or q.doc_refs:
        return bool(re.match(r"(con|the con|vay con|va) ", q.folded))
    lx = lexicon()
    f = q.folded
    if lx.has("follow_up", "opening", f) or lx.has("follow_up", "anywhere", f):
        return _short_besides_agencies(f, g, 9)
    if lx.has("follow_up", "short", f):
        return _short_besides_agencies(f, g, 5) and not q.terms
    return False


def _short_besides_agencies(f: str, g: Gazetteer, limit: int) -> bool:
    """A follow-up is short once agency names are left out ("còn Sở Khoa học và Công nghệ thì sao?")."""
    rest = f
    for _, a, b in reversed(g.find(f, allow_short=True)):
        rest = rest[:a] + " " + rest[b:]
    return len(rest.split()) <= limit
