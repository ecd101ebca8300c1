"""A three-turn conversation on the seed index, through ``Assistant.ask(history=…)`` and through ``POST /api/ask``:

    "ai chu tri dieu tra xa hoi hoc?"  → the lead agency of that activity, first
    "còn cơ quan phối hợp?"            → the coordinators of the SAME activity (same record, same cited clause)
    "thời hạn?"                        → that activity's deadline

Expected values come from the index's own task records, never from strings written here (only the questions are).
"""
from __future__ import annotations

import re

import pytest
from conftest import http_json

from assistant.lang.normalize import fold

QUESTIONS = [("ai chu tri dieu tra xa hoi hoc?", "lead"),
             ("còn cơ quan phối hợp?", "coordinators"),
             ("thời hạn?", "deadline")]


@pytest.fixture(scope="module")
def activity(bot):
    """The one task record of the index about "điều tra xã hội học" (the subject of the first question)."""
    found = [r for r in bot.index.records if "dieu tra xa hoi hoc" in fold(r.activity)]
    assert len(found) == 1, [r.id for r in found]  # the question names exactly one activity of the index
    r = found[0]
    assert r.lead and r.coordinators and r.deadline  # each turn has a value to find
    return r


def first_bold(direct: str) -> str:
    """The asked value: the first **bold** part of the direct answer."""
    m = re.search(r"\*\*(.+?)\*\*", direct or "")
    return m.group(1) if m else ""


def words_in_order(quote: str, source: str) -> bool:
    """The quote's words appear, in order, in ``source`` (line breaks and cell borders in between do not count)."""
    have = iter(re.findall(r"[a-z0-9]+", fold(source)))
    want = re.findall(r"[a-z0-9]+", fold(quote))
    return bool(want) and all(any(w == h for h in have) for w in want)


def check_turn(ans: dict, intent: str, rec, doc_text: str) -> None:
    """One answer (``Answer.to_json()`` shape) about ``rec``: the asked field first, that record, its clause."""
    value = {"lead": rec.lead, "coordinators": rec.coordinators, "deadline": rec.deadline}[intent]
    assert not ans["abstained"] and ans["intent"] == intent, (ans["intent"], ans["answer"][:300])
    assert [r["id"] for r in ans["records"]][:1] == [rec.id], [r["id"] for r in ans["records"]]
    assert first_bold(ans["direct"]) == value, ans["direct"]
    # the asked value comes before the other fields of the record in the whole answer text
    assert fold(ans["answer"]).find(fold(value)) == min(
        i for i in (fold(ans["answer"]).find(fold(v)) for v in (rec.lead, rec.coordinators, rec.deadline)) if i >= 0)
    c = ans["citations"][0]
    assert (c["source"], c["clause"]) == (rec.source, rec.clause)
    assert c["start"] <= rec.start and rec.end <= c["end"]
    assert words_in_order(c["quote"], doc_text[c["start"]:c["end"]])  # the source's own words (a table row's cells)
    # the value itself is in the cited record's own words
    assert fold(value) in fold(doc_text[rec.start:rec.end]) and fold(value) in fold(c["quote"])


def test_three_turns_through_the_chain(bot, activity):
    doc_text = bot.index.documents[activity.source].text
    history: list = []
    cited = []
    for q, intent in QUESTIONS:
        ans = bot.ask(q, history=history)
        out = ans.to_json()
        check_turn(out, intent, activity, doc_text)
        cited.append((out["citations"][0]["source"], out["citations"][0]["clause"], out["citations"][0]["start"]))
        history.append(ans.turn())
    assert len(set(cited)) == 1  # every turn cites the same clause
    # the first turn answered the lead, so a follow-up found its record through the turn it sent back
    assert history[0]["records"] == [activity.id] and history[0]["docs"] == [activity.source]


def test_follow_up_with_the_first_question_as_a_string(bot, activity):
    """History items may be bare earlier questions: the follow-up finds the first answer's activity itself."""
    ans = bot.ask(QUESTIONS[1][0], history=[QUESTIONS[0][0]]).to_json()
    check_turn(ans, "coordinators", activity, bot.index.documents[activity.source].text)


def test_three_turns_through_the_http_api(app_server, bot, activity):
    doc_text = bot.index.documents[activity.source].text
    history: list = []
    for q, intent in QUESTIONS:
        status, body = http_json(app_server + "/api/ask", {"question": q, "history": history}, timeout=180)
        assert status == 200, body
        check_turn(body, intent, activity, doc_text)
        # the same conversation in process gives the same answer and sources
        same = bot.ask(q, history=history).to_json()
        assert (body["answer"], body["citations"], body["records"]) == \
            (same["answer"], same["citations"], same["records"])
        history.append(body["turn"])
    assert [h["records"] for h in history] == [[activity.id]] * 3
