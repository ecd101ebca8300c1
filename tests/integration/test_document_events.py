"""Documents of invented places: the number and the effect of a Quyết định asked together; the day and place of the
meeting a Thông báo kết luận reports — but never the date of a document an invitation only cites; points whose body is
named in their lead-in; a figure of a statistics table's row; the chapters of a regulation."""
from __future__ import annotations

import pytest
from conftest import settings_for

import fixtures_layouts as F


@pytest.fixture(scope="module")
def small_bot(tmp_path_factory, e5):
    from assistant.chain import Assistant
    from assistant.ingest.pipeline import ingest

    corpus = tmp_path_factory.mktemp("corpus")
    F.write_text(corpus / "qd-quy-che.txt", F.DECISION)
    F.write_text(corpus / "tb-ket-luan.txt", F.MEETING_NOTICE)
    F.write_text(corpus / "tb-hoi-nghi.txt", F.INVITATION)
    F.write_text(corpus / "qd-mot-cua-tan-lap.txt", F.DUTIES)
    F.write_text(corpus / "bc-xa-ky-son.md", F.STATS_REPORT)
    s = settings_for(corpus, tmp_path_factory.mktemp("index"))
    ingest(s, embeddings=e5, show_progress=False)
    return Assistant(s, llm=None)


def test_the_number_and_the_effect_of_a_decision_asked_together(small_bot):
    ans = small_bot.ask("qd ban hanh quy che phoi hop giai quyet tthc tinh ha tinh so may, hieu luc tu ngay nao")
    assert not ans.abstained
    assert "301/QĐ-UBND" in ans.direct and "kể từ ngày ký" in ans.direct, ans.answer[:300]
    assert all(c.source.startswith("qd-quy-che") for c in ans.citations)


def test_the_day_and_place_of_the_meeting_a_notice_reports(small_bot):
    ans = small_bot.ask("Cuộc họp giao ban CCHC quý III huyện Kỳ Sơn tổ chức ngày nào?")
    assert "16/10/2027" in ans.direct, ans.answer[:300]
    assert "Ngày 16/10/2027, tại Phòng họp số 3" in ans.citations[0].quote
    ans = small_bot.ask("cuoc hop giao ban cchc quy iii huyen ky son hop o dau")
    assert "Phòng họp số 3 UBND huyện" in ans.direct, ans.answer[:300]


def test_an_invitation_is_not_answered_with_the_date_of_the_plan_it_carries_out(small_bot):
    ans = small_bot.ask("hội nghị sơ kết CCHC xã Tân Lập tổ chức ngày nào")
    assert "12/01/2027" not in ans.direct, ans.answer[:300]
    assert "25/6/2027" in ans.answer, ans.answer[:300]


def test_a_point_is_led_by_the_body_its_lead_in_names(small_bot):
    ans = small_bot.ask("ai chu tri kiem tra viec thuc hien quy che bo phan mot cua huyen tan lap")
    assert "Văn phòng HĐND và UBND huyện" in ans.direct and "Phòng Tư pháp" not in ans.direct, ans.answer[:300]
    ans = small_bot.ask("Văn phòng HĐND và UBND huyện Tân Lập báo cáo Chủ tịch UBND huyện tình hình tiếp nhận hồ sơ "
                        "trước ngày nào hằng tháng?")
    assert not ans.abstained and "ngày 25" in ans.direct, ans.answer[:300]
    ans = small_bot.ask("phong noi vu tan lap tham muu cu cong chuc lam viec tai bo phan mot cua truoc ngay nao")
    assert not ans.abstained and "10 tháng 12" in ans.direct, ans.answer[:300]


def test_a_figure_of_a_statistics_row_named_by_the_question(small_bot):
    ans = small_bot.ask("Lĩnh vực hộ tịch của xã Kỳ Sơn trễ hạn bao nhiêu hồ sơ?")
    assert "2 hồ sơ" in ans.direct and "Hộ tịch" in ans.direct, ans.answer[:300]
    assert "Hộ tịch" in ans.citations[0].quote


def test_the_row_first_or_last_on_a_column_the_question_names(small_bot):
    ans = small_bot.ask("Lĩnh vực nào của xã Kỳ Sơn có nhiều hồ sơ trễ hạn nhất?")
    assert "Đất đai" in ans.direct and "9" in ans.direct and "Tổng cộng" not in ans.direct, ans.answer[:300]
    assert "Đất đai" in ans.citations[0].quote
    ans = small_bot.ask("linh vuc nao tre han it nhat o xa ky son")
    assert "Chứng thực" in ans.direct and "Đất đai" not in ans.direct, ans.answer[:300]
    ans = small_bot.ask("lĩnh vực nào có tổng số hồ sơ lớn nhất")  # the totals row is no row of its own
    assert "Chứng thực" in ans.direct and "530" in ans.direct, ans.answer[:300]


def test_the_chapters_of_a_regulation_with_their_titles(small_bot):
    ans = small_bot.ask("quy che bo phan mot cua huyen tan lap gom nhung chuong nao")
    assert "QUY ĐỊNH CHUNG" in ans.answer and "TRÁCH NHIỆM CỦA CÁC CƠ QUAN" in ans.answer, ans.answer[:400]


def test_title_words_alone_do_not_hide_the_document_that_holds_the_question_words(small_bot):
    # "Bộ phận Một cửa huyện" is in one title only, but the camera is in another document
    ans = small_bot.ask("Lắp camera giám sát ở Bộ phận Một cửa huyện là việc của ai, hạn tới khi nào?")
    assert "15/12/2027" in ans.direct and "Văn phòng HĐND và UBND huyện" in ans.direct, ans.answer[:300]
    assert ans.citations[0].source.startswith("tb-ket-luan")
