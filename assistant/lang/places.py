"""Place names in Vietnamese text: a capitalised name after an administrative unit word ("xã Nậm Xe",
"huyện Tam Đường", "thành phố Điện Biên Phủ")."""
from __future__ import annotations

from assistant.lang.normalize import fold

_PUNCT = ",.;:()\"“”?!'«»"
_UNITS = ("xã", "huyện", "thành phố", "tỉnh", "phường", "thị trấn", "thị xã")

_LEVEL_TAIL = ("cac huyen thanh pho", "cac huyen thi xa thanh pho", "cac xa phuong thi tran", "cac xa thi tran",
               "cap tinh", "cap huyen", "cap xa", "thanh pho", "thi tran", "thi xa", "tinh", "huyen", "xa", "phuong",
               "cac huyen", "cac xa")


def agency_core(name: str) -> str:
    """An agency's name without the level or place words that end it, folded: "Phòng Nội vụ các huyện, thành phố"
    → "phong noi vu", "Bộ phận Một cửa xã" → "bo phan mot cua" — how a document of any place names that office."""
    f = " ".join(fold(name).replace(",", " ").split())
    changed = True
    while changed:
        changed = False
        for t in _LEVEL_TAIL:
            if f.endswith(" " + t) and len(f) > len(t) + 6:
                f = f[: -len(t) - 1].rstrip()
                changed = True
    return f


def places_in(text: str) -> set[str]:
    """Folded place names written with capitals after an administrative unit word."""
    return set(place_names(text))


def place_names(text: str) -> dict[str, str]:
    """{folded name: name as written} for capitalised names after an administrative unit word."""
    out: dict[str, str] = {}
    words = text.split()
    lowered = [w.lower().strip(_PUNCT) for w in words]
    for i, w in enumerate(lowered):
        span = 2 if i + 1 < len(lowered) and f"{w} {lowered[i + 1]}" in _UNITS else 1
        unit = " ".join(lowered[i:i + span])
        if unit not in _UNITS or words[i + span - 1].endswith((",", ".", ";", ":", ")", "?", "!")):
            continue  # "UBND tỉnh, Ban Quản lý …": the unit word ends its phrase
        name = []
        for x in words[i + span:i + span + 4]:
            x = x.strip(_PUNCT)
            if not x or not x[0].isupper() or x.isupper() and len(x) > 1 and not x.isalpha():
                break
            name.append(x)
            if words[i + span + len(name) - 1].endswith((",", ".", ";", ":", ")", "?", "!")):
                break
        if name:
            out.setdefault(fold(" ".join(name)), " ".join(name))
    return out
