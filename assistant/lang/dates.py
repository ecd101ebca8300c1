"""Deadline text → a date range in the plan's year.

Keeps what is written ("Qúy IV/2025") and derives ISO dates:

| written                         | start        | end          |
|---------------------------------|--------------|--------------|
| Tháng 01 / Tháng 6,7            | month start  | month end    |
| Quý I / Quý I, II / Qúy IV/2025 | quarter start| quarter end  |
| 6 tháng đầu năm / cuối năm      | Jan 1 / Jul 1| Jun 30 / Dec 31 |
| Trong năm (2024) / Năm 2024     | Jan 1        | Dec 31       |
| Thường xuyên / Hằng năm         | Jan 1        | — (ongoing)  |
| Trước ngày 20/01/2024           | —            | 2024-01-20   |
| (Xong) trước tháng 12/2024      | —            | 2024-11-30   |

The same parser reads time expressions in questions ("quý 2", "tháng 6",
"trước 20/1").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from assistant.lang.normalize import fold

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    ongoing: bool = False

    def iso(self) -> tuple[str | None, str | None]:
        return (self.start.isoformat() if self.start else None, self.end.isoformat() if self.end else None)

    def overlaps(self, other: "Period") -> bool:
        a0 = self.start or date.min
        a1 = self.end or date.max
        b0 = other.start or date.min
        b1 = other.end or date.max
        return a0 <= b1 and b0 <= a1


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _q(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)


_YEAR_RE = re.compile(r"(?:/|nam\s+)(20\d\d)\b")
_BEFORE_DAY = re.compile(r"truoc\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?")
_BEFORE_MONTH = re.compile(r"truoc\s+thang\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?")
_QUARTERS = re.compile(r"quy\s+((?:(?:iv|iii|ii|i|[1-4])\s*(?:,|va|-|–)?\s*)+)")
_MONTHS = re.compile(r"thang\s+((?:\d{1,2}\s*(?:,|va|-|–)?\s*)+)(?:/\s*(20\d\d))?")
_HALF = re.compile(r"6\s+thang\s+(dau|cuoi)\s+nam")


_WHOLE_YEAR = re.compile(r"\bca nam\b|\btong ket\b[a-z ]{0,40}\bnam\b")
_QUARTER_NO = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}


def named_periods(text: str) -> set[str]:
    """The parts of a year a text names, year aside: quarters as lower-case numerals ("quý 2", "Quý II" → "ii"; "quý
    I, II" → "i", "ii"), "6 tháng đầu năm" / "6 tháng cuối năm", and "cả năm" ("cả năm", "tổng kết … năm")."""
    f = fold(text or "").replace("qúy", "quy")
    out = {_QUARTER_NO.get(t, t) for m in _QUARTERS.finditer(f) for t in re.findall(r"iv|iii|ii|i|[1-4]", m.group(1))}
    out |= {f"6 tháng {'đầu' if m.group(1) == 'dau' else 'cuối'} năm" for m in _HALF.finditer(f)}
    if _WHOLE_YEAR.search(f):
        out.add("cả năm")
    return out


def parse_period(text: str, year: int | None) -> Period | None:
    """Parse a deadline or a question's time expression; ``year`` is the plan year."""
    if not text:
        return None
    f = fold(text).replace("qúy", "quy")
    m_year = _YEAR_RE.search(f)
    y = int(m_year.group(1)) if m_year else year
    if "thuong xuyen" in f or "hang nam" in f or "hằng năm" in f or "lien tuc" in f:
        return Period(date(y, 1, 1) if y else None, None, True)
    if m := _BEFORE_DAY.search(f):
        d, mo = int(m.group(1)), int(m.group(2))
        yy = int(m.group(3)) if m.group(3) else y
        if yy and 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(yy, mo)[1]:
            return Period(None, date(yy, mo, d))
    if m := _BEFORE_MONTH.search(f):
        mo = int(m.group(1))
        yy = int(m.group(2) or m.group(3) or 0) or y
        if yy and 1 <= mo <= 12:
            end = date(yy, mo, 1).fromordinal(date(yy, mo, 1).toordinal() - 1)
            return Period(None, end)
    if not y:
        return None
    if m := _HALF.search(f):
        return Period(date(y, 1, 1), date(y, 6, 30)) if m.group(1) == "dau" else Period(date(y, 7, 1), date(y, 12, 31))
    spans = _spans(f, y)
    if spans:
        return Period(min(s for s, _ in spans), max(e for _, e in spans))
    if "trong nam" in f or re.search(r"\bnam\s+20\d\d\b", f) or "ca nam" in f:
        return Period(date(y, 1, 1), date(y, 12, 31))
    return None


def _spans(f: str, y: int) -> list[tuple[date, date]]:
    """Each quarter and month the folded text names ("Quý II, Quý IV/2025" → two quarters)."""
    spans: list[tuple[date, date]] = []
    for m in _QUARTERS.finditer(f):
        for tok in re.findall(r"iv|iii|ii|i|[1-4]", m.group(1)):
            q = ROMAN.get(tok) or int(tok)
            spans.append(_q(y, q))
    for m in _MONTHS.finditer(f):
        yy = int(m.group(2)) if m.group(2) else y
        for tok in re.findall(r"\d{1,2}", m.group(1)):
            mo = int(tok)
            if 1 <= mo <= 12:
                spans.append((date(yy, mo, 1), _month_end(yy, mo)))
    return spans


def milestones(text: str, year: int | None) -> list[Period]:
    """The separate periods a deadline names: "02 đợt (Quý II và Quý IV/2026)" is due in Q2 and in Q4, not over the
    months between (``parse_period`` gives the whole span)."""
    f = fold(text or "").replace("qúy", "quy")
    m_year = _YEAR_RE.search(f)
    y = int(m_year.group(1)) if m_year else year
    return [Period(a, b) for a, b in _spans(f, y)] if y else []


# ---------------------------------------------------------------- periods relative to a day ("tháng này", "30 ngày tới")

_REL_UNIT = {"ngay": 1, "tuan": 7, "thang": 30}
_RELATIVE = re.compile(
    r"\b(?P<this>(?:thang|quy|nam|tuan) (?:nay|hien tai))\b"
    r"|\b(?P<next>(?:thang|quy|nam|tuan) (?:toi|sau|ke tiep))\b"
    r"|\b(?:trong\s+)?(?P<n>\d{1,3})\s+(?P<unit>ngay|tuan|thang)\s+(?:toi|sap toi|nua|tiep theo)\b"
    r"|\b(?P<soon>sap (?:den han|het han|toi han))\b")


def relative_period(text: str, today: date) -> Period | None:
    """A period named relative to ``today``: "tháng này", "quý tới", "30 ngày tới", "sắp đến hạn" (the next 30 days)."""
    f = fold(text)
    m = _RELATIVE.search(f)
    if not m:
        return None
    if m.group("soon"):
        return Period(today, date.fromordinal(today.toordinal() + 30))
    if m.group("n"):
        days = int(m.group("n")) * _REL_UNIT[m.group("unit")]
        return Period(today, date.fromordinal(today.toordinal() + days))
    word = (m.group("this") or m.group("next")).split()[0]
    step = 1 if m.group("next") else 0
    if word == "tuan":
        start = date.fromordinal(today.toordinal() - today.weekday() + 7 * step)
        return Period(start, date.fromordinal(start.toordinal() + 6))
    if word == "thang":
        y, mo = today.year + (today.month - 1 + step) // 12, (today.month - 1 + step) % 12 + 1
        return Period(date(y, mo, 1), _month_end(y, mo))
    if word == "quy":
        q = (today.month - 1) // 3 + 1 + step
        y = today.year + (q - 1) // 4
        return Period(*_q(y, (q - 1) % 4 + 1))
    y = today.year + step
    return Period(date(y, 1, 1), date(y, 12, 31))
