"""What the loaders accept: size, part and page limits (validated), and the error they raise.

The defaults fit the genre: a plan is a few hundred KB of text, a DOCX of it a few MB with its images, a scanned
annex up to 20 MB. A file past a limit is refused with a Vietnamese message (``LoadError``); a single page past its
time budget is skipped with a warning while the rest of the file is read.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


class LoadError(Exception):
    """A file that cannot be ingested; the message is Vietnamese, for users."""


@dataclass(frozen=True)
class LoadLimits:
    max_file_bytes: int = 20 * MB  # the file as uploaded
    # DOCX (a zip): checked on the zip's directory before any part is inflated
    docx_max_parts: int = 2000  # a long plan has a few dozen parts; thousands mean a crafted file
    docx_max_unzipped_bytes: int = 200 * MB  # every part inflated (images included)
    docx_max_xml_bytes: int = 40 * MB  # the XML parts python-docx parses (text, tables, styles)
    docx_max_ratio: float = 100.0  # inflated/compressed of one XML part; text XML deflates 5-30×, a bomb 1000×
    docx_ratio_min_bytes: int = 1 * MB  # the ratio is only judged on parts that inflate past this
    # PDF
    pdf_max_pages: int = 500
    pdf_page_seconds: float = 20.0  # text and tables of one page; past it the page is skipped with a warning
    # OCR of pages without a text layer (Tesseract, Vietnamese)
    ocr: bool = True
    ocr_lang: str = "vie"
    ocr_dpi: int = 300
    ocr_max_pixels: int = 40_000_000  # an A4 page at 300 dpi is 8.7 M pixels; odd page sizes are scaled down
    ocr_page_seconds: float = 120.0
    ocr_max_pages: int = 100  # pages OCR'd per file; the rest are named in a warning

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if f.type in ("int", "float") and (isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0):
                raise ValueError(f"LoadLimits.{f.name} phải là số dương (nhận: {v!r}).")
        if self.docx_max_xml_bytes > self.docx_max_unzipped_bytes:
            raise ValueError("LoadLimits.docx_max_xml_bytes không được lớn hơn docx_max_unzipped_bytes.")
        if not 72 <= self.ocr_dpi <= 600:
            raise ValueError(f"LoadLimits.ocr_dpi phải trong khoảng 72–600 (nhận: {self.ocr_dpi}).")
        if not self.ocr_lang or not all(p.isalnum() or p == "_" for p in self.ocr_lang.split("+")):
            raise ValueError(f"LoadLimits.ocr_lang không hợp lệ: {self.ocr_lang!r}.")


DEFAULT_LIMITS = LoadLimits()
