"""Tesseract OCR through its command line (Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``).

No Python wrapper is needed: the page image goes to ``tesseract stdin stdout -l vie`` as PNG, under a timeout
(the process is killed past it). ``ocr_status()`` says in Vietnamese what is missing, or "" when OCR can run.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import lru_cache

# Tesseract reads a Roman "I" as "l" ("quý l năm 2026", "Phần ll"): a lone "l", "ll", "lll", "lV" is never a Vietnamese
# word, so it is read back as the numeral it was
_ROMAN_L = re.compile(r"(?<![^\W\d_])(l{1,3}|l?V|Vl{1,3})(?![^\W\d_])")
# … and as "|" after a word that numbers ("quý | năm 2025", "Phụ lục |"); elsewhere "|" is a ruling or noise, kept
_ROMAN_BAR = re.compile(r"(?i)(?<![^\W\d_])(quý|phần|mục|chương|phụ lục|đợt|giai đoạn) \|(?=[\s/.,;:)]|$)")
# … and a stroke as "H", "|" or "1" inside a numeral after such a word ("Quý IIH/2026", "Quý II1/2026", "Phần I|"):
# two or three strokes, at least one read as I or l, become that many I
_ROMAN_MIXED = re.compile(r"(?i)(?<![^\W\d_])(quý|phần|mục|chương|phụ lục|đợt|giai đoạn)(\s+)(?=[Il]*[H|1])(?=[H|1]*[Il])"
                          r"([IlH|1]{2,3})(?=[\s/.,;:)]|$)")


def fix_numerals(text: str) -> str:
    """"quý l/2026" → "quý I/2026", "mục ll." → "mục II." (only tokens made of l, I and V alone); "quý | năm" →
    "quý I năm"; "Quý IIH/2026" → "Quý III/2026"."""
    text = _ROMAN_MIXED.sub(lambda m: f"{m.group(1)}{m.group(2)}{'I' * len(m.group(3))}", text)
    text = _ROMAN_L.sub(lambda m: m.group(1).replace("l", "I"), text)
    return _ROMAN_BAR.sub(lambda m: f"{m.group(1)} I", text)


# specks read as marks standing alone at a line's ends ("THÔNG BÁO _", ": tại cuộc họp … năm 2027 -") or between two
# words ("tại ‹ cuộc họp"); a trailing " -" also read as a word cut at the line end, gluing two paragraphs. A dash at
# a line's start is a bullet and stays.
_STRAY_END = re.compile(r"(?:[ \t]+[\-_.:;,'`~‹›ˆ|]+)+[ \t]*$", re.M)
_STRAY_START = re.compile(r"^[ \t]*(?:[_.:;,'`~‹›ˆ|]+[ \t]+)+", re.M)
_STRAY_MID = re.compile(r"[ \t][‹›ˆ`~]+(?=\s)")


def drop_specks(text: str) -> str:
    """"THÔNG BÁO _" → "THÔNG BÁO"; ": tại ‹ cuộc họp … 2027 -" → "tại cuộc họp … 2027"; "- Các sở" stays."""
    return _STRAY_MID.sub("", _STRAY_START.sub("", _STRAY_END.sub("", text)))


class OcrUnavailable(Exception):
    """OCR could not read a page (message in Vietnamese)."""


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


@lru_cache(maxsize=8)
def _languages(exe: str) -> frozenset[str]:
    try:
        res = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (res.stdout + "\n" + res.stderr).splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and " " not in ln.strip())


def ocr_status(lang: str = "vie") -> str:
    exe = tesseract_path()
    if not exe:
        return "máy chủ chưa cài Tesseract OCR (gói tesseract-ocr và tesseract-ocr-vie)"
    missing = [x for x in lang.split("+") if x not in _languages(exe)]
    if missing:
        return f"Tesseract chưa có dữ liệu ngôn ngữ {', '.join(missing)} (gói tesseract-ocr-{missing[0]})"
    return ""


def ocr_image(image, lang: str = "vie", timeout: float = 120.0) -> str:
    """The text Tesseract reads on a PIL image (one page: ``--psm 3``, automatic layout). Specks (scanner dust,
    noise, a stamp's spray) are removed first with a 3×3 median filter: read as "-", "_", "." they broke numbers
    ("61/TBVP - SE" for "61/TB-VP") and titles; clean scans read the same with or without it."""
    from PIL import ImageFilter

    exe = tesseract_path()
    if not exe:
        raise OcrUnavailable(ocr_status(lang))
    buf = io.BytesIO()
    image.filter(ImageFilter.MedianFilter(3)).save(buf, format="PNG")
    try:
        res = subprocess.run([exe, "stdin", "stdout", "-l", lang, "--psm", "3"], input=buf.getvalue(),
                             capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise OcrUnavailable(f"OCR quá {timeout:g} giây") from e
    except OSError as e:
        raise OcrUnavailable(f"không chạy được Tesseract: {e.strerror}") from e
    if res.returncode != 0:
        err = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrUnavailable(f"Tesseract báo lỗi: {err[-1] if err else res.returncode}")
    return drop_specks(fix_numerals(res.stdout.decode("utf-8", "replace")))
