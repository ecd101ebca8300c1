"""Filters restrict the sources, in the chain and in ``POST /api/ask``; a bad filter gets a clear Vietnamese error.

- ``{"doc_id": d}`` for every document of the seed index: every citation (and related source, and task record)
  is from ``d``;
- ``{"year": y}`` and ``{"level": l}`` for every year and level the documents have: sources only from the
  documents of that year or level;
- a filter of the wrong kind (year "abc", a key that is no filter) is a ``FilterError`` in the chain and a 422
  with a Vietnamese ``error`` in the API; a value no document has (an unknown doc_id) is a 422 in the API and, in
  the chain, an abstention that says the filter matched no document; a good question right after still works.

Documents, years and levels come from the index; only the questions are written here.
"""
from __future__ import annotations

import unicodedata

import pytest
from conftest import http_json

from assistant.chain import FilterError
from assistant.lang.normalize import fold
from assistant.records import FILTER_KEYS

# a question every seed document answers ("which body leads …?"), and one about a single activity of one document
QUESTION = "Cơ quan nào chủ trì thực hiện?"
FIRST = "ai chu tri dieu tra xa hoi hoc?"


def sources(ans: dict) -> set[str]:
    """Every document an answer draws on: citations, related passages, task records."""
    return ({c["source"] for c in ans["citations"]} | {c["source"] for c in ans["related"]}
            | {r["source"] for r in ans["records"]})


def groups(bot, key: str) -> dict:
    """value → the ids of the documents with that value of ``key`` (year, level)."""
    out: dict = {}
    for d in bot.index.documents.values():
        if getattr(d, key):
            out.setdefault(getattr(d, key), set()).add(d.id)
    return out


def vietnamese(text: str) -> bool:
    """Written with Vietnamese letters (tone marks, đ), not an English or a bare technical message."""
    return "đ" in text.lower() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def ask_api(url: str, body) -> tuple[int, dict]:
    return http_json(url + "/api/ask", body, timeout=180)


# ------------------------------------------------------------------ restriction


def test_doc_id_filter_in_the_chain(bot):
    for doc_id in bot.index.documents:
        ans = bot.ask(QUESTION, filters={"doc_id": doc_id}).to_json()
        assert not ans["abstained"] and ans["citations"], (doc_id, ans["answer"][:300])
        assert sources(ans) == {doc_id}, (doc_id, sources(ans))
        assert ans["turn"]["docs"] == [doc_id]
        # a question about one activity: whatever the answer, nothing from another document
        other = bot.ask(FIRST, filters={"doc_id": doc_id}).to_json()
        assert sources(other) <= {doc_id}, (doc_id, sources(other))
    # the chain as a Runnable takes the same filters
    doc_id = max(bot.index.documents)
    out = bot.chain.invoke({"question": QUESTION, "filters": {"doc_id": doc_id}})
    assert out["citations"] and sources(out) == {doc_id}


@pytest.mark.parametrize("key", ["year", "level"])
def test_year_and_level_filters_in_the_chain(bot, key):
    by_value = groups(bot, key)
    assert len(by_value) >= 3  # the seeds differ in this field, so each filter excludes some documents
    for value, docs in by_value.items():
        ans = bot.ask(QUESTION, filters={key: value}).to_json()
        assert not ans["abstained"] and ans["citations"], (key, value, ans["answer"][:300])
        assert sources(ans) <= docs, (key, value, sources(ans), docs)
        assert sources(bot.ask(FIRST, filters={key: value}).to_json()) <= docs, (key, value)
    # a year given as a string of digits is the same filter
    year, docs = max(groups(bot, "year").items())
    assert sources(bot.ask(QUESTION, filters={"year": str(year)}).to_json()) <= docs


def test_filters_together(bot):
    """Two filters: the documents that pass both (and, when none does, an answer that says the filters match
    nothing)."""
    docs = list(bot.index.documents.values())
    d = docs[0]
    ans = bot.ask(QUESTION, filters={"year": d.year, "level": d.level}).to_json()
    both = {x.id for x in docs if x.year == d.year and x.level == d.level}
    assert ans["citations"] and sources(ans) <= both
    pair = next(((y, lv) for y in {x.year for x in docs} for lv in {x.level for x in docs}
                 if not any(x.year == y and x.level == lv for x in docs)), None)
    assert pair is not None
    none = bot.ask(QUESTION, filters={"year": pair[0], "level": pair[1]})
    assert none.abstained and not none.citations and "bộ lọc" in none.answer


