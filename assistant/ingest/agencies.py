"""Agencies discovered in the documents, and the places that resolve roles.

Every lead / coordinator / executor cell of a record and every duty heading ("2. Sở Nội vụ", "Phòng Văn hóa -
Xã hội", "Công chức Văn phòng - Thống kê") is an agency *mention*: its name as printed, its document, and its
place. A mention of a known role ("UBND xã") takes the place of its document at the role's level — the
document's own place ("xã …" read from its header, issuer or title), never a guess — and becomes a specific
agency of that place ("Ủy ban nhân dân xã …") the index then knows; a name the profile does not know
("Phòng Xây dựng và Kiểm tra văn bản") enters the agency list as it is printed.

``discover`` returns the mentions of one document; ``entries`` turns the mentions of the whole corpus into
gazetteer entries (``Gazetteer.with_discovered``); ``resolve_records`` gives each record the ids of its
agencies, roles resolved to the document's places.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from assistant.lang.gazetteer import UNIT_WORDS, Gazetteer, discovered_id, place_level
from assistant.lang.normalize import fold, normalize
from assistant.records import Document, TaskRecord


@lru_cache(maxsize=4)
def _vocab(profile: str = "") -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    from assistant.profiles import load_profile

    v = load_profile(profile or None).vocabulary.get("agencies", {})

    def both(words):  # matched with their diacritics ("Đội" is not "Đối"); accent-free text folded (see _key)
        return sorted({_key(h) for h in words} | {fold(h) for h in words}, key=len, reverse=True)

    head_alt = "|".join(re.escape(h) for h in both(v.get("heads", []))) or r"(?!x)x"
    group_alt = "|".join(re.escape(h) for h in both(v.get("group_prefixes", []))) or r"(?!x)x"
    rx = re.compile(rf"^(?:(?:{group_alt})\s+)?(?P<head>{head_alt})(?!\w)")
    kinds = {_key(k): val for k, val in v.get("kinds", {}).items()}
    kinds.update({fold(k): val for k, val in v.get("kinds", {}).items()})
    lower_after = frozenset(both(v.get("lower_after", [])))
    return rx, kinds, lower_after


def _key(s: str) -> str:
    """Lower case with diacritics kept (NFC, tone placement normalised); folded when the text has none."""
    from assistant.lang.normalize import has_diacritics

    n = normalize(s).lower()
    return n if has_diacritics(n) else fold(n)


def looks_like_agency(text: str) -> bool:
    """Whether a cell or a heading names an agency: it starts, capitalised, with an agency head word
    ("Phòng …", "Công chức …", "Các cơ quan …") and reads as a name, not a sentence."""
    t = text.strip(" -–+•*:;,.")
    if not t or not t[0].isupper() or len(t) > 120 or len(t.split()) > 18:
        return False
    if re.search(r"[.!?]\s+[A-ZĐÀ-Ỹ]", t):
        return False
    rx, _, lower_after = _vocab()
    m = rx.match(_key(t))
    if m is None:
        return False
    rest = t[m.end():].split()
    # "Ban hành …", "Hội nghị …", "Bộ máy …" are not agencies: a one-word head needs a capitalised name after it
    return not rest or m.group("head") in lower_after or rest[0][:1].isupper() or rest[0].isupper()


def _kind_of(name: str) -> str:
    rx, kinds, _ = _vocab()
    m = rx.match(_key(name))
    return kinds.get(m.group("head"), "") if m else ""


_NOISE = re.compile(r"\s*\((?:b/c|để b/c|chủ trì|phối hợp|thường trực|đầu mối)\)\s*", re.I)
_UNIT_RE = re.compile(r"(?<![\wÀ-ỹ])(thành phố|thị trấn|thị xã|phường|huyện|quận|tỉnh|xã)\s+", re.I)


def places_in(text: str) -> list[str]:
    """'xã Nậm Xe', 'huyện Tam Đường', 'tỉnh Yên Bái' named in a text: a unit word and a capitalised name (a name
    in capitals, as in a header's issuer line, is given in title case: "XÃ KỲ SƠN" → "xã Kỳ Sơn")."""
    out = []
    for m in _UNIT_RE.finditer(text or ""):
        words = text[m.end():].split()[:4]
        caps = bool(words) and words[0].isupper()
        name = []
        for w in words:
            bare = w.strip(",.;:()\"“”")
            if not bare or not bare[0].isupper() or (caps != bare.isupper()) or not bare.replace("-", "").isalpha():
                break
            name.append(bare)
            if bare != w:
                break
        if not name or (not caps and m.group(1)[0].isupper() and m.group(1).isupper()):
            continue
        n = " ".join(x.capitalize() if caps else x for x in name)
        out.append(f"{m.group(1).lower()} {n}")
    return out


def document_places(doc: Document) -> dict[str, str]:
    """The places a document says it belongs to, by level: {"xã": "xã …", "huyện": …, "tỉnh": "tỉnh …"} — from
    its place and province (read from its header), else from its issuer and title; nothing is guessed."""
    out: dict[str, str] = {}
    for p in (doc.place, doc.province):
        lv = place_level(p or "")
        if lv and lv not in out:
            out[lv] = normalize(p)
    for src in (doc.issuer, doc.title):
        for p in places_in(src or ""):
            lv = place_level(p)
            if lv and lv not in out:
                out[lv] = normalize(p)
    return out


def split_agencies(cell: str) -> list[str]:
    """One cell may name several agencies: 'Phòng Tư pháp; Phòng Tài nguyên và Môi trường',
    'Sở Nội vụ, Sở Tài chính' — but 'Các sở, ban, ngành' and 'UBND các xã, thị trấn' are one."""
    cell = _NOISE.sub(" ", normalize(cell or ""))
    out: list[str] = []
    for piece in re.split(r"\s*[;\n]\s*", cell):
        piece = piece.strip(" -–+•,.;:")
        if not piece:
            continue
        parts = [p.strip() for p in piece.split(",")]
        cur = parts[0]
        for p in parts[1:]:
            if p and p[0].isupper() and looks_like_agency(p):
                out.append(cur)
                cur = p
            else:
                cur = f"{cur}, {p}"
        out.append(cur.strip(" ,.;:"))
    return [x for x in out if x]


@dataclass
class Mention:
    """An agency named in a document (a cell of a record, or a duty heading)."""

    name: str  # as printed
    doc_id: str
    id: str  # gazetteer id (profile or discovered)
    role: str = ""  # the role it is an instance of, when known
    place: str = ""  # its place: named in it, or its document's at the role's level
    kind: str = ""
    level: str = ""
    fields: list[str] = field(default_factory=list)  # lead | coordinators | executors | duty
    count: int = 0

    def to_json(self) -> dict:
        return asdict(self)


_FIELDS = (("lead", "lead"), ("coordinators", "coordinators"), ("executors", "executors"))


def discover(doc: Document, records: list[TaskRecord], g: Gazetteer) -> list[Mention]:
    """The agencies one document names in its records' lead / coordinator / executor cells and duty headings."""
    places = document_places(doc)
    found: dict[str, Mention] = {}
    for r in records:
        if r.kind == "team":
            continue  # members of a team are people ("Đại diện Lãnh đạo …"), not agencies
        for attr, label in _FIELDS:
            label = "duty" if (r.kind == "duty" and attr == "lead") else label
            for name in split_agencies(getattr(r, attr, "")):
                m = _mention(name, doc, places, g)
                if m is None:
                    continue
                key = fold(m.name)
                cur = found.setdefault(key, m)
                cur.count += 1
                if label not in cur.fields:
                    cur.fields.append(label)
    return list(found.values())


def _mention(name: str, doc: Document, places: dict[str, str], g: Gazetteer) -> Mention | None:
    name = name.strip()
    if len(name) < 3:
        return None
    a = g.lookup(name) if g.knows(name) else None
    known = a is not None
    if not known and not looks_like_agency(name):
        hits = g.find(name)
        if not hits or (hits[0][2] - hits[0][1]) < 0.6 * len(fold(name)):
            return None  # not an agency name ("Thường xuyên" in a shifted cell, a sentence)
    named = places_in(name)
    if known:
        role = a.role or ("" if a.place else a.id)
        place = a.place or (named[0] if named else g.place_for(a.id, places))
        return Mention(name, doc.id, a.id, role, place, a.kind, a.level)
    # a new name: an instance of a known role when it starts with one ("Phòng Tư pháp huyện …")
    hits = g.find(name)
    role = ""
    if hits and hits[0][1] == 0:
        ra = g.agencies.get(hits[0][0])
        if ra is not None and not ra.place:
            role = ra.id
    place = named[0] if named else ""
    level = place_level(place) if place else (g.agencies[role].level if role else "")
    kind = g.agencies[role].kind if role else _kind_of(name)
    return Mention(name, doc.id, discovered_id(name), role, place, kind, level)


def _unit_named(role_name: str, place: str) -> bool:
    lp, lr = place.lower(), role_name.lower()
    return any(lp.startswith(u + " ") and lr.endswith(" " + u) for u in UNIT_WORDS)


def _instance_name(role_name: str, place: str) -> str:
    """'Ủy ban nhân dân xã' + 'xã Lũng Cú' → 'Ủy ban nhân dân xã Lũng Cú'; 'Sở Tư pháp' + 'tỉnh Nghệ An' →
    'Sở Tư pháp tỉnh Nghệ An'."""
    lp = place.lower()
    for u in UNIT_WORDS:
        if lp.startswith(u + " ") and role_name.lower().endswith(" " + u):
            return f"{role_name}{place[len(u):]}"
    return f"{role_name} {place}"


def entries(mentions: list[Mention], g: Gazetteer) -> list[dict]:
    """Gazetteer entries for the mentions of a corpus (``Gazetteer.with_discovered``): names the profile does
    not know, and the specific agencies of roles in documents that name their place."""
    out: dict[str, dict] = {}
    for m in mentions:
        if m.id not in g.agencies and m.id not in out and not g.find(m.name):
            out[m.id] = {"id": m.id, "name": m.name, "role": m.role, "place": m.place, "kind": m.kind,
                         "level": m.level, "variants": [m.name]}
        elif m.id in out and m.name not in out[m.id]["variants"] and not g.find(m.name):
            out[m.id]["variants"].append(m.name)
        role = g.agencies.get(m.role) if m.role else None
        if role is None or not m.place or role.place or not _unit_named(role.name, m.place):
            continue  # only a role whose name ends with its unit word ("UBND xã") is made a place's agency
        if g.instance(role.id, m.place):
            continue  # the profile knows this place's agency already
        name = _instance_name(role.name, m.place)
        iid = discovered_id(name)
        if iid in out:
            continue
        variants = [name] + [_instance_name(v, m.place) for v in role.variants if _unit_named(v, m.place)]
        out[iid] = {"id": iid, "name": name, "role": role.id, "place": m.place, "kind": role.kind,
                    "level": role.level, "variants": list(dict.fromkeys(variants))}
    return list(out.values())


def resolve_records(records: list[TaskRecord], doc: Document, g: Gazetteer) -> None:
    """Agency ids of each record: the agencies its cells name, roles also resolved to the document's places."""
    places = document_places(doc)
    for r in records:
        r.lead_ids = g.resolve(r.lead, places)
        r.coordinator_ids = g.resolve(r.coordinators, places)
        for aid in g.resolve(r.executors, places):
            if aid not in r.lead_ids and not r.lead:
                r.lead_ids.append(aid)
