"""An inspection schedule of an invented district (DOCX): the team head of a unit asked by its column's name or as
its lead, the units one person heads, the date of a unit's inspection asked as a follow-up."""
from __future__ import annotations

import pytest
from conftest import settings_for

import fixtures_layouts as F


@pytest.fixture(scope="module")
def small_bot(tmp_path_factory, e5):
    from assistant.chain import Assistant
    from assistant.ingest.pipeline import ingest

    corpus = tmp_path_factory.mktemp("corpus")
    F.make_grouped_header_docx(corpus / "ct-huyen-ky-son.docx")
    F.write_text(corpus / "qd-quy-che.txt", F.DECISION)
    s = settings_for(corpus, tmp_path_factory.mktemp("index"))
    ingest(s, embeddings=e5, show_progress=False)
    return Assistant(s, llm=None)


def test_the_team_head_of_a_unit_by_the_column_name_or_as_its_lead(small_bot):
    for q in ("Ai là trưởng đoàn kiểm tra Sở Y tế?", "ai lam truong doan kiem tra so y te"):
        ans = small_bot.ask(q)
        assert not ans.abstained and "A Vương" in ans.direct, (q, ans.answer[:300])
        assert "Sở Y tế" in ans.citations[0].quote
    ans = small_bot.ask("truong doan kiem tra so xay dung la ai")
    assert "Nguyễn Thị Oanh" in ans.direct and "A Vương" not in ans.direct, ans.answer[:300]


def test_the_units_one_person_heads(small_bot):
    ans = small_bot.ask("Ông A Vương làm trưởng đoàn kiểm tra những đơn vị nào?")
    assert not ans.abstained, ans.answer[:300]
    assert "Sở Y tế" in ans.answer and "Kỳ Sơn" in ans.answer and "Sở Xây dựng" not in ans.answer


def test_the_date_of_the_unit_of_the_previous_answer(small_bot):
    first = "Ai là trưởng đoàn kiểm tra Sở Xây dựng?"
    a = small_bot.ask(first)
    ans = small_bot.ask("Đoàn kiểm tra sở đó vào ngày nào?", history=[{"question": first, "answer": a.answer}])
    assert "06/8/2027" in ans.direct, ans.answer[:300]


def test_a_deputy_is_not_the_office_holder_asked(small_bot):
    ans = small_bot.ask("giam doc so noi vu ten la gi")
    assert ans.abstained and "A Vương" not in ans.direct and "Oanh" not in ans.direct, ans.answer[:300]
    ans = small_bot.ask("Phó Giám đốc Sở Nội vụ nào làm trưởng đoàn kiểm tra Sở Y tế?")
    assert "A Vương" in ans.direct, ans.answer[:300]


def test_a_task_whose_table_sets_no_deadline_gets_none(small_bot):
    # the row has a start day only and an empty "Hoàn thành" cell: no deadline is invented from the row above
    ans = small_bot.ask("Hướng dẫn số hóa hồ sơ hộ tịch phải hoàn thành trước ngày nào?")
    assert ans.abstained and "20/6/2027" not in ans.answer.split("\n")[0], ans.answer[:300]


def test_a_third_turn_follows_the_first_through_the_second(small_bot):
    turns = ["Ai chủ trì quán triệt Chỉ thị đến cán bộ, công chức?", "phối hợp với cơ quan nào"]
    ans = small_bot.ask("còn thời hạn hoàn thành?", history=turns)  # bare questions, as a phone app keeps them
    assert "15/3/2027" in ans.direct, ans.answer[:300]


def test_a_province_named_without_accents_that_no_document_covers(small_bot):
    ans = small_bot.ask("kh cchc nam 2027 tinh quang ngai co bao nhieu nhiem vu")
    assert ans.abstained and "Quang Ngai" in ans.answer, ans.answer[:300]
    ans = small_bot.ask("ubnd tinh trinh phe duyet quy che truoc ngay nao")  # "tỉnh trình …": no place named
    assert "kho tài liệu không có văn bản nào nói về" not in ans.answer, ans.answer[:300]
    # a district whose name reads as ordinary words without accents ("cần", "u", "mình"), one word of it in no document
    for q, name in (("huyen can giuoc kiem tra cchc nam 2027 nhung xa nao", "Can Giuoc"),
                    ("so ho so qua han cua huyen u minh nam 2027", "U Minh")):
        ans = small_bot.ask(q)
        assert ans.abstained and name in ans.answer, ans.answer[:300]
    ans = small_bot.ask("quan triet chi thi den can bo cong chuc cua huyen ai phoi hop")  # "huyện ai …": the question
    assert "kho tài liệu không có văn bản nào nói về" not in ans.answer, ans.answer[:300]


def test_the_members_of_the_teams_one_person_heads(small_bot):
    ans = small_bot.ask("Đoàn do bà Nguyễn Thị Oanh làm trưởng đoàn có những thành viên nào?")
    assert "Đinh Văn Hào" in ans.direct and "Lò Thị Hạnh" not in ans.direct, ans.answer[:300]


def test_a_column_of_the_previous_answers_row(small_bot):
    ans = small_bot.ask("thanh vien doan gom nhung ai", history=["Ai là trưởng đoàn kiểm tra Sở Y tế?"])
    assert "Lò Thị Hạnh" in ans.direct and "Đinh Văn Hào" not in ans.direct, ans.answer[:300]


def test_a_part_lists_the_items_of_its_lead_in_too(small_bot):
    # "Điều 6. Trách nhiệm của Sở Nội vụ": khoản 2 ends "trong đó:" and its points a), b) are part of the answer
    ans = small_bot.ask("Trách nhiệm của Sở Nội vụ trong quy chế phối hợp gồm những gì?")
    assert "Theo dõi việc chấp hành" in ans.answer and "Số hồ sơ quá hạn và lý do" in ans.answer, ans.answer[:600]
