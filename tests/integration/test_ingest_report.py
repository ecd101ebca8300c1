"""The ingest report and the learned agencies stored in the build; the CLI's per-file lines and --json."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, settings_for

import fixtures_layouts as F


@pytest.fixture(scope="module", autouse=True)
def own_cache(tmp_path_factory):
    """This module's ingests use a cache of their own (the default one is shared by the machine's indexes)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PAR_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="module")
def small(tmp_path_factory, e5):
    from assistant.ingest.pipeline import ingest

    corpus = tmp_path_factory.mktemp("corpus")
    F.make_commune_docx(corpus / "kh-xa-ky-son.docx")
    F.write_text(corpus / "qd-quy-che.txt", F.DECISION)
    F.write_text(corpus / "bc-xa-ky-son.md", F.STATS_REPORT)
    (corpus / "hong.pdf").write_bytes(b"%PDF-1.4 broken")
    s = settings_for(corpus, tmp_path_factory.mktemp("index"))
    summary = ingest(s, embeddings=e5, show_progress=False)
    return s, summary


def test_reports_and_agencies_are_stored_in_the_build(small, e5):
    from assistant.store.index import Index

    s, summary = small
    idx = Index(s, e5)
    by_file = {r.file: r for r in idx.reports}
    assert set(by_file) == {"kh-xa-ky-son.docx", "qd-quy-che.txt", "bc-xa-ky-son.md", "hong.pdf"}
    assert by_file["hong.pdf"].error and not by_file["hong.pdf"].clauses
    assert by_file["qd-quy-che.txt"].parts == ["Quyết định", "Quy chế"]
    assert by_file["bc-xa-ky-son.md"].tables_as_rows == 2
    # the regulation issued with the decision is searchable, under its own root
    assert any(c.path_str.startswith("Quy chế › Chương II › Điều 6") for c in idx.clauses)
    names = {a["name"] for a in idx.agencies}
    assert {"Công chức Văn phòng - Thống kê", "UBND xã"} <= names
    g = idx.gazetteer()
    assert g.lookup("ubnd xa ky son") is not None  # the commune's UBND, known from its document
    rec = [r for r in idx.records if r.lead == "UBND xã"][0]
    assert g.lookup("ubnd xa ky son").id in rec.lead_ids
    assert summary.documents == 3 and [f for f, _ in summary.errors] == ["hong.pdf"]


def test_cli_prints_a_line_per_file_and_json_reports(small):
    s, _ = small
    cmd = [sys.executable, "-m", "assistant", "ingest", "--corpus", str(s.corpus_dir), "--index", str(s.index_dir)]
    out = subprocess.run(cmd + ["--quiet"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    lines = out.splitlines()
    assert any(ln.startswith("✓ qd-quy-che.txt") and "phần: Quyết định, Quy chế" in ln for ln in lines)
    assert any(ln.startswith("✗ hong.pdf") for ln in lines)
    assert "Thêm: 0 · Xóa: 0" in out  # nothing changed: nothing embedded again
    rep = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True, cwd=ROOT, check=True).stdout)
    files = {r["file"]: r for r in rep["reports"]}
    assert files["kh-xa-ky-son.docx"]["tables_mapped"] == 1 and files["hong.pdf"]["error"]


def test_rebuild_reuses_cached_vectors(small, e5, tmp_path):
    from assistant.ingest.pipeline import ingest

    s, _ = small
    again = ingest(s, embeddings=e5, show_progress=False, rebuild=True)
    assert again.added > 0 and again.embedded == 0  # a new build, every vector from the cache
    fresh = ingest(s.with_(index_dir=tmp_path / "fresh"), embeddings=e5, show_progress=False, use_cache=False)
    assert fresh.embedded > 0 and fresh.chunks == again.chunks
    shutil.rmtree(tmp_path / "fresh", ignore_errors=True)
