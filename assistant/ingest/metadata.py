"""Metadata read from the document itself: type, number, title, issuer, place, province, level, date, year, signer.

Vietnamese administrative documents share one layout (Nghị định 30/2020/NĐ-CP): a header of two columns — the
issuer block and "Số: …" on the left, the national motto and "<place>, ngày … tháng … năm …" on the right — then
the type line ("KẾ HOẠCH") and its subject line(s), the body, and a signature block (TM./KT. + title + name).
A Công văn has no type line: its subject is the "V/v …" line under the number.

The reader works on the text any loader gives: DOCX header tables (left cell's lines, then right cell's), PDF text
where the two columns are flattened onto shared lines ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
text files aligned with runs of spaces, and Markdown (``**bold**``, ``#``). Every word list (types, units,
organisations, signature titles…) is data in ``document_vocabulary.toml``; no place or document is named here.
Upper-case header lines are given their normal case from the same words in the body, where they are written in
normal case ("ỦY BAN NHÂN DÂN XÃ LŨNG CÚ" → "Ủy ban nhân dân xã Lũng Cú").
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date as _date
from functools import lru_cache

from assistant.ingest.ocr import drop_specks
from assistant.ingest.vocabulary import Vocabulary, vocabulary
from assistant.lang.normalize import fold, strip_diacritics

HEADER_LINES = 40  # the header, type line and subject stand in the first lines
MAX_HEADER_LINE = 2000  # a header or signature line is short; a longer line is read by its start only
SIGN_LOOKAHEAD = 14  # lines between the signature title and the name (the distribution list may sit between)


@dataclass
class ReadMetadata:
    doc_type: str = ""
    number: str = ""
    title: str = ""
    subject: str = ""
    issuer: str = ""
    place: str = ""
    province: str = ""
    level: str = ""
    date: str = ""
    year: int = 0
    signer: str = ""
    signer_title: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


# --- lines -----------------------------------------------------------------------------------------------------

_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_MD = re.compile(r"(\*\*|__|\*|`)")
_RULE = re.compile(r"^[\s\-_–—―─━═¯=*.·•~]+$")
# the rule drawn under the issuer's name with characters ("Ủy ban nhân dân tỉnh Long An ―――――", "¯¯¯¯¯¯")
_TRAILING_RULE = re.compile(r"(?:\s*[\-_–—―─━═¯=*~]){3,}\s*$")
_BULLET = re.compile(r"^[\-–•+]\s+")
_GAP = re.compile(r"\s{3,}|\t")


def _clean(line: str) -> str:
    s = _TAGS.sub(" ", line)
    s = re.sub(r"^\s*(#{1,6}|>)\s*", "", s)
    s = _MD.sub("", s)
    s = _TRAILING_RULE.sub("", s)
    s = re.sub(r"^[\-_.~'`ˆ]+(?=[A-ZĐÀ-Ỹ])", "", s)  # a speck glued to the line's first word ("-UBND TỈNH …")
    return drop_specks(s).strip()  # "THÔNG BÁO _", ": tại ‹ cuộc họp … -" (text pasted from a scan reads so too)


def _segments(line: str) -> list[str]:
    """A text line split where columns were aligned with runs of spaces or a tab ("Số:      /KH-UBND" is kept
    whole: a label alone joins what follows it)."""
    out: list[str] = []
    for p in _GAP.split(_clean(line)):
        p = p.strip()
        if not p:
            continue
        if out and out[-1].endswith(":") and len(out[-1]) <= 4:
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    f = strip_diacritics(ch).lower()
    f = f if len(f) == 1 else (ch.lower()[:1] or " ")
    return "-" if f in "–—" else f


def _fold_aligned(s: str) -> str:
    """fold() character by character, so positions in the result are positions in ``s``."""
    return "".join(map(_fold_char, s))


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _starts_lower(s: str) -> bool:
    return bool(s) and s[0].isalpha() and s[0].islower()


# --- patterns built from the vocabulary -----------------------------------------------------------------------

def _words_pattern(phrase: str) -> str:
    return r"[\s\-,]+".join(re.escape(w) for w in fold(phrase).replace("-", " ").split())


class _Patterns:
    def __init__(self, v: Vocabulary) -> None:
        self.motto = re.compile("|".join(_words_pattern(m) for m in v.motto))
        self.date = re.compile(r",?\s*ngay\b[\s.…_]*(\d{1,2})?[\s.…_/]*thang\b[\s.…_]*(\d{1,2})?[\s.…_/]*nam\s*"
                               r"((?:19|20)\d\d)|,?\s*ngay\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)")
        self.number = re.compile(r"(?:^|\s)so\s*(?::|\.|(?=\s*[\d/.…_]))")
        self.subject = re.compile(r"^(?:" + "|".join(re.escape(p) for p in v.subject_prefixes) + r")\b\.?\s*",
                                  re.IGNORECASE)
        self.strong_openers = ("Căn cứ", "Kính gửi", "Xét", "Theo đề nghị")
        self.openers = re.compile(r"^(?:" + "|".join(re.escape(o) for o in v.body_openers) + r")\b")
        self.heading = re.compile(r"^(?:[IVXLC]+[.)]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[-+•]\s|Điều\s+\d|Chương\s+[IVXLC\d]"
                                  r"|Phần\s+[IVXLC\d]|Mục\s+\d)")
        self.sign_prefix = {fold(p).rstrip(".") for p in v.sign_prefixes}
        self.sign_titles = {fold(t) for t in v.sign_titles}
        self.notes = {fold(n) for n in v.sign_notes}
        self.recipients = tuple(fold(r) for r in v.recipients)
        self.units = sorted(v.units, key=lambda u: -len(u))
        self.not_units = {"xa hoi"}  # "Xã hội" (society) in names and in the motto is no commune
        self.orgs = list(v.organisations.items())
        self.abbr = {fold(k): val for k, val in v.abbreviations.items()}
        # an organisation word whose syllables a scan glued together ("VĂNPHÒNG"): its words again
        self.glued = {fold(h).replace(" ", ""): h.split() for h, _ in self.orgs if " " in h}


_P: _Patterns | None = None


def _patterns() -> _Patterns:
    global _P
    if _P is None:
        _P = _Patterns(vocabulary())
    return _P


# --- the header: number, place-date, motto, issuer lines ---------------------------------------------------------

@dataclass
class _Header:
    issuer_lines: list[str]
    number: str
    date: str
    issue_year: int
    date_place: str
    subject_cv: str  # the "V/v …" subject of a Công văn
    subject_at: int  # its index in the remaining lines


def _take_date(seg: str, out: dict) -> str:
    """Remove "<Place>, ngày … tháng … năm …" from a segment; note the date, the year and the place."""
    p = _patterns()
    f = _fold_aligned(seg)
    m = p.date.search(f)
    if not m:
        return seg
    day, month, year = (m.group(1), m.group(2), int(m.group(3))) if m.group(3) else \
        (m.group(4), m.group(5), int(m.group(6)))
    words = seg[: m.start()].split(" ")
    place: list[str] = []
    while words and words[-1] and words[-1][0].isupper() and words[-1].replace("-", "").isalpha() and len(place) < 5:
        place.insert(0, words.pop())
    if not place and "," not in f[m.start():m.start() + 2]:
        return seg  # "… ngày 5 tháng 3 năm 2025" inside a sentence: no place before it, no comma
    if "year" not in out:
        out["year"] = year
        out["place"] = " ".join(place)
        iso = ""
        if day and month:
            try:
                iso = _date(year, int(month), int(day)).isoformat()
            except ValueError:
                iso = ""
        out["date"] = iso
    start = len(" ".join(words)) if words else 0
    return (seg[:start] + " " + seg[m.end():]).strip()


def _take_number(seg: str, out: dict) -> str:
    p = _patterns()
    f = _fold_aligned(seg)
    m = p.number.search(f)
    if not m or "number" in out:
        return seg
    at = m.start() + (len(f[m.start():m.end()]) - len(f[m.start():m.end()].lstrip()))
    if seg[at:at + 1] != "S" or (at > 0 and ":" not in seg[at:m.end() + 1]):
        return seg  # the label is "Số" at the start of a column, or "Số:" after the issuer on a flattened line
    rest = seg[m.end():].strip()
    tokens = rest.split()
    num = ""
    used = 0
    for i, tok in enumerate(tokens):
        t = tok.strip(",;")
        if i == 0:
            if not re.search(r"[\d/]", t) and not re.fullmatch(r"[.…_]+", t):
                return seg  # "Số hóa …", "Số lượng": a word, not the number label
            num = t
        elif t.startswith(("/", "-")) or num.endswith(("/", "-")):
            num += t
        else:
            break
        used = i + 1
    num = re.sub(r"^[.…_\s]+", "", num).rstrip(".")
    if not num or not re.search(r"[A-Za-zĐđ]", num):
        return seg
    out["number"] = num
    tail = " ".join(tokens[used:])
    return (seg[: m.start()] + " " + tail).strip()


def _take_motto(seg: str) -> str:
    f = _fold_aligned(seg)
    parts, last = [], 0
    for m in _patterns().motto.finditer(f):
        parts.append(seg[last:m.start()])
        last = m.end()
    parts.append(seg[last:])
    return " ".join(x.strip() for x in parts if x.strip())


def _read_header(lines: list[str]) -> tuple[_Header, list[tuple[int, str]]]:
    """Split the first lines into header facts and the lines that remain (index, text)."""
    out: dict = {}
    rest: list[tuple[int, str]] = []
    issuer: list[str] = []
    subject_cv, subject_at = "", -1
    p = _patterns()
    type_seen = False
    columns = True  # still in the two header columns: before the type line and the body
    for i, raw in enumerate(lines[:HEADER_LINES]):
        segs = _segments(raw[:MAX_HEADER_LINE])
        kept: list[str] = []
        for seg in segs:
            if _RULE.match(seg):
                continue
            if columns:
                seg = _take_motto(seg)
                seg = _take_date(seg, out)
                seg = _take_number(seg, out)
            if seg and not _RULE.match(seg):
                kept.append(seg)
        text = " ".join(kept)
        if not type_seen and _type_line(text):
            type_seen = True
        if type_seen or (text and (p.heading.match(text) or text.startswith(p.strong_openers))):
            columns = False
        if not type_seen and text and not subject_cv and p.subject.match(text) and "number" in out:
            subject_cv, subject_at = text, len(rest)
        rest.append((i, text))
        if (not type_seen and text and "number" not in out and "year" not in out and not _type_line(text)
                and not text.endswith(":") and (_is_upper(text) or _parse_org(_expand(text.split())) is not None
                                                or issuer and len(text) < 60)):
            issuer.append(text)  # the issuer block stands above the number
    header = _Header(issuer, out.get("number", ""), out.get("date", ""), out.get("year", 0),
                     out.get("place", ""), subject_cv, subject_at)
    return header, rest


# --- type line and subject ---------------------------------------------------------------------------------------

def _type_line(text: str):
    """(DocType, rest of the line) when the line is a type line: the type word in capitals, alone or before the
    start of its subject."""
    if not text:
        return None
    v = vocabulary()
    f = fold(text).rstrip(" :.")
    for t in sorted(v.types, key=lambda t: -len(t.folded)):
        if f == t.folded or f.startswith(t.folded + " "):
            head = text[: len(t.name)]
            if not _is_upper(head):
                return None
            tail = text[len(t.name):].strip()
            if tail and _is_upper(tail):
                return None  # "QUYẾT ĐỊNH BAN HÀNH …" in capitals: an authority or heading line
            if text.rstrip().endswith(":"):
                return None  # "QUYẾT ĐỊNH:" opens the articles
            return t, tail
    return None


_CONNECTORS = ("của", "và", "về", "trong", "trên", "tại", "cho", "theo", "với", "đối với", "giữa", "năm", "giai đoạn",
               "thực hiện", "các", "ban hành", "đến", "từ", "việc")


def _continues(prev: str, nxt: str) -> bool:
    p = _patterns()
    if not nxt or p.heading.match(nxt) or _is_upper(nxt) or _RULE.match(nxt):
        return False
    if _starts_lower(nxt) or nxt[0].isdigit():
        return not p.heading.match(nxt)
    if p.openers.match(nxt):
        return False
    low = prev.rstrip().lower()
    if low.endswith((",", "-", "–")) or any(low.endswith(" " + c) for c in _CONNECTORS):
        return True
    # "… trên địa bàn" / "Thành phố Điện Biên Phủ năm 2025": a short line naming a place or body goes on the
    # subject; a body sentence that starts with one ("Ủy ban nhân dân xã … ban hành …") fills a whole line
    words = _expand(nxt.split())
    named = any(_match_words(words, u) for u in p.units) or any(_match_words(words, h) for h, _ in p.orgs)
    return named and len(nxt) < 50 and not low.endswith((".", ";", ":")) and not nxt.rstrip().endswith((":", ";"))


def _authority(text: str) -> bool:
    """A capitals line naming who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") or an issuer, not a subject."""
    if not _is_upper(text):
        return False
    p = _patterns()
    words = _expand(text.split())
    f = fold(text)
    return (any(f.startswith(t + " ") or f == t for t in p.sign_titles)
            or any(_match_words(words, h) for h, _ in p.orgs))


