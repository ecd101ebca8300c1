"""The choices of every filter and dropdown, read from the live index — so a document added or corrected by an
ingest shows up everywhere at the next page load (or within a minute on an open page), without a restart."""
from __future__ import annotations

from assistant.apps.tasklist import ALL, ASSIGNMENT_KINDS, agency_choices, quarter, quarter_key
from assistant.lang.normalize import fold


def doc_choices(bot) -> list[tuple[str, str]]:
    """(label, document id); labels made unique when two documents share a title."""
    if bot is None:
        return [(ALL, ALL)]
    docs = sorted(bot.index.documents.values(), key=lambda d: (-(d.year or 0), fold(d.title)))
    seen: dict[str, int] = {}
    for d in docs:
        seen[d.title] = seen.get(d.title, 0) + 1
    return [(ALL, ALL)] + [((d.title if seen[d.title] == 1 else f"{d.title} ({d.id})"), d.id) for d in docs]


def all_choices(bot) -> dict[str, list]:
    if bot is None:
        return {"docs": [(ALL, ALL)], "levels": [ALL], "years": [ALL], "agencies": [ALL], "periods": [ALL],
                "sections": [ALL], "due_agencies": [ALL], "brief_agencies": [("Mọi cơ quan", "")], "build": ""}
    idx = bot.index
    docs = list(idx.documents.values())
    assignments = [r for r in idx.records if r.kind in ASSIGNMENT_KINDS]
    return {
        "docs": doc_choices(bot),
        "levels": [ALL] + sorted({d.level for d in docs if d.level}, key=fold),
        "years": [ALL] + [str(y) for y in sorted({d.year for d in docs if d.year}, reverse=True)],
        "agencies": [ALL] + agency_choices(idx.records),
        "periods": [ALL] + sorted({quarter(r.deadline_end) for r in idx.records}, key=quarter_key),
        "sections": [ALL] + sorted({r.section_title for r in idx.records if r.section_title}, key=fold),
        "due_agencies": [ALL] + agency_choices([r for r in assignments if r.deadline_end]),
        "brief_agencies": [("Mọi cơ quan", "")] + agency_choices(assignments),
        "build": idx.build,
    }
