"""Exact filtering of TaskRecords by document, agency and date."""
from __future__ import annotations

from datetime import date

from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold
from assistant.records import TaskRecord


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def filter_records(records: list[TaskRecord], doc: str | None = None, agency: str | None = None,
                   due_before: str | None = None, due_after: str | None = None, kind: str | None = None,
                   role: str = "any", section: str | None = None) -> list[TaskRecord]:
    """``role``: 'lead' (agency leads), 'coordinator', or 'any'."""
    out = records
    if doc:
        out = [r for r in out if r.source == doc]
    if kind:
        out = [r for r in out if r.kind == kind]
    if section:
        out = [r for r in out if r.section == section]
    if agency:
        a = gazetteer().lookup(agency)
        aid = a.id if a else None
        fa = fold(agency)

        def match(ids: list[str], text: str) -> bool:
            return (aid in ids) if aid else (fa in fold(text))

        if role == "lead":
            out = [r for r in out if match(r.lead_ids, r.lead)]
        elif role == "coordinator":
            out = [r for r in out if match(r.coordinator_ids, r.coordinators)]
        else:
            out = [r for r in out if match(r.lead_ids, r.lead) or match(r.coordinator_ids, r.coordinators)]
    if due_before:
        lim = date.fromisoformat(due_before)
        out = [r for r in out if _d(r.deadline_end) and _d(r.deadline_end) <= lim]
    if due_after:
        lim = date.fromisoformat(due_after)
        out = [r for r in out if (_d(r.deadline_end) is None and r.ongoing) or (_d(r.deadline_end) and _d(r.deadline_end) >= lim)]
    return out