def _first_subject_line(text: str) -> bool:
    p = _patterns()
    if not text or p.heading.match(text) or text.startswith(p.strong_openers) or _RULE.match(text):
        return False
    if text.rstrip().endswith((":", ";")) or (text.rstrip().endswith(".") and len(text) > 200):
        return False
    return True


def _subject_after(rest: list[tuple[int, str]], k: int, first: str = "") -> tuple[str, int]:
    """The subject: ``first`` (or the next non-blank line) and the lines that continue it."""
    parts: list[str] = []
    j = k
    if first:
        parts.append(first)
    else:
        while j < len(rest) and not rest[j][1]:
            j += 1
        # a dash before the subject's line is a scan's speck or a typing habit, never a list under the type line
        line = _BULLET.sub("", rest[j][1]) if j < len(rest) else ""
        if not _first_subject_line(line) or _authority(line):
            return "", k
        parts.append(line)
        j += 1
    upper = _is_upper(parts[0])  # a subject printed in capitals continues in capitals
    blanks = 0
    while j < len(rest) and len(parts) < 6:
        t = rest[j][1]
        if not t:
            blanks += 1
            if blanks > 2:
                break
            j += 1
            continue
        if upper:
            if not _is_upper(t) or _authority(t) or _type_line(t) or _patterns().heading.match(t):
                break
        elif not _continues(parts[-1], t):
            break
        parts.append(t)
        blanks = 0
        j += 1
    return " ".join(" ".join(parts).split()), j


