"""Values of a kind in Vietnamese administrative text: percentages, money, dates, clock times, durations,
counts, person names, agencies.

    find_values(text, "percent")  ->  [Value(start, end, "percent", "92%"), …]

Used to check that evidence holds the kind of value a question asks for, and to lift that value out of it.
Dates and periods follow ``lang.dates``; agencies are found by their head words (data) and the gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUM = r"\d+(?:[.,]\d+)*"
_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOW = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

PATTERNS: dict[str, re.Pattern[str]] = {
    # "92%", "92 phần trăm", or a table cell under a "(%)" column: "Tỷ lệ đúng hạn (%): 89,1"
    "percent": re.compile(rf"{_NUM}\s*%|{_NUM}\s+phần\s+trăm|(?<=\(%\):\s){_NUM}|(?<=\(%\):){_NUM}", re.I),
    "money": re.compile(
        rf"{_NUM}\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|đ|VNĐ|VND)(?![{_LOW}])|{_NUM}\s*(?:tỷ|tỉ|triệu)(?![{_LOW}])(?!\s+lệ)"
        r"|miễn (?:phí|lệ phí|thu)|không (?:thu|mất) (?:phí|lệ phí)", re.I),
    "date": re.compile(
        r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s*/\s*\d{1,2}(?!\s*/?\s*\d)|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
        r"|tháng\s+\d{1,2}\s*/\s*\d{4}|(?:quý|qúy)\s+[IV1-4]+(?:\s*/\s*\d{4})?", re.I),
    "time": re.compile(r"\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}(?:\s*phút)?)?(?=\W|$)", re.I),
    "duration": re.compile(
        rf"{_NUM}\s*(?:ngày làm việc|ngày|giờ làm việc|giờ|tiếng|phút|tháng|năm|tuần|buổi)(?![{_LOW}])", re.I),
    "count": re.compile(rf"(?<![\d/.,]){_NUM}(?![\d/])"),
    "discipline": re.compile(r"khiển trách|cảnh cáo|cách chức|hạ bậc lương|buộc thôi việc|giáng chức|bãi nhiệm|"
                             r"hình thức kỷ luật", re.I),
    "penalty": re.compile(r"phạt tiền|mức phạt|xử phạt vi phạm|phạt cảnh cáo", re.I),
    "address": re.compile(r"địa chỉ|số nhà|\bđường\s+[A-ZĐ]|trụ sở (?:tại|đặt|ở)", re.I),
    # where something happens: a venue, or "tại …" a seat, a meeting, an office
    "place": re.compile(r"địa điểm|hội trường[^.;,]*|phòng họp[^.;,]*|nhà văn hóa[^.;,]*|trụ sở[^.;,]*|"
                        r"tại (?:cuộc họp|hội nghị|buổi)[^.;,]*|(?:tổ chức|họp|làm việc) trực tuyến", re.I),
    "contact": re.compile(r"điện thoại|@|www\.|https?://|hotline|thư điện tử", re.I),
    "reward": re.compile(r"khen thưởng", re.I),
    "docnumber": re.compile(r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐa-zđ]{1,6}(?:\s*-\s*[A-ZĐa-zđ0-9]{1,10})+"),
    "steps": re.compile(r"\bbước\s+\d|\bbước\s+(?:một|hai|ba)|trình tự|quy trình gồm", re.I),
}
# titles before a person's name, and the name itself: 2–5 capitalised syllables
_PERSON = re.compile(
    rf"(?:(?:Ông|Bà|ông|bà|Đồng chí|đồng chí|đ/c|Đ/c)\s+)?([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{1,4}})")
# capitalised words that open an agency name, not a person's
_NOT_NAME = set("Sở Phòng Văn Ủy Uỷ Ban Trung Bộ Công Thanh Hội Đoàn Tổ Chủ Phó Trưởng Giám Chánh Cục Chi Kho Đài Báo "
                "Trường Viện Bệnh Quỹ Ngân Nhà Cổng Hệ Kế Quyết Chỉ Thông Báo Quy Luật Nghị Điều Khoản Mục Phần "
                "Chương Phụ Tỉnh Huyện Xã Phường Thị Thành Quý Tháng Ngày Năm Thứ Đảng Mặt Liên Đồng Cộng Việt Nam "
                "Độc Hạnh Tự Căn Nơi Kính Lãnh Cán Viên Bưu Tòa Trạm Hạt Đội Lực Bảo Các Những Trong Theo Tại Về "
                "Với Đối Để Từ Đến Sau Trước Khi Nếu".split())
# words inside an office's name that no personal name has
_OFFICE_WORDS = {"Phòng", "Sở", "Ủy", "Uỷ", "Bộ", "Cục"}
_UNIT_BEFORE = re.compile(r"(?:xã|huyện|tỉnh|phố|phường|trấn|thị xã|thôn|bản|tổ dân phố|quận)\s*$", re.I)


# "3. Chủ trì: Đồng chí …", "2. Địa điểm: Hội trường …", "- Thời gian: 14 giờ 00 …": a clause that opens with a
# short label names what it states (a notice's, an invitation's, a plan's item fields)
_LABEL = re.compile(r"^\s*((?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*|[-–•+*]\s*)?"
                    rf"([{_UP}{_LOW}][{_UP}{_LOW} /]{{1,40}}?)\s*:\s*(?=\S)")


@dataclass(frozen=True)
class Label:
    label: str  # as printed ("Địa điểm")
    value: str  # what follows the colon, to the end of its sentence
    start: int  # where the value starts in the text
    marked: bool = False  # the clause opens with its own number or bullet ("2. Địa điểm: …"), an item of its own


def opening_label(text: str) -> Label | None:
    """The label a clause opens with, and its value: "2. Địa điểm: Hội trường tầng 2." → ("Địa điểm", "Hội trường
    tầng 2"). A row of cells ("Nội dung: … | Chủ trì: …") is not a labelled clause."""
    m = _LABEL.match(text)
    if not m or len(m.group(2).split()) > 5:
        return None
    rest = text[m.end():]
    if " | " in rest:
        return None
    end = re.search(r"\.(?:\s|$)|;|\n", rest)
    value = (rest[:end.start()] if end else rest).strip()
    return Label(m.group(2).strip(), value, m.end(), bool(m.group(1))) if value else None


@dataclass(frozen=True)
class Value:
    start: int
    end: int
    kind: str
    text: str


# a cell naming a person by honorific ("Ông A Vương, Phó Giám đốc …", "Bà …"): names of one syllable the person
# grammar cannot read are still people
_NAMED_PERSON = re.compile(rf"^\s*(?:Ông|Bà|Đồng chí|Đ/c|đ/c)\s+[{_UP}]")


def names_person(text: str) -> bool:
    """The text opens with a person named by honorific."""
    return bool(_NAMED_PERSON.match(text))


def find_values(text: str, kind: str) -> list[Value]:
    """Values of ``kind`` in ``text`` (positions into ``text``)."""
    if kind in ("person", "name"):
        return [Value(v.start, v.end, kind, v.text) for v in _persons(text)]
    if kind == "agency":
        return _agencies(text)
    pat = PATTERNS.get(kind)
    if pat is None:
        return []
    return [Value(m.start(), m.end(), kind, m.group(0).strip()) for m in pat.finditer(text)]


def has_value(text: str, kind: str) -> bool:
    return bool(find_values(text, kind))


def _persons(text: str) -> list[Value]:
    out = []
    for m in _PERSON.finditer(text):
        words = m.group(1).split()
        if words[0] in _NOT_NAME or any(w in _OFFICE_WORDS for w in words[1:]):
            continue  # "Giao Phòng Hành chính": an office in a sentence, not a name
        if len(words) < 2 or _UNIT_BEFORE.search(text[max(0, m.start(1) - 12):m.start(1)]):
            continue  # "tỉnh Hà Giang" is a place
        out.append(Value(m.start(1), m.end(1), "person", m.group(1)))
    return out


@lru_cache(maxsize=1)
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).resolve().parent / "data" / "questions.toml").read_text("utf-8"))
    names = data.get("agency_names", {})
    heads = sorted(names.get("heads", []), key=len, reverse=True)
    stops = sorted(names.get("stops", []), key=len, reverse=True)
    head = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w])")
    stop = re.compile(r"\s+(?:" + "|".join(re.escape(x) for x in stops) + r")(?![\w])|[,;:.()\[\]\n]| - (?=[a-zđ])")
    return head, stop


