"""PDF → text, page by page, each page under a time budget; pages without a text layer are OCR'd.

- Text and ruled tables come from pdfplumber: the text outside the tables as lines, each table as TAB-separated
  rows (a cell's lines joined by a space; a merged cell is blank after its first row or column), in the order
  they stand on the page.
- A page whose extraction runs past ``LoadLimits.pdf_page_seconds`` is abandoned with a warning naming it; the
  other pages are still read.
- A page with no characters but an image or drawn shapes (a scan) is rendered with pypdfium2 at
  ``ocr_dpi`` and read by Tesseract (``-l vie``); its number goes in ``Loaded.ocr_pages``. When Tesseract or its
  Vietnamese data is missing, a warning names the pages left unread.
"""
from __future__ import annotations

import ctypes
import io
import threading

from assistant.ingest.limits import LoadError, LoadLimits
from assistant.ingest.ocr import OcrUnavailable, ocr_image, ocr_status
from assistant.records import Loaded


class PageTimeout(Exception):
    """Raised inside the worker thread when a page runs past its time budget."""


def run_with_deadline(fn, seconds: float):
    """Run ``fn()`` in a worker thread; past ``seconds``, raise PageTimeout inside it (pdfminer is pure Python, so
    it stops at its next bytecode) and raise PageTimeout here. Returns fn's result or re-raises its exception."""
    box: dict = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 — handed to the caller
            box["error"] = e

    t = threading.Thread(target=target, daemon=True, name="pdf-page")
    t.start()
    t.join(seconds)
    if t.is_alive():
        # an exception delivered while the thread runs a callback the interpreter calls itself (a gc hook) is
        # swallowed there: deliver it again until the thread stops, within a few seconds
        for _ in range(8):
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(t.ident), ctypes.py_object(PageTimeout))
            t.join(0.25)
            if not t.is_alive():
                break
        raise PageTimeout
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _cell(text: str | None) -> str:
    return " ".join((text or "").replace("\t", " ").split())


def _fill_merged_down(table, rows: list[list[str | None]]) -> list[list[str | None]]:
    """A cell merged down over several rows (one leader of the inspection team for two units) is printed once:
    pdfplumber gives the rows below None there. Each of them gets the merged cell's text, as a reader reads it; a
    cell merged across (a section title over the row) stays empty."""
    try:
        boxes = [r.cells for r in table.rows]
    except Exception:  # pdfplumber without row geometry: the rows as extracted
        return rows
    if len(boxes) != len(rows):
        return rows
    out = [list(r) for r in rows]
    for ri in range(1, len(out)):
        top = next((b[1] for b in boxes[ri] if b is not None), None)
        for ci, v in enumerate(out[ri]):
            if v is not None or top is None:
                continue
            for k in range(ri - 1, -1, -1):  # the nearest cell above that starts in this column
                b = boxes[k][ci] if ci < len(boxes[k]) else None
                if b is not None:
                    if b[3] > top + 1 and out[k][ci]:  # it reaches down into this row
                        out[ri][ci] = out[k][ci]
                    break
    return out


def _page_text(page) -> str:
    tables = page.find_tables()
    bboxes = [t.bbox for t in tables]

    def outside(obj, bboxes=bboxes):
        x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
        return not any(
            x0 >= b[0] - 1 and x1 <= b[2] + 1 and top >= b[1] - 1 and bottom <= b[3] + 1 for b in bboxes
        )

    blocks: list[tuple[float, str]] = []
    if bboxes:
        for ln in page.filter(outside).extract_text_lines() or []:
            blocks.append((ln["top"], ln["text"]))
    else:
        blocks.append((0.0, page.extract_text() or ""))
    for t in tables:
        rows = _fill_merged_down(t, t.extract() or [])
        text = "\n".join("\t".join(_cell(c) for c in row) for row in rows if any(_cell(c) for c in row))
        blocks.append((t.bbox[1], text))
    blocks.sort(key=lambda b: b[0])
    return "\n".join(b[1] for b in blocks)


def _needs_ocr(page) -> bool:
    """No character on the page, but something drawn on it: an image (a scan) or shapes (text as outlines)."""
    if page.chars:
        return False
    return bool(page.images) or len(page.curves) + len(page.rects) > 20


def _pages_label(pages: list[int]) -> str:
    return ", ".join(str(p) for p in pages)


