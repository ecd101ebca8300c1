"""Facts about a document itself: who signed it, when it was issued, its number, who issued it, what it is based
on ("căn cứ") — read from the document's own header, signature block and preamble.

    "Ai ký kế hoạch CCHC năm 2025 của huyện Thuận Châu?"  →  "**Quàng Văn Định** (KT. CHỦ TỊCH …)"
"""
from __future__ import annotations

import re

from assistant.answering.strategies.base import Context, Draft, short
from assistant.lang.normalize import display_text, expand_abbreviations, fold
from assistant.lang.values import find_values
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
    if d.signer_title:  # the signature block from its title line to the name, as printed
        first = d.signer_title.split()[0]
        t = d.text.rfind(first, max(0, a - 400), a)
        a = t if t >= 0 else a
    quote = display_text(d.text[a:b]) or d.signer
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
    m = re.search(r"Số\s*:?[ \t]*([^\n\t]{0,40})", d.text[:3000])
    written = (m.group(1).strip() if m else d.number) or ""
    end = m.end() if m else 0
    if m:  # "Số: 215/QĐ-UBND      Lâm Hạ, ngày …" on one line (a header table read row by row): the number only
        num = find_values(m.group(1), "docnumber")
        if num and num[0].start == 0:
            written = num[0].text
            end = m.start(1) + num[0].end
    ev = [Evidence("clause", d.id, "Phần đầu văn bản", display_text(d.text[m.start():end]), m.start(), end, fit=1.0)] \
        if m else []
    if not re.search(r"\d", written):
        return Draft("docfacts", "", ev, fit=1.0, silent=f"số hiệu của văn bản này để trống: «Số: {written or '…'}»")
    return Draft("docfacts", f"Số hiệu: **{written}**.", ev, fit=1.0, type_ok=True, confident=True)


_EFFECT = re.compile(r"(?:có|bắt đầu)\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+((?:kể\s+)?từ\s+(?:ngày\s+ký(?:\s+ban\s+hành)?|"
                     r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*/\s*\d{1,2}\s*/\s*\d{4})|"
                     r"(?:ngày|khi)[^.;,\n]{0,60})|sau\s+\d+\s+ngày[^.;,\n]{0,40})", re.I)


def effective(ctx: Context, d: Document) -> Draft | None:
    """When the document takes effect: the first clause of its own that says so ("Quyết định này có hiệu lực kể từ
    ngày …"), its phrase first."""
    for c in sorted(ctx.base.clauses_of(d.id), key=lambda c: c.start):
        m = _EFFECT.search(c.text)
        if m:
            e = ctx.base.clause(c, ctx.terms)
            return Draft("docfacts", f"Hiệu lực: **{m.group(1).strip()}**.", [e], fit=1.0, type_ok=True,
                         confident=True)
    return None


# the meeting or conference a document reports on or convenes, named in its title and asked about
_EVENT = re.compile(r"\b(cuoc hop|hoi nghi|buoi lam viec|phien hop|hoi thao)\b")
_OPENS_DATED = re.compile(r"((sang|chieu|toi|vao|trong)( ngay)?|ngay|)")
_AT = re.compile(r"\btại\s+([^,;.\n]{3,80})")


def event(ctx: Context, d: Document, want: str) -> Draft | None:
    """When or where the meeting of a meeting's record took place: a Thông báo kết luận or Biên bản opens with it
    ("Ngày 09/4/2026, tại Hội trường UBND huyện, … chủ trì cuộc họp …"). Only an opening that starts with its date."""
    for c in sorted(ctx.base.clauses_of(d.id), key=lambda c: c.start)[:12]:
        if c.kind in ("heading", "title", "header"):
            continue
        dates = find_values(c.text[:60], "date")
        # "Ngày 09/4/2026, …", "Sáng ngày 15 tháng 3 …": the clause opens with the date, not "Thực hiện … ngày …"
        if not dates or not _OPENS_DATED.fullmatch(fold(c.text[:dates[0].start]).strip()) or not _EVENT.search(fold(c.text[: 400])) and "hop" not in fold(c.text[:400]).split():
            continue
        e = ctx.base.clause(c, ctx.terms)
        if want == "place":
            at = _AT.search(c.text[dates[0].end:dates[0].end + 120])
            if not at:
                return None
            return Draft("docfacts", f"Địa điểm: **{at.group(1).strip()}**.", [e], fit=1.0, type_ok=True,
                         confident=True)
        return Draft("docfacts", f"Ngày: **{dates[0].text}**.", [e], fit=1.0, type_ok=True, confident=True)
    return None


