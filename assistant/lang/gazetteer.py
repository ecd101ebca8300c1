"""Agency gazetteer: canonical agencies and their spellings — data, never code.

Three sources, one lookup:

- **roles** (``profiles/vn/roles.json``): what exists in every province — "Ủy ban nhân dân xã", "Sở Nội vụ",
  "Phòng Tư pháp", "Công chức Tư pháp - Hộ tịch". A role names no place: "UBND xã" in a document of one commune
  is that commune's, in a question it is any commune's;
- **the province's own names** (``profiles/<province>/agencies.json``): "Ủy ban nhân dân huyện …", "Báo …",
  each tied to the role it instantiates (``role``) and its place (``place``);
- **agencies discovered in the documents** at ingest (``with_discovered``): every lead / coordinator / executor
  cell and duty heading the index holds, with the place of its document.

Matching is on the folded (accent-free, lower-case) form, longest variant first, so "so noi vu", "Sở  Nội vụ"
and "SỞ NỘI VỤ" all resolve to ``so-noi-vu``, and "Công chức Tư pháp - Hộ tịch" is the commune's civil
servant, not the provincial Sở Tư pháp. Short forms ("Tư pháp", "Y tế") are matched only where the caller
allows it (questions, or after "Các sở:" in a table cell), since alone they are ambiguous.

A role is resolved to a specific agency only when a place is given (``resolve(text, places)``, where the
places come from the document the text is read in): never by default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from assistant.lang.normalize import fold

UNIT_WORDS = ("thành phố", "thị trấn", "thị xã", "phường", "huyện", "tỉnh", "xã", "quận")
# the level a place's unit word belongs to
UNIT_LEVEL = {"tỉnh": "tỉnh", "thành phố": "huyện", "huyện": "huyện", "quận": "huyện", "thị xã": "huyện",
              "xã": "xã", "phường": "xã", "thị trấn": "xã"}


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str = ""
    level: str = ""
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    role: str = ""  # the role this agency instantiates ("ubnd-xa" for "Ủy ban nhân dân xã …")
    place: str = ""  # "xã …", "huyện …", "tỉnh …" for an agency of one place
    discovered: bool = False  # read from the documents, not from the profile


@dataclass
class Gazetteer:
    agencies: dict[str, Agency]
    _full: list[tuple[str, str]] = field(default_factory=list)  # (folded variant, id), longest first
    _short: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        full: dict[str, str] = {}
        short: dict[str, str] = {}
        for a in self.agencies.values():
            for v in (a.name, *a.variants):
                fv = fold(v).strip()
                if len(fv) >= 3:
                    full.setdefault(fv, a.id)
                    # "Công chức Tư pháp - Hộ tịch" typed on a phone: "cong chuc tu phap ho tich"
                    bare = " ".join(re.sub(r"[-–—,;:/()]", " ", fv).split())
                    if bare != fv:
                        full.setdefault(bare, a.id)
            for v in a.short:
                fv = fold(v).strip()
                if len(fv) >= 3:
                    short.setdefault(fv, a.id)
        self._full = sorted(full.items(), key=lambda kv: -len(kv[0]))
        self._short = sorted(short.items(), key=lambda kv: -len(kv[0]))
        self._full_re = _alternation([k for k, _ in self._full])
        self._short_re = _alternation([k for k, _ in self._short])
        self._full_map = dict(self._full)
        self._short_map = dict(self._short)
        self._instances: dict[tuple[str, str], str] = {}
        for a in self.agencies.values():
            if a.role and a.place:
                self._instances.setdefault((a.role, _place_key(a.place)), a.id)

    # ---------------------------------------------------------------- lookup

    def find(self, text: str, allow_short: bool = False) -> list[tuple[str, int, int]]:
        """Agencies mentioned in ``text``: (id, start, end) on the folded text, in order."""
        f = fold(text)
        hits: list[tuple[str, int, int]] = []
        taken = [False] * (len(f) + 1)
        for m in self._full_re.finditer(f):
            hits.append((self._full_map[m.group(1)], m.start(1), m.end(1)))
            for i in range(m.start(1), m.end(1)):
                taken[i] = True
        # "Các sở: Tài chính, Tư pháp, …" — short names after a "sở:" list opener
        lists = [(m.end(), _list_end(f, m.end())) for m in re.finditer(r"\bso\s*:", f)]
        if allow_short or lists:
            for m in self._short_re.finditer(f):
                s, e = m.start(1), m.end(1)
                if any(taken[s:e]):
                    continue
                if allow_short or any(a <= s and e <= b for a, b in lists):
                    hits.append((self._short_map[m.group(1)], s, e))
        hits.sort(key=lambda h: h[1])
        return hits

    def cover(self, text: str) -> float:
        """The share of the letters of ``text`` that full agency names cover (0.0 – 1.0)."""
        f = fold(text)
        letters = len(f) - f.count(" ")
        if not letters:
            return 0.0
        got = sum((m.end(1) - m.start(1)) - m.group(1).count(" ") for m in self._full_re.finditer(f))
        return min(1.0, got / letters)

    def ids(self, text: str, allow_short: bool = False) -> list[str]:
        out: list[str] = []
        for i, _, _ in self.find(text, allow_short):
            if i not in out:
                out.append(i)
        return out

    def knows(self, name: str) -> bool:
        """Whether ``name`` is exactly one of the gazetteer's spellings."""
        return fold(name).strip() in self._full_map

    def name(self, agency_id: str) -> str:
        a = self.agencies.get(agency_id)
        return a.name if a else agency_id

    def lookup(self, name: str) -> Agency | None:
        """The agency a user typed (full or short, with or without accents)."""
        f = fold(name).strip()
        if f in self._full_map:
            return self.agencies[self._full_map[f]]
        if f in self._short_map:
            return self.agencies[self._short_map[f]]
        if f.startswith("so ") and f[3:] in self._short_map:
            return self.agencies[self._short_map[f[3:]]]
        ids = self.ids(name, allow_short=True)
        return self.agencies[ids[0]] if ids else None

    # ---------------------------------------------------------------- roles and places

    def instance(self, role_id: str, place: str) -> str | None:
        """The specific agency of ``place`` that instantiates a role ("ubnd-xa", "xã X" → "UBND xã X")."""
        return self._instances.get((role_id, _place_key(place)))

    def place_for(self, agency_id: str, places: dict[str, str]) -> str:
        """The place a role found in a document belongs to, from the document's places by level; ''."""
        a = self.agencies.get(agency_id)
        if a is None or a.place or a.kind in ("nhóm",):
            return ""
        return places.get(a.level, "") if a.level in ("tỉnh", "huyện", "xã") else ""

    def resolve(self, text: str, places: dict[str, str] | None = None, allow_short: bool = False) -> list[str]:
        """``ids(text)``, the role of each agency of one place found, and, for each role whose level the document's
        ``places`` name ({"xã": "xã …", "tỉnh": "tỉnh …"}), the specific agency of that place when one is known.
        Without places a role stays a role: "UBND tỉnh" is never taken for one province unless the document says
        which."""
        out = self.ids(text, allow_short)
        for aid in list(out):  # an agency of one place is also an instance of its role ("UBND xã …" is a UBND xã)
            role = self.agencies[aid].role
            if role and role in self.agencies and role not in out:
                out.append(role)
        if not places:
            return out
        for aid in list(out):
            place = self.place_for(aid, places)
            if place:
                inst = self.instance(aid, place)
                if inst and inst not in out:
                    out.append(inst)
        return out

    def with_discovered(self, discovered: Iterable[dict]) -> "Gazetteer":
        """A gazetteer that also knows the agencies discovered in the documents (``Index.agencies`` rows:
        {"name", "role", "place", "id", "kind", "level"}). Names already known keep their profile entry."""
        agencies = dict(self.agencies)
        known = set(self._full_map)
        for d in discovered:
            name = (d.get("name") or "").strip()
            key = fold(name).strip()
            if len(key) < 3 or key in known:
                continue
            if not (d.get("role") and d.get("place")) and self.find(name):
                continue  # a cell naming known agencies among other words must not hide them behind a new name
            aid = d.get("id") or discovered_id(name)
            variants = tuple(v for v in dict.fromkeys([name, *(d.get("variants") or [])])
                             if fold(v).strip() not in known or fold(v).strip() == key)
            if aid in agencies:
                a = agencies[aid]
                agencies[aid] = Agency(a.id, a.name, a.kind, a.level, tuple(dict.fromkeys((*a.variants, *variants))),
                                       a.short, a.role, a.place, a.discovered)
            else:
                agencies[aid] = Agency(aid, name, d.get("kind", ""), d.get("level", ""), variants, (),
                                       d.get("role", ""), d.get("place", ""), True)
            known.update(fold(v).strip() for v in variants)
        return Gazetteer(agencies)