def read_pdf(data: bytes, name: str, limits: LoadLimits) -> Loaded:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise LoadError(f"Tệp «{name}» không phải PDF hợp lệ.")
    out: list[str] = []
    warnings: list[str] = []
    ocr_pages: list[int] = []
    scans: list[int] = []  # pages without a text layer, 1-based
    slow: list[int] = []
    broken: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n = len(pdf.pages)
            if n > limits.pdf_max_pages:
                raise LoadError(f"Tệp PDF «{name}» có {n} trang (tối đa {limits.pdf_max_pages}): hãy tách tệp "
                                "rồi tải lên từng phần.")
            texts: dict[int, str] = {}
            for i, page in enumerate(pdf.pages, start=1):
                try:
                    text = run_with_deadline(lambda page=page: None if _needs_ocr(page) else _page_text(page),
                                             limits.pdf_page_seconds)
                    if text is None:
                        scans.append(i)
                    texts[i] = text or ""
                except PageTimeout:
                    slow.append(i)
                except LoadError:
                    raise
                except Exception as e:  # one damaged page: the rest is still read
                    if "password" in str(e).lower():
                        raise
                    broken.append(i)
                finally:
                    page.close()  # drop the page's cached layout: memory stays bounded by one page
            if scans:
                ocr_pages = _ocr(data, scans, limits, texts, warnings)
            out = [texts.get(i, "") for i in range(1, n + 1)]
    except PDFPasswordIncorrect as e:
        raise LoadError(f"Tệp PDF «{name}» có mật khẩu; hãy gỡ mật khẩu rồi tải lại.") from e
    except LoadError:
        raise
    except Exception as e:  # pdfminer raises many types on damaged files (PDFSyntaxError, …)
        inner = " ".join(type(a).__name__ for a in getattr(e, "args", ()) if isinstance(a, Exception))
        if "password" in f"{e} {inner}".lower() or "encrypt" in f"{type(e).__name__} {inner}".lower():
            raise LoadError(f"Tệp PDF «{name}» có mật khẩu; hãy gỡ mật khẩu rồi tải lại.") from e
        raise LoadError(f"Tệp PDF «{name}» bị hỏng hoặc không đọc được ({type(e).__name__}).") from e
    if slow:
        warnings.append(f"Trang {_pages_label(slow)} xử lý quá {limits.pdf_page_seconds:g} giây mỗi trang nên "
                        "đã bỏ qua: nội dung các trang này chưa được đọc.")
    if broken:
        warnings.append(f"Trang {_pages_label(broken)} bị hỏng, không đọc được: nội dung các trang này chưa được "
                        "đọc.")
    return Loaded("\n\n".join(out), ocr_pages=ocr_pages, scanned_pages=scans, warnings=warnings, encoding="pdf")


def _ocr(data: bytes, pages: list[int], limits: LoadLimits, texts: dict[int, str], warnings: list[str]) -> list[int]:
    """OCR the given pages into ``texts``; returns the pages read, adds a warning for every page that was not."""
    status = ocr_status(limits.ocr_lang) if limits.ocr else "OCR đã bị tắt trong cấu hình"
    if status:
        warnings.append(f"Trang {_pages_label(pages)} không có lớp chữ (ảnh quét) và chưa đọc được bằng OCR: "
                        f"{status}.")
        return []
    import pypdfium2 as pdfium

    todo, skipped = pages[: limits.ocr_max_pages], pages[limits.ocr_max_pages:]
    done: list[int] = []
    failed: list[tuple[int, str]] = []
    pdf = pdfium.PdfDocument(data)
    try:
        for i in todo:
            page = pdf[i - 1]
            try:
                w, h = page.get_size()  # points
                scale = limits.ocr_dpi / 72
                if w * h * scale * scale > limits.ocr_max_pixels:
                    scale = (limits.ocr_max_pixels / (w * h)) ** 0.5
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil()
                bitmap.close()
                texts[i] = ocr_image(image, limits.ocr_lang, limits.ocr_page_seconds)
                done.append(i)
            except OcrUnavailable as e:
                failed.append((i, str(e)))
            except Exception as e:  # a page pdfium cannot render
                failed.append((i, type(e).__name__))
            finally:
                page.close()
    finally:
        pdf.close()
    if done:
        warnings.append(f"Trang {_pages_label(done)} không có lớp chữ (ảnh quét): đã nhận dạng chữ bằng OCR tiếng "
                        "Việt — có thể sai chính tả, hãy đối chiếu bản gốc khi trích dẫn.")
    for i, why in failed:
        warnings.append(f"Trang {i} không có lớp chữ (ảnh quét) và OCR không đọc được ({why}): nội dung trang "
                        "này chưa được đọc.")
    if skipped:
        warnings.append(f"Trang {_pages_label(skipped)} không có lớp chữ và vượt quá {limits.ocr_max_pages} trang "
                        "OCR mỗi tệp: nội dung các trang này chưa được đọc.")
    return done
