"""A directive of an invented province that opens with last year's figures: the figure a question asks is the one
whose own phrase says its subject ("còn … hồ sơ giải quyết quá hạn"), and a passage that opens with its own year
does not answer for another year; two documents of other places that set the same thing differently, neither named
by the question, are both given, each with its document."""
from __future__ import annotations

import pytest
from conftest import settings_for

import fixtures_layouts as F

DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH VĨNH PHÚC

Số: 05/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Vĩnh Phúc, ngày 10 tháng 01 năm 2027

CHỈ THỊ
Về chấn chỉnh tình trạng hồ sơ thủ tục hành chính quá hạn

Năm 2026, toàn tỉnh tiếp nhận 412.300 hồ sơ thủ tục hành chính (TTHC), trong đó giải quyết đúng hạn 401.100 hồ sơ, đạt tỷ lệ 97,28%, còn 11.200 hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai.

Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nội vụ
a) Kiểm tra đột xuất việc giải quyết hồ sơ tại Bộ phận Một cửa các cấp.
"""



def _rules(province: str, number: str, points: int) -> str:
    return f"""ỦY BAN NHÂN DÂN
TỈNH {province.upper()}

Số: {number}/QĐ-UBND

QUYẾT ĐỊNH
Về việc ban hành Quy định chấm điểm Chỉ số cải cách hành chính của các sở, ngành tỉnh {province}

Điều 1. Cấu trúc thang điểm
1. Thang điểm đánh giá là 100 điểm, trong đó:
a) Điểm tự đánh giá của cơ quan: tối đa {100 - points} điểm;
b) Điểm điều tra xã hội học: tối đa {points} điểm.
"""


@pytest.fixture(scope="module")
def small_bot(tmp_path_factory, e5):
    from assistant.chain import Assistant
    from assistant.ingest.pipeline import ingest

    corpus = tmp_path_factory.mktemp("corpus")
    F.write_text(corpus / "ct-vinh-phuc.txt", DIRECTIVE)
    F.write_text(corpus / "qd-phu-tho.txt", _rules("Phú Thọ", "88", 20))
    F.write_text(corpus / "qd-bac-ninh.txt", _rules("Bắc Ninh", "91", 30))
    s = settings_for(corpus, tmp_path_factory.mktemp("index"))
    ingest(s, embeddings=e5, show_progress=False)
    return Assistant(s, llm=None)


def test_the_figure_whose_phrase_says_the_subject(small_bot):
    ans = small_bot.ask("Năm 2026 tỉnh Vĩnh Phúc còn bao nhiêu hồ sơ TTHC giải quyết quá hạn?")
    assert not ans.abstained and ans.direct.startswith("**11.200**"), ans.answer[:300]


def test_a_passage_opening_with_its_year_does_not_answer_another(small_bot):
    ans = small_bot.ask("Tỉnh Vĩnh Phúc tiếp nhận bao nhiêu hồ sơ thủ tục hành chính trong quý I năm 2027?")
    assert ans.abstained and "412.300" not in ans.answer.split("\n")[0], ans.answer[:300]


def test_two_documents_that_set_it_differently_are_both_given(small_bot):
    ans = small_bot.ask("diem dieu tra xa hoi hoc toi da bao nhieu")
    assert "**20**" in ans.direct and "**30**" in ans.direct, ans.answer[:400]
    assert "Phú Thọ" in ans.direct and "Bắc Ninh" in ans.direct, ans.answer[:400]
    ans = small_bot.ask("Theo quy định của tỉnh Bắc Ninh, điểm điều tra xã hội học tối đa bao nhiêu?")
    assert "**30**" in ans.direct and "**20**" not in ans.direct, ans.answer[:400]