# --- issuer, place, level -------------------------------------------------------------------------------------

@dataclass
class _Org:
    head: str  # normal case, from the vocabulary ("Ủy ban nhân dân", "Sở")
    kind: str  # unit | office | branch
    name: list[str]  # the organisation's own name words ("TƯ PHÁP")
    unit: str  # "xã", "tỉnh", …
    place: list[str]  # the place name words ("LŨNG CÚ")
    words: list[str]  # every word as printed (abbreviations expanded)


def _expand(words: list[str]) -> list[str]:
    p = _patterns()
    out: list[str] = []
    for w in words:
        key = fold(w.strip(",;"))
        if key in p.abbr:
            out.extend(p.abbr[key].split())
        elif key in p.glued:
            out.extend(x.upper() if w.isupper() else x for x in p.glued[key])
        else:
            out.append(w)
    return out


def _match_words(words: list[str], phrase: str) -> int:
    target = fold(phrase).split()
    got = [fold(w.strip(",;.")) for w in words[: len(target)]]
    return len(target) if got == target else 0


# a word of an organisation's name: Vietnamese letters (and the "&" of "TT&TT"), not a scan's specks ("-", "ÐÐ")
_NAME_WORD = re.compile(r"^[0-9A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ&.,;()\-–]+$")


def _name_words(words: list[str]) -> list[str]:
    kept = [w for w in words if _NAME_WORD.match(w)]
    while kept and not re.search(r"\w", kept[-1]):
        kept.pop()  # "VĂN PHÒNG -": a dash left at the end
    return kept or words


