"""underthesea's word segmenter, imported without the rest of underthesea.

``import underthesea`` runs its package ``__init__``, which imports every optional pipeline it can —
``translate`` among them, which imports transformers and torch whenever they are installed (+~130 MB of
memory and seconds of start-up in the web app, for nothing: only the CRF word segmenter is used here). This
module loads ``underthesea.pipeline.word_tokenize`` (a CRF model run by the Rust ``underthesea_core``)
without executing the package ``__init__``; a later ``import underthesea`` elsewhere still gets the real package.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from typing import Callable

_lock = threading.Lock()
_fn: Callable[..., list[str]] | None = None


def _load() -> Callable[..., list[str]]:
    if "underthesea" in sys.modules:  # already imported for real by someone: use it as is
        return importlib.import_module("underthesea.pipeline.word_tokenize").word_tokenize
    spec = importlib.util.find_spec("underthesea")
    if spec is None:
        raise ImportError("underthesea is not installed")
    shell = importlib.util.module_from_spec(spec)  # the package object, its __init__ not executed
    sys.modules["underthesea"] = shell
    try:
        # text_normalize first: word_tokenize and text_normalize import each other, and the package's own
        # __init__ resolves that cycle by importing text_normalize (through chunking) first
        importlib.import_module("underthesea.pipeline.text_normalize")
        fn = importlib.import_module("underthesea.pipeline.word_tokenize").word_tokenize
        fn("Việt Nam")  # loads the CRF model now: its lazy import also goes through the package
    finally:
        # leave no half package behind: a later `import underthesea` runs the real __init__ (and reuses
        # the submodules loaded here)
        if sys.modules.get("underthesea") is shell:
            del sys.modules["underthesea"]
    return fn


def word_tokenize(text: str) -> list[str]:
    """underthesea.word_tokenize: ``["Ủy ban nhân dân", "tỉnh", "Cao Bằng", …]``."""
    global _fn
    if _fn is None:
        with _lock:
            if _fn is None:
                _fn = _load()
    return _fn(text)
