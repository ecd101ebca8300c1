"""The HTTP API of a running app (one process, shared by the module): one client cannot hurt another, answers
are per request, invisible characters change nothing, the stream says the same as /api/ask."""
import json
import threading
import urllib.request
from pathlib import Path

from conftest import http_json

FIRST = "ai chu tri dieu tra xa hoi hoc?"


def ask(url, body, timeout=180):
    return http_json(url + "/api/ask", body, timeout=timeout)


def test_a_huge_history_item_does_not_hold_up_another_client(app_server):
    """Issue #14: a 200,000-character history item held every other question for a minute."""
    results: dict[str, list] = {"attacker": [], "user": []}

    def attacker():
        for size in (200_000, 200_000, 900_000):
            results["attacker"].append(ask(app_server, {"question": "còn cơ quan phối hợp?",
                                                        "history": ["x " * (size // 2)]}))

    t = threading.Thread(target=attacker)
    t.start()
    status, body = ask(app_server, {"question": FIRST, "history": []})
    results["user"].append((status, body))
    t.join(300)
    assert not t.is_alive()
    assert status == 200 and "Sở Nội vụ" in body["answer"] and not body["abstained"]
    assert [s for s, _ in results["attacker"]] == [422, 422, 422]
    assert all("quá dài" in b["error"] and len(json.dumps(b)) < 2000 for _, b in results["attacker"])


def test_a_bad_filter_then_a_good_query_from_another_client(app_server):
    for bad in ({"year": "abc"}, {"doc_id": {"$ne": "x"}}, {"$where": "1"}, {"year": 1999}, {"doc_id": "khong-co"}):
        status, body = ask(app_server, {"question": FIRST, "filters": bad})
        assert status == 422 and body["error"], bad
    status, good = ask(app_server, {"question": FIRST})
    assert status == 200 and good["notes"] == [] and "Lưu ý" not in good["answer"]
    assert "Sở Nội vụ" in good["answer"]
    status, health = http_json(app_server + "/health")
    assert status == 200 and health["status"] == "ok" and "message" not in health


def test_a_valid_filter_is_applied(app_server):
    q = "ai chu tri kiem tra truc tiep huyen phong tho"
    status, free = ask(app_server, {"question": q})
    assert status == 200 and {c["source"] for c in free["citations"]} == {"kiemtra-cchc-2024"}
    status, body = ask(app_server, {"question": q, "filters": {"doc_id": "khcchc-2024"}})
    assert status == 200
    sources = {c["source"] for c in body["citations"] + body["related"]}
    assert sources == {"khcchc-2024"}, sources


def test_invisible_characters_do_not_change_the_answer(app_server):
    clean = ask(app_server, {"question": "Ai chủ trì điều tra xã hội học?"})[1]
    for q in ("Ai\u200b chủ trì\u200c điều\u200d tra xã hội học?\ufeff",
              "\u202eAi chủ trì điều tra \u2066xã hội học\u2069?",
              "Ai chu\u0309 tri\u0300 điều tra xã hội học?"):  # decomposed tone marks: NFC at the door
        status, body = ask(app_server, {"question": q})
        assert status == 200
        assert (body["question"], body["answer"], body["citations"]) == \
            (clean["question"], clean["answer"], clean["citations"]), q


def test_a_lone_surrogate_is_no_500(app_server):
    raw = b'{"question": "\\udc80 Ai ch\\u1ee7 tr\\u00ec \\u0111i\\u1ec1u tra x\\u00e3 h\\u1ed9i h\\u1ecdc?"}'
    status, body = ask(app_server, raw)
    assert status == 200 and "Sở Nội vụ" in body["answer"]
    status, body = ask(app_server, b'{"question": "\\udc80"}')
    assert status == 422 and "chữ" in body["error"]
    raw_utf8 = '{"question": "ai chủ trì điều tra xã hội học'.encode() + b"\xed\xb2\x80" + b'?"}'
    assert ask(app_server, raw_utf8)[0] == 200


def test_follow_up_with_the_turn_of_the_previous_answer(app_server):
    q = "ai chu tri to chuc dieu tra xa hoi hoc?"
    status, first = ask(app_server, {"question": q})
    assert status == 200 and first["turn"]["question"] == q and first["turn"]["docs"]
    status, second = ask(app_server, {"question": "còn cơ quan phối hợp?", "history": [first["turn"]]})
    assert status == 200 and "Bưu điện tỉnh" in second["answer"]
    status, third = ask(app_server, {"question": "còn cơ quan phối hợp?", "history": [q]})  # strings too
    assert status == 200 and third["answer"] == second["answer"]


def test_the_response_is_the_typed_model(app_server):
    status, body = ask(app_server, {"question": FIRST})
    assert status == 200
    assert {"question", "answer", "direct", "abstained", "intent", "notes", "citations", "records", "related",
            "elapsed_ms", "turn"} <= set(body)
    assert body["direct"] and body["citations"][0]["quote"] and body["records"]
    status, schema = http_json(app_server + "/openapi.json")
    assert status == 200
    op = schema["paths"]["/api/ask"]["post"]
    req = op["requestBody"]["content"]["application/json"]["schema"]
    assert set(req["properties"]) == {"question", "history", "filters"}
    assert "/api/ask/stream" in schema["paths"]


def _events(url, body):
    req = urllib.request.Request(url + "/api/ask/stream", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=180) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode("utf-8")
    out = []
    for block in text.split("\n\n"):
        lines = [x for x in block.splitlines() if not x.startswith(":")]
        if lines:
            ev = next(x[7:] for x in lines if x.startswith("event: "))
            data = json.loads(next(x[6:] for x in lines if x.startswith("data: ")))
            out.append((ev, data))
    return out


def test_stream_says_what_ask_says(app_server):
    events = _events(app_server, {"question": FIRST})
    kinds = [e for e, _ in events]
    assert kinds[0] == "question" and kinds[-2:] == ["answer", "done"] and "delta" in kinds
    final = events[-2][1]
    assert "".join(d["text"] for e, d in events if e == "delta") == final["answer"]
    plain = ask(app_server, {"question": FIRST})[1]
    assert (final["answer"], final["citations"], final["turn"]) == (plain["answer"], plain["citations"], plain["turn"])


def test_the_app_process_never_loaded_torch(app_server):
    maps = Path(f"/proc/{app_server.pid}/maps").read_text()
    assert "/torch/" not in maps and "libtorch" not in maps
