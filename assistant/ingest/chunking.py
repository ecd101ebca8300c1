"""Clauses + TaskRecords → Chunks.

- Clause chunks follow clause boundaries: consecutive small clauses under the
  same heading path merge (up to ``max_words``); a clause longer than the
  embedding window is split at sentence ends, never mid-sentence unless one
  sentence alone is too long.
- Each TaskRecord becomes its own chunk (the rendered row). Only appendix
  activities are embedded; records read out of a clause (duties, 004 items,
  inspection rows) are lexical-only: their clause is embedded already.
- The indexed text is prefixed with the document title and heading path; the
  chunk id is a hash of that content, so re-ingesting unchanged text yields the
  same ids (idempotence).
- The vector is computed from a shorter ``vector_text`` (``vector_text()``): the
  title, the path and the head of the text — at most ``VECTOR_WORDS`` words; a row
  without its agencies and dates; a clause without its heading repeated from the
  path. Agencies, dates and the rest of the text are matched by words (BM25, which
  reads the whole ``text``) and read from the records. Measured on the seeds: a
  third fewer tokens to embed (the ingest's main cost), the same answers and
  recall within ±1–2 questions per eval set.
"""
from __future__ import annotations

import hashlib
import re

from assistant.records import PATH_SEP, Chunk, Clause, Document, TaskRecord

MAX_WORDS = 220  # ≈ 300–380 e5 tokens for Vietnamese; the window is 512
# Characters of one document that get a vector (≈ 60,000 e5 tokens of Vietnamese, about a minute of embedding on 2
# cores; the longest plan of the genre seen so far, a provincial plan with a 69-row appendix, has 45,000). Past it the
# rest of the document stays findable by its words only, and the report says so: a 4 MB text would otherwise hold an
# ingest for over 15 minutes.
DENSE_CHARS_PER_DOC = 150_000
# Words of a chunk that its vector reads (≈ 160 e5 tokens of Vietnamese): the title, the path and the head of the text
VECTOR_WORDS = 110
_SENT = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ\-+])")


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:24]


def _nwords(s: str) -> int:
    return len(s.split())