_CARRIES_OUT = re.compile(r"\b(thuc hien|trien khai|thi hanh)\b")
_DOC_CITED = re.compile(r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,6}(?:\s*-\s*[A-ZĐ0-9]{1,10})+")


def basis(ctx: Context, d: Document) -> Draft | None:
    cl = [c for c in ctx.base.clauses_of(d.id) if fold(c.text).startswith("can cu")]
    if not cl:
        # no "Căn cứ …" block: a plan or directive often opens with the documents it carries out ("Triển khai thực
        # hiện Nghị quyết số … của Chính phủ"); those are what it rests on
        opening = [c for c in ctx.base.clauses_of(d.id) if c.kind not in ("heading", "title", "header")
                   and (not c.path_str or c.path_str.startswith("Mở đầu"))]
        impl = [c for c in opening if _CARRIES_OUT.search(fold(c.text)[:80]) and _DOC_CITED.search(c.text)]
        if impl:
            ev = [ctx.base.clause(c, ctx.terms) for c in impl[:6]]
            body = [f"- {short(c.text, 300)} [{n}]" for n, c in enumerate(impl[:6], start=1)]
            return Draft("docfacts", f"{d.title} không có phần «Căn cứ»; văn bản mở đầu bằng các văn bản nó thực hiện:",
                         ev, body=body, fit=1.0, confident=True)
        # … or with none: say so, citing how it opens, rather than list another part
        return Draft("docfacts", "", [ctx.base.clause(c, ctx.terms) for c in opening[:1]], fit=1.0,
                     silent=f"{d.title} không có phần «Căn cứ …» nêu các văn bản làm căn cứ")
    ev = [ctx.base.clause(c, ctx.terms) for c in cl[:12]]
    body = [f"- {short(c.text, 300)} [{n}]" for n, c in enumerate(cl[:12], start=1)]
    return Draft("docfacts", f"{d.title} căn cứ **{len(cl)} văn bản**:", ev, body=body, fit=1.0, confident=True)


_TYPES = ("ke hoach", "quyet dinh", "quy che", "quy dinh", "chi thi", "cong van", "bao cao", "thong bao", "huong dan",
          "to trinh", "nghi quyet", "ket luan", "nghi dinh", "thong tu")
_NUMBER_NEAR = re.compile(r"\b(?:số|Số)\s*:?\s*(\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐa-zđ]{1,6}(?:\s*-\s*[A-ZĐa-zđ0-9]{1,10})+)"
                          r"(?:[^.;]{0,20}?ngày\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}))?")


def _other_document(ctx: Context, d: Document) -> bool:
    """The question asks about another document than ``d``: one it only cites ("thực hiện Kế hoạch số mấy",
    "Kết luận 90 ban hành ngày nào" when ``d`` is a Kế hoạch implementing it)."""
    f = expand_abbreviations(ctx.query.folded)  # "kh thực hiện kết luận 90 do ai ký": "kh" names the Kế hoạch
    if re.search(r"\b(tai|theo|thuc hien|can cu|tren co so|dan chieu|kem theo|trien khai)\b[^?]{0,40}"
                 r"\b(ke hoach|quyet dinh|cong van|nghi quyet|chi thi|thong bao|van ban)\b[^?]{0,60}\bso\b", f):
        return True
    from assistant.lang.lexicon import lexicon

    named = [t for t in _TYPES if re.search(rf"\b{t}\b", f)]
    # the type's code as a word of its own ("kh thực hiện … do ai ký", "ai ký kh …", "qđ 215 ai ký")
    named += [t for t, c in lexicon().doc_codes.items() if re.search(rf"\b{re.escape(fold(c))}\b(?!\s*-)", f)]
    return bool(named) and fold(d.doc_type) not in named


