"""The corpus: files in corpus/ described by corpus/catalogue.toml.

A file present in the folder but missing from the catalogue is still ingested,
with an id derived from its name and a title taken from its first lines, so an
uploaded PDF/DOCX needs no manual step.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.ingest.loaders import SUPPORTED
from assistant.lang.normalize import fold
from assistant.records import Document

CATALOGUE = "catalogue.toml"


@dataclass
class CatalogueEntry:
    id: str
    file: str
    title: str = ""
    number: str = ""
    type: str = ""
    issuer: str = ""
    date: str = ""
    year: int = 0
    level: str = ""


def read_catalogue(corpus_dir: Path) -> list[CatalogueEntry]:
    path = Path(corpus_dir) / CATALOGUE
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text("utf-8"))
    return [CatalogueEntry(**d) for d in data.get("document", [])]


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(Path(name).stem)).strip("-")
    return s[:60] or "tai-lieu"


def corpus_files(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    return sorted(
        p for p in corpus_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".") and p.name != "README.md"
    )


_YEAR = re.compile(r"\bnăm (20\d\d)\b")


def guess_metadata(doc: Document) -> Document:
    """Fill title/year/level for an uncatalogued document from its text."""
    lines = [ln.strip(" *#") for ln in doc.text.splitlines() if ln.strip()]
    head = " ".join(lines[:6])
    if not doc.title:
        cand = [ln for ln in lines[:8] if len(ln) > 12 and not ln.lower().startswith(("số", "lai châu,"))]
        doc.title = (cand[0] if cand else doc.file)[:150]
    if not doc.year:
        m = _YEAR.search(head) or _YEAR.search(doc.text[:3000])
        doc.year = int(m.group(1)) if m else 0
    if not doc.level:
        f = fold(head)
        doc.level = "xã" if " xa " in f + " " else ("văn phòng" if "van phong" in f else "tỉnh")
    if not doc.doc_type:
        f = fold(head)
        doc.doc_type = "Chỉ thị" if "chi thi" in f else ("Kế hoạch" if "ke hoach" in f else "Văn bản")
    return doc


def iter_documents(corpus_dir: Path):
    """Yield (file name, Document or None, error message or "") for every corpus file."""
    from assistant.ingest.loaders import LoadError, load_file

    entries = {e.file: e for e in read_catalogue(corpus_dir)}
    seen: set[str] = set()
    for path in corpus_files(corpus_dir):
        try:
            text = load_file(path)
        except LoadError as e:
            yield path.name, None, str(e)
            continue
        doc = make_document(path, text, entries.get(path.name))
        if doc.id in seen:  # two files with the same slug
            doc.id = f"{doc.id}-{doc.sha256[:6]}"
        seen.add(doc.id)
        yield path.name, doc, ""


def make_document(path: Path, text: str, entry: CatalogueEntry | None) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if entry is None:
        doc = Document(id=slug(path.name), file=path.name, title="", text=text, sha256=sha)
        return guess_metadata(doc)
    doc = Document(
        id=entry.id, file=path.name, title=entry.title, number=entry.number, doc_type=entry.type,
        issuer=entry.issuer, date=entry.date, year=entry.year, level=entry.level, text=text, sha256=sha,
    )
    return guess_metadata(doc)
