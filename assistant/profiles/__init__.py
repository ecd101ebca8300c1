"""Profiles: facts kept as data, never in code.

A profile is a folder ``assistant/profiles/<name>/`` with

- ``profile.toml``: the province, the app's titles, sample questions, and ``extends = "<base>"`` to build on
  another profile;
- ``roles.json``: agency *role templates* valid anywhere in the country ("Ủy ban nhân dân xã", "Sở Nội vụ",
  "Công chức Tư pháp - Hộ tịch") — a role names no place;
- ``agencies.json``: the province's own names ("Ủy ban nhân dân huyện …", "Báo …"), each optionally tied to
  the role it instantiates (``"role"``) and the place it belongs to (``"place"``);
- ``abbreviations.json``: abbreviations users type, with their expansions;
- ``vocabulary.toml``: the words of the genre the ingest reads with (document types, closing blocks, table
  column headers).

``vn`` is the national base: roles and vocabulary valid for any Vietnamese province. A province profile
(``laichau``) ``extends = "vn"`` and adds its own names; a child's entry with the same id replaces the base's,
dictionaries are merged key by key, lists of agencies are concatenated. ``PAR_PROFILE`` chooses the active
profile (default ``laichau``). This package only reads data; it depends on nothing else of the assistant, so
every stage may use it.
"""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT = "laichau"
BASE = "vn"


@dataclass(frozen=True)
class Profile:
    name: str
    province: str = ""
    app_title: str = "Trợ lý cải cách hành chính"
    app_intro: str = ""
    widget_title: str = "Hỏi đáp cải cách hành chính"
    sample_questions: tuple[str, ...] = ()
    agencies: tuple[dict, ...] = field(default_factory=tuple)  # roles (national) + the province's own names
    abbreviations: dict = field(default_factory=dict)
    vocabulary: dict = field(default_factory=dict)
    chain: tuple[str, ...] = ()  # this profile and the ones it extends, nearest first

    @property
    def folder(self) -> Path:
        return HERE / self.name


def profile_names() -> list[str]:
    return sorted(p.name for p in HERE.iterdir() if (p / "profile.toml").exists())


def _read_json(folder: Path, fname: str, default):
    p = folder / fname
    return json.loads(p.read_text("utf-8")) if p.exists() else default


def _merge(base: Any, child: Any) -> Any:
    """Dictionaries merge key by key (the child wins); anything else: the child replaces the base."""
    if isinstance(base, dict) and isinstance(child, dict):
        out = dict(base)
        for k, v in child.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    return child


def _merge_agencies(base: list[dict], child: list[dict]) -> list[dict]:
    ids = {d["id"] for d in child}
    return [d for d in base if d["id"] not in ids] + list(child)


@lru_cache(maxsize=8)
def load_profile(name: str | None = None) -> Profile:
    name = (name or os.environ.get("PAR_PROFILE", "") or DEFAULT).strip()
    folder = HERE / name
    if not (folder / "profile.toml").exists():
        raise ValueError(f"Không có hồ sơ «{name}». Có: {', '.join(profile_names())}.")
    meta = tomllib.loads((folder / "profile.toml").read_text("utf-8"))
    parent_name = meta.get("extends", "")
    if parent_name == name:
        raise ValueError(f"Hồ sơ «{name}» không thể kế thừa chính nó.")
    parent = load_profile(parent_name) if parent_name else None
    if parent is not None and name in parent.chain:
        raise ValueError(f"Hồ sơ «{name}» kế thừa vòng tròn ({' → '.join(parent.chain)}).")

    own = _read_json(folder, "roles.json", []) + _read_json(folder, "agencies.json", [])
    vocab_path = folder / "vocabulary.toml"
    vocab = tomllib.loads(vocab_path.read_text("utf-8")) if vocab_path.exists() else {}
    app = meta.get("app", {})
    base = parent or Profile(name="")
    return Profile(
        name=name,
        province=meta.get("province", base.province),
        app_title=app.get("title", base.app_title),
        app_intro=app.get("intro", base.app_intro),
        widget_title=app.get("widget_title", base.widget_title),
        sample_questions=tuple(app.get("sample_questions", base.sample_questions)),
        agencies=tuple(_merge_agencies(list(base.agencies), own)),
        abbreviations=_merge(dict(base.abbreviations), _read_json(folder, "abbreviations.json", {})),
        vocabulary=_merge(dict(base.vocabulary), vocab),
        chain=(name,) + (parent.chain if parent else ()),
    )


def active_profile() -> Profile:
    return load_profile(None)
