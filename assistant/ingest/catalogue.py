"""The corpus: files in corpus/ described (optionally) by corpus/catalogue.toml.

Every document's metadata is first read from its own text (``metadata.read_metadata``: type, number, title,
issuer, place, province, level, date, year, signer) and kept in ``Document.read``; a catalogue entry then
overrides each field it gives (a key present in the entry wins, even when empty). A file missing from the
catalogue is ingested with what was read, so an uploaded PDF/DOCX needs no manual step. What the loader could not
read (pages past their time budget, OCR'd pages, replaced characters) is on ``Document.load_warnings``.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from assistant.ingest.limits import DEFAULT_LIMITS, LoadLimits
from assistant.ingest.loaders import SUPPORTED
from assistant.ingest.metadata import read_metadata
from assistant.lang.normalize import fold
from assistant.records import Document, Loaded

CATALOGUE = "catalogue.toml"

# catalogue key → Document attribute
_FIELDS = {"title": "title", "number": "number", "type": "doc_type", "issuer": "issuer", "date": "date",
           "year": "year", "level": "level", "place": "place", "province": "province", "signer": "signer",
           "signer_title": "signer_title"}
# ReadMetadata attribute → Document attribute
_READ = {"title": "title", "number": "number", "doc_type": "doc_type", "issuer": "issuer", "date": "date",
         "year": "year", "level": "level", "place": "place", "province": "province", "signer": "signer",
         "signer_title": "signer_title"}


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
    place: str = ""
    province: str = ""
    signer: str = ""
    signer_title: str = ""
    given: frozenset[str] = field(default_factory=frozenset)  # the keys the entry really sets
    warnings: list[str] = field(default_factory=list)


class CatalogueError(Exception):
    """catalogue.toml cannot be read (message in Vietnamese)."""


def read_catalogue(corpus_dir: Path) -> list[CatalogueEntry]:
    path = Path(corpus_dir) / CATALOGUE
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CatalogueError(f"Không đọc được {CATALOGUE}: {e}. Các tệp vẫn được nạp với thông tin đọc từ "
                             "chính văn bản.") from e
    known = {f.name for f in fields(CatalogueEntry)} - {"given", "warnings"}
    out: list[CatalogueEntry] = []
    for i, d in enumerate(data.get("document", []), start=1):
        if not isinstance(d, dict) or not d.get("file"):
            raise CatalogueError(f"{CATALOGUE}: mục [[document]] thứ {i} thiếu «file».")
        warnings = [f"{CATALOGUE}: khóa «{k}» không được hỗ trợ, đã bỏ qua." for k in d if k not in known]
        kw = {k: v for k, v in d.items() if k in known}
        kw.setdefault("id", slug(str(d["file"])))
        try:
            kw["year"] = int(kw.get("year", 0) or 0)
        except (TypeError, ValueError):
            warnings.append(f"{CATALOGUE}: «year» = {kw.get('year')!r} không phải số năm, đã bỏ qua.")
            kw.pop("year")
        kw = {k: (v if k == "year" else str(v)) for k, v in kw.items()}
        out.append(CatalogueEntry(**kw, given=frozenset(k for k in kw if k in _FIELDS), warnings=warnings))
    return out


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(Path(name).stem)).strip("-")
    return s[:60] or "tai-lieu"


def corpus_files(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    return sorted(
        p for p in corpus_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".") and p.name != "README.md"
    )


def iter_documents(corpus_dir: Path, limits: LoadLimits = DEFAULT_LIMITS):
    """Yield (file name, Document or None, error message or "") for every corpus file; an unreadable
    catalogue.toml is yielded once as an error under its own name, and the files are read without it."""
    from assistant.ingest.loaders import LoadError, load_file

    try:
        entries = {e.file: e for e in read_catalogue(corpus_dir)}
    except CatalogueError as e:
        yield CATALOGUE, None, str(e)
        entries = {}
    seen: set[str] = set()
    for path in corpus_files(corpus_dir):
        try:
            loaded = load_file(path, limits)
        except LoadError as e:
            yield path.name, None, str(e)
            continue
        doc = make_document(path, loaded, entries.get(path.name))
        if doc.id in seen:  # two files with the same slug
            doc.id = f"{doc.id}-{doc.sha256[:6]}"
        seen.add(doc.id)
        yield path.name, doc, ""


def make_document(path: Path, loaded: Loaded | str, entry: CatalogueEntry | None) -> Document:
    """A Document: the metadata read from its text, then every field the catalogue entry gives."""
    if isinstance(loaded, str):
        loaded = Loaded(loaded)
    text = loaded.text
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    read = read_metadata(text)
    doc = Document(id=entry.id if entry else slug(path.name), file=Path(path).name, title="", text=text, sha256=sha,
                   ocr_pages=list(loaded.ocr_pages), load_warnings=list(loaded.warnings))
    doc.read = read.as_dict()
    for src, dst in _READ.items():
        setattr(doc, dst, getattr(read, src))
    if entry is not None:
        for key in entry.given:
            setattr(doc, _FIELDS[key], getattr(entry, key))
        doc.load_warnings.extend(entry.warnings)
    if not doc.title:
        doc.title = _fallback_title(text, path)
    return doc


def _fallback_title(text: str, path: Path) -> str:
    """No type line was found: the first line that reads like a title, else the file's name."""
    for ln in text.splitlines()[:15]:
        s = " ".join(re.sub(r"[*#_`]|</?[a-z][^>]*>", " ", ln).split())
        if 12 < len(s) <= 150 and not re.match(r"(?i)^(số|so)\b", s) and not s.isupper() and ", ngày" not in s:
            return s
    return Path(path).stem.replace("_", " ").replace("-", " ")
