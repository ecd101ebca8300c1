"""Question vocabulary and agency names as users type them, on invented places (no index needed)."""
from __future__ import annotations

from assistant.answering.scope import _type_as_object
from assistant.answering.understand import understand
from assistant.lang.gazetteer import Agency, Gazetteer
from assistant.lang.places import agency_core
from assistant.lang.values import find_values


def _g() -> Gazetteer:
    return Gazetteer({a.id: a for a in (
        Agency("cc-tp-ht", "Công chức Tư pháp - Hộ tịch", kind="đơn vị"),
        Agency("phong-nv", "Phòng Nội vụ các huyện, thành phố", kind="phòng"),
    )})


def test_a_hyphenated_agency_typed_without_the_hyphen_is_found():
    g = _g()
    assert g.ids("cong chuc tu phap ho tich xa An Binh duoc giao viec gi") == ["cc-tp-ht"]
    assert g.ids("Công chức Tư pháp - Hộ tịch") == ["cc-tp-ht"]


def test_agency_core_drops_the_level_words():
    assert agency_core("Phòng Nội vụ các huyện, thành phố") == "phong noi vu"
    assert agency_core("Bộ phận Một cửa xã") == "bo phan mot cua"
    assert agency_core("Sở Tư pháp") == "so tu phap"


def test_an_on_time_rate_is_not_a_deadline_question():
    g = _g()
    assert "deadline" not in understand("Tỷ lệ hồ sơ đúng hạn là bao nhiêu?", g).asked
    assert "deadline" in understand("hạn là ngày nào?", g).asked
    assert "deadline" in understand("việc này phải xong trước tháng nào?", g).asked


def test_a_type_word_that_is_a_verbs_object_names_no_document():
    assert _type_as_object("bao cao", "cac xa gui bao cao ve phong noi vu truoc ngay nao")
    assert not _type_as_object("bao cao", "bao cao quy i cua xa an binh neu gi")
    assert not _type_as_object("ke hoach", "ke hoach cchc 2025 ai chu tri")


def test_values_of_unseen_layouts():
    assert [v.text for v in find_values("Trễ hạn: 5 | Tỷ lệ đúng hạn (%): 89,1", "percent")] == ["89,1"]
    assert [v.text for v in find_values("trong thời hạn 08 giờ làm việc kể từ khi", "duration")] == ["08 giờ làm việc"]
    assert find_values("2. Địa điểm: Hội trường tầng 3, trụ sở UBND huyện.", "place")
    assert not find_values("Giao Phòng Hành chính – Quản trị theo dõi", "person")
    assert [v.text for v in find_values("đồng chí Trần Văn Ban, Phó Chánh Văn phòng", "person")] == ["Trần Văn Ban"]


def test_a_deadline_with_several_milestones_is_due_in_each():
    from datetime import date

    from assistant.lang.dates import milestones, parse_period

    ms = milestones("02 đợt (Quý II và Quý IV/2026)", None)
    assert [(m.start, m.end) for m in ms] == [(date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 10, 1), date(2026, 12, 31))]
    assert parse_period("Quý II, Quý IV/2025", None).iso() == ("2025-04-01", "2025-12-31")  # the whole span


def test_a_short_deadline_question_is_all_question_words():
    from assistant.answering.understand import subject_terms

    assert subject_terms("Phối hợp với ai và hạn khi nào?", [], _g()) == []


def test_what_lies_inside_a_question_phrase_stays_the_subject():
    from assistant.answering.understand import subject_terms

    # the fee noun and what lies between it and "bao nhiêu" are the subject
    assert subject_terms("phi chung thuc chu ky o xa An Binh la bao nhieu", [], _g())[:5] == ["phi", "chung", "thuc", "chu",
                                                                                      "ky"]
    assert "ra" in subject_terms("kết quả của việc rà soát văn bản là gì?", [], _g())


def test_a_numbered_clause_opening_with_a_label_states_that_field():
    from assistant.lang.lexicon import lexicon
    from assistant.lang.normalize import fold
    from assistant.lang.values import opening_label

    lab = opening_label("2. Địa điểm: Hội trường tầng 3, trụ sở Ủy ban nhân dân xã Tân Hòa. Mời dự: …")
    assert lab and lab.marked and lab.label == "Địa điểm" and lab.value == "Hội trường tầng 3, trụ sở Ủy ban nhân dân xã Tân Hòa"
    when = opening_label("1. Thời gian: 08 giờ 00, ngày 05 tháng 4 năm 2027.")
    assert when and when.value == "08 giờ 00, ngày 05 tháng 4 năm 2027"
    assert opening_label("- Mức thưởng: 1.500.000 đồng/người.").value == "1.500.000 đồng/người"
    # a table row's cells, and a line of a row without its own number, are not labelled items
    assert opening_label("Nội dung: Rà soát văn bản | Chủ trì: Phòng Tư pháp") is None
    assert not opening_label("Đơn vị chủ trì: Phòng Tư pháp.").marked
    labels = lexicon().groups["labels"]
    assert labels["place"].fullmatch(fold(lab.label)) and labels["deadline"].fullmatch(fold(when.label))
    assert labels["lead"].fullmatch("chu tri") and not labels["lead"].fullmatch("thanh phan")


