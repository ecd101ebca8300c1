"""Documents admin (``/admin/``, behind a login): the corpus with each document's metadata and ingest report,
metadata corrections written to the catalogue, uploads, re-indexing in a worker process, and users' feedback.

Mounted only when PAR_ADMIN_USER / PAR_ADMIN_PASSWORD are set. Uploads are file *contents*: a path that did not
come through the upload form (Gradio's upload folder) is refused, so no caller can make the server copy one of its
own files into the corpus. Every file is checked (name, size, readable) before anything is saved; names never
overwrite each other; an upload where nothing is valid changes nothing and starts no re-index. The re-index runs
``python -m assistant ingest`` as a separate process: the web process keeps answering from the old build and
switches when the new one is complete.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import gradio as gr

from assistant.apps.web.chat import PRIVATE
from assistant.apps.web.downloads import DELETE_CACHE, downloads
from assistant.apps.web.i18n import attach
from assistant.ingest.loaders import SUPPORTED, LoadError, load_bytes

ROOT = Path(__file__).resolve().parents[3]
EVAL_FEEDBACK = ROOT / "evals" / "data" / "feedback.jsonl"


# ------------------------------------------------------------------ uploads

def safe_name(name: str) -> str:
    """A file name that cannot leave corpus/: no directories, no dot-files, a supported extension."""
    base = Path(str(name).replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    stem, ext = Path(base).stem, Path(base).suffix.lower()
    stem = re.sub(r"[^\w\- ]+", "_", stem).strip(" ._") or "tai-lieu"
    if ext not in SUPPORTED:
        raise LoadError(f"Không hỗ trợ định dạng «{ext or base}». Chỉ nhận: {', '.join(SUPPORTED)}.")
    return f"{stem[:80]}{ext}"


def ingested_name(name: str) -> bool:
    """Would the ingest read a corpus file of this name? (The same rule as the ingest, asked of the ingest.)"""
    from assistant.ingest.catalogue import corpus_files

    with tempfile.TemporaryDirectory() as d:
        (Path(d) / name).write_bytes(b"")
        return any(p.name == name for p in corpus_files(Path(d)))


def unique_dest(corpus_dir: Path, fname: str, data: bytes) -> tuple[Path, bool]:
    """(destination, already there): a free name (``x-2.pdf``, ``x-3.pdf`` …) unless the same bytes are there."""
    corpus_dir = Path(corpus_dir)
    stem, ext = Path(fname).stem, Path(fname).suffix
    digest = hashlib.sha256(data).hexdigest()
    for i in range(1, 1000):
        cand = corpus_dir / (fname if i == 1 else f"{stem}-{i}{ext}")
        if not cand.exists():
            return cand, False
        if hashlib.sha256(cand.read_bytes()).hexdigest() == digest:
            return cand, True
    raise LoadError(f"Quá nhiều tệp trùng tên «{fname}».")


def check_upload(name: str, data: bytes, max_bytes: int) -> str:
    """The corpus file name for an upload, or LoadError (Vietnamese) — nothing is written here."""
    if len(data) > max_bytes:
        raise LoadError(f"Tệp «{Path(name).name}» quá lớn ({len(data) / 1e6:.1f} MB; tối đa {max_bytes // 1_000_000} MB).")
    fname = safe_name(name)
    if not ingested_name(fname):
        raise LoadError(f"Tên «{fname}» dành riêng cho thư mục tài liệu, không được nạp. Hãy đổi tên tệp.")
    from assistant.ingest import loaders

    # corrupt / empty / encrypted / over-limit files are refused before they reach the corpus (without OCR when
    # the loaders offer a check for upload forms: scanned pages are read at ingest)
    getattr(loaders, "check_bytes", load_bytes)(data, fname)
    return fname


def save_upload(corpus_dir: Path, name: str, data: bytes, max_bytes: int) -> tuple[Path, bool]:
    """Check then write one upload; returns (path, already there with the same content)."""
    fname = check_upload(name, data, max_bytes)
    dest, same = unique_dest(corpus_dir, fname, data)
    if dest.resolve().parent != Path(corpus_dir).resolve():
        raise LoadError("Tên tệp không hợp lệ.")
    if not same:
        dest.write_bytes(data)
    return dest, same


def upload_folder() -> Path:
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def uploaded_bytes(item) -> tuple[str, bytes]:
    """(original name, contents) of a file that came through the upload form; LoadError for anything else."""
    path = getattr(item, "path", None) or (item.get("path") if isinstance(item, dict) else item)
    orig = getattr(item, "orig_name", None) or (item.get("orig_name") if isinstance(item, dict) else None)
    p = Path(str(path)).resolve()
    if not p.is_relative_to(upload_folder()) or not p.is_file():
        raise LoadError("Chỉ nhận tệp tải lên qua biểu mẫu, không nhận đường dẫn trên máy chủ.")
    return (orig or p.name), p.read_bytes()


# ------------------------------------------------------------------ the re-index worker

class Reindexer:
    """One ``python -m assistant ingest`` at a time, in its own process; its output is the admin's progress log."""

    def __init__(self, settings):
        self.settings = settings
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None

    def env(self) -> dict[str, str]:
        s = self.settings
        env = dict(os.environ)
        env.update(PAR_CORPUS_DIR=str(s.corpus_dir), PAR_INDEX_DIR=str(s.index_dir), PAR_EMBEDDINGS=s.embeddings,
                   PAR_COLLECTION=s.collection, CHROMA_HOST=s.chroma_host or "", CHROMA_PORT=str(s.chroma_port),
                   PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
                   PYTHONIOENCODING="utf-8")
        return env

    def run(self, state):
        """Yields the log lines as they come; the last item is (exit code, all lines)."""
        if not self.lock.acquire(blocking=False):
            yield (None, ["Đang có một lần nạp lại chỉ mục chạy; vui lòng đợi nó xong."])
            return
        lines: list[str] = []
        try:
            state.rebuilding = True
            cmd = [sys.executable, "-m", "assistant", "ingest", "--quiet"]
            self.proc = subprocess.Popen(cmd, cwd=str(ROOT), env=self.env(), stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                                         stdin=subprocess.DEVNULL)
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                line = line.rstrip()
                if line:
                    lines.append(line)
                    yield line
            code = self.proc.wait()
            yield (code, lines)
        finally:
            self.proc = None
            state.rebuilding = False
            self.lock.release()


