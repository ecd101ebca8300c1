"""The HTTP API's door, without an index: every malformed request is a 422 in Vietnamese (never a 500, never
the input echoed back), bodies past the limit are a 413, history is bounded, filters are checked against
FILTER_KEYS. A valid request reaches the assistant, which here has no index (503)."""
import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.apps.web import api
from assistant.apps.web.server import State
from assistant.config import Settings
from assistant.records import FILTER_KEYS


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    d = tmp_path_factory.mktemp("noindex")
    s = Settings().with_(index_dir=d / "index", corpus_dir=d / "corpus", chroma_host="")
    app = FastAPI()
    api.register(app, State(s))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def post(client, body, path="/api/ask", **kw):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, content=data, headers={"content-type": "application/json"}, **kw)


def is_vietnamese(text: str) -> bool:
    return any(ch in text for ch in "ảáàạãâấầẩậẫăắằẳặẵđếềểệễêíìỉịĩóòỏọõôốồổộỗơớờởợỡúùủụũưứừửựữýỳỷỵỹ")


@pytest.mark.parametrize("body,where", [
    ({"question": "ai chủ trì?", "history": [{"question": 5}]}, ["body", "history", 0, "question"]),
    ({"question": "ai chủ trì?", "history": [5]}, ["body", "history", 0]),
    ({"question": 5}, ["body", "question"]),
    ({"history": []}, ["body", "question"]),
    ({"question": "ai?", "filters": {"year": "2024"}}, ["body", "filters"]),
    ({"question": "ai?", "filters": {"year": True}}, ["body", "filters"]),
    ({"question": "ai?", "filters": {"doc_id": {"$in": ["a", "b"]}}}, ["body", "filters"]),
    ({"question": "ai?", "filters": {"doc_id": ["a"]}}, ["body", "filters"]),
    ({"question": "ai?", "filters": {"$or": [{"year": 2024}]}}, ["body", "filters"]),
    ({"question": "ai?", "filters": {"tac_gia": "x"}}, ["body", "filters"]),
    ({"question": "ai?", "filters": ["year"]}, ["body", "filters"]),
    ({"question": "ai?", "khac": 1}, ["body", "khac"]),
    ({"question": ""}, ["body", "question"]),
    ({"question": "\u200b\u200c\u2066\u202e "}, ["body", "question"]),  # only invisible characters
    ({"question": "\udc80"}, ["body", "question"]),
    ({"question": "?!... 😀"}, ["body", "question"]),
    ({"question": "x" * 2001}, ["body", "question"]),
    ({"question": "ai?", "history": [{"question": "a", "records": [1]}]}, ["body", "history", 0, "records", 0]),
])
def test_invalid_requests_are_vietnamese_422s(client, body, where):
    r = post(client, body)
    assert r.status_code == 422, r.text
    out = r.json()
    assert is_vietnamese(out["error"]), out
    assert any(d["loc"] == where for d in out["detail"]), out["detail"]
    assert all(is_vietnamese(d["msg"]) for d in out["detail"]), out["detail"]
    assert "input" not in json.dumps(out) and "Field required" not in r.text


def test_history_is_bounded_in_size_and_count(client):
    r = post(client, {"question": "còn cơ quan phối hợp?", "history": ["x" * 200_000]})
    assert r.status_code == 422 and "quá dài" in r.json()["error"]
    assert len(r.content) < 2000  # the 200,000 characters are not sent back
    r = post(client, {"question": "còn cơ quan phối hợp?", "history": [{"question": "q", "answer": "y" * 200_000}]})
    assert r.status_code == 422 and "quá dài" in r.text
    r = post(client, {"question": "còn cơ quan phối hợp?", "history": ["câu trước"] * 21})
    assert r.status_code == 422 and "tối đa 20" in r.json()["error"]
    r = post(client, {"question": "còn cơ quan phối hợp?", "history": ["câu trước"] * 20})
    assert r.status_code == 503  # valid: it reaches the assistant, which has no index here


def test_a_large_body_is_refused_and_not_echoed(client):
    big = json.dumps({"question": "x" * 3_000_000})
    r = post(client, big)
    assert r.status_code == 413 and "quá lớn" in r.json()["error"] and len(r.content) < 500

    def chunks():  # no Content-Length: cut off while reading
        for _ in range(40):
            yield b"x" * 100_000

    r = client.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and len(r.content) < 500


@pytest.mark.parametrize("raw", [b"", b"not json", b"[1, 2]", b'"question"', b"\xff\xfe\x00", b"[" * 50_000,
                                 b'{"question": "ab\xed\xb2\x80c"}', b"null"])
def test_bodies_that_are_not_a_json_object(client, raw):
    r = post(client, raw)
    assert r.status_code in (422, 503), r.text
    if r.status_code == 422:
        assert is_vietnamese(r.json()["error"])


def test_stream_endpoint_validates_the_same_way(client):
    r = post(client, {"question": "ai?", "history": [{"question": 5}]}, path="/api/ask/stream")
    assert r.status_code == 422 and is_vietnamese(r.json()["error"])


def test_without_an_index_the_reason_is_given(client):
    r = post(client, {"question": "ai chủ trì điều tra xã hội học?"})
    assert r.status_code == 503 and "Chưa có chỉ mục" in r.text
    h = client.get("/health")
    assert h.status_code == 503 and h.json()["status"] == "no-index"


def test_text_is_sanitized_at_the_door():
    a = api.parse_request(json.dumps({"question": "ai\u200b chủ\u2066 trì\ufeff điều tra?",
                                      "history": ["câu\u200d trước", {"question": "q\u202e", "docs": ["d\u200b"]}],
                                      "filters": {"doc_id": "kh\u200bcchc", "year": None}}).encode())
    assert a.question == "ai chủ trì điều tra?"
    assert a.history_items() == ["câu trước", {"question": "q", "answer": "", "records": [], "docs": ["d"]}]
    assert a.filters == {"doc_id": "khcchc"}
    b = api.parse_request('{"question": "\\udc80 ai chủ trì?"}'.encode())
    assert b.question == "\ufffd ai chủ trì?"
    json.dumps(b.question, ensure_ascii=False).encode("utf-8")  # encodable: no 500 when it is echoed


def test_filter_keys_are_the_records_contract():
    for key, typ in FILTER_KEYS.items():
        good = 2024 if typ is int else "x"
        assert api.parse_request(json.dumps({"question": "ai?", "filters": {key: good}}).encode()).filters == {key: good}


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
                           max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional={"question": json_values, "history": json_values, "filters": json_values}))
def test_fuzz_no_request_gives_a_500(client, body):
    r = post(client, body)
    assert r.status_code in (422, 503), (body, r.text)


def test_pieces_of_a_streamed_answer_join_to_the_answer():
    text = "Chủ trì: Sở Nội vụ; phối hợp: Bưu điện tỉnh, các sở, ban, ngành. " * 7
    parts = api._pieces(text)
    assert "".join(parts) == text and len(parts) > 3