def test_a_document_number_is_asked_by_its_code_word_and_a_long_subject():
    q = understand("qd ban hanh quy che danh gia chi so cchc huyen Tan Hoa so bao nhieu", _g())
    assert "docnumber" in q.types
    q = understand("Báo cáo CCHC năm 2026 của Sở Khoa học và Công nghệ tỉnh Bình Minh số mấy, ai ký?", _g())
    assert "docnumber" in q.types and "signer" in q.kinds


def test_quarters_named_in_roman_or_digits_are_one_period():
    from assistant.answering.grounding import _quarters

    assert _quarters("hoi nghi so ket cchc quy 2 nam 2027") == {"ii"}
    assert _quarters("bao cao quy iv va quy 1") == {"iv", "i"}
    assert _quarters("quy che lam viec") == set()
    assert _quarters("bao cao ket qua cchc 6 thang dau nam 2027") == {"6 tháng đầu năm"}
    assert _quarters("hoi nghi tong ket cchc ca nam 2027") == {"cả năm"}


def test_department_abbreviations_of_any_province_expand():
    from assistant.lang.normalize import expand_abbreviations

    assert "khoa hoc va cong nghe" in expand_abbreviations("so khcn tinh Binh Minh")
    assert "tai nguyen va moi truong" in expand_abbreviations("Phòng TN&MT huyện")
    assert "so tu phap" in expand_abbreviations("stp kiem tra cong vu")


def _docs():
    from assistant.records import Document

    return {d.id: d for d in (
        Document(id="bc", file="bc.pdf", title="Báo cáo Kết quả thực hiện công tác cải cách hành chính năm 2025",
                 doc_type="Báo cáo", issuer="Sở Khoa học và Công nghệ", year=2025, level="sở-ngành",
                 place="tỉnh Bình Minh", province="tỉnh Bình Minh"),
        Document(id="ct", file="ct.md", title="Chỉ thị Về tăng cường giải quyết thủ tục hành chính năm 2026",
                 doc_type="Chỉ thị", issuer="Ủy ban nhân dân tỉnh Tân An", year=2026, level="tỉnh",
                 place="tỉnh Tân An", province="tỉnh Tân An"),
        Document(id="kh", file="kh.docx", title="Kế hoạch Cải cách hành chính phường Đông Hải năm 2026",
                 doc_type="Kế hoạch", issuer="Ủy ban nhân dân phường Đông Hải", year=2026, level="xã",
                 place="phường Đông Hải", province="tỉnh Bình Minh"),
    )}


def test_the_issuing_body_named_whole_scopes_its_document_unless_another_place_is_named():
    from assistant.answering.scope import Scoper

    sc = Scoper(_docs())
    q = "Hoàn thành số hóa hồ sơ năm 2026 thì đơn vị nào phối hợp với Văn phòng Sở KH&CN?"
    s = sc.resolve(understand(q, _g()))
    # the year alone does not scope the directive: the department's own report stays among the candidates
    assert "bc" in s.doc_ids and not (s.strong and s.doc_ids == ["ct"])
    assert s.scores["bc"] >= 2.5
    # "Sở KH&CN Tân An" is another province's department: the report of Bình Minh's gets nothing for the name
    s = sc.resolve(understand("so khcn tan an phai giai quyet thu tuc hanh chinh truoc ngay nao", _g()))
    assert s.doc_ids[0] == "ct"


def test_english_is_told_from_vietnamese_typed_without_accents():
    from assistant.lang.glossary import from_english, looks_english

    assert looks_english("Who leads the sociological survey in 2024?")
    assert looks_english("What is the deadline for the PAR index report?")
    assert from_english("Who leads the sociological survey in 2024?")
    # accent-free Vietnamese: "can cu" is căn cứ, "can" cần; "do" do, "the" thể
    for q in ("can cu ban hanh qd 857 gom nhung van ban nao", "can bao cao truoc ngay nao",
              "do ai chu tri", "the thuc van ban la gi", "ai chu tri dieu tra xa hoi hoc?"):
        assert not looks_english(q), q


def test_a_document_place_named_without_its_unit_word_scopes_its_documents():
    from assistant.answering.scope import Scoper

    sc = Scoper(_docs())
    for q in ("Chỉ thị về giải quyết TTHC của Tân An có hiệu lực khi nào?", "chi thi tan an hieu luc khi nao"):
        s = sc.resolve(understand(q, _g()))
        assert s.strong and s.doc_ids == ["ct"], q
        assert "tan an" in s.places and {"tan", "an"} <= set(s.words)  # the place only said which document
    # a province two documents share scopes both
    s = sc.resolve(understand("binh minh dat bao nhieu phan tram ho so truc tuyen", _g()))
    assert {"bc", "kh"} <= set(s.doc_ids)