# ------------------------------------------------------------------ views

def _reports(bot) -> dict[str, object]:
    """Index.reports (records.DocumentReport, from the ingest) by document id and by file, when the index has them."""
    reps = getattr(bot.index, "reports", None) or []
    out: dict[str, object] = {}
    for r in reps:
        if getattr(r, "doc_id", ""):
            out[r.doc_id] = r
        if getattr(r, "file", ""):
            out.setdefault(f"file:{r.file}", r)
    return out


def corpus_table(state) -> list[list]:
    b = state.get()
    if b is None:
        return []
    counts: dict[str, list[int]] = {}
    for c in b.index.clauses:
        counts.setdefault(c.doc_id, [0, 0])[0] += 1
    for r in b.index.records:
        counts.setdefault(r.source, [0, 0])[1] += 1
    warns: dict[str, int] = {}
    for d, _ in b.index.warnings:
        warns[d] = warns.get(d, 0) + 1
    reps = _reports(b)
    rows = []
    for d in b.index.documents.values():
        rep = reps.get(d.id)
        n_warn = len(getattr(rep, "warnings", []) or []) if rep is not None else warns.get(d.id, 0)
        rows.append([d.title, d.file, d.doc_type, d.year or "", d.level, *counts.get(d.id, [0, 0]), n_warn])
    return rows


TABLE_HEADERS = ["tiêu đề", "tệp", "loại", "năm", "cấp", "điều khoản", "bản ghi", "cảnh báo"]


def _dl(pairs: list[tuple[str, object]]) -> str:
    rows = []
    for k, v in pairs:
        if v in (None, "", [], {}, 0):
            v = "—"
        elif isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)
        elif isinstance(v, dict):
            v = "; ".join(f"{a}: {b}" for a, b in v.items())
        rows.append(f"<tr><th scope='row'>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>")
    return f"<table class='par-table par-meta'>{''.join(rows)}</table>"


