"""Agency gazetteer: canonical agencies and their spellings (data: data/agencies.json).

Matching is on the folded (accent-free, lower-case) form, longest variant first,
so "so noi vu", "Sở  Nội vụ" and "SỞ NỘI VỤ" all resolve to ``so-noi-vu``.
Short forms ("Tư pháp", "Y tế") are matched only where the caller allows it
(questions, or after "Các sở:" in a table cell), since alone they are ambiguous.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.lang.normalize import fold


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str = ""
    level: str = ""
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()


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
                fv = fold(v)
                if len(fv) >= 3:
                    full.setdefault(fv, a.id)
            for v in a.short:
                fv = fold(v)
                if len(fv) >= 3:
                    short.setdefault(fv, a.id)
        self._full = sorted(full.items(), key=lambda kv: -len(kv[0]))
        self._short = sorted(short.items(), key=lambda kv: -len(kv[0]))
        self._full_re = _alternation([k for k, _ in self._full])
        self._short_re = _alternation([k for k, _ in self._short])
        self._full_map = dict(self._full)
        self._short_map = dict(self._short)

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

    def ids(self, text: str, allow_short: bool = False) -> list[str]:
        out: list[str] = []
        for i, _, _ in self.find(text, allow_short):
            if i not in out:
                out.append(i)
        return out

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


def _list_end(f: str, start: int) -> int:
    m = re.compile(r"[;.]|\b(?:ubnd|uy ban|van phong|cac co quan)\b").search(f, start)
    return m.start() if m else len(f)


def _alternation(keys: list[str]) -> re.Pattern[str]:
    if not keys:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    from assistant.profiles import active_profile

    raw = active_profile().agencies
    agencies = {}
    for d in raw:
        agencies[d["id"]] = Agency(d["id"], d["name"], d.get("kind", ""), d.get("level", ""),
                                   tuple(d.get("variants", [])), tuple(d.get("short", [])))
    return Gazetteer(agencies)
