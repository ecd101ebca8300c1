"""The shared vocabulary: small typed records passed between pipeline stages.

corpus → Document → (structure) Clause → (tables) TaskRecord → (chunking) Chunk
→ (store) → (retrieve) Evidence → (answer) Answer with Citations.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PATH_SEP = " › "


@dataclass
class Document:
    """A catalogued source document and its extracted text."""

    id: str
    file: str
    title: str
    number: str = ""
    doc_type: str = ""
    issuer: str = ""
    date: str = ""
    year: int = 0
    level: str = ""
    text: str = ""  # extracted text; clause offsets point into it
    signer: str = ""
    signer_title: str = ""
    sha256: str = ""

    def meta(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text")
        return d


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

    @property
    def id(self) -> str:
        return f"{self.source}:{self.kind}:{self.section}:{self.task_no}:{self.activity_no}:{self.start}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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
    answer: str
    abstained: bool
    intent: str
    citations: list[Citation] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    elapsed_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "intent": self.intent,
            "citations": [c.to_json() for c in self.citations],
            "records": self.records,
            "related": [c.to_json() for c in self.related],
            "elapsed_ms": round(self.elapsed_ms, 2),
        }