def document_detail(state, doc_id: str) -> str:
    b = state.get()
    if b is None or not doc_id or doc_id not in b.index.documents:
        return "<p>Chọn một văn bản để xem thông tin.</p>"
    d = b.index.documents[doc_id]
    meta = d.meta()
    meta.pop("read", None)
    labels = {"id": "mã", "file": "tệp", "title": "tiêu đề", "number": "số hiệu", "doc_type": "loại",
              "issuer": "cơ quan ban hành", "date": "ngày ban hành", "year": "năm", "level": "cấp",
              "signer": "người ký", "signer_title": "chức vụ người ký", "sha256": "mã băm", "place": "địa bàn",
              "province": "tỉnh", "parts": "các phần", "ocr_pages": "trang đọc bằng OCR",
              "load_warnings": "cảnh báo khi đọc tệp"}
    parts = [f"<h3>{html.escape(d.title)}</h3>", "<h4>Thông tin đang dùng (mục lục + nội dung)</h4>",
             _dl([(labels.get(k, k), v if k != "parts" else [p.get("name", "") for p in v]) for k, v in meta.items()])]
    parts.append("<h4>Ingest đọc được từ nội dung (trước khi áp mục lục)</h4>")
    parts.append(_dl(list(d.read.items())) if d.read else "<p>Bản chỉ mục này chưa ghi lại phần đọc từ nội dung.</p>")
    rep = _reports(b).get(d.id)
    parts.append("<h4>Báo cáo nạp tài liệu</h4>")
    if rep is not None:
        data = asdict(rep) if hasattr(rep, "__dataclass_fields__") else dict(rep)
        warns = data.pop("warnings", []) or []
        parts.append(_dl(list(data.items())))
        parts.append("<ul>" + "".join(f"<li>{html.escape(w)}</li>" for w in warns) + "</ul>" if warns
                     else "<p>Không có cảnh báo.</p>")
    else:
        warns = [w for did, w in b.index.warnings if did == d.id]
        parts.append("<p>Bản chỉ mục này chưa có báo cáo chi tiết; cảnh báo đã ghi:</p>" +
                     ("<ul>" + "".join(f"<li>{html.escape(w)}</li>" for w in warns) + "</ul>" if warns
                      else "<p>Không có cảnh báo.</p>"))
    return "".join(parts)


def failed_files(state) -> str:
    """Files the ingest could not read at all (from its reports or warnings)."""
    b = state.get()
    if b is None:
        return ""
    bad = [(r.file, r.error) for r in (getattr(b.index, "reports", None) or []) if getattr(r, "error", "")]
    bad += [(d, w) for d, w in b.index.warnings if d not in b.index.documents]
    if not bad:
        return "Mọi tệp trong thư mục tài liệu đều đọc được."
    return "\n".join(f"- **{f}**: {w}" for f, w in bad)


def feedback_rows(state, flagged_only: bool) -> list[list]:
    from assistant.store.feedback import FeedbackStore

    rows = []
    for f in FeedbackStore(state.settings.index_dir).all(flagged_only=flagged_only):
        rows.append([f.id, datetime.fromtimestamp(f.created).strftime("%d/%m/%Y %H:%M"), "👍" if f.rating > 0 else "👎",
                     f.question, (f.direct or f.answer)[:300], f.comment, f.source, f.build])
    return rows


FEEDBACK_HEADERS = ["#", "thời gian", "đánh giá", "câu hỏi", "câu trả lời", "góp ý", "nơi hỏi", "bản dựng"]


# ------------------------------------------------------------------ the page

