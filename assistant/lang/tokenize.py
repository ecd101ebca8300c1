"""THE tokenizer: folded syllables, their bigrams and underthesea compounds; and THE stop list.

Every stage that splits Vietnamese text into terms (BM25 at ingest and at question time, coverage checks in
answering) uses this module, so a word means the same thing everywhere.
"""
from __future__ import annotations

import re

from assistant.lang.normalize import (
    expand_abbreviations,
    fold,
    has_diacritics,
    normalize,
)

# "the" (thế) is not a stop word: it is half of "thể chế"; "thế nào" is removed as a phrase (see content words)
STOP = set("ai la gi nao khi bao nhieu may cua va cac nhung thi sao con vay co khong duoc trong theo ve de "
           "cho voi tai o nhu hay toi minh ban xin cam on a nhe di roi se phai can".split())

_SYL = re.compile(r"[a-z0-9%]+")


def _segment(text: str) -> list[str]:
    """underthesea word segmentation; multi-syllable words become folded 'a_b_c' tokens."""
    from assistant.lang.segment import word_tokenize  # underthesea's segmenter, without torch

    try:
        words = word_tokenize(normalize(text))
    except Exception:  # never let the segmenter break retrieval
        return []
    return ["_".join(_SYL.findall(fold(w))) for w in words if " " in w.strip()]


def tokenize(text: str, segment: bool = True, expand: bool = False) -> list[str]:
    f = expand_abbreviations(text) if expand else fold(text)
    syl = [s for s in _SYL.findall(f) if s not in STOP]
    toks = syl + [f"{a}_{b}" for a, b in zip(syl, syl[1:])]
    if segment and has_diacritics(text):
        toks += [t for t in _segment(text) if t.count("_") >= 2]
    return toks