def _parse_org(words: list[str]) -> _Org | None:
    p = _patterns()
    words = _name_words(words)
    for head, kind in p.orgs:
        n = _match_words(words, head)
        if n:
            rest = words[n:]
            name: list[str] = []
            unit, place = "", []
            i = 0
            while i < len(rest):
                u = next((u for u in p.units if _match_words(rest[i:], u)), "")
                if u and fold(" ".join(rest[i:i + 2])) not in p.not_units and i + len(u.split()) < len(rest):
                    unit = u
                    place = rest[i + len(u.split()):]
                    break
                if u and i + len(u.split()) == len(rest) and fold(" ".join(rest[i:i + 2])) not in p.not_units:
                    unit = u  # "ỦY BAN NHÂN DÂN TỈNH": the unit without its name
                    break
                name.append(rest[i])
                i += 1
            return _Org(head, kind, name, unit, place, words)
    return None


def _chain(lines: list[str]) -> list[_Org]:
    """The issuer block as organisations, top to bottom: a line that starts with an organisation word starts a
    new one ("UBND TỈNH NGHỆ AN" / "SỞ TƯ PHÁP"), any other line continues the one above ("ỦY BAN NHÂN DÂN" /
    "XÃ LŨNG CÚ")."""
    groups: list[list[str]] = []
    for ln in lines:
        words = _expand(ln.split())
        if groups and _parse_org(words) is None:
            groups[-1].extend(words)
        else:
            groups.append(words)
    return [o for o in (_parse_org(g) for g in groups) if o is not None]


