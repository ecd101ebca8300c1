"""One chat turn and its feedback, shared by the main chat and the widget.

The conversation lives in the browser session (Gradio ``State``): ``history`` is what answering needs for
follow-ups (``Answer.turn()`` of each kept answer), ``turns`` maps a chat message index to what feedback
stores for that answer. A rejected question (empty, too long, no letters) is answered but not kept.
"""
from __future__ import annotations

import html
from typing import Any

from assistant.apps.web.views import answer_html, answer_plain, pending_html
from assistant.records import Answer
from assistant.store.feedback import FeedbackStore

MAX_HISTORY = 6  # the answers a follow-up may refer back to
PRIVATE = {"api_visibility": "private"}  # events of the page itself: not an API for programs


def answer_count(turns: dict) -> int:
    return len(turns or {})


def user_message(text: str) -> dict:
    return {"role": "user", "content": html.escape(text)}


def ask_once(state, message: str, history: list, filters: dict | None = None) -> tuple[Answer | None, str]:
    """(answer, error html): the answer to one question, or why there is none."""
    bot = state.get()
    if bot is None:
        return None, state.error_html()
    return bot.ask(message or "", history=list(history or [])[-MAX_HISTORY:], filters=filters or {}), ""


def kept(ans: Answer) -> bool:
    """A question answering rejected is not part of the conversation."""
    return ans.intent != "invalid"


def feedback_payload(state, ans: Answer, history: list, source: str) -> dict[str, Any]:
    bot = state.get()
    return {"question": ans.question, "answer": ans.answer, "direct": ans.direct, "intent": ans.intent,
            "abstained": ans.abstained, "citations": [c.to_json() for c in ans.citations],
            "build": getattr(bot, "index", None) and bot.index.build or "", "source": source,
            "history": [h.get("question", "") if isinstance(h, dict) else str(h) for h in (history or [])]}


def chat_turn(state, message: str, chat: list, history: list, turns: dict, filters: dict | None, source: str):
    """Yields (chat, history, turns, copy text) twice: the question at once, then the answer."""
    chat = list(chat or [])
    turns = dict(turns or {})
    history = list(history or [])
    message = message or ""
    chat.append(user_message(message))
    chat.append({"role": "assistant", "content": pending_html(message)})
    yield list(chat), history, dict(turns), ""
    ans, err = ask_once(state, message, history, filters)
    if ans is None:
        chat[-1] = {"role": "assistant", "content": err}
        yield chat, history, turns, ""
        return
    bot = state.get()
    turn = answer_count(turns)
    chat[-1] = {"role": "assistant", "content": answer_html(ans, bot.index if bot else None, turn)}
    turns[str(len(chat) - 1)] = feedback_payload(state, ans, history, source)
    if kept(ans):
        history = (history + [ans.turn()])[-MAX_HISTORY:]
    yield chat, history, turns, answer_plain(ans)


def store(state) -> FeedbackStore:
    return FeedbackStore(state.settings.index_dir)


def record_like(state, turns: dict, index: Any, liked: Any) -> int | None:
    """Store a 👍 / 👎 for the answer at chat message ``index``; returns the feedback id (None: not an answer)."""
    if isinstance(index, (list, tuple)):
        index = index[0]
    p = (turns or {}).get(str(index))
    if p is None or liked is None:
        return None
    rating = 1 if liked is True or (isinstance(liked, str) and liked.lower() in ("like", "up", "👍")) else -1
    return store(state).add(rating, p["question"], p["answer"], direct=p.get("direct", ""), intent=p.get("intent", ""),
                            abstained=p.get("abstained", False), citations=p.get("citations"),
                            build=p.get("build", ""), source=p.get("source", ""), history=p.get("history"))
