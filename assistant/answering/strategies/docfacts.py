"""Facts about a document itself: who signed it, when it was issued, its number, who issued it, what it is based
on ("căn cứ") — read from the document's own header, signature block and preamble.

    "Ai ký kế hoạch CCHC năm 2025 của huyện Thuận Châu?"  →  "**Quàng Văn Định** (KT. CHỦ TỊCH …)"
"""
from __future__ import annotations

import re

from assistant.answering.strategies.base import Context, Draft, short
from assistant.lang.normalize import fold
from assistant.records import Document, Evidence

_DATE_LINE = re.compile(r"^[^\n]{0,60}ngày[^\n]{0,40}năm\s+\d{4}[^\n]*$", re.M)
_FULL_DATE = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})")


def _document(ctx: Context) -> Document | None:
    """The one document the question is about (scope), if there is one."""
    ids = ctx.scope.doc_ids
    if ctx.scope.allowed is not None:
        ids = [i for i in ids if i in ctx.scope.allowed] or (sorted(ctx.scope.allowed) if len(ctx.scope.allowed) == 1
                                                             else [])
    if len(ids) == 1 or (ids and ctx.scope.strong):
        return ctx.base.document(ids[0])
    return None


def _span(d: Document, text: str) -> tuple[int, int]:
    pos = d.text.find(text)
    if pos < 0:
        pos = fold(d.text).find(fold(text))
    return (max(pos, 0), max(pos, 0) + len(text))


def signer(ctx: Context, d: Document) -> Draft | None:
    if not d.signer:
        return None
    a, b = _span(d, d.signer)
    role = f" ({d.signer_title})" if d.signer_title else ""
    quote = f"{d.signer_title} {d.signer}".strip()
    e = Evidence("clause", d.id, "Phần ký ban hành", quote, a, b, fit=1.0)
    return Draft("docfacts", f"Người ký: **{d.signer}**{role}.", [e], quotes=[quote], fit=1.0, type_ok=True,
                 confident=True)


def issue_date(ctx: Context, d: Document) -> Draft | None:
    m = _DATE_LINE.search(d.text[:3000])
    if not m:
        return None
    line = m.group(0).strip()
    e = Evidence("clause", d.id, "Phần đầu văn bản", line, m.start(), m.end(), fit=1.0)
    full = _FULL_DATE.search(line)
    if not full:
        return Draft("docfacts", "", [e], quotes=[line], fit=1.0,
                     silent=f"ngày ban hành để trống trong bản này: «{line}»")
    return Draft("docfacts", f"Ngày ban hành: **{full.group(1)}/{full.group(2)}/{full.group(3)}**.", [e],
                 quotes=[line], fit=1.0, type_ok=True, confident=True)


def number(ctx: Context, d: Document) -> Draft | None:
    m = re.search(r"Số\s*:?\s*([^\n\t]{0,40})", d.text[:3000])
    written = (m.group(1).strip() if m else d.number) or ""
    e = Evidence("clause", d.id, "Phần đầu văn bản", f"Số: {written}", m.start() if m else 0,
                 m.end() if m else 0, fit=1.0)
    if not re.search(r"\d", written):
        return Draft("docfacts", "", [e], fit=1.0, silent=f"số hiệu của văn bản này để trống: «Số: {written or '…'}»")
    return Draft("docfacts", f"Số hiệu: **{written}**.", [e], fit=1.0, type_ok=True, confident=True)


def basis(ctx: Context, d: Document) -> Draft | None:
    cl = [c for c in ctx.base.clauses_of(d.id) if fold(c.text).startswith("can cu")]
    if not cl:
        return None
    ev = [ctx.base.clause(c, ctx.terms) for c in cl[:12]]
    body = [f"- {short(c.text, 300)} [{n}]" for n, c in enumerate(cl[:12], start=1)]
    return Draft("docfacts", f"{d.title} căn cứ **{len(cl)} văn bản**:", ev, body=body, fit=1.0, confident=True)


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    kinds = set(q.kinds)
    if not kinds & {"signer", "issue_date", "issuer", "basis"} and "docnumber" not in q.types:
        return None
    if q.doc_refs and not ctx.scope.doc_ids:
        return None  # the date or signer of another document the question names
    # "… được xây dựng để thực hiện Kế hoạch số mấy", "phê duyệt tại Quyết định số mấy": another document's number
    if re.search(r"\b(tai|theo|thuc hien|can cu|tren co so|dan chieu|ban hanh kem theo|trien khai)\b[^?]{0,40}"
                 r"\b(ke hoach|quyet dinh|cong van|nghi quyet|chi thi|thong bao|van ban)\b[^?]{0,12}\bso\b", q.folded):
        return None
    d = _document(ctx)
    if d is None:
        return None
    if "signer" in kinds:
        return signer(ctx, d)
    if "issue_date" in kinds:
        return issue_date(ctx, d)
    if "docnumber" in q.types:
        return number(ctx, d)
    if "basis" in kinds:
        return basis(ctx, d)
    if "issuer" in kinds and d.issuer:
        e = Evidence("clause", d.id, "Phần đầu văn bản", d.issuer, *_span(d, d.issuer.upper()), fit=1.0)
        return Draft("docfacts", f"Cơ quan ban hành: **{d.issuer}**.", [e], quotes=[d.issuer], fit=1.0,
                     confident=True)
    return None