class _Casing:
    """Normal case for upper-case header words, from the body where the same words are written in normal case."""

    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        for w in _expand(text.split()):
            self.words.append(w.strip(",;:.()\"“”'"))
        self.folded = [fold(w) for w in self.words]
        self.index: dict[str, list[int]] = {}
        for i, f in enumerate(self.folded):
            self.index.setdefault(f, []).append(i)

    def find(self, words: list[str]) -> str | None:
        target = [fold(w.strip(",;:.")) for w in words]
        if not target:
            return None
        for i in self.index.get(target[0], []):
            got = self.words[i:i + len(target)]
            if self.folded[i:i + len(target)] == target and not all(
                    _is_upper(w) for w in got if any(c.isalpha() for c in w)):
                return " ".join(got)
        return None


def _title_word(w: str) -> str:
    return w[:1].upper() + w[1:].lower() if w else w


def _cased_place(unit: str, place: list[str], casing: _Casing) -> str:
    if not place:
        return unit
    found = casing.find([unit, *place])
    if found:
        return found[:1].lower() + found[1:] if found.split()[0].lower() == unit.split()[0] else found
    return f"{unit} " + " ".join(_title_word(w) for w in place)


def _org_name(org: _Org, casing: _Casing) -> str:
    found = casing.find(org.words)
    if found:
        return found[:1].upper() + found[1:]
    parts = [org.head]
    if org.name:
        parts.append(" ".join([_title_word(org.name[0])] + [w.lower() for w in org.name[1:]]))
    if org.unit:
        parts.append(_cased_place(org.unit, org.place, casing))
    return " ".join(parts)


def _issuer(chain: list[_Org], casing: _Casing) -> str:
    low = chain[-1]
    if low.name or low.place or low.kind == "unit" or len(chain) == 1:
        return _org_name(low, casing)
    parent = chain[-2]
    # a bare "VĂN PHÒNG" / "THANH TRA" under its committee: name it by its parent, as the body does
    with_parent = [low.head] + ([] if fold(parent.head) in fold(low.head) else [parent.head]) + \
        ([parent.unit] if parent.unit else [])
    for cand in (with_parent, [low.head] + ([parent.unit] if parent.unit else [])):
        found = casing.find(cand)
        if found:
            return found[:1].upper() + found[1:]
    if low.kind == "office":
        return " ".join(with_parent)
    return " ".join([low.head] + ([parent.unit] if parent.unit else []))