def _agencies(text: str) -> list[Value]:
    """Names of bodies and office holders in prose: a capitalised head word ("Sở", "Phòng", "Công chức", "UBND"…)
    and what follows it up to the next verb, function word or punctuation."""
    head, stop = _agency_patterns()
    out: list[Value] = []
    pos = 0
    while True:
        m = head.search(text, pos)
        if not m:
            break
        end_m = stop.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        end = min(end, m.end() + 90)
        name = text[m.start():end].rstrip(" -–")
        # "Phòng Nội vụ và UBND các xã": two bodies, not one ("Sở Khoa học và Công nghệ" stays whole)
        joined = re.search(r"\s+(?:và|,)\s+(?=" + head.pattern + ")", name[len(m.group(0)):])
        if joined:
            name = name[:len(m.group(0)) + joined.start()]
            end = m.start() + len(m.group(0)) + joined.end()
        words = name.split()
        if m.group(0) == "Hội" and len(words) > 1 and not words[1][:1].isupper():
            words = []  # "Hội thi", "Hội nghị": events, not bodies
        if m.group(0) == "Tổ" and len(words) > 2 and words[1] == "chức" and not words[2][:1].isupper():
            words = []  # "Tổ chức khảo sát …": the verb opening a duty, not a team ("Tổ công tác")
        if len(words) >= 2 or name.isupper():
            out.append(Value(m.start(), m.start() + len(name), "agency", name))
        pos = max(end, m.end())
    return out
