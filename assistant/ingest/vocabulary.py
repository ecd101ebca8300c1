"""The genre's vocabulary (document types, units, organisations, signature words), loaded from
``document_vocabulary.toml`` — data, not code. Folded forms are precomputed for accent-free matching."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.lang.normalize import fold

DATA = Path(__file__).resolve().parent / "document_vocabulary.toml"


@dataclass(frozen=True)
class DocType:
    name: str  # "Kế hoạch"
    codes: tuple[str, ...]  # ("KH",)

    @property
    def folded(self) -> str:
        return fold(self.name)


@dataclass(frozen=True)
class Vocabulary:
    motto: tuple[str, ...]
    types: tuple[DocType, ...]
    subject_prefixes: tuple[str, ...]
    units: dict[str, str]  # unit word (normal case) → level of its people's committee
    central_cities: tuple[str, ...]
    organisations: dict[str, str]  # organisation head (normal case) → unit | office | branch
    abbreviations: dict[str, str]
    sign_prefixes: tuple[str, ...]
    sign_titles: tuple[str, ...]
    sign_notes: tuple[str, ...]
    recipients: tuple[str, ...]
    body_openers: tuple[str, ...]

    def type_by_fold(self, s: str) -> DocType | None:
        f = fold(s)
        return next((t for t in self.types if t.folded == f), None)

    def type_by_code(self, code: str) -> DocType | None:
        c = fold(code)
        return next((t for t in self.types if any(fold(x) == c for x in t.codes)), None)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    d = tomllib.loads(DATA.read_text("utf-8"))
    units = dict(d["units"])
    cities = tuple(units.pop("central_cities", ()))
    sig = d["signature"]

    def longest_first(xs):
        return tuple(sorted(xs, key=lambda x: -len(x)))

    return Vocabulary(
        motto=tuple(d["motto"]),
        types=tuple(DocType(t["name"], tuple(t.get("codes", ()))) for t in d["type"]),
        subject_prefixes=tuple(d["subject_prefixes"]),
        units=units,
        central_cities=cities,
        organisations=dict(sorted(d["organisations"].items(), key=lambda kv: -len(kv[0]))),
        abbreviations=dict(d["abbreviations"]),
        sign_prefixes=longest_first(sig["prefixes"]),
        sign_titles=longest_first(sig["titles"]),
        sign_notes=tuple(sig["notes"]),
        recipients=tuple(d["recipients"]),
        body_openers=longest_first(d["body_openers"]),
    )