def split_long(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Pieces of at most ``max_words`` words, cut at sentence ends when possible (linear in the text)."""
    if _nwords(text) <= max_words:
        return [text]
    parts: list[str] = []
    cur: list[str] = []  # words of the piece being built
    for sent in _SENT.split(text):
        words = sent.split()
        if cur and len(cur) + len(words) > max_words:
            parts.append(" ".join(cur))
            cur = []
        cur.extend(words)
        if len(cur) > max_words:  # one sentence longer than the window
            k = 0
            while len(cur) - k > max_words:
                parts.append(" ".join(cur[k:k + max_words]))
                k += max_words
            cur = cur[k:]
    if cur:
        parts.append(" ".join(cur))
    return parts


def _prefix(doc: Document, path: str) -> str:
    return f"{doc.title}{PATH_SEP}{path}" if path else doc.title


def vector_text(prefix: str, body: str, heading: str = "") -> str:
    """What a chunk's vector is computed from: ``prefix`` (title › path) and ``body`` without ``heading`` when the
    body only repeats it first, cut to ``VECTOR_WORDS`` words."""
    if heading and body.startswith(heading) and len(body) > len(heading):
        body = body[len(heading):].lstrip()
    return " ".join(f"{prefix}\n{body}".split(" ")[:VECTOR_WORDS])


def _meta(doc: Document, path: str, kind: str) -> dict:
    return {"doc_id": doc.id, "title": doc.title, "year": doc.year, "level": doc.level,
            "doc_type": doc.doc_type, "path": path, "kind": kind}


def chunk_clauses(doc: Document, clauses: list[Clause], max_words: int = MAX_WORDS) -> list[Chunk]:
    chunks: list[Chunk] = []
    group: list[Clause] = []

    def flush():
        if not group:
            return
        path = group[0].path_str
        body = "\n".join(c.text for c in group)
        pieces = split_long(body, max_words) if len(group) == 1 else [body]
        # a heading with nothing under it but sub-headings repeats the path prefix of its children, which are
        # embedded: it stays findable by its words, without a vector of its own
        dense = not (len(group) == 1 and group[0].kind == "heading")
        for i, piece in enumerate(pieces):
            text = f"{_prefix(doc, path)}\n{piece}"
            vt = vector_text(_prefix(doc, path), piece, path.split(PATH_SEP)[-1].strip() if path else "")
            cid = _hash(doc.id, text, str(i), vt)
            chunks.append(Chunk(cid, doc.id, text, piece, path, "clauses", [c.id for c in group],
                                group[0].start, group[-1].end, _meta(doc, path, "clauses"), dense=dense,
                                vector_text=vt))
        group.clear()

    for c in clauses:
        if c.kind in ("heading", "title", "header"):
            # a heading starts a new group; it is also carried by the path prefix
            # of what follows, and a heading with no content is still indexed
            flush()
            group.append(c)
            continue
        if group and (group[0].path != c.path or _nwords(" ".join(g.text for g in group)) + _nwords(c.text) > max_words):
            flush()
        group.append(c)
    flush()
    return chunks


def render_task(r: TaskRecord, with_goal: bool = True, fields: bool = True) -> str:
    """'Hoạt động 5: … | Kết quả: … | Chủ trì: … | Phối hợp: … | Thời gian: …' (``fields=False``: up to the
    result, without who and when)"""
    parts = []
    if r.kind == "activity":
        if r.goal and with_goal:
            parts.append(f"Mục tiêu {r.goal_no}: {r.goal}".replace("Mục tiêu : ", "Mục tiêu: "))
        if r.task:
            parts.append(f"Nhiệm vụ {r.task_no}: {r.task}".replace("Nhiệm vụ : ", "Nhiệm vụ: "))
        parts.append(f"Hoạt động {r.activity_no}: {r.activity}")
    else:
        label = {"duty": "Nhiệm vụ", "inspection": "Đơn vị được kiểm tra", "team": "Thành phần",
                 "item": "Nội dung"}.get(r.kind, "Nội dung")
        parts.append(f"{label}: {r.activity}")
    if r.output:
        parts.append(f"Kết quả: {r.output}")
    if not fields:
        return " | ".join(parts)
    if r.lead:
        parts.append(f"Chủ trì: {r.lead}")
    if r.executors:
        parts.append(f"Thực hiện: {r.executors}")
    if r.coordinators:
        parts.append(f"Phối hợp: {r.coordinators}")
    if r.deadline:
        parts.append(f"Thời gian: {r.deadline}")
    return " | ".join(parts)


def chunk_tasks(doc: Document, records: list[TaskRecord]) -> list[Chunk]:
    chunks = []
    for r in records:
        body = r.quote or render_task(r)
        # the goal text repeats over many rows and triples the tokens to embed; it stays in the quote
        text = f"{_prefix(doc, r.clause)}\n{render_task(r, with_goal=False)}"
        # the vector reads what the row is about; who and when are matched by words and read from the record
        vt = vector_text(_prefix(doc, r.clause), render_task(r, with_goal=False, fields=False))
        cid = _hash(doc.id, "task", text, vt)
        meta = _meta(doc, r.clause, "task")
        meta["record_id"] = r.id
        # appendix activities are rows whose table clauses are dropped (see chunk_document): they need a vector;
        # every other record is read out of a clause that is itself embedded, so it is found lexically
        chunks.append(Chunk(cid, doc.id, text, body, r.clause, "task", [], r.start, r.end, meta,
                            dense=r.kind == "activity", vector_text=vt))
    return chunks


def limit_dense(chunks: list[Chunk], max_chars: int = DENSE_CHARS_PER_DOC) -> str | None:
    """Keep the vectors of one document's chunks within ``max_chars`` (table rows first, then clauses in document
    order); the chunks past it become keyword-only. Returns the report's warning, or None when all fit."""
    if max_chars <= 0:
        raise ValueError("max_chars phải là số dương.")
    dense = [c for c in chunks if c.dense]
    order = sorted(dense, key=lambda c: (c.kind != "task", c.start, c.end))
    used, dropped = 0, []
    for c in order:
        n = len(c.vector_text or c.text)
        if used + n > max_chars:
            c.dense = False
            dropped.append(c)
        else:
            used += n
    if not dropped:
        return None
    first = min(dropped, key=lambda c: (c.start, c.end))
    where = f" (từ «{first.path}»)" if first.path else ""
    limit = f"{max_chars:,}".replace(",", ".")
    return (f"Văn bản rất dài: {len(dropped)}/{len(dense)} đoạn{where} vượt hạn mức {limit} ký tự được nhúng; "
            f"các đoạn đó chỉ tìm được theo từ khóa.")


def chunk_document(doc: Document, clauses: list[Clause], records: list[TaskRecord]) -> list[Chunk]:
    """All chunks of a document. Appendix-table clauses are replaced by row records when parsed."""
    has_rows = any(r.kind == "activity" for r in records)
    kept = [c for c in clauses if not (has_rows and c.kind == "table")]
    out = chunk_clauses(doc, kept) + chunk_tasks(doc, records)
    seen, unique = set(), []
    for ch in out:  # identical content twice in one document → one chunk
        if ch.id not in seen:
            seen.add(ch.id)
            unique.append(ch)
    return unique
