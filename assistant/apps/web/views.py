"""Pure rendering helpers for the web UI: everything from documents or users is HTML-escaped here.

An answer renders answer-first: the asked value (``Answer.direct``) in bold, then notes, then — collapsible —
the full text with its [n] markers and the numbered sources, each source carrying its clause in context. The
markers and the sources of one answer carry that answer's turn number in their ids, so a click on [2] of an older answer
opens that answer's second source (the page script in ``web/page.py`` does it, with no round trip).
"""
from __future__ import annotations

import html
import re

from assistant.apps.tasklist import TaskRow
from assistant.records import Answer, Citation

_MARK = re.compile(r"\[(\d{1,3})\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _esc(s: str) -> str:
    return html.escape(s or "", quote=True)


def _markers(escaped: str, turn: int, count: int) -> str:
    """[n] → a link to source n of this answer (only for n that exist)."""
    def link(m: re.Match) -> str:
        n = int(m.group(1))
        if not 1 <= n <= count:
            return m.group(0)
        return f'<a class="par-cite" href="#par-t{turn}-s{n}" title="Mở nguồn [{n}]">[{n}]</a>'
    return _MARK.sub(link, escaped)


def _lines_html(text: str, turn: int, count: int) -> str:
    return "<br>".join(_markers(_esc(line), turn, count) for line in text.split("\n"))


def _body_lines(ans: Answer) -> list[str]:
    """The full text without what is shown above it: the direct answer and the notes."""
    direct = _BOLD.sub(r"\1", ans.direct or "").strip()
    lines = ans.answer.split("\n")
    out = []
    dropped_direct = False
    for line in lines:
        s = _BOLD.sub(r"\1", line).strip()
        if not dropped_direct and direct and s == direct:
            dropped_direct = True
            continue
        if any(n and n in s and len(s) <= len(n) + 16 for n in ans.notes):
            continue
        out.append(line)
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def answer_html(ans: Answer, index=None, turn: int = 0) -> str:
    """One answer, answer first. ``index`` (optional) adds each source's clause in its context."""
    n_cits = len(ans.citations)
    direct = ans.direct.strip() or (ans.answer.split("\n", 1)[0] if ans.answer else "")
    direct_html = _markers(_esc(_BOLD.sub(r"\1", direct)), turn, n_cits)
    cls = "par-answer par-abstained" if ans.abstained else "par-answer"
    out = [f'<div class="{cls}" id="par-t{turn}">',
           f'<p class="par-direct"><strong>{direct_html}</strong></p>']
    for note in ans.notes:
        out.append(f'<p class="par-note" role="note">Lưu ý: {_esc(note)}</p>')
    body = _body_lines(ans)
    related = list(ans.related)
    body_text = "\n".join(body)
    # a refusal's text may already list the related clauses: show them once
    related = [c for c in related if c.clause not in body_text]
    if body or n_cits or related:
        label = (f"Trích dẫn nguyên văn và nguồn ({n_cits})" if n_cits
                 else ("Chi tiết và điều khoản có thể liên quan" if ans.abstained else "Chi tiết"))
        out.append(f'<details class="par-more" open><summary>{label}</summary>')
        if body:
            out.append(f'<div class="par-body">{_lines_html(chr(10).join(body), turn, n_cits)}</div>')
        if n_cits:
            out.append('<ol class="par-sources">')
            for n, c in enumerate(ans.citations, start=1):
                out.append(source_item(c, n, turn, index))
            out.append("</ol>")
        if related:
            items = "".join(f"<li>{_esc(c.title)} — <i>{_esc(c.clause)}</i></li>" for c in related)
            out.append(f'<div class="par-related"><b>Điều khoản có thể liên quan:</b><ul>{items}</ul></div>')
        out.append("</details>")
    out.append("</div>")
    return "".join(out)


def source_item(c: Citation, n: int, turn: int, index=None) -> str:
    ctx = ""
    if index is not None:
        ctx = (f'<details class="par-ctx"><summary>Xem điều khoản trong văn bản</summary>'
               f'{citation_panel(index, c)}</details>')
    return (f'<li class="par-src" id="par-t{turn}-s{n}">'
            f'<div class="par-src-head"><b>[{n}]</b> {_esc(c.title)} — <i>{_esc(c.clause)}</i></div>'
            f'<blockquote>{_esc(_short(c.quote, 500))}</blockquote>{ctx}</li>')


def pending_html(question: str) -> str:
    return '<div class="par-pending" role="status">Đang tìm trong tài liệu…</div>'


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


def citation_panel(index, c: Citation, context: int = 1) -> str:
    """The cited clause with the quoted span highlighted, and the clauses around it."""
    doc = index.documents.get(c.source)
    if doc is None:
        return "<p>Không tìm thấy văn bản.</p>"
    head = (f'<div class="par-panel"><div class="par-panel-title">{_esc(doc.title)}</div>'
            f'<div class="par-path">{_esc(c.clause)}</div>')
    clause_id = index.clause_by_span.get((c.source, c.start, c.end)) if hasattr(index, "clause_by_span") else None
    clause = index.clause_by_id.get(clause_id) if clause_id else None
    if clause is not None:
        parts = []
        for x in index.neighbours(clause.id, context, context):
            text = _esc(x.text)
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
    src = _esc(before) + "<mark>" + _esc(text[a:b]) + "</mark>" + _esc(after)
    src = re.sub(r"\s*\n\s*", " ", src)  # hard-wrapped PDF lines read as one paragraph
    return (head + f'<p class="par-cited"><b>Bản ghi:</b> {_esc(c.quote)}</p>'
            f'<div class="par-source"><b>Văn bản gốc:</b> {src}</div></div>')


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"


# ------------------------------------------------------------------ task table


def task_table_html(rows: list[TaskRow], limit: int = 400, show_role: bool = False) -> str:
    """A table on a desktop, a list of cards on a phone (the same markup; CSS decides). Key columns first,
    every cell wrapped; each row opens its source clause (verbatim) below."""
    if not rows:
        return '<p class="par-empty">Không có nhiệm vụ nào khớp với bộ lọc.</p>'
    heads = ["Hoạt động", "Chủ trì", "Phối hợp", "Thời hạn", "Văn bản"]
    th = "".join(f'<th scope="col">{h}</th>' for h in heads)
    body = []
    for r in rows[:limit]:
        role = f'<span class="par-role">{_esc(r.role)}</span> ' if show_role and r.role else ""
        src = (f'<details class="par-row-src"><summary>Nguồn</summary><div class="par-path">{_esc(r.clause)}</div>'
               f'<blockquote>{_esc(r.quote)}</blockquote>'
               + (f'<div class="par-output"><b>Kết quả:</b> {_esc(r.output)}</div>' if r.output else "")
               + "</details>")
        body.append(
            "<tr>"
            f'<td data-label="Hoạt động" class="par-c-act">{role}{_esc(r.activity)}{src}</td>'
            f'<td data-label="Chủ trì">{_esc(r.lead) or "—"}</td>'
            f'<td data-label="Phối hợp">{_esc(r.coordinators) or "—"}</td>'
            f'<td data-label="Thời hạn">{_esc(r.deadline) or "—"}</td>'
            f'<td data-label="Văn bản" class="par-c-doc">{_esc(r.doc)}</td>'
            "</tr>")
    more = (f'<p class="par-more-rows">Hiển thị {limit}/{len(rows)} dòng — lọc thêm, hoặc tải CSV / Excel để xem đủ.</p>'
            if len(rows) > limit else "")
    return (f'<div class="par-tasks-wrap"><table class="par-table"><caption class="par-sr">Danh sách nhiệm vụ</caption>'
            f'<thead><tr>{th}</tr></thead><tbody>{"".join(body)}</tbody></table>{more}</div>')


def deadlines_html(groups: dict, start, days: int) -> str:
    """Upcoming deadlines grouped by agency (``deadlines.by_agency``)."""
    from datetime import timedelta

    end = start + timedelta(days=days)
    span = f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
    if not groups:
        return f'<p class="par-empty">Không có nhiệm vụ nào đến hạn {span}.</p>'
    n = sum(len(v) for v in groups.values())
    out = [f'<p class="par-due-summary"><b>{n}</b> nhiệm vụ đến hạn {span}, của <b>{len(groups)}</b> cơ quan.</p>']
    for agency, items in groups.items():
        out.append(f'<section class="par-due-group"><h3>{_esc(agency)} ({len(items)})</h3><ul class="par-due-list">')
        for d in items:
            r = d.record
            role = f'<span class="par-role">{_esc(d.role)}</span> ' if d.role else ""
            out.append(
                f'<li><span class="par-due-date">{d.due:%d/%m/%Y}</span> {role}{_esc(r.activity or r.task)}'
                f'<div class="par-due-meta">Thời hạn: {_esc(r.deadline)} · Chủ trì: {_esc(r.lead) or "—"}'
                + (f" · Phối hợp: {_esc(r.coordinators)}" if r.coordinators else "")
                + f'<br><i>{_esc(d.doc_title)} — {_esc(r.clause)}</i></div></li>')
        out.append("</ul></section>")
    return "".join(out)
