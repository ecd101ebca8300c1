"""The shared vocabulary: small typed records passed between pipeline stages.

corpus → Document → (structure) Clause → (tables) TaskRecord → (chunking) Chunk
→ (store) → (retrieve) Evidence → (answer) Answer with Citations.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PATH_SEP = " › "

# Filters the API, the UI and the CLI may pass to answering: key → type of its (scalar) value.
FILTER_KEYS: dict[str, type] = {"doc_id": str, "year": int, "level": str, "doc_type": str}


@dataclass
class Document:
    """A catalogued source document and its extracted text."""

    id: str
    file: str
    title: str
    number: str = ""
    doc_type: str = ""
    issuer: str = ""
    date: str = ""  # ISO date of issue when the document gives it in full, else what it gives ("2024", "03/2024")
    year: int = 0  # the year the subject names ("… năm 2025"), else the year of issue
    level: str = ""  # tỉnh | huyện | xã | sở-ngành | văn phòng
    text: str = ""  # extracted text; clause offsets point into it
    signer: str = ""
    signer_title: str = ""
    sha256: str = ""
    place: str = ""  # the unit the issuer belongs to, with its unit word ("xã Nậm Xe", "huyện Tam Đường")
    province: str = ""  # "tỉnh …" when the document names it
    parts: list[dict[str, Any]] = field(default_factory=list)  # [{"name": "Quy chế", "title": …, "start": …}]
    read: dict[str, Any] = field(default_factory=dict)  # metadata as read from the text, before the catalogue
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (no text layer)
    load_warnings: list[str] = field(default_factory=list)  # what the loader could not read, in Vietnamese

    def meta(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text")
        return d


@dataclass
class Loaded:
    """What a loader read from one file: its text (sanitized, NFC) and what it could not read."""

    text: str
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR
    scanned_pages: list[int] = field(default_factory=list)  # 1-based pages without a text layer (OCR'd or not)
    warnings: list[str] = field(default_factory=list)  # Vietnamese, one line each: nothing lost silently
    encoding: str = ""  # utf-8 | utf-8-sig | utf-16-le | utf-16-be | cp1258 | docx | pdf …


@dataclass
class Clause:
    """A unit of text under a heading path, with its span in Document.text."""

    id: str
    doc_id: str
    path: tuple[str, ...]
    kind: str  # heading | paragraph | bullet | footnote | header | table_row | table
    text: str
    start: int
    end: int
    order: int = 0

    @property
    def path_str(self) -> str:
        return PATH_SEP.join(self.path)


@dataclass
class TableRow:
    """A real table row (from DOCX/PDF tables or a tab-separated text line)."""

    cells: list[str]
    start: int
    end: int


@dataclass
class Table:
    rows: list[TableRow]
    path: tuple[str, ...] = ()


@dataclass
class TaskRecord:
    """One assignment: who leads, who coordinates, deadline, output."""

    source: str
    section: str = ""
    section_title: str = ""
    goal_no: str = ""
    goal: str = ""
    task_no: str = ""
    task: str = ""
    activity_no: str = ""
    activity: str = ""
    output: str = ""
    lead: str = ""
    coordinators: str = ""
    executors: str = ""  # "Đơn vị thực hiện" when a plan names it apart from the lead
    deadline: str = ""
    deadline_start: str | None = None
    deadline_end: str | None = None
    ongoing: bool = False
    lead_ids: list[str] = field(default_factory=list)
    coordinator_ids: list[str] = field(default_factory=list)
    clause: str = ""  # heading path for citation
    quote: str = ""  # rendered row text
    start: int = 0
    end: int = 0
    kind: str = "activity"  # activity | duty | inspection | team | item
    # a table row's cells as printed, with their column names: [["Nội dung", "…"], ["Đơn vị chủ trì", "…"], …]
    cells: list[list[str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source}:{self.kind}:{self.section}:{self.task_no}:{self.activity_no}:{self.start}"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = self.id
        return d


@dataclass
class Chunk:
    """What gets embedded and indexed: clause-aligned text plus metadata."""

    id: str
    doc_id: str
    text: str  # embedded text (prefixed with title and path)
    body: str  # the verbatim text (quote)
    path: str
    kind: str  # clauses | task
    clause_ids: list[str]
    start: int
    end: int
    metadata: dict[str, Any] = field(default_factory=dict)
    # False: lexical-only (BM25). A record parsed out of prose or a kept table clause repeats text whose clause
    # chunk is already embedded; embedding it again cost a third of the ingest time for no new meaning.
    dense: bool = True
    # the text whose vector is stored, when it is shorter than ``text`` (which BM25 and the stored chunk keep)
    vector_text: str = ""


@dataclass
class Query:
    """A question as understood (answering/understand.py): what is asked, about what, where."""

    raw: str  # as typed
    text: str  # sanitised, normalised, injected instructions removed
    folded: str  # accent-free, lower case
    expanded: str  # folded, abbreviations expanded beside themselves
    asked: list[str] = field(default_factory=list)  # task fields asked, in order: lead, coordinators, deadline…
    types: list[str] = field(default_factory=list)  # kinds of value asked: percent, money, date, time, person…
    kinds: list[str] = field(default_factory=list)  # kinds of answer hinted: list, count_rows, article, signer…
    intent: str = "general"  # the main ask: lead | coordinators | deadline | output | fact | list | general
    terms: list[str] = field(default_factory=list)  # subject words (folded syllables), question words left out
    agencies: list[str] = field(default_factory=list)  # gazetteer ids named in the question
    period_start: str | None = None  # a period the question names ("quý II", "tháng 6"), ISO dates
    period_end: str | None = None
    years: list[int] = field(default_factory=list)  # years named as the plan's year (not targets or baselines)
    target_years: list[int] = field(default_factory=list)  # years a target is set for ("đến năm 2030")
    places: list[str] = field(default_factory=list)  # folded place names the question names ("nam xe")
    # … and accent-free words after a unit word that read as ordinary words too ("huyen can giuoc", "huyen u minh"):
    # a place only when one of its words is in no document (scope decides)
    weak_places: list[str] = field(default_factory=list)
    doc_refs: list[str] = field(default_factory=list)  # document numbers named ("215/qd-ubnd", "90")
    refs: dict[str, str] = field(default_factory=dict)  # parts named: {"dieu": "6", "muc": "ii", "hoat dong": "5"}
    follow_up: bool = False
    focus: list[str] = field(default_factory=list)  # a follow-up's own subject words ("còn loại Tốt?" → ["tot"])
    persons: list[str] = field(default_factory=list)  # full names the question names ("nguyen thi hanh dung"), folded
    accent_free: bool = False
    injected: bool = False  # instructions aimed at the assistant were removed from the question
    # filled by scope: the documents the question is about, and whether that is certain
    doc_ids: list[str] = field(default_factory=list)
    strong_scope: bool = False
    scope_words: list[str] = field(default_factory=list)  # subject words that only named the document


@dataclass
class Evidence:
    """A clause or a task record offered as the source of an answer, with how well it fits the question."""

    kind: str  # clause | record
    doc_id: str
    path: str  # heading path (citation)
    text: str  # the verbatim text: a clause's text, or a row's source text
    start: int
    end: int
    clause_id: str = ""
    record: TaskRecord | None = None
    clause_kind: str = ""  # heading | paragraph | bullet | table_row | …
    fit: float = 0.0  # how much of the question's subject it covers (IDF-weighted, 0..1)
    score: float = 0.0  # fit + retrieval signals; what strategies rank by
    rank: int = -1  # rank of its chunk in retrieval (-1: not retrieved, found by the word index)
    dense: float = 0.0


@dataclass
class Citation:
    source: str
    title: str
    clause: str
    quote: str
    start: int
    end: int
    file: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    question: str
    answer: str  # the whole rendered text: the asked value first, then quotes with [n] markers
    abstained: bool
    intent: str
    citations: list[Citation] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    elapsed_ms: float = 0.0
    direct: str = ""  # the asked value in one short sentence (Markdown **bold** allowed), shown first
    notes: list[str] = field(default_factory=list)  # per-answer notices (degraded store, injected instructions…)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "direct": self.direct,
            "abstained": self.abstained,
            "intent": self.intent,
            "notes": list(self.notes),
            "citations": [c.to_json() for c in self.citations],
            "records": self.records,
            "related": [c.to_json() for c in self.related],
            "elapsed_ms": round(self.elapsed_ms, 2),
            "turn": self.turn(),
        }

    def turn(self) -> dict[str, Any]:
        """What a client sends back in ``history`` so a follow-up resolves against this answer's records and
        documents: ``{"question", "answer", "records": [record ids], "docs": [document ids]}``."""
        docs: list[str] = []
        for c in self.citations:
            if c.source not in docs:
                docs.append(c.source)
        return {"question": self.question, "answer": self.direct or self.answer[:500],
                "records": [r.get("id", "") for r in self.records if isinstance(r, dict) and r.get("id")],
                "docs": docs}


@dataclass
class DocumentReport:
    """What the ingest read from one file — and what it could not (nothing is lost without a line here)."""

    file: str
    doc_id: str = ""
    doc_type: str = ""
    title: str = ""
    number: str = ""
    level: str = ""
    year: int = 0
    clauses: int = 0
    parts: list[str] = field(default_factory=list)
    tables_found: int = 0
    tables_mapped: int = 0  # tables whose columns mapped to task fields (→ records)
    tables_as_rows: int = 0  # tables kept as row clauses ("cột: giá trị | …")
    records: int = 0
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""  # the file could not be read at all

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