def _level(chain: list[_Org], v: Vocabulary) -> str:
    low = chain[-1]
    units = [o for o in chain if o.unit]
    if low.kind == "office":
        return "văn phòng"
    if low.kind == "unit" and low.unit:
        return _unit_level(low, chain, v)
    if low.kind == "branch":
        above = [o for o in chain[:-1] if o.unit]
        if not above or _unit_level(above[-1], chain, v) == "tỉnh":
            return "sở-ngành"
        return _unit_level(above[-1], chain, v)
    if units:
        return _unit_level(units[-1], chain, v)
    return ""


def _unit_level(org: _Org, chain: list[_Org], v: Vocabulary) -> str:
    level = v.units.get(org.unit, "")
    if org.unit == "thành phố":
        provinces = [o for o in chain if o.unit == "tỉnh"]
        cities = {fold(c) for c in v.central_cities}
        if not provinces and fold(" ".join(org.place)) in cities:
            return "tỉnh"
    return level


def _named_in(text: str, unit: str) -> str:
    """The place of this unit the body names most: "<unit> <Name>" with a capitalised name ("tỉnh Sơn La")."""
    counts: dict[str, int] = {}
    words = re.findall(r"\S+|\n", text)
    n = len(unit.split())
    target = unit.split()
    for i in range(len(words) - n):
        if [w.lower() for w in words[i:i + n]] != target or words[i + n - 1][-1:] in ",.;:)":
            continue
        name: list[str] = []
        after = words[i + n:i + n + 8]
        while after and after[0] == "\n":
            after.pop(0)  # "tỉnh" at the end of a wrapped line, its name on the next
        for w in after[:4]:
            if w == "\n":
                break
            core = w.strip(",.;:()\"“”")
            if not core or not core[0].isupper() or not core.replace("-", "").isalpha() or _is_upper(core) and len(core) > 1:
                break
            name.append(core)
            if w[-1:] in ",.;:)":
                break
        if name and fold(" ".join([unit, *name[:2]])) not in _patterns().not_units:
            key = " ".join(name)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return ""
    return f"{unit} {max(counts, key=lambda k: counts[k])}"


def _province_in(text: str, casing: _Casing) -> str:
    return _named_in(text, "tỉnh")


def _place_facts(chain: list[_Org], date_place: str, casing: _Casing, text: str, v: Vocabulary) -> tuple[str, str]:
    place = province = ""
    for o in chain:
        if o.unit and o.place:
            place = _cased_place(o.unit, o.place, casing)
            if o.unit == "tỉnh" or (o.unit == "thành phố" and _unit_level(o, chain, v) == "tỉnh"):
                province = place
    if not place and chain and date_place:
        low = chain[-1]
        unit = next((o.unit for o in reversed(chain) if o.unit), "")
        if unit:
            place = f"{unit} {date_place}"
        elif low.kind in ("branch", "office"):
            place = f"tỉnh {date_place}"  # a department's place-date names its province
        if place.startswith("tỉnh "):
            province = place
    if not province:
        province = _province_in(text, casing)
    if not place and chain:
        unit = next((o.unit for o in reversed(chain) if o.unit), "")
        if unit == "tỉnh":
            place = province
        elif unit:
            place = _named_in(text, unit)
    return place, province


# --- signature -----------------------------------------------------------------------------------------------

def _title_segment(seg: str) -> bool:
    p = _patterns()
    s = seg
    f = fold(s)
    for r in p.recipients:
        if f.startswith(r):
            s = s.split(":", 1)[1] if ":" in s else ""
            f = fold(s)
    if not s.strip() or not _is_upper(s):
        return False
    words = f.split()
    if words[0].rstrip(".") in p.sign_prefix and len(words) > 1 and (words[0].endswith(".") or len(words[0]) <= 3):
        return True
    return f.strip(" .") in p.sign_titles