def _cited_elsewhere(ctx: Context, d: Document, want: set[str]) -> Draft | None:
    """A document that leaves its own number or date blank is often cited by another with both."""
    best = None
    for other in ctx.base.index.documents.values():
        if other.id == d.id:
            continue
        for c in ctx.base.clauses_of(other.id):
            for m in _NUMBER_NEAR.finditer(c.text):
                around = c.text[max(0, m.start() - 40):m.end() + 160]
                fit = ctx.base.fit_text([w for w in re.findall(r"[a-z0-9]+", fold(d.title)) if len(w) > 1], around)
                if fit >= 0.6 and (best is None or fit > best[0]):
                    best = (fit, c, m)
    if best is None:
        return None
    _, c, m = best
    num, day = "".join(m.group(1).split()), "".join((m.group(2) or "").split())
    parts = [f"số hiệu **{num}**"] + ([f"ngày **{day}**"] if day else [])
    if "issue_date" in want and not m.group(2):
        return None
    e = ctx.base.clause(c, ctx.terms)
    return Draft("docfacts", f"{d.title}: bản này để trống; {ctx.title(c.doc_id)} dẫn chiếu {', '.join(parts)}.", [e],
                 fit=best[0], type_ok=True, confident=True)


def answer(ctx: Context) -> Draft | None:
    q = ctx.query
    kinds = set(q.kinds)
    wants = [k for k in ("signer", "issue_date", "issuer", "basis") if k in kinds]
    if "docnumber" in q.types:
        wants.append("number")
    if "effective" in kinds:
        wants.append("effective")
    if not wants:
        # "cuộc họp … tổ chức ngày nào / ở đâu" of a document whose title is that meeting
        asks = "place" if "place" in q.types else "date" if "date" in q.types else ""
        d = _document(ctx) if asks and _EVENT.search(q.folded) else None
        if d is not None and _EVENT.search(fold(d.title)) and not _other_document(ctx, d):
            return event(ctx, d, asks)
        return None
    if q.doc_refs and not ctx.scope.doc_ids:
        return None  # the date or signer of another document the question names
    d = _document(ctx)
    if d is None or _other_document(ctx, d):
        return None
    # about the document itself: what the question says besides naming it fits the document's own header
    own = set(re.findall(r"[a-z0-9]+", expand_abbreviations(f"{d.title} {d.doc_type} Số {d.number} {d.issuer} {d.place}")))
    rest = [t for t in ctx.terms if t not in own]
    if len(rest) >= 2 and "basis" not in wants:
        return None
    makers = {"signer": signer, "issue_date": issue_date, "number": number, "basis": basis, "issuer": issuer,
              "effective": effective}
    drafts = [x for x in (makers[w](ctx, d) for w in wants) if x is not None]
    if not drafts:
        return None
    if any(x.silent for x in drafts):
        # a blank number or date is often cited by another document; a missing legal basis is not
        cited = _cited_elsewhere(ctx, d, set(wants)) if {"number", "issue_date"} & set(wants) else None
        return cited or next(x for x in drafts if x.silent)
    if len(drafts) == 1:
        return drafts[0]
    return Draft("docfacts", " ".join(x.direct for x in drafts), [e for x in drafts for e in x.evidence],
                 quotes=[qq for x in drafts for qq in (x.quotes or [e.text for e in x.evidence])], fit=1.0,
                 type_ok=True, confident=True)


def issuer(ctx: Context, d: Document) -> Draft | None:
    if not d.issuer:
        return None
    e = Evidence("clause", d.id, "Phần đầu văn bản", d.issuer, *_span(d, d.issuer.upper()), fit=1.0)
    return Draft("docfacts", f"Cơ quan ban hành: **{d.issuer}**.", [e], quotes=[d.issuer], fit=1.0, confident=True)
