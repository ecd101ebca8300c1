"""An admin's correction of a document's metadata, written to ``corpus/catalogue.toml``.

Only that document's ``[[document]]`` block is rewritten (or appended); every other block and comment stays as it
was. Only the fields the admin changed are written (a catalogue key, once present, wins over what the ingest reads
from the text — even when empty — so an untouched field is left as the catalogue had it). The fields are the
catalogue's own scalar ones (``ingest.catalogue.CatalogueEntry``), and the result is read back with the ingest's
own ``read_catalogue`` before it replaces the file.
"""
from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from assistant.ingest.catalogue import CATALOGUE, CatalogueEntry, read_catalogue

# Document attribute for each catalogue key where the names differ
DOC_ATTR = {"type": "doc_type"}
LABELS = {"title": "Tiêu đề", "number": "Số hiệu", "type": "Loại văn bản", "issuer": "Cơ quan ban hành",
          "date": "Ngày ban hành (dd/mm/yyyy, hoặc năm)", "year": "Năm (của kế hoạch / nội dung)",
          "level": "Cấp (tỉnh, huyện, xã, sở-ngành, văn phòng)", "place": "Địa bàn (ví dụ: xã Nậm Xe)",
          "province": "Tỉnh", "signer": "Người ký", "signer_title": "Chức vụ người ký"}


class CatalogueError(ValueError):
    """A value the catalogue cannot take (message in Vietnamese)."""


def editable_fields() -> list[tuple[str, type]]:
    """(key, type) of the catalogue fields an admin may correct: all but the id and the file name."""
    out = []
    for f in dataclasses.fields(CatalogueEntry):
        t = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "")
        if f.name in ("id", "file") or t not in ("str", "int"):  # bookkeeping fields (given, warnings) are not keys
            continue
        out.append((f.name, int if t == "int" else str))
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


def set_entry(corpus_dir: Path, doc_id: str, file: str, values: dict[str, Any],
              current: dict[str, Any] | None = None) -> Path:
    """Write the corrected metadata of ``file`` (document ``doc_id``) to the catalogue; returns its path.
    ``current``: the values the form showed — a field left as it was is not written."""
    path = Path(corpus_dir) / CATALOGUE
    text = path.read_text("utf-8") if path.exists() else ""
    preamble, blocks = _split_blocks(text)
    new = clean(values)
    if current is not None:
        shown = clean({k: current.get(k, "") for k in new})
        new = {k: v for k, v in new.items() if v != shown.get(k)}
    replaced = False
    for i, b in enumerate(blocks):
        try:
            entry = tomllib.loads(b).get("document", [{}])[0]
        except tomllib.TOMLDecodeError:
            continue
        if entry.get("file") == file:
            trailing = "\n" if b.endswith("\n\n") else ""
            blocks[i] = _block(entry | new) + trailing  # other keys of the entry stay as they were
            replaced = True
            break
    new_block = _block({"id": doc_id, "file": file} | new)
    if not replaced:
        if blocks and not blocks[-1].endswith("\n\n"):
            blocks[-1] = blocks[-1].rstrip("\n") + "\n\n"
        elif not blocks and preamble and not preamble.endswith("\n\n"):
            preamble = preamble.rstrip("\n") + "\n\n"
        blocks.append(new_block)
    out = preamble + "".join(blocks)
    with tempfile.TemporaryDirectory() as d:  # never write a catalogue the ingest cannot read
        (Path(d) / CATALOGUE).write_text(out, "utf-8")
        try:
            entries = read_catalogue(Path(d))
        except Exception as e:  # noqa: BLE001 — whatever the reader refuses, the old file stays
            raise CatalogueError(f"Không ghi được mục lục: {e}") from e
        if not any(e.file == file for e in entries):
            raise CatalogueError("Không ghi được mục lục: mục của văn bản không đọc lại được.")
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(out, "utf-8")
    os.replace(tmp, path)
    return path


__all__ = ["CatalogueError", "LABELS", "clean", "current_values", "editable_fields", "read_catalogue", "set_entry"]