def test_filters_over_http(app_server, bot):
    for doc_id in bot.index.documents:
        status, body = ask_api(app_server, {"question": QUESTION, "filters": {"doc_id": doc_id}})
        assert status == 200 and body["citations"], (doc_id, body)
        assert sources(body) == {doc_id}, (doc_id, sources(body))
    for key in ("year", "level"):
        for value, docs in groups(bot, key).items():
            status, body = ask_api(app_server, {"question": QUESTION, "filters": {key: value}})
            assert status == 200 and body["citations"], (key, value, body)
            assert sources(body) <= docs, (key, value, sources(body))
            # the same as the chain in process
            assert body["answer"] == bot.ask(QUESTION, filters={key: value}).answer


# ------------------------------------------------------------------ invalid filters

UNKNOWN_DOC = "khong-co-van-ban-nay"


@pytest.mark.parametrize("bad, says", [
    ({"year": "abc"}, "phải là số"),
    ({"tac_gia": "Sở Nội vụ"}, "Bộ lọc không hợp lệ"),
    ({"year": [2024]}, "giá trị đơn"),
])
def test_a_bad_filter_is_a_filter_error_in_the_chain(bot, bad, says):
    with pytest.raises(FilterError) as e:
        bot.ask(FIRST, filters=bad)
    msg = str(e.value)
    assert says in msg and "«" in msg and vietnamese(msg)  # names the filter
    if "tac_gia" in bad:
        assert all(k in msg for k in FILTER_KEYS)  # says which keys there are
    with pytest.raises(FilterError):
        bot.chain.invoke({"question": FIRST, "filters": bad})
    good = bot.ask(FIRST)  # the next question is untouched
    assert not good.abstained and good.citations and not good.notes


def test_an_unknown_doc_id_in_the_chain_matches_no_document(bot):
    """The chain checks the filters' keys and kinds, not whether a document has the value: a doc_id no document has
    leaves nothing to answer from, and the answer says so (the API refuses it at the door, below)."""
    ans = bot.ask(FIRST, filters={"doc_id": UNKNOWN_DOC})
    assert ans.abstained and not ans.citations and not ans.records
    assert "bộ lọc" in ans.answer and vietnamese(ans.answer)
    good = bot.ask(FIRST, filters={"doc_id": min(bot.index.documents)})
    assert good.citations


@pytest.mark.parametrize("bad, says", [
    ({"doc_id": UNKNOWN_DOC}, "Không có văn bản nào"),
    ({"year": "abc"}, "phải là một số nguyên"),
    ({"tac_gia": "Sở Nội vụ"}, "không được hỗ trợ"),
    ({"year": 1999}, "Không có văn bản nào"),
    ({"level": "quốc gia"}, "Không có văn bản nào"),
])
def test_a_bad_filter_is_a_422_over_http_and_the_next_query_works(app_server, bot, bad, says):
    status, body = ask_api(app_server, {"question": FIRST, "filters": bad})
    assert status == 422, body
    err = body["error"]
    assert isinstance(err, str) and err and says in err
    assert vietnamese(err), err
    assert "Traceback" not in err and "Error" not in err and body.get("detail")
    status, good = ask_api(app_server, {"question": FIRST})
    assert status == 200 and not good["abstained"] and good["citations"] and good["notes"] == []
    assert good["answer"] == bot.ask(FIRST).answer


# ------------------------------------------------------------------ known defects
# Strict xfails: each fails the run as soon as it passes, so the mark goes when the defect is fixed.


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="grounding: a filter makes the scope 'strong' (a positive weight of the fitted grounding "
                          "model, whose threshold is low), and a document that never mentions the subject is "
                          "answered with an unrelated task's lead instead of an abstention")
def test_a_document_that_never_mentions_the_subject_abstains(bot):
    silent = [d.id for d in bot.index.documents.values() if "xa hoi hoc" not in fold(d.text)]
    if len(silent) < 3:  # not the defect: a plain failure, not an xfail
        pytest.fail(f"the seed index changed: {silent}")
    wrong = {d: bot.ask(FIRST, filters={"doc_id": d}).direct for d in silent}
    assert not any(wrong.values()), wrong


def test_filtering_to_the_answering_document_keeps_the_answer(bot):
    # an xfail until session 5 (a near tie between two activities, ranked differently with and without the filter);
    # it holds since that session's ranking changes (shorter row vectors, rows found by their other cells)
    free = bot.ask(FIRST)
    if not free.records or free.abstained:  # not the defect: a plain failure, not an xfail
        pytest.fail(f"the unfiltered question is not answered from a task: {free.answer[:200]}")
    doc_id = free.records[0]["source"]
    kept = bot.ask(FIRST, filters={"doc_id": doc_id})
    assert [r["id"] for r in kept.records[:1]] == [free.records[0]["id"]]