def discovered_id(name: str) -> str:
    return "d-" + "-".join(re.findall(r"[a-z0-9]+", fold(name)))[:80]


def _place_key(place: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(place)))


def place_level(place: str) -> str:
    """'xã Nậm Xe' → 'xã', 'huyện Tam Đường' → 'huyện', 'tỉnh Yên Bái' → 'tỉnh'; '' when no unit word."""
    p = place.strip().lower()
    for u in UNIT_WORDS:
        if p.startswith(u + " "):
            return UNIT_LEVEL[u]
    return ""


def _list_end(f: str, start: int) -> int:
    m = re.compile(r"[;.]|\b(?:ubnd|uy ban|van phong|cac co quan)\b").search(f, start)
    return m.start() if m else len(f)


def _alternation(keys: list[str]) -> re.Pattern[str]:
    if not keys:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")


def _agency(d: dict) -> Agency:
    return Agency(d["id"], d["name"], d.get("kind", ""), d.get("level", ""), tuple(d.get("variants", [])),
                  tuple(d.get("short", [])), d.get("role", ""), d.get("place", ""))


@lru_cache(maxsize=4)
def profile_gazetteer(profile: str | None = None) -> Gazetteer:
    """The gazetteer of a profile (its roles and its own names), without discovered agencies."""
    from assistant.profiles import load_profile

    return Gazetteer({d["id"]: _agency(d) for d in load_profile(profile).agencies})


def gazetteer(discovered: Iterable[dict] | None = None) -> Gazetteer:
    """The active profile's gazetteer; with ``discovered`` (``Index.agencies``), one that also knows the agencies
    read from the documents (cached per distinct list)."""
    base = profile_gazetteer(None)
    if not discovered:
        return base
    key = tuple(sorted({(d.get("id", ""), d.get("name", ""), d.get("role", ""), d.get("place", ""),
                         d.get("kind", ""), d.get("level", ""), tuple(d.get("variants") or ())) for d in discovered}))
    return _extended(key)


@lru_cache(maxsize=4)
def _extended(key: tuple) -> Gazetteer:
    return profile_gazetteer(None).with_discovered(
        {"id": i, "name": n, "role": r, "place": p, "kind": k, "level": lv, "variants": list(vs)}
        for i, n, r, p, k, lv, vs in key)
