"""Picks the strategy for a question: the first, in this order, whose kind of answer fits it.

A document's own facts and a named part are exact; counts and lists come before single fields; a field question
comes before a generic fact (a row's cell whose column the question names before the task fields); the best passage
is the last resort.
"""
from __future__ import annotations

from assistant.answering.strategies import article, cell, count, docfacts, extreme, fact, field, listing, passage
from assistant.answering.strategies.base import Context, Draft

ORDER = (docfacts.answer, article.answer, count.answer, extreme.answer, cell.answer, listing.answer, field.answer, passage.outline)


_ABOUT_A_DOCUMENT = {"signer", "issue_date", "issuer", "basis"}


def route(ctx: Context) -> Draft | None:
    for strategy in ORDER:
        if strategy is field.answer and _ABOUT_A_DOCUMENT & set(ctx.query.kinds):
            continue  # "Kết luận 90 ban hành ngày nào": a fact about a document it cites, not a task's deadline
        d = strategy(ctx)
        if d is not None:
            return d
    q = ctx.query
    if "list" in q.kinds:  # "thành phần dự họp gồm những ai?": the part whose heading the question names
        named = passage.named_part(ctx, loose=True)
        if named is not None:
            return named
    if q.types:
        return fact.answer(ctx)
    return passage.answer(ctx) or fact.answer(ctx)
