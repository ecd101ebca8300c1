"""Deadline text → date range in the plan's year: every pattern listed in DOMAIN.md, plus question phrasing."""
import pytest

from assistant.lang.dates import parse_period


@pytest.mark.parametrize("text,year,start,end,ongoing", [
    ("Tháng 01", 2024, "2024-01-01", "2024-01-31", False),
    ("Tháng 6,7", 2024, "2024-06-01", "2024-07-31", False),
    ("Quý I", 2024, "2024-01-01", "2024-03-31", False),
    ("Quý I, II", 2024, "2024-01-01", "2024-06-30", False),
    ("Quý I,II", 2024, "2024-01-01", "2024-06-30", False),
    ("Quý I (theo thời gian Bộ Nội vụ hướng dẫn)", 2024, "2024-01-01", "2024-03-31", False),
    ("Qúy IV/2025", 2025, "2025-10-01", "2025-12-31", False),
    ("Quý IV/2025", 2024, "2025-10-01", "2025-12-31", False),  # a year written in the cell wins
    ("Trong năm", 2024, "2024-01-01", "2024-12-31", False),
    ("Trong năm 2024", 2025, "2024-01-01", "2024-12-31", False),
    ("Thường xuyên", 2026, "2026-01-01", None, True),
    ("Trước ngày 20/01/2024", 2024, None, "2024-01-20", False),
    ("Xong trước tháng 12/2024", 2024, None, "2024-11-30", False),
    ("Kiểm tra xong trước tháng 12/2023", 2024, None, "2023-11-30", False),
    ("Dự kiến trong quý III, IV năm 2024", 2024, "2024-07-01", "2024-12-31", False),
    ("6 tháng đầu năm", 2025, "2025-01-01", "2025-06-30", False),
    ("trước ngày 01/12/2024", 2024, None, "2024-12-01", False),
])
def test_deadline_patterns(text, year, start, end, ongoing):
    p = parse_period(text, year)
    assert p is not None
    assert p.iso() == (start, end) and p.ongoing is ongoing


@pytest.mark.parametrize("text,year,start,end", [
    ("quy 2", 2024, "2024-04-01", "2024-06-30"),
    ("thang 6", 2025, "2025-06-01", "2025-06-30"),
    ("truoc 20/1", 2024, None, "2024-01-20"),
    ("nhung viec phai xong trong quy I/2024", None, "2024-01-01", "2024-03-31"),
])
def test_question_time_expressions(text, year, start, end):
    assert parse_period(text, year).iso() == (start, end)


def test_unknown_or_yearless_text_gives_no_dates():
    assert parse_period("Kết quả thực hiện đến thời điểm kiểm tra.", 2024) is None
    assert parse_period("Quý II", None) is None
    assert parse_period("", 2024) is None


def test_overlap():
    q2 = parse_period("Quý II", 2024)
    assert q2.overlaps(parse_period("Quý I, II", 2024))
    assert not q2.overlaps(parse_period("Tháng 01", 2024))
    assert q2.overlaps(parse_period("Thường xuyên", 2024))


def test_the_parts_of_a_year_a_text_names():
    from assistant.lang.dates import named_periods

    assert named_periods("Báo cáo quý I, II năm 2027") == {"i", "ii"}
    assert named_periods("hội nghị sơ kết 6 tháng cuối năm") == {"6 tháng cuối năm"}
    assert named_periods("Quy chế làm việc") == set()
