"""Pure rendering helpers for the web UI: everything from documents or users is HTML-escaped here."""
from __future__ import annotations

import html
import re

from assistant.records import Answer, Citation
from assistant.store.index import Index

_MARK = re.compile(r"\[(\d+)\]")


def answer_html(ans: Answer) -> str:
    """The answer with [n] markers as links to the numbered sources below it."""
    body = html.escape(ans.answer).replace("\n", "<br>")
    body = _MARK.sub(lambda m: f'<a class="par-cite" href="#par-src-{m.group(1)}">[{m.group(1)}]</a>', body)
    cls = "par-answer par-abstained" if ans.abstained else "par-answer"
    out = f'<div class="{cls}">{body}</div>'
    if ans.citations:
        items = "".join(
            f'<li id="par-src-{n}"><b>[{n}] {html.escape(c.title)}</b> — <i>{html.escape(c.clause)}</i>'
            f'<blockquote>{html.escape(_short(c.quote, 400))}</blockquote></li>'
            for n, c in enumerate(ans.citations, start=1))
        out += f'<ol class="par-sources">{items}</ol>'
    if ans.related:
        out += '<div class="par-related">Có thể liên quan: ' + "; ".join(
            f"{html.escape(c.title)} — {html.escape(c.clause)}" for c in ans.related) + "</div>"
    return out


def answer_plain(ans: Answer) -> str:
    """'Copy answer with sources' text."""
    lines = [ans.answer]
    if ans.citations:
        lines.append("")
        lines.append("Nguồn:")
        for n, c in enumerate(ans.citations, start=1):
            lines.append(f"[{n}] {c.title} — {c.clause}: “{c.quote}”")
    return "\n".join(lines)


def citation_label(n: int, c: Citation) -> str:
    return f"[{n}] {c.title} — {c.clause}"


def citation_panel(index: Index, c: Citation, context: int = 1) -> str:
    """The cited clause with the quoted span highlighted, and the clauses around it."""
    doc = index.documents.get(c.source)
    if doc is None:
        return "<p>Không tìm thấy văn bản.</p>"
    head = (f'<div class="par-panel"><h3>{html.escape(doc.title)}</h3>'
            f'<div class="par-path">{html.escape(c.clause)}</div>')
    clause = next((x for x in index.clauses if x.doc_id == c.source and x.start == c.start and x.end == c.end), None)
    if clause is not None:
        parts = []
        for x in index.neighbours(clause.id, context, context):
            text = html.escape(x.text)
            if x.id == clause.id:
                parts.append(f'<p class="par-cited"><mark>{text}</mark></p>')
            else:
                parts.append(f'<p class="par-context">{text}</p>')
        return head + "".join(parts) + "</div>"
    # a table row: show the source text around the span, the span highlighted
    text = doc.text
    a, b = max(0, c.start), min(len(text), c.end)
    before = text[max(0, a - 300):a]
    after = text[b:b + 300]
    src = (html.escape(before) + "<mark>" + html.escape(text[a:b]) + "</mark>" + html.escape(after))
    src = re.sub(r"\s*\n\s*", " ", src)  # hard-wrapped PDF lines read as one paragraph
    return (head + f'<p class="par-cited"><b>Bản ghi:</b> {html.escape(c.quote)}</p>'
            f'<div class="par-source"><b>Văn bản gốc:</b><br>{src}</div></div>')


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"
