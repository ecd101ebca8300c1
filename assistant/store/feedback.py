"""Users' 👍 / 👎 on answers, kept in SQLite under the index folder (``index/feedback.sqlite``).

It lives beside the builds, not inside one, so a re-ingest never loses it. Only what the user typed or was shown
is stored: the question, the answer, its citations, the rating and an optional comment — plus the index build
that answered, so a reviewer can tell an old answer from a new one. No address, session or browser data.

    fb = FeedbackStore(settings.index_dir)
    fid = fb.add(rating=-1, question="…", answer="…", direct="…", citations=[…], build="2026…", source="chat")
    fb.comment(fid, "thiếu cơ quan phối hợp")
    fb.eval_items(flagged_only=True)   # → the JSON Lines schema of evals/data/*.jsonl
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FILE = "feedback.sqlite"
MAX_TEXT = 20_000  # an answer is never longer; a comment is cut here
SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created REAL NOT NULL,
  rating INTEGER NOT NULL,          -- 1 = 👍, -1 = 👎
  comment TEXT NOT NULL DEFAULT '',
  question TEXT NOT NULL,
  history TEXT NOT NULL DEFAULT '[]',   -- earlier questions of the conversation (for follow-ups)
  answer TEXT NOT NULL,
  direct TEXT NOT NULL DEFAULT '',
  intent TEXT NOT NULL DEFAULT '',
  abstained INTEGER NOT NULL DEFAULT 0,
  citations TEXT NOT NULL DEFAULT '[]',
  build TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT ''   -- chat | widget | api
);
"""


@dataclass
class Feedback:
    id: int
    created: float
    rating: int
    question: str
    answer: str
    comment: str = ""
    history: list[str] = field(default_factory=list)
    direct: str = ""
    intent: str = ""
    abstained: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)
    build: str = ""
    source: str = ""

    @property
    def flagged(self) -> bool:
        return self.rating < 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _cut(s: Any, n: int = MAX_TEXT) -> str:
    s = "" if s is None else str(s)
    return s[:n]


class FeedbackStore:
    def __init__(self, index_dir: Path | str):
        self.path = Path(index_dir) / FILE
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.executescript(SCHEMA)
        return con

    def add(self, rating: int | bool, question: str, answer: str, *, direct: str = "", intent: str = "",
            abstained: bool = False, citations: list[dict[str, Any]] | None = None, build: str = "",
            source: str = "", comment: str = "", history: list[str] | None = None) -> int:
        r = 1 if (rating is True or (not isinstance(rating, bool) and int(rating) > 0)) else -1
        cits = [{k: c.get(k, "") for k in ("source", "title", "clause", "quote", "start", "end")}
                for c in (citations or []) if isinstance(c, dict)]
        row = (time.time(), r, _cut(comment, 2000), _cut(question, 4000),
               json.dumps([_cut(h, 4000) for h in (history or [])][-6:], ensure_ascii=False),
               _cut(answer), _cut(direct, 4000), _cut(intent, 40), int(bool(abstained)),
               json.dumps(cits, ensure_ascii=False), _cut(build, 100), _cut(source, 20))
        with self._lock, self._connect() as con:
            cur = con.execute("INSERT INTO feedback (created, rating, comment, question, history, answer, direct,"
                              " intent, abstained, citations, build, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row)
            return int(cur.lastrowid)

    def comment(self, fid: int, text: str) -> bool:
        with self._lock, self._connect() as con:
            cur = con.execute("UPDATE feedback SET comment = ? WHERE id = ?", (_cut(text, 2000), int(fid)))
            return cur.rowcount > 0

    def rate(self, fid: int, rating: int | bool) -> bool:
        r = 1 if (rating is True or (not isinstance(rating, bool) and int(rating) > 0)) else -1
        with self._lock, self._connect() as con:
            return con.execute("UPDATE feedback SET rating = ? WHERE id = ?", (r, int(fid))).rowcount > 0

    def all(self, flagged_only: bool = False, limit: int = 1000) -> list[Feedback]:
        if not self.path.exists():
            return []
        q = "SELECT id, created, rating, comment, question, history, answer, direct, intent, abstained, citations," \
            " build, source FROM feedback" + (" WHERE rating < 0" if flagged_only else "") + \
            " ORDER BY id DESC LIMIT ?"
        with self._lock, self._connect() as con:
            rows = con.execute(q, (int(limit),)).fetchall()
        return [Feedback(id=r[0], created=r[1], rating=r[2], comment=r[3], question=r[4], history=json.loads(r[5]),
                         answer=r[6], direct=r[7], intent=r[8], abstained=bool(r[9]), citations=json.loads(r[10]),
                         build=r[11], source=r[12]) for r in rows]

    def eval_items(self, flagged_only: bool = True) -> list[dict[str, Any]]:
        return [eval_item(f) for f in reversed(self.all(flagged_only=flagged_only))]


def eval_item(f: Feedback) -> dict[str, Any]:
    """A feedback row as an eval item in the schema of evals/data/*.jsonl.

    ``must_have`` / ``snippet`` are left for the reviewer to fill from the documents (a user's 👎 says the answer
    was wrong, not what the right one is); ``notes`` carries the comment and what was answered, so the reviewer
    sees why it was flagged. ``turns`` holds the earlier questions when the flagged one was a follow-up.
    """
    from assistant.lang.normalize import has_diacritics

    q = f.question
    first = f.citations[0] if f.citations else {}
    shown = (f.direct or f.answer).replace("\n", " ")[:300]
    notes = [f"Góp ý {'👎' if f.flagged else '👍'} #{f.id} (bản dựng {f.build or '?'}, {f.source or '?'})"]
    if f.comment:
        notes.append(f"nhận xét: {f.comment}")
    notes.append(f"đã trả lời: {shown}")
    return {
        "id": f"fb{f.id:05d}",
        "question": q,
        "turns": list(f.history),
        "intent": f.intent or "",
        "must_have": [],
        "must_not": [],
        "doc": first.get("source", ""),
        "snippet": "",
        "accent_free": not has_diacritics(q),
        "notes": "; ".join(notes),
    }


def write_jsonl(items: list[dict[str, Any]], path: Path) -> int:
    """Append items to a JSON Lines file, skipping ids already in it; returns how many were added."""
    path = Path(path)
    seen: set[str] = set()
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            try:
                seen.add(json.loads(line).get("id", ""))
            except ValueError:
                continue
    new = [i for i in items if i["id"] not in seen]
    if new:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            for i in new:
                fh.write(json.dumps(i, ensure_ascii=False) + "\n")
    return len(new)
