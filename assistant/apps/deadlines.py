"""Deadlines: what falls due in the next N days (from today or a chosen date), by agency; iCalendar feeds.

    due = upcoming(index, date(2024, 3, 1), days=30, agency="Sở Nội vụ")
    groups = by_agency(due)                  # {"Sở Nội vụ": [Due, …], …}
    ics = to_ics(index, agency="Sở Nội vụ")  # bytes of a .ics a calendar app can subscribe to

A record is due on the day its deadline ends (``deadline_end``: "Quý I, II" ends on 30 June); records without a
date ("Thường xuyên") have no place in a calendar. Only an agency's own assignments count (see
``tasklist.ASSIGNMENT_KINDS``); the agency is marked as lead or coordinator.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from assistant.apps.tasklist import ASSIGNMENT_KINDS, COORD, LEAD, agency_name, doc_label, due_date, role_of
from assistant.lang.dates import milestones
from assistant.lang.gazetteer import gazetteer
from assistant.records import TaskRecord
from assistant.store.tasks import filter_records

WINDOWS = (30, 90)
UNNAMED = "(không ghi cơ quan)"


class UnknownAgency(ValueError):
    """No agency of that name leads or coordinates any record (message in Vietnamese)."""


@dataclass
class Due:
    record: TaskRecord
    due: date
    doc_title: str
    agency: str  # the agency this entry is listed under
    role: str  # Chủ trì | Phối hợp


def _assignments(index, agency: str = "") -> list[TaskRecord]:
    recs = [r for r in index.records if r.kind in ASSIGNMENT_KINDS and r.deadline_end]
    if agency:
        recs = filter_records(recs, agency=agency)
    return recs


def known_agency(index, agency: str) -> str:
    """The canonical name of an agency a caller typed; raises UnknownAgency when no record names it."""
    a = gazetteer().lookup(agency)
    name = a.name if a else agency.strip()
    if not filter_records([r for r in index.records if r.kind in ASSIGNMENT_KINDS], agency=name):
        raise UnknownAgency(f"Không có nhiệm vụ nào của «{agency}» trong các văn bản hiện có.")
    return name


def due_dates(index, r: TaskRecord) -> list[date]:
    """Every date a record is due: the end of each milestone its deadline names ("02 đợt (Quý II và Quý IV/2026)" is
    due at the end of June and of December), else its one deadline."""
    doc = index.documents.get(r.source)
    ends = [p.end for p in milestones(r.deadline, getattr(doc, "year", 0) or None) if p.end]
    last = due_date(r)
    if len(ends) >= 2:
        return sorted(set(ends) | ({last} if last else set()))
    return [last] if last else []


def upcoming(index, start: date, days: int, agency: str = "") -> list[Due]:
    """Records due in [start, start + days] (each milestone on its own), sorted by date; under each lead (or the
    chosen agency)."""
    end = start + timedelta(days=days)
    out: list[Due] = []
    for r in _assignments(index, agency):
        title = doc_label(index.documents.get(r.source), r.source)
        for d in due_dates(index, r):
            if not (start <= d <= end):
                continue
            if agency:
                out.append(Due(r, d, title, agency, role_of(r, agency)))
                continue
            names = [agency_name(a) for a in r.lead_ids] or [r.lead or UNNAMED]
            for n in dict.fromkeys(names):
                out.append(Due(r, d, title, n, LEAD))
    out.sort(key=lambda x: (x.due, x.record.source, x.record.start))
    return out


def by_agency(dues: list[Due]) -> dict[str, list[Due]]:
    """Grouped by agency; groups ordered by their first deadline, then by name."""
    groups: dict[str, list[Due]] = {}
    for d in dues:
        groups.setdefault(d.agency, []).append(d)
    return dict(sorted(groups.items(), key=lambda kv: (kv[1][0].due, kv[0])))


def _uid(r: TaskRecord, agency: str, milestone: int = 0) -> str:
    key = f"{r.id}|{agency}" + (f"|{milestone}" if milestone else "")  # the first milestone keeps its old uid
    return hashlib.sha1(key.encode()).hexdigest()[:24] + "@tro-ly-cchc"


def to_ics(index, agency: str = "", calendar_name: str = "") -> bytes:
    """Every dated assignment (of the agency, when given) as an all-day event on its deadline."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Tro ly CCHC//Han nhiem vu//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = calendar_name or ("Hạn nhiệm vụ CCHC" + (f" — {agency}" if agency else ""))
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for r, d, k in sorted(((r, d, k) for r in _assignments(index, agency)
                           for k, d in enumerate(due_dates(index, r))), key=lambda x: (x[1], x[0].source, x[0].start)):
        role = role_of(r, agency) if agency else LEAD
        title = doc_label(index.documents.get(r.source), r.source)
        what = r.activity or r.task
        ev = Event()
        ev.add("uid", _uid(r, agency, k))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", d)
        ev.add("dtend", d + timedelta(days=1))
        ev.add("summary", (f"[{role}] " if agency and role else "") + (what if len(what) <= 160 else what[:157] + "…"))
        lines = [what, "", f"{LEAD}: {r.lead or '(không ghi)'}"]
        if r.coordinators:
            lines.append(f"{COORD}: {r.coordinators}")
        lines.append(f"Thời hạn (theo văn bản): {r.deadline or '(không ghi)'}")
        if r.output:
            lines.append(f"Kết quả: {r.output}")
        lines.append(f"Nguồn: {title} — {r.clause}")
        ev.add("description", "\n".join(lines))
        ev.add("categories", [title])
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()
