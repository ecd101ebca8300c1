"""A scanned page (an image with no text layer) is read by Tesseract in Vietnamese, and the report names it.

Slow lane: OCR of one A4 page takes several seconds. Needs the Debian packages tesseract-ocr and
tesseract-ocr-vie (installed by the project's scripts); without them the fast lane checks the warning instead.
"""
from fixtures_layouts import image_pdf, scanned_page

from assistant.ingest.catalogue import iter_documents
from assistant.ingest.loaders import load_file
from assistant.ingest.ocr import ocr_status
from assistant.lang.normalize import fold

PAGE = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN MAI SƠN",
    "Số: 14/TB-UBND",
    "",
    "THÔNG BÁO",
    "Về việc tổ chức tập huấn cải cách hành chính năm 2025",
    "",
    "Ủy ban nhân dân huyện thông báo tổ chức tập huấn nghiệp vụ",
    "kiểm soát thủ tục hành chính cho công chức Bộ phận Một cửa.",
]


def test_ocr_is_installed():
    assert ocr_status("vie") == "", "install the Debian packages tesseract-ocr and tesseract-ocr-vie"


def test_scanned_page_is_ocrd_in_vietnamese_and_reported(tmp_path):
    pdf = image_pdf(tmp_path / "tb.pdf", [scanned_page(PAGE)],
                    text_first=["Phụ lục: trang này có lớp chữ."])
    loaded = load_file(pdf)
    assert loaded.ocr_pages == [2] and loaded.scanned_pages == [2]
    assert any("Trang 2" in w and "OCR" in w for w in loaded.warnings)
    f = fold(loaded.text)
    assert "phu luc: trang nay co lop chu" in f  # the text layer of page 1 is kept as it is
    for words in ("thong bao", "cai cach hanh chinh", "thu tuc hanh chinh", "bo phan mot cua"):
        assert words in f, loaded.text
    assert "THÔNG BÁO" in loaded.text  # diacritics read, not dropped


def test_ocr_pages_and_warnings_reach_the_document(tmp_path):
    image_pdf(tmp_path / "tb.pdf", [scanned_page(PAGE)])
    [(name, doc, error)] = list(iter_documents(tmp_path))
    assert error == "" and doc.ocr_pages == [1]
    assert doc.load_warnings and "Trang 1" in doc.load_warnings[0]
    assert doc.doc_type == "Thông báo" and doc.number == "14/TB-UBND"
    assert doc.level == "huyện" and doc.place == "huyện Mai Sơn"
