"""Load .txt / .md / .pdf / .docx files into plain text — a ``Loaded`` record: text, OCR'd pages, warnings.

- Text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 LE/BE without one (recognised by where its
  zero bytes fall), Windows-1258 (``cp1258``: its tone marks are combining characters, composed by NFC); anything
  else is refused with a Vietnamese message naming what was tried.
- DOCX (``docx_reader``): zip checked against ``LoadLimits`` before it is opened; layout tables (header,
  signature) come out as lines in reading order, data tables as TAB-separated rows.
- PDF (``pdf_reader``): text layer and ruled tables per page under a time budget; pages without a text layer
  are OCR'd in Vietnamese with Tesseract.

Every text goes through ``sanitize()`` (invisible and control characters dropped, NFC) and gets ``\\n`` line
ends. What could not be read becomes a warning on the record, never a silent loss.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from assistant.ingest.limits import DEFAULT_LIMITS, LoadError, LoadLimits
from assistant.lang.normalize import sanitize
from assistant.records import Loaded

__all__ = ["SUPPORTED", "LoadError", "LoadLimits", "Loaded", "check_bytes", "load_bytes", "load_file", "MAX_FILE_BYTES"]

SUPPORTED = (".txt", ".md", ".pdf", ".docx")
MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes


def check_bytes(data: bytes, name: str, limits: LoadLimits = DEFAULT_LIMITS) -> Loaded:
    """What an upload form needs before saving a file: every check ``load_bytes`` makes, without OCR (slow). A PDF
    whose pages are all scans passes (they are OCR'd at ingest); ``scanned_pages`` names them."""
    return _load(data, name, replace(limits, ocr=False), scans_ok=True)


def load_bytes(data: bytes, name: str, limits: LoadLimits = DEFAULT_LIMITS) -> Loaded:
    return _load(data, name, limits)


def _load(data: bytes, name: str, limits: LoadLimits, scans_ok: bool = False) -> Loaded:
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED:
        raise LoadError(f"Không hỗ trợ định dạng tệp «{ext or name}». Chỉ nhận: {', '.join(SUPPORTED)}.")
    if not data or not data.strip():
        raise LoadError(f"Tệp «{name}» rỗng.")
    if len(data) > limits.max_file_bytes:
        raise LoadError(f"Tệp «{name}» quá lớn ({len(data) / 1_048_576:.0f} MB; tối đa "
                        f"{limits.max_file_bytes / 1_048_576:.0f} MB).")
    if ext in (".txt", ".md"):
        loaded = decode_text(data, name)
    elif ext == ".pdf":
        from assistant.ingest.pdf_reader import read_pdf

        loaded = read_pdf(data, name, limits)
    else:
        from assistant.ingest.docx_reader import read_docx

        loaded = read_docx(data, name, limits)
    loaded.text = _clean(loaded.text)
    if not loaded.text.strip() and not (scans_ok and loaded.scanned_pages):
        why = " ".join(loaded.warnings)
        raise LoadError(f"Không trích xuất được chữ nào từ tệp «{name}»" + (f": {why}" if why else
                        " (tệp ảnh quét hoặc rỗng?)."))
    return loaded


def load_file(path: Path, limits: LoadLimits = DEFAULT_LIMITS) -> Loaded:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise LoadError(f"Tệp «{path.name}» quá lớn ({size / 1_048_576:.0f} MB; tối đa "
                            f"{limits.max_file_bytes / 1_048_576:.0f} MB).")
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(f"Không đọc được tệp «{path.name}»: {e.strerror}.") from e
    return load_bytes(data, path.name, limits)


def _clean(text: str) -> str:
    return sanitize(text.replace("\r\n", "\n").replace("\r", "\n"))


# --- text encodings -------------------------------------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Letters of Vietnamese beyond ASCII (both cases), and typographic marks that Vietnamese text commonly holds.
_VI_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
_VI_MARKS = set("\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u00b0\u00ab\u00bb\u00a7\u00b7\u2010\u2011")


def _vietnamese_share(text: str) -> float:
    """Share of the non-ASCII characters that Vietnamese text would hold (1.0 when there are none)."""
    other = [ch for ch in text if ord(ch) > 127]
    if not other:
        return 1.0
    return sum(ch in _VI_LETTERS or ch in _VI_MARKS for ch in other) / len(other)


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    ok = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return ok / len(text)


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the zero bytes fall on one side, as ASCII letters and spaces do in UTF-16
    without a BOM (Vietnamese text is mostly ASCII letters: its accented letters have a non-zero high byte)."""
    sample = data[:65536]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sum(1 for i in range(0, 2 * half, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * half, 2) if sample[i] == 0)
    if odd > 0.2 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> Loaded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise LoadError(f"Tệp «{name}» có dấu BOM {enc.upper()} nhưng nội dung không phải văn bản "
                                f"{enc.upper()} hợp lệ.") from e
            return Loaded(text.lstrip("\ufeff"), encoding=enc)
    if b"\x00" in data[:65536]:
        enc = _utf16_order(data)
        if enc:
            body = data[: len(data) - len(data) % 2]
            try:
                text = body.decode(enc)
            except UnicodeDecodeError:
                text = ""
            if text and _printable_share(text) > 0.98:
                return Loaded(text, encoding=enc)
        raise LoadError(f"Tệp «{name}» là tệp nhị phân, không phải văn bản.")
    try:
        return Loaded(data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1258: tone marks are separate combining characters; NFC composes them onto their vowels, and what
    # stays uncomposed (or is not a Vietnamese letter) shows the bytes were some other legacy encoding.
    text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    stray = sum(unicodedata.combining(ch) > 0 for ch in text)
    if "\ufffd" not in text and stray <= max(2, len(text) // 2000) and _vietnamese_share(text) >= 0.98:
        return Loaded(text, encoding="cp1258")
    # Mostly UTF-8 with a few broken bytes: keep the text, say how many characters were replaced.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 1000):
        return Loaded(text, encoding="utf-8",
                      warnings=[f"{bad} ký tự không đọc được (không phải UTF-8) đã được thay bằng «\ufffd»."])
    raise LoadError(f"Tệp «{name}» không phải văn bản UTF-8, UTF-16 hay Windows-1258 (có thể là bảng mã cũ "
                    "TCVN3/VNI): hãy mở bằng Word và lưu lại dạng văn bản Unicode (UTF-8) rồi tải lên lại.")
