"""Province profiles: the facts of one province kept as data, never in code.

A profile is a folder ``assistant/profiles/<name>/`` with

- ``profile.toml``: the province, the app's titles, sample questions;
- ``agencies.json``: the gazetteer — canonical agencies with their spellings;
- ``abbreviations.json``: abbreviations users type, with their expansions.

``PAR_PROFILE`` chooses the active one (default ``laichau``). This package only reads data; it depends on
nothing else of the assistant, so every stage may use it.
"""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = "laichau"


@dataclass(frozen=True)
class Profile:
    name: str
    province: str = ""
    app_title: str = "Trợ lý cải cách hành chính"
    app_intro: str = ""
    widget_title: str = "Hỏi đáp cải cách hành chính"
    sample_questions: tuple[str, ...] = ()
    agencies: tuple[dict, ...] = field(default_factory=tuple)
    abbreviations: dict = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return HERE / self.name


def profile_names() -> list[str]:
    return sorted(p.name for p in HERE.iterdir() if (p / "profile.toml").exists())


@lru_cache(maxsize=8)
def load_profile(name: str | None = None) -> Profile:
    name = (name or os.environ.get("PAR_PROFILE", "") or DEFAULT).strip()
    folder = HERE / name
    if not (folder / "profile.toml").exists():
        raise ValueError(f"Không có hồ sơ tỉnh «{name}». Có: {', '.join(profile_names())}.")
    meta = tomllib.loads((folder / "profile.toml").read_text("utf-8"))

    def read_json(fname: str, default):
        p = folder / fname
        return json.loads(p.read_text("utf-8")) if p.exists() else default

    app = meta.get("app", {})
    return Profile(
        name=name,
        province=meta.get("province", ""),
        app_title=app.get("title", Profile.app_title),
        app_intro=app.get("intro", ""),
        widget_title=app.get("widget_title", Profile.widget_title),
        sample_questions=tuple(app.get("sample_questions", ())),
        agencies=tuple(read_json("agencies.json", [])),
        abbreviations=read_json("abbreviations.json", {}),
    )


def active_profile() -> Profile:
    return load_profile(None)