def build_admin(state) -> gr.Blocks:
    settings = state.settings
    worker = Reindexer(settings)
    with gr.Blocks(title="Quản trị tài liệu — Trợ lý CCHC", analytics_enabled=False, delete_cache=DELETE_CACHE) as demo:
        gr.Markdown("## Quản trị tài liệu")
        with gr.Tab("Tài liệu", id="docs"):
            table = gr.Dataframe(corpus_table(state), headers=TABLE_HEADERS, interactive=False, wrap=True,
                                 label="Văn bản trong chỉ mục", elem_id="par-a-docs", elem_classes=["par-grid"],
                                 column_widths=["34%", "20%", "10%", "7%", "9%", "7%", "7%", "6%"])
            failed = gr.Markdown(failed_files(state), elem_id="par-a-failed")
            with gr.Row():
                pick = gr.Dropdown(_doc_choices(state), label="Xem / sửa thông tin văn bản", elem_id="par-a-pick")
            detail = gr.HTML(elem_id="par-a-detail")
            from assistant.apps.web.catalogue_edit import LABELS, editable_fields

            fields = editable_fields()
            with gr.Accordion("Sửa thông tin (ghi vào mục lục corpus/catalogue.toml, rồi nạp lại)", open=False):
                boxes = [gr.Textbox(label=LABELS.get(k, k), elem_id=f"par-a-f-{k}") for k, _ in fields]
                save_meta = gr.Button("Lưu thông tin và nạp lại chỉ mục", variant="primary", elem_id="par-a-save")
            gr.Markdown("### Tải lên tài liệu mới")
            files = gr.File(label="Tải lên PDF / DOCX / TXT / MD (tối đa "
                            f"{settings.max_upload_bytes // 1_000_000} MB mỗi tệp)", file_count="multiple",
                            file_types=list(SUPPORTED), type="filepath", elem_id="par-a-files")
            go = gr.Button("Lưu và nạp lại chỉ mục", variant="primary", elem_id="par-a-upload")
            log = gr.Markdown(elem_id="par-a-log")
        with gr.Tab("Góp ý của người dùng", id="feedback"):
            only_bad = gr.Checkbox(value=False, label="Chỉ các câu trả lời bị đánh giá 👎", elem_id="par-a-fb-bad")
            fb_table = gr.Dataframe(feedback_rows(state, False), headers=FEEDBACK_HEADERS, interactive=False,
                                    wrap=True, label="Góp ý", elem_id="par-a-feedback", elem_classes=["par-grid"],
                                    column_widths=["4%", "10%", "6%", "24%", "28%", "16%", "6%", "6%"])
            with gr.Row():
                fb_refresh = gr.Button("Làm mới", variant="secondary", elem_id="par-a-fb-refresh")
                export = gr.Button("Xuất các câu 👎 thành câu hỏi đánh giá (JSONL)", variant="primary",
                                   elem_id="par-a-fb-export")
                to_evals = gr.Button("Ghi vào evals/data/feedback.jsonl", variant="secondary",
                                     elem_id="par-a-fb-evals")
            export_file = gr.File(label="Tệp câu hỏi đánh giá", interactive=False, visible=False,
                                  elem_id="par-a-fb-file")
            fb_msg = gr.Markdown(elem_id="par-a-fb-msg")

        def show(doc_id):
            b = state.get()
            from assistant.apps.web.catalogue_edit import current_values

            if b is None or doc_id not in (b.index.documents if b else {}):
                return [document_detail(state, "")] + [gr.update(value="") for _ in boxes]
            vals = current_values(b.index.documents[doc_id])
            return [document_detail(state, doc_id)] + [gr.update(value=str(vals.get(k, "") or "")) for k, _ in fields]

        pick.change(show, [pick], [detail] + boxes, **PRIVATE)

        def after_ingest(msgs: list[str]):
            return corpus_table(state), "\n".join(msgs), failed_files(state), gr.update(choices=_doc_choices(state))

        def reindex(msgs: list[str]):
            """Run the worker, yielding the growing log."""
            yield corpus_table(state), "\n".join(msgs + ["- Đang nạp lại chỉ mục (tiến trình riêng)…"]), gr.skip(), gr.skip()
            t0 = time.time()
            for item in worker.run(state):
                if isinstance(item, tuple):
                    code, lines = item
                    if code is None:
                        msgs += [f"- {x}" for x in lines]
                    elif code == 0:
                        msgs += [f"- {x}" for x in lines] + [f"- Xong sau {time.time() - t0:.0f} giây."]
                    else:
                        msgs += [f"- {x}" for x in lines[-15:]] + [f"- **Nạp lại thất bại** (mã {code}); chỉ mục cũ vẫn dùng."]
                    break
                yield gr.skip(), "\n".join(msgs + ["- Đang nạp lại chỉ mục…", f"  {item}"]), gr.skip(), gr.skip()
            state.get()  # switch to the new build now
            yield after_ingest(msgs)

        def upload_and_ingest(items):
            msgs, ok = [], []
            checked = []
            for it in items or []:
                try:
                    name, data = uploaded_bytes(it)
                except LoadError as e:
                    msgs.append(f"- Từ chối: {e}")
                    continue
                try:
                    check_upload(name, data, settings.max_upload_bytes)
                    checked.append((name, data))
                except LoadError as e:
                    msgs.append(f"- Từ chối «{Path(name).name}»: {e}")
            for name, data in checked:
                try:
                    dest, same = save_upload(settings.corpus_dir, name, data, settings.max_upload_bytes)
                except LoadError as e:
                    msgs.append(f"- Từ chối «{Path(name).name}»: {e}")
                    continue
                if same:
                    msgs.append(f"- «{Path(name).name}» đã có trong thư mục tài liệu (cùng nội dung, tên «{dest.name}»): bỏ qua.")
                else:
                    ok.append(dest)
                    renamed = f" (đặt tên «{dest.name}» vì đã có tệp cùng tên)" if dest.name != safe_name(name) else ""
                    msgs.append(f"- Đã lưu «{Path(name).name}»{renamed}.")
            if not items:
                msgs.append("- Chưa chọn tệp nào.")
            if not ok:
                msgs.append("- Không có tệp mới hợp lệ: không nạp lại chỉ mục, không có gì thay đổi.")
                yield corpus_table(state), "\n".join(msgs), gr.skip(), gr.skip()
                return
            yield from reindex(msgs)

        go.click(upload_and_ingest, [files], [table, log, failed, pick], **PRIVATE)

        def save_metadata(doc_id, *values):
            from assistant.apps.web.catalogue_edit import CatalogueError, set_entry

            b = state.get()
            if b is None or doc_id not in b.index.documents:
                yield gr.skip(), "- Chọn một văn bản trước.", gr.skip(), gr.skip()
                return
            d = b.index.documents[doc_id]
            from assistant.apps.web.catalogue_edit import current_values

            try:
                set_entry(settings.corpus_dir, d.id, d.file, {k: v for (k, _), v in zip(fields, values)},
                          current=current_values(d))
            except CatalogueError as e:
                yield gr.skip(), f"- Không lưu: {e}", gr.skip(), gr.skip()
                return
            yield from reindex([f"- Đã ghi thông tin «{d.title}» vào mục lục."])

        save_meta.click(save_metadata, [pick] + boxes, [table, log, failed, pick], **PRIVATE)

        def fb_list(bad):
            return feedback_rows(state, bool(bad))

        only_bad.change(fb_list, [only_bad], [fb_table], **PRIVATE)
        fb_refresh.click(fb_list, [only_bad], [fb_table], **PRIVATE)

        def do_export():
            import json

            from assistant.store.feedback import FeedbackStore

            items = FeedbackStore(settings.index_dir).eval_items(flagged_only=True)
            if not items:
                return gr.update(visible=False), "Chưa có câu trả lời nào bị đánh giá 👎."
            body = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items).encode("utf-8")
            scratch = getattr(state, "scratch", None)  # the app's scratch folder when it has one, else ours
            if scratch is not None and hasattr(scratch, "folder"):
                path = str(scratch.folder() / "feedback.jsonl")
                Path(path).write_bytes(body)
            else:
                path = downloads().write("feedback.jsonl", body)
            return gr.update(value=path, visible=True), f"{len(items)} câu hỏi đánh giá (điền `must_have`, `snippet` trước khi dùng)."

        export.click(do_export, None, [export_file, fb_msg], **PRIVATE)

        def do_evals():
            from assistant.store.feedback import FeedbackStore, write_jsonl

            items = FeedbackStore(settings.index_dir).eval_items(flagged_only=True)
            n = write_jsonl(items, EVAL_FEEDBACK)
            return f"Đã thêm {n} câu vào `{EVAL_FEEDBACK.relative_to(ROOT)}` ({len(items) - n} câu đã có)."

        to_evals.click(do_evals, None, [fb_msg], **PRIVATE)

        def on_load(bad, doc_id):
            choices = _doc_choices(state)
            ids = [v for _, v in choices]
            doc_id = doc_id if doc_id in ids else (ids[0] if ids else None)
            return [corpus_table(state), failed_files(state), gr.update(choices=choices, value=doc_id),
                    feedback_rows(state, bool(bad))] + show(doc_id)

        demo.load(on_load, [only_bad, pick], [table, failed, pick, fb_table, detail] + boxes, **PRIVATE)
    return attach(demo)


def _doc_choices(state) -> list[tuple[str, str]]:
    b = state.get()
    if b is None:
        return []
    return [(f"{d.title} ({d.file})", d.id) for d in b.index.documents.values()]