def _name_segment(seg: str) -> str:
    p = _patterns()
    s = seg.strip(" *_")
    if not s or s[0] in "-+•(" or re.search(r"[\d:;/()\[\],]", s) or fold(s) in p.notes:
        return ""
    words = s.split()
    if not 2 <= len(words) <= 6 or len(s) > 50:
        return ""
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return ""
    f = fold(s)
    if f in p.sign_titles or any(_match_words(words, h) for h, _ in p.orgs) or words[0].rstrip(".") in p.sign_prefix:
        return ""
    if _is_upper(s):
        s = " ".join(_title_word(w) for w in words)
    return s


def _office_words(seg: str, title: str) -> bool:
    """An upper-case line ending like the office of the title block above it ("PÐ VĂN PHONG" under "KT. CHÁNH VĂN
    PHÒNG"): that office's line misread, not a name ("LÊ VĂN PHONG" under "PHÓ CHỦ TỊCH" stays a name)."""
    if not _is_upper(seg.strip()):
        return False
    f = " " + " ".join(re.findall(r"[a-z]+", fold(seg))) + " "
    t = " " + " ".join(re.findall(r"[a-z]+", fold(title))) + " "
    tails = {" ".join(x.split()[-2:]) for x in _patterns().sign_titles if len(x.split()) >= 2}
    return any(f" {x} " in f and f" {x} " in t for x in tails)


def _signature(lines: list[str], start: int) -> tuple[str, str]:
    i = start
    n = len(lines)
    cache: dict[int, list[str]] = {}

    def segments(k: int) -> list[str]:
        if k not in cache:
            cache[k] = _segments(lines[k][:MAX_HEADER_LINE])
        return cache[k]

    while i < n:
        segs = segments(i)
        titles = [s for s in segs if _title_segment(s)]
        if not titles:
            i += 1
            continue
        parts = [titles[-1]]
        j = i + 1
        while j < n and j <= i + 4:  # the title block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
            more = [s for s in segments(j) if _title_segment(s)]
            if more:
                parts.append(more[-1])
                i = j
            elif lines[j].strip():
                break
            j += 1
        title = " ".join(" ".join(_strip_recipient(t) for t in parts).split())
        for k in range(i + 1, min(n, i + 1 + SIGN_LOOKAHEAD)):
            for seg in reversed(segments(k)):
                piece = seg if _name_segment(seg) else re.split(r"[;.)]\s", seg)[-1]
                name = _name_segment(piece)
                if name and _office_words(piece, title):
                    continue  # the office's own line misread by OCR: not a name (a name below it, if readable, is)
                if name:
                    return name, title
        i += 1
    return "", ""


def _strip_recipient(seg: str) -> str:
    f = fold(seg)
    for r in _patterns().recipients:
        if f.startswith(r) and ":" in seg:
            return seg.split(":", 1)[1].strip()
    return seg.strip()


# --- year ----------------------------------------------------------------------------------------------------

def _subject_year(subject: str) -> int:
    f = fold(subject)
    for m in re.finditer(r"\bnam ((?:19|20)\d\d)\b", f):
        before = f[max(0, m.start() - 12): m.start()]
        if re.search(r"\b(den|toi|tam nhin)\s*$", before):
            continue  # "định hướng đến năm 2030": a horizon, not the plan's year
        return int(m.group(1))
    years = set(re.findall(r"(?<![\d/])((?:19|20)\d\d)(?!\d)", f))
    return int(years.pop()) if len(years) == 1 else 0


# --- body fallback for documents without a header --------------------------------------------------------------

_ACTS = ("ban hành", "xây dựng", "báo cáo", "thông báo", "hướng dẫn", "yêu cầu", "triển khai", "quyết định")


