"""Questions asked in English: key terms translated to Vietnamese through a glossary (data/glossary.toml), so the
documents can still answer; a question the glossary cannot carry is refused with a clear Vietnamese message.

    from_english("Who leads the sociological survey in 2024?")  →  "ai chủ trì điều tra xã hội học trong năm 2024"
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from assistant.lang.normalize import has_diacritics

DATA = Path(__file__).resolve().parent / "data" / "glossary.toml"
_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*|\d+[\d/.,%]*")


@lru_cache(maxsize=1)
def _glossary() -> tuple[frozenset[str], list[tuple[re.Pattern[str], str]]]:
    raw = tomllib.loads(DATA.read_text("utf-8"))
    words = frozenset(raw.get("english", {}).get("words", "").split())
    terms = sorted(raw.get("terms", {}).items(), key=lambda kv: -len(kv[0]))
    return words, [(re.compile(rf"(?<![\w']){re.escape(k)}(?![\w'])", re.I), v) for k, v in terms]


# words that only English has (accent-free Vietnamese has "do", "the", "an", "to", "can" — căn cứ, cần — too)
_ENGLISH_ONLY = frozenset("what who whom whose which when where how is are was were does did of for with should must "
                          "will would could has have please you your".split())


def looks_english(question: str) -> bool:
    """No Vietnamese diacritics and at least two words only English has ("who", "is", "which", "for" …)."""
    if has_diacritics(question):
        return False
    toks = [t.lower() for t in _WORD.findall(question)]
    return sum(1 for t in toks if t in _ENGLISH_ONLY) >= 2 or (
        len(toks) >= 3 and sum(1 for t in toks if t in _ENGLISH_ONLY) >= 1 and toks[0] in _ENGLISH_ONLY)


def from_english(question: str) -> str | None:
    """The question in Vietnamese, or None when too little of it is known (then ask for Vietnamese)."""
    words, terms = _glossary()
    text = question
    found: list[str] = []
    for pat, vi in terms:
        def keep(m, vi=vi):
            found.append(vi)
            return f" \x00{len(found) - 1}\x00 "
        text = pat.sub(keep, text)
    leftover = [t for t in _WORD.findall(text.replace("\x00", " ")) if t.lower() not in words and not t[0].isdigit()
                and not t.isupper() and not re.fullmatch(r"\d+", t)]
    if len(found) < 2 or len(leftover) > max(1, len(found) // 2):
        return None
    out = re.sub(r"\x00(\d+)\x00", lambda m: found[int(m.group(1))], text)
    out = " ".join(w for w in out.split() if w.lower().strip("?,.") not in words)
    return re.sub(r"\s+", " ", out).strip()