def test_the_column_a_question_names_is_found_by_its_whole_header():
    from assistant.answering.strategies.cell import _named_column, _words

    cells = [["STT", "3"], ["Đơn vị được kiểm tra", "Sở Y tế"], ["Thời gian kiểm tra", "Tháng 5/2026"],
             ["Trưởng đoàn", "Bà Rơ Châm H'Linh"], ["Ghi chú", ""]]
    assert _named_column(_words("Ai làm trưởng đoàn kiểm tra tại Sở Y tế?"), cells) == 3
    assert _named_column(_words("truong doan kiem tra so y te la ai"), cells) == 3
    assert _named_column(_words("ghi chu cua so y te"), cells) == 4
    assert _named_column(_words("thoi gian kiem tra so y te"), cells) == 2
    # the row's number and subject are never the asked column; one word of a header is not naming it
    assert _named_column(_words("don vi duoc kiem tra thang 5"), cells) is None
    assert _named_column(_words("so y te kiem tra khi nao"), cells) is None


def test_a_yes_no_question_keeps_its_subject():
    q = understand("don vi co ho so tre han tren 5% co duoc xep loai xuat sac khong", _g())
    assert "yesno" in q.types and {"tre", "han", "xep", "loai", "xuat", "sac"} <= set(q.terms)
    q = understand("Kế hoạch đã được phê duyệt chưa?", _g())
    assert {"phe", "duyet"} <= set(q.terms) and "chua" not in q.terms


def test_a_document_number_after_a_type_abbreviation_is_a_reference():
    assert "1187" in understand("cv 1187 yeu cau bao cao theo bieu mau nao", _g()).doc_refs
    assert "186" in understand("bc 186 tran van thoi ai ky", _g()).doc_refs
    assert understand("tb 12% ho so tre han", _g()).doc_refs == []  # a figure is not a number of a document


def test_a_named_place_leaves_the_documents_of_other_places_out_of_scope():
    from assistant.answering.scope import Scoper

    sc = Scoper(_docs())
    # "báo cáo" also names the department's report (another unit): the plan of the ward named is the one scope
    s = sc.resolve(understand("Các phòng của phường Đông Hải báo cáo kết quả hằng quý trước ngày nào?", _g()))
    assert s.doc_ids == ["kh"] and s.strong


def test_a_duty_opening_with_the_verb_to_chuc_names_no_body():
    from assistant.lang.values import find_values

    got = [v.text for v in find_values("Tổ chức khảo sát sự hài lòng của người dân; Tổ công tác CCHC xã", "agency")]
    assert got == ["Tổ công tác CCHC xã"]


def test_the_money_noun_of_a_question_is_also_its_subject():
    q = understand("kinh phi kh cchc 2026 xa duc quang son bao nhieu", _g())
    assert "money" in q.types and {"kinh", "phi"} <= set(q.terms)
    assert "tien" not in understand("tong cong het bao nhieu tien", _g()).terms  # the question phrase itself goes


def test_a_cell_value_is_named_by_its_person_without_honorific_or_title():
    from assistant.answering.strategies.cell import _value_core

    assert _value_core("Ông Nguyễn Đình Khoa, Giám đốc Sở Nội vụ") == "nguyen dinh khoa"
    assert _value_core("Bà Rơ Châm H'Linh, Phó Giám đốc Sở Nội vụ") == "ro cham h linh"


def test_a_place_after_two_unit_words_is_the_name_after_the_last():
    # "xã, phường Thái Nguyên" typed without accents and commas
    assert understand("chi so cchc xa phuong hoa binh lam vao thang may").places == ["hoa binh"]


def test_a_contact_person_named_in_the_subject_asks_no_lead():
    q = understand("xa phai cu cong chuc dau moi dang ky tai khoan phan mem truoc ngay nao")
    assert q.asked == ["deadline"]
    assert understand("co quan nao lam dau moi to chuc kiem tra cchc").asked[0] == "lead"
    assert "lead" in understand("dau moi cua hoat dong nay la ai").asked


def test_the_result_of_a_named_task_asks_its_output():
    q = understand("ket qua cua nhiem vu ra soat van ban qppl linh vuc giao duc cua so la gi")
    assert q.asked == ["output"]


def test_a_document_number_and_its_effect_are_two_facts_of_one_document():
    q = understand("Hướng dẫn chấm điểm Chỉ số CCHC xã, phường năm 2027 số mấy, ai ký?")
    assert "docnumber" in q.types and "signer" in q.kinds
    q = understand("qd ban hanh quy che mot cua so may, hieu luc tu ngay nao")
    assert "docnumber" in q.types and "effective" in q.kinds
    # "còn hiệu lực" in a task's name asks no effect date
    assert "effective" not in understand("so hoa ket qua giai quyet tthc con hieu luc ai phoi hop").kinds
