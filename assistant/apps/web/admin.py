"""Documents (admin): corpus list with counts, upload PDF/DOCX/TXT/MD, re-ingest with progress, parse warnings.

Mounted at /admin behind Gradio auth only when PAR_ADMIN_USER / PAR_ADMIN_PASSWORD are set.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import gradio as gr

from assistant.ingest.loaders import SUPPORTED, LoadError, load_bytes


def safe_name(name: str) -> str:
    """A file name that cannot leave corpus/: no directories, no dot-files, a supported extension."""
    base = Path(str(name).replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    stem, ext = Path(base).stem, Path(base).suffix.lower()
    stem = re.sub(r"[^\w\- ]+", "_", stem).strip(" ._") or "tai-lieu"
    if ext not in SUPPORTED:
        raise LoadError(f"Không hỗ trợ định dạng «{ext or base}». Chỉ nhận: {', '.join(SUPPORTED)}.")
    return f"{stem[:80]}{ext}"


def save_upload(corpus_dir: Path, name: str, data: bytes, max_bytes: int) -> Path:
    if len(data) > max_bytes:
        raise LoadError(f"Tệp «{Path(name).name}» quá lớn ({len(data) // 1_000_000} MB; tối đa {max_bytes // 1_000_000} MB).")
    fname = safe_name(name)
    load_bytes(data, fname)  # rejects corrupt / empty / encrypted files before they reach the corpus
    dest = (Path(corpus_dir) / fname).resolve()
    if dest.parent != Path(corpus_dir).resolve():
        raise LoadError("Tên tệp không hợp lệ.")
    dest.write_bytes(data)
    return dest


def corpus_table(state) -> list[list]:
    b = state.get()
    if b is None:
        return []
    counts: dict[str, list[int]] = {}
    for c in b.index.clauses:
        counts.setdefault(c.doc_id, [0, 0])[0] += 1
    for r in b.index.records:
        counts.setdefault(r.source, [0, 0])[1] += 1
    return [[d.id, d.file, d.title, d.year, d.level, *counts.get(d.id, [0, 0])] for d in b.index.documents.values()]


def build_admin(state) -> gr.Blocks:
    settings = state.settings
    with gr.Blocks(title="Quản trị tài liệu — Trợ lý CCHC") as demo:
        gr.Markdown("## Quản trị tài liệu")
        table = gr.Dataframe(corpus_table(state), headers=["id", "tệp", "tiêu đề", "năm", "cấp", "điều khoản",
                                                           "bản ghi"], interactive=False)
        files = gr.File(label="Tải lên PDF / DOCX / TXT / MD", file_count="multiple",
                        file_types=list(SUPPORTED))
        go = gr.Button("Lưu và nạp lại chỉ mục", variant="primary")
        log = gr.Markdown()
        warnings = gr.Markdown("\n".join(f"- [{d}] {w}" for d, w in (state.get().index.warnings if state.get() else [])))

        def upload_and_ingest(paths, progress=gr.Progress()):
            from assistant.ingest.pipeline import ingest

            msgs = []
            for p in paths or []:
                p = Path(p)
                try:
                    save_upload(settings.corpus_dir, p.name, p.read_bytes(), settings.max_upload_bytes)
                    msgs.append(f"- Đã lưu «{p.name}».")
                except LoadError as e:
                    msgs.append(f"- Từ chối: {e}")
            progress(0.1, desc="Đang nạp lại chỉ mục…")
            state.rebuilding = True
            try:
                summary = ingest(settings, show_progress=False)
            finally:
                state.rebuilding = False
            progress(1.0)
            msgs += [f"- {line}" for line in summary.lines()]
            state.get()
            warns = "\n".join(f"- [{d}] {w}" for d, w in summary.warnings) or "Không có cảnh báo."
            return corpus_table(state), "\n".join(msgs), warns

        go.click(upload_and_ingest, [files], [table, log, warnings])
    return demo
