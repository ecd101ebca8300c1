"""An admin's correction of a document's metadata, written to ``corpus/catalogue.toml``.

Only that document's ``[[document]]`` block is rewritten (or appended); every other block and comment stays as it
was. The fields are the catalogue's own (``ingest.catalogue.CatalogueEntry``), so what is written is exactly what
the next ingest reads; the result is parsed back before it replaces the file.
"""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from assistant.ingest.catalogue import CATALOGUE, CatalogueEntry, read_catalogue

# Document attribute for each catalogue key where the names differ
DOC_ATTR = {"type": "doc_type"}
LABELS = {"title": "Tiêu đề", "number": "Số hiệu", "type": "Loại văn bản", "issuer": "Cơ quan ban hành",
          "date": "Ngày ban hành (dd/mm/yyyy, hoặc năm)", "year": "Năm (của kế hoạch / nội dung)",
          "level": "Cấp (tỉnh, huyện, xã, sở-ngành, văn phòng)", "place": "Địa bàn (ví dụ: xã Nậm Xe)",
          "province": "Tỉnh"}


class CatalogueError(ValueError):
    """A value the catalogue cannot take (message in Vietnamese)."""


def editable_fields() -> list[tuple[str, type]]:
    """(key, type) of the catalogue fields an admin may correct: all but the id and the file name."""
    hints = {f.name: f.type for f in dataclasses.fields(CatalogueEntry)}
    out = []
    for k, t in hints.items():
        if k in ("id", "file"):
            continue
        out.append((k, int if str(t) in ("int", "<class 'int'>") else str))
    return out


def current_values(doc) -> dict[str, Any]:
    return {k: getattr(doc, DOC_ATTR.get(k, k), "") for k, _ in editable_fields()}


def _toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    s = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group(0)):04x}", s)
    return f'"{s}"'


def _block(values: dict[str, Any]) -> str:
    lines = ["[[document]]"]
    for k, v in values.items():
        if isinstance(v, bool):
            continue
        lines.append(f"{k} = {v}" if isinstance(v, int) else f"{k} = {_toml_str(str(v))}")
    return "\n".join(lines) + "\n"


def clean(values: dict[str, Any]) -> dict[str, Any]:
    """Validated values for the catalogue: strings stripped and one-line, integers as integers."""
    out: dict[str, Any] = {}
    types = dict(editable_fields())
    for k, v in values.items():
        if k not in types:
            continue
        if types[k] is int:
            s = str(v if v is not None else "").strip()
            if s in ("", "0"):
                out[k] = 0
                continue
            if not re.fullmatch(r"\d{1,4}", s):
                raise CatalogueError(f"«{LABELS.get(k, k)}» phải là một số (ví dụ 2025), không phải «{s}».")
            out[k] = int(s)
        else:
            s = " ".join(str(v or "").split())
            if len(s) > 500:
                raise CatalogueError(f"«{LABELS.get(k, k)}» quá dài (tối đa 500 ký tự).")
            out[k] = s
    return out


def _split_blocks(text: str) -> tuple[str, list[str]]:
    """(preamble, blocks): each block starts at a '[[document]]' line and runs to the next one."""
    parts = re.split(r"(?m)^(?=\[\[document\]\]\s*$)", text)
    if parts and not parts[0].startswith("[[document]]"):
        return parts[0], parts[1:]
    return "", parts


def set_entry(corpus_dir: Path, doc_id: str, file: str, values: dict[str, Any]) -> Path:
    """Write the corrected metadata of ``file`` (document ``doc_id``) to the catalogue; returns its path."""
    path = Path(corpus_dir) / CATALOGUE
    text = path.read_text("utf-8") if path.exists() else ""
    preamble, blocks = _split_blocks(text)
    vals = {"id": doc_id, "file": file} | clean(values)
    new_block = _block(vals)
    replaced = False
    for i, b in enumerate(blocks):
        try:
            entry = tomllib.loads(b).get("document", [{}])[0]
        except tomllib.TOMLDecodeError:
            continue
        if entry.get("file") == file:
            keep = {k: v for k, v in entry.items() if k not in vals}  # keys the form does not show stay
            trailing = "\n" if b.endswith("\n\n") else ""
            blocks[i] = _block(vals | keep) + trailing
            replaced = True
            break
    if not replaced:
        if blocks and not blocks[-1].endswith("\n\n"):
            blocks[-1] = blocks[-1].rstrip("\n") + "\n\n"
        elif not blocks and preamble and not preamble.endswith("\n\n"):
            preamble = preamble.rstrip("\n") + "\n\n"
        blocks.append(new_block)
    out = preamble + "".join(blocks)
    tomllib.loads(out)  # never write a catalogue the ingest cannot read
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(out, "utf-8")
    try:
        read_catalogue_from(tmp)
    except Exception as e:
        tmp.unlink(missing_ok=True)
        raise CatalogueError(f"Không ghi được mục lục: {e}") from e
    os.replace(tmp, path)
    return path


def read_catalogue_from(path: Path):
    """read_catalogue() for a catalogue file at any path (used to check a new one before it replaces the old)."""
    data = tomllib.loads(Path(path).read_text("utf-8"))
    return [CatalogueEntry(**d) for d in data.get("document", [])]


__all__ = ["CatalogueError", "LABELS", "clean", "current_values", "editable_fields", "read_catalogue", "set_entry"]
