"""Vietnamese normalisation: NFC, tone-mark placement, whitespace, folding, abbreviations.

Two forms of every string matter:
- ``normalize(s)``: NFC, tone marks in the traditional position ("Uỷ" → "Ủy",
  "hoà" → "hòa", "thuỷ" → "thủy"), one space between words. Used for display
  and exact matching.
- ``fold(s)``: lower-case, diacritics removed ("đ" → "d"), for accent-free
  matching of what phone users type ("so noi vu").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
# Open syllables "oa", "oe", "uy" carry the tone on the first vowel in the
# traditional style used by the corpus majority: hòa, khỏe, thủy, Ủy.
# "qu" + y is a consonant + vowel ("quý"), so it is left alone.
_END = r"(?![^\W\d_]|[\u0300-\u036f])"  # syllable ends: no letter, no further mark
_OA_OE = re.compile(rf"(?<![qQ])([oO])([aAeE])([{_TONES}]){_END}")
_UY = re.compile(rf"(?<![qQ])([uU])([yY])([{_TONES}]){_END}")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_ANYWS = re.compile(r"\s+")


# Zero-width characters, bidi controls, the BOM and other invisible format characters: they change nothing a
# reader sees, so they must change nothing the assistant does (a question with them gets the same answer).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def sanitize(s: str) -> str:
    """The door every outside text goes through first (questions, history, uploaded text): drops invisible
    format characters and control characters, replaces lone surrogates with U+FFFD, and returns NFC."""
    if not s:
        return ""
    s = _SURROGATE.sub("\ufffd", s)
    s = _INVISIBLE.sub("", s)
    s = _CONTROL.sub(" ", s)
    return unicodedata.normalize("NFC", s)


def fix_tone_placement(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    d = _OA_OE.sub(r"\1\3\2", d)
    d = _UY.sub(r"\1\3\2", d)
    return unicodedata.normalize("NFC", d)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def normalize(s: str) -> str:
    """NFC + traditional tone placement + collapsed whitespace (single line)."""
    if not s:
        return ""
    s = fix_tone_placement(nfc(s))
    return _ANYWS.sub(" ", s).strip()


def normalize_keep_lines(s: str) -> str:
    """Like normalize() but keeps line breaks (for whole documents)."""
    s = fix_tone_placement(nfc(s.replace("\r\n", "\n").replace("\r", "\n")))
    return _WS.sub(" ", s)


def strip_diacritics(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    d = "".join(ch for ch in d if not unicodedata.combining(ch))
    return d.replace("đ", "d").replace("Đ", "D")


_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "“": '"', "”": '"'})


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent-free, lower-case, whitespace-collapsed form for matching."""
    if not s:
        return ""
    s = strip_diacritics(nfc(s)).lower().translate(_DASHES)
    return _ANYWS.sub(" ", s).strip()


_WORD = re.compile(r"[^\W_]+(?:[./-][^\W_]+)*", re.UNICODE)


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def has_diacritics(s: str) -> bool:
    return strip_diacritics(nfc(s)) != nfc(s)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation → expansion, from the active profile (data, not code)."""
    from assistant.profiles import active_profile

    return dict(active_profile().abbreviations)


@lru_cache(maxsize=1)
def _abbr_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {fold(k): v for k, v in abbreviations().items()}
    keys = sorted(table, key=len, reverse=True)
    pat = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return pat, table


@lru_cache(maxsize=65536)
def expand_abbreviations(s: str, keep: bool = True) -> str:
    """Expand known abbreviations on the folded text ("cchc" → "cchc cai cach hanh chinh").

    Works on folded text so "cchc", "CCHC" and "Cchc" all expand; returns a
    folded string for lexical matching. ``keep=False`` replaces the
    abbreviation instead of keeping it beside its expansion.
    """
    pat, table = _abbr_pattern()
    f = fold(s)
    if keep:
        return pat.sub(lambda m: f"{m.group(1)} {fold(table[m.group(1)])}", f)
    return pat.sub(lambda m: fold(table[m.group(1)]), f)


def contains_folded(haystack: str, needle: str) -> bool:
    return fold(needle) in fold(haystack)


_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_EMPH = re.compile(r"\*{1,3}|_{2,3}|^\s*#{1,6}\s+", re.M)


def display_text(raw: str) -> str:
    """Source text as a reader sees it, on one line: HTML tags and Markdown emphasis dropped, table cells
    (TAB-separated) joined by " | ", normalised. Every word stays in the source's order (quotes stay verbatim)."""
    lines = []
    for line in raw.splitlines():
        cells = [c.strip() for c in _EMPH.sub("", _TAGS.sub(" ", line)).split("\t")]
        cells = [c for c in cells if c]
        if cells:
            lines.append(" | ".join(cells))
    return normalize(" ".join(lines))