def _issuer_from_body(text: str) -> list[str]:
    """Documents whose header was not kept (text copied from a PDF): the organisation that "ban hành / xây dựng /
    báo cáo …" in the opening paragraphs ("Ủy ban nhân dân xã … ban hành Kế hoạch …")."""
    p = _patterns()
    body = " ".join(text[:4000].split())
    words = _expand(body.split())
    acts = [a.split() for a in _ACTS]
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        org = None
        for head, _ in p.orgs:
            if _match_words(words[i:], head):
                org = head
                break
        if not org:
            continue
        for j in range(i + len(org.split()), min(len(words), i + 12)):
            if any([fold(w) for w in words[j:j + len(a)]] == [fold(x) for x in a] for a in acts):
                cand = [w.strip(",;") for w in words[i:j]]
                if cand and all(not w.endswith((",", ";", ".")) for w in words[i:j]):
                    return cand
                break
            if words[j].endswith((",", ";", ".", ":")):
                break
    return []


# --- the reader ----------------------------------------------------------------------------------------------

def read_metadata(text: str) -> ReadMetadata:
    v = vocabulary()
    lines = text.splitlines()
    header, rest = _read_header(lines)
    md = ReadMetadata(number=header.number, date=header.date)

    # type line and subject
    found = None
    for k, (_, t) in enumerate(rest):
        tl = _type_line(t)
        if tl:
            found = (k, tl)
            break
    subject, body_from = "", len(rest)
    if found:
        k, (dtype, tail) = found
        md.doc_type = dtype.name
        subject, end = _subject_after(rest, k + 1, tail)
        body_from = rest[end - 1][0] + 1 if end > k + 1 else rest[k][0] + 1
    elif header.subject_cv:
        md.doc_type = "Công văn"
        subject, _ = _subject_after(rest, header.subject_at + 1, header.subject_cv)
    if not md.doc_type and md.number:
        code = _number_code(md.number)
        t = v.type_by_code(code) if code else None
        md.doc_type = t.name if t else ("Công văn" if code else "")
    # the body, where the header's capitals are written in normal case
    body = "\n".join(lines[body_from:]) if found and body_from < len(lines) else text
    casing = _Casing(body if body.strip() else text)
    if subject and _is_upper(subject):
        found_case = casing.find(subject.split())
        subject = found_case[:1].upper() + found_case[1:] if found_case else subject[:1] + subject[1:].lower()
    md.subject = subject
    if md.doc_type:
        md.title = f"{md.doc_type} {subject}".strip() if subject else md.doc_type

    # issuer, place, level
    issuer_lines = header.issuer_lines or [" ".join(w for w in _issuer_from_body(text))]
    chain = _chain(issuer_lines)
    if not chain and header.issuer_lines:
        low = header.issuer_lines[-1]
        md.issuer = casing.find(low.split()) or (low[:1] + low[1:].lower() if _is_upper(low) else low)
        md.province = _province_in(text, casing)
    elif chain:
        md.issuer = _issuer(chain, casing)
        md.level = _level(chain, v)
        md.place, md.province = _place_facts(chain, header.date_place, casing, text, v)
    else:
        md.province = _province_in(text, casing)

    # year: the year the subject names, else the year of issue
    md.year = _subject_year(subject) or header.issue_year or _first_year(text)

    md.signer, md.signer_title = _signature(lines, body_from if found else min(len(lines), HEADER_LINES))
    if not md.signer:
        md.signer, md.signer_title = _signature(lines, 0)
    return md


def _number_code(number: str) -> str:
    """The type code of a number: "09/KH-UBND" → "KH", "02/2025/QĐ-UBND" → "QĐ", "215/UBND-VP" → "UBND"."""
    for part in number.split("/")[1:]:
        if re.search(r"[^\W\d_]", part):
            return part.split("-")[0]
    return ""


def _first_year(text: str) -> int:
    """No subject year and no date: the latest year the opening names ("năm 2020 giảm hạng…, năm 2021 phấn đấu"),
    leaving out horizons ("đến năm 2030")."""
    f = fold(text[:5000])
    years = [int(m.group(1)) for m in re.finditer(r"\bnam ((?:19|20)\d\d)\b", f)
             if not re.search(r"\b(den|toi|tam nhin)\s*$", f[max(0, m.start() - 12):m.start()])]
    return max(years) if years else 0


