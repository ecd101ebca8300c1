"""Every common layout, from small documents built here (not the seeds, not the eval documents): parts after a
signature, Chương / Điều / khoản / điểm, DOCX and PDF tables of any column order, row clauses for other tables,
agencies learned from the documents, the ingest report."""
from __future__ import annotations

from pathlib import Path

import pytest

import fixtures_layouts as F
from assistant.ingest.catalogue import iter_documents
from assistant.ingest.pipeline import analyse, parse_corpus, process_document
from assistant.ingest.structure import join_lines, join_wrapped, parse
from assistant.records import Document


def _doc(folder: Path, name: str) -> Document:
    docs = [d for n, d, _ in iter_documents(folder) if n == name]
    assert docs and docs[0] is not None
    return docs[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("layouts")
    F.make_commune_docx(d / "kh-xa-ky-son.docx")
    F.write_text(d / "qd-quy-che.txt", F.DECISION)
    F.write_text(d / "bc-xa-ky-son.md", F.STATS_REPORT)
    F.make_grouped_header_docx(d / "ct-huyen-ky-son.docx")
    if Path(F.FONT).exists():
        F.make_district_pdf(d / "kh-huyen-ky-anh.pdf")
    return d


# ---------------------------------------------------------------- parts and legal structure


def test_decision_and_the_regulation_it_issues_are_two_parts():
    p = parse("qd", F.DECISION)
    assert [x["name"] for x in p.parts] == ["Quyết định", "Quy chế"]
    assert p.parts[1]["root"] == ["Quy chế"]
    assert "Ban hành kèm theo Quyết định số 301/QĐ-UBND" in p.parts[1]["title"]
    paths = {c.path_str: c.text for c in p.clauses}
    k2 = [c for c in p.clauses if c.text.startswith("2. Tổng hợp kết quả đánh giá")][0]
    assert k2.path_str == "Quy chế › Chương II › Điều 6. Trách nhiệm của Sở Nội vụ › khoản 2"
    assert k2.text.endswith("hằng năm, trong đó:")  # the hard-wrapped khoản is one clause
    b = [c for c in p.clauses if c.text.startswith("b) Số hồ sơ quá hạn")][0]
    assert b.path_str.endswith("› khoản 2 › điểm b")
    assert any(path.startswith("Quy chế › Chương I › Điều 1. Phạm vi điều chỉnh") for path in paths)
    # the decision's own articles stay in the first part, without a root
    assert any(c.path_str.startswith("Điều 2") for c in p.clauses)
    assert p.signer == "Trần Văn Lâm"


def test_header_recipients_and_signature_are_metadata_not_clauses():
    p = parse("qd", F.DECISION)
    texts = " ".join(c.text for c in p.clauses)
    for gone in ("Số: 301/QĐ-UBND", "Độc lập - Tự do", "Nơi nhận", "Lưu: VT", "KT. CHỦ TỊCH", "Trần Văn Lâm"):
        assert gone not in texts, gone
    assert any("Số: 301/QĐ-UBND" in ln.text for ln in p.header)
    assert any("Nơi nhận" in ln.text for ln in p.closing)


def test_offsets_of_every_clause_point_into_the_text():
    p = parse("qd", F.DECISION)
    for c in p.clauses:
        assert F.DECISION[c.start:c.end].split()[0].strip("(") in c.text, c


def test_long_hard_wrapped_paragraph_unwraps_in_one_piece():
    lines = [f"dòng số {i} của một đoạn văn rất dài không có dấu chấm" for i in range(20000)]
    text = "I. NỘI DUNG\nĐây là " + "\n".join(lines) + "\n"
    p = parse("long", text)
    body = [c for c in p.clauses if c.kind == "paragraph"]
    assert len(body) == 1 and body[0].text.count("dòng số") == 20000
    assert join_lines(["4163/KH-", "UBND", "ngày"]) == join_wrapped(join_wrapped("4163/KH-", "UBND"), "ngày")


def test_a_very_long_document_embeds_within_its_budget_and_says_what_stays_keyword_only():
    from assistant.ingest.chunking import chunk_document, limit_dense

    lines = [f"Mục {i}. Nội dung thứ {i} của cải cách hành chính được triển khai tại các cơ quan." for i in range(3000)]
    text = "KẾ HOẠCH\nI. NỘI DUNG\n" + "\n".join(lines) + "\n"
    res = analyse(Document(id="dai", file="dai.txt", title="Kế hoạch dài", text=text))
    chunks = chunk_document(res.doc, res.clauses, res.records)
    dense_before = [c for c in chunks if c.dense]
    warning = limit_dense(chunks, max_chars=20_000)
    kept = [c for c in chunks if c.dense]
    assert 0 < len(kept) < len(dense_before)
    assert sum(len(c.vector_text or c.text) for c in kept) <= 20_000
    # the vectors go to the beginning of the document; the rest is named in the warning, not lost
    assert max(c.start for c in kept) <= min(c.start for c in dense_before if not c.dense)
    assert warning and f"{len(dense_before) - len(kept)}/{len(dense_before)} đoạn" in warning
    assert "từ khóa" in warning
    assert limit_dense(chunks, max_chars=10**9) is None
    with pytest.raises(ValueError):
        limit_dense(chunks, max_chars=0)


def test_two_documents_joined_in_one_file_are_two_parts():
    p = parse("two", F.DECISION + "\n\n" + F.DECISION.replace("301/QĐ", "302/QĐ"))
    assert [x["name"] for x in p.parts] == ["Quyết định", "Quy chế", "Quyết định", "Quy chế"]
    assert [x["root"] for x in p.parts][2:] == [["Quyết định (2)"], ["Quy chế (2)"]]


# ---------------------------------------------------------------- tables


def test_docx_task_table_by_header_words(corpus):
    doc = _doc(corpus, "kh-xa-ky-son.docx")
    clauses, recs, chunks, _ = process_document(doc)
    acts = [r for r in recs if r.kind == "activity"]
    assert [(r.section, r.activity_no) for r in acts] == [("I", "1"), ("I", "2"), ("I", "3"), ("II", "1"), ("II", "2")]
    assert not any(r.activity.startswith("(") for r in acts)  # the column-number row is not a task
    first = acts[0]
    assert first.lead == "Công chức Văn phòng - Thống kê" and first.deadline == "Tháng 01/2026"
    assert first.coordinators == "Các công chức chuyên môn" and first.output == "Kế hoạch"
    assert first.section_title == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    assert acts[1].coordinators == ""  # an empty coordinator cell is not filled from the row above
    assert acts[4].lead == "Công chức Tư pháp - Hộ tịch"  # the cell merged down
    assert first.clause == "PHỤ LỤC › I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH › 1."
    # the row's cells as printed, with their column names; its span quotes the row verbatim
    assert first.cells[1] == ["Nội dung nhiệm vụ", "Ban hành Kế hoạch cải cách hành chính năm 2026 của xã"]
    assert "Ban hành Kế hoạch cải cách hành chính năm 2026 của xã" in doc.text[first.start:first.end]
    assert "Cơ quan chủ trì: Công chức Văn phòng - Thống kê" in first.quote
    assert first.deadline_end == "2026-01-31"
    # the row's vector reads what it is about; its agencies and deadline are in the text the words are matched in
    row = next(c for c in chunks if c.kind == "task" and c.metadata["record_id"] == first.id)
    assert first.activity in row.vector_text and first.activity in row.text
    assert first.lead in row.text and first.deadline in row.text
    assert first.lead not in row.vector_text and first.deadline not in row.vector_text


def test_a_chunk_vector_reads_the_title_path_and_head_of_its_text():
    from assistant.ingest.chunking import VECTOR_WORDS, chunk_clauses

    words = " ".join(f"từ{i}" for i in range(400))
    text = f"KẾ HOẠCH\nI. NỘI DUNG\n1. Tuyên truyền\n- {words}.\n"
    res = analyse(Document(id="v", file="v.txt", title="Kế hoạch thử", text=text))
    chunk = next(c for c in chunk_clauses(res.doc, res.clauses) if "từ0 " in c.body)
    assert chunk.vector_text.startswith("Kế hoạch thử › I. NỘI DUNG › 1. Tuyên truyền\n")
    assert len(chunk.vector_text.split(" ")) == VECTOR_WORDS
    assert "từ200 " in chunk.text and "từ200 " not in chunk.vector_text  # the rest is matched by its words
    assert "Tuyên truyền\n1. Tuyên truyền" not in chunk.vector_text  # the heading is not read twice


def test_a_two_row_header_maps_its_sub_columns_and_a_repeat_of_it_is_no_row(corpus):
    doc = _doc(corpus, "ct-huyen-ky-son.docx")
    _, recs, _, _ = process_document(doc)
    acts = [r for r in recs if r.kind == "activity"]
    assert [r.activity for r in acts] == [r[1] for r in F.GROUPED_ROWS]  # no "Chủ trì | Phối hợp | …" row
    first, spanning, last, unset = acts
    assert (first.lead, first.coordinators, first.deadline) == ("Phòng Nội vụ", "Các cơ quan chuyên môn", "15/3/2027")
    assert ["Bắt đầu", "01/3/2027"] in first.cells  # the start is kept as a cell of its own column
    assert spanning.deadline == "Thường xuyên"  # one time cell over "Bắt đầu" and "Hoàn thành"
    assert last.deadline == "20/6/2027" and last.coordinators == ""
    # a Word table repeats a merged cell on every row: an empty one is empty, and a start day is no deadline
    assert (unset.lead, unset.coordinators, unset.deadline) == ("", "Phòng Tư pháp", "")


def test_an_inspection_schedule_reads_the_team_head_as_lead_merged_down(corpus):
    doc = _doc(corpus, "ct-huyen-ky-son.docx")
    _, recs, _, _ = process_document(doc)
    insp = [r for r in recs if r.kind == "inspection"]
    assert [r.activity for r in insp] == [r[1] for r in F.SCHEDULE_ROWS]
    assert [r.lead for r in insp] == [F.SCHEDULE_ROWS[0][3]] * 2 + [F.SCHEDULE_ROWS[2][3]]
    assert insp[1].coordinators == F.SCHEDULE_ROWS[0][4] and insp[1].deadline == "Ngày 16/7/2027"


def test_pdf_drawn_table_in_another_column_order_over_two_pages(corpus):
    # the PDF is drawn with DejaVu (fonts-dejavu-core, installed by scripts/run_tests.sh): missing, the test fails
    doc = _doc(corpus, "kh-huyen-ky-anh.pdf")
    _, recs, _, _ = process_document(doc)
    acts = [r for r in recs if r.kind == "activity"]
    assert len(acts) == len(F.DISTRICT_ROWS)  # the header repeated on page 2 is not a row
    assert [r.activity_no for r in acts] == [r[0] for r in F.DISTRICT_ROWS]
    r3 = acts[2]
    assert (r3.lead, r3.coordinators, r3.deadline) == ("Phòng Tài nguyên và Môi trường", "Phòng Tư pháp", "Quý III/2026")
    assert acts[-1].lead == "Văn phòng HĐND và UBND huyện" and acts[-1].deadline == "Thường xuyên"


def test_tables_without_task_columns_become_row_clauses(corpus):
    doc = _doc(corpus, "bc-xa-ky-son.md")
    res = analyse(doc)
    assert res.report.tables_found == 2 and res.report.tables_as_rows == 2 and res.report.tables_mapped == 0
    rows = [c for c in res.clauses if c.kind == "table_row"]
    fee = [c for c in rows if "Phí chứng thực bản sao" in c.text][0]
    assert fee.text == "STT: 2 | Nội dung: Phí chứng thực bản sao | Mức thu (đồng): 2.000"
    assert "Phí chứng thực bản sao" in doc.text[fee.start:fee.end]
    assert fee.path[0] == "II. PHÍ, LỆ PHÍ"
    assert any("Hộ tịch" in c.text and "Tổng số hồ sơ: 212" in c.text for c in rows)
    assert not res.records  # a statistics column named "Đúng hạn" is not a deadline


def test_garbled_table_template_is_read_from_its_header():
    from assistant.ingest.garbled_tables import Template, template_from_header

    t = template_from_header("TT Nhiệm vụ Hoạt động Sản phẩm Đơn vị chủ trì Đơn vị phối hợp Tiến độ")
    assert t.roles == ("stt", "task", "activity", "output", "lead", "coordinators", "deadline")
    seed = template_from_header("STT Mục tiêu Nhiệm vụ Hoạt động Kết quả/Sản phẩm Cơ quan chủ trì Cơ quan "
                                "phối hợp Thời gian hoàn thành")
    assert seed.roles == Template().roles and seed.names[4] == "Kết quả/Sản phẩm"


TEXT_TABLE = """KẾ HOẠCH
Cải cách hành chính xã Mẫu năm 2026
I. MỤC ĐÍCH
Triển khai đồng bộ các nhiệm vụ.
PHỤ LỤC
STT Nhiệm vụ Hoạt động Sản phẩm Đơn vị chủ trì Đơn vị phối hợp Thời gian
I Cải cách thể chế (1 nhiệm vụ, 2 hoạt động)
1 Nhiệm vụ 1: Rà soát
văn bản quy phạm
pháp luật của xã
Hoạt động 1: Rà soát
văn bản do HĐND,
UBND xã ban hành
Báo cáo
rà soát
Công chức
Tư pháp - Hộ
tịch
Công chức
Văn phòng -
Thống kê
Quý II/2026
Hoạt động 2: Công
bố danh mục văn
bản hết hiệu lực
Quyết định
công bố
Công chức
Tư pháp - Hộ
tịch
Công chức
Văn phòng -
Thống kê
Quý IV/2026
II Cải cách thủ tục hành chính (1 nhiệm vụ, 1 hoạt động)
1 Nhiệm vụ 1: Công
khai thủ tục
hành chính
Hoạt động 1: Niêm
yết công khai thủ
tục tại Bộ phận
Một cửa
Bảng niêm
yết
Bộ phận
Một cửa
Công chức
Tư pháp - Hộ
tịch
Thường xuyên
"""


def test_text_table_without_a_goal_column_is_read_by_its_own_template():
    """A PDF table without rulings whose header is 'STT Nhiệm vụ Hoạt động …' (no Mục tiêu column)."""
    _, recs, _, warns = process_document(Document(id="m", file="m.txt", title="", text=TEXT_TABLE, year=2026))
    acts = [r for r in recs if r.kind == "activity"]
    assert len(acts) == 3 and not warns  # the section counts (1 nhiệm vụ, 2 hoạt động) check out
    a1, a2 = acts[0], acts[1]
    assert (a1.task_no, a1.task) == ("1", "Rà soát văn bản quy phạm pháp luật của xã")
    assert (a1.activity, a1.output) == ("Rà soát văn bản do HĐND, UBND xã ban hành", "Báo cáo rà soát")
    assert (a1.lead, a1.coordinators, a1.deadline) == ("Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê",
                                                       "Quý II/2026")
    assert (a2.activity_no, a2.deadline, a2.task_no) == ("2", "Quý IV/2026", "1")
    assert a1.cells[4] == ["Đơn vị chủ trì", "Công chức Tư pháp - Hộ tịch"]
    assert a1.clause == "PHỤ LỤC › I. Cải cách thể chế › Hoạt động 1"
    assert acts[2].section == "II" and acts[2].deadline == "Thường xuyên"


# ---------------------------------------------------------------- agencies


def test_agencies_are_learned_with_their_document_and_place(corpus):
    out = parse_corpus(corpus, workers=0)
    ky_son = [a for a in out.agencies if a["doc_id"] == "kh-xa-ky-son"]
    names = {a["name"] for a in ky_son}
    assert {"Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "UBND xã"} <= names
    ubnd_xa = [a for a in ky_son if a["name"] == "UBND xã"][0]
    assert ubnd_xa["place"] == "xã Kỳ Sơn" and ubnd_xa["role"] == "ubnd-xa"
    # the commune's UBND is known as a specific agency of that commune
    assert any(a["name"] == "Ủy ban nhân dân xã Kỳ Sơn" for a in out.agencies)
    # a name the profile does not know enters the list as printed
    assert any(a["name"] == "Đoàn Thanh niên xã" or a["name"] == "Trưởng các thôn" for a in ky_son)


def test_generic_roles_of_another_province_are_not_resolved_to_the_profile(corpus):
    from assistant.lang.gazetteer import profile_gazetteer

    out = parse_corpus(corpus, workers=0)
    g = profile_gazetteer(None)
    seed_place_ids = {a.id for a in g.agencies.values() if a.place}  # the profile province's own agencies
    recs = [r for r in out.records if r.source == "kh-xa-ky-son"]
    for r in recs:
        assert not (set(r.lead_ids) | set(r.coordinator_ids)) & seed_place_ids, r.lead
    ubnd = [r for r in recs if r.lead == "UBND xã"][0]
    assert "ubnd-xa" in ubnd.lead_ids and any(i.startswith("d-") for i in ubnd.lead_ids)
    tp = [r for r in recs if r.lead == "Công chức Tư pháp - Hộ tịch"][0]
    assert "so-tu-phap" not in tp.lead_ids and "cong-chuc-tu-phap-ho-tich" in tp.lead_ids
    duty = [r for r in recs if r.kind == "duty" and r.lead == "Ủy ban nhân dân tỉnh"]
    assert duty and duty[0].lead_ids == ["ubnd-tinh"]  # the document names no province: the role stays a role


# ---------------------------------------------------------------- the report


def test_every_file_has_a_report_and_unreadable_ones_say_why(corpus, tmp_path):
    import shutil

    for f in corpus.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "rong.txt").write_text("   \n", "utf-8")
    out = parse_corpus(tmp_path, workers=0)
    by_file = {r.file: r for r in out.reports}
    assert set(by_file) == {f.name for f in tmp_path.iterdir()}
    assert by_file["hong.docx"].error and by_file["rong.txt"].error
    qd = by_file["qd-quy-che.txt"]
    assert qd.parts == ["Quyết định", "Quy chế"] and qd.clauses > 10 and not qd.error
    kh = by_file["kh-xa-ky-son.docx"]
    assert kh.tables_found == 1 and kh.tables_mapped == 1 and kh.records >= 5


def test_the_points_under_an_agency_heading_are_its_duties(tmp_path):
    text = "\n".join(["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: 4/CT-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 9 tháng 2 năm 2027", "", "CHỈ THỊ",
                      "Về tăng cường kỷ luật, kỷ cương hành chính", "",
                      "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "",
                      "1. Sở Nội vụ", "a) Xây dựng kế hoạch kiểm tra đột xuất việc chấp hành kỷ luật hành chính.",
                      "b) Tham mưu xác định Chỉ số CCHC năm 2027, trước ngày 15/12/2027.", "",
                      "2. Công an tỉnh", "a) Phối hợp Sở Tư pháp khai thác dữ liệu dân cư trong giải quyết TTHC.", ""])
    F.write_text(tmp_path / "ct-tay-ninh.txt", text)
    _, recs, _, _ = process_document(_doc(tmp_path, "ct-tay-ninh.txt"))
    duties = {(r.lead, r.activity) for r in recs if r.kind == "duty"}
    assert ("Sở Nội vụ", "Xây dựng kế hoạch kiểm tra đột xuất việc chấp hành kỷ luật hành chính.") in duties
    assert ("Công an tỉnh", "Phối hợp Sở Tư pháp khai thác dữ liệu dân cư trong giải quyết TTHC.") in duties
    due = next(r for r in recs if r.kind == "duty" and r.activity.startswith("Tham mưu"))
    assert due.lead == "Sở Nội vụ" and due.deadline == "trước ngày 15/12/2027"
