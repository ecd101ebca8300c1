"""Question vocabulary, loaded from ``lang/data/questions.toml`` (data, not regexes scattered in code).

    lx = lexicon()
    lx.which("asked", "ai chu tri va ai phoi hop ...")   # ["lead", "coordinators"] in the order asked
    lx.has("types", "percent", folded)                   # does the question ask for a percentage?

Every entry is matched on the folded question (``lang.normalize.fold``) with word boundaries around it.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "questions.toml"
_B0, _B1 = r"(?<![a-z0-9])", r"(?![a-z0-9])"


def _compile(patterns: list[str]) -> re.Pattern[str]:
    parts = []
    for p in patterns:
        head = "" if p.startswith("^") else _B0
        tail = "" if p.endswith(("$", "%", "?")) else _B1
        parts.append(f"{head}(?:{p}){tail}")
    return re.compile("|".join(parts) if parts else r"(?!x)x")


@dataclass(frozen=True)
class Lexicon:
    groups: dict[str, dict[str, re.Pattern[str]]]
    question_words: frozenset[str]
    place_before: re.Pattern[str]  # words after which a lower-case name after a unit word is a place
    not_names: frozenset[str]  # words that never start a place name
    doc_codes: dict[str, str]  # folded document type → the code its numbers carry ("ke hoach" → "KH")

    def search(self, group: str, key: str, folded: str) -> re.Match[str] | None:
        pat = self.groups.get(group, {}).get(key)
        return pat.search(folded) if pat is not None else None

    def has(self, group: str, key: str, folded: str) -> bool:
        return self.search(group, key, folded) is not None

    def which(self, group: str, folded: str) -> list[str]:
        """The keys of ``group`` the text matches, ordered by where they first match."""
        found = []
        for key, pat in self.groups.get(group, {}).items():
            m = pat.search(folded)
            if m:
                found.append((m.start(), key))
        return [k for _, k in sorted(found)]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = tomllib.loads(DATA.read_text("utf-8"))
    words = raw.pop("words", {})
    places = raw.pop("places", {})
    codes = raw.pop("doc_codes", {})
    raw.pop("agency_names", None)
    raw["glue"] = {"phrases": raw.get("glue", {}).get("phrases", [])}
    groups = {g: {k: _compile(v if isinstance(v, list) else [v]) for k, v in entries.items()}
              for g, entries in raw.items()}
    before = "|".join(re.escape(w) for w in places.get("before", []))
    return Lexicon(groups, frozenset(words.get("question", "").split()), re.compile(rf"(?:^|\b(?:{before})|\b(?:19|20)\d\d)\s*$"),
                   frozenset(places.get("not_names", "").split()), dict(codes))
