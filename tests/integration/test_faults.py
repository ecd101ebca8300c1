"""Faults and bad input: killed ingestion, bad files in a batch, missing index, odd questions, uploads, fuzz."""
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT, settings_for
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.answering.understand import understand
from assistant.apps.web.admin import safe_name, save_upload
from assistant.ingest.loaders import LoadError
from assistant.ingest.pipeline import ingest
from assistant.lang.normalize import fold, normalize
from assistant.store.index import Index, current_build


def test_killed_ingestion_leaves_previous_index_serving(small_corpus, tmp_path, e5):
    s = settings_for(small_corpus, tmp_path / "idx")
    ingest(s, embeddings=e5, show_progress=False)
    build = current_build(s.index_dir)
    n = len(Index(s, e5).chunks)
    f = small_corpus / "004_c88db6b99b330dc5.txt"
    extra = "".join(f"- Nội dung bổ sung số {i} về chuyển đổi số.\n" for i in range(300))
    f.write_text(f.read_text("utf-8").replace("Nơi nhận:", extra + "Nơi nhận:", 1), "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", "--quiet", "--corpus", str(small_corpus),
                             "--index", str(s.index_dir)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    builds = s.index_dir / "builds"
    deadline = time.time() + 120
    while time.time() < deadline and not list(builds.glob("*.partial")):
        time.sleep(0.05)
    assert list(builds.glob("*.partial")), "ingestion never started a build"
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert current_build(s.index_dir) == build
    idx = Index(s, e5)  # the old build still serves
    assert len(idx.chunks) == n and idx.dense("Trung tâm Tin học và Công báo", k=3)
    again = ingest(s, embeddings=e5, show_progress=False)  # and the next run finishes cleanly
    assert again.added > 0 and not list(builds.glob("*.partial"))


def test_bad_files_are_rejected_and_the_rest_ingests(small_corpus, tmp_path, e5):
    from pypdf import PdfWriter

    (small_corpus / "rong.txt").write_bytes(b"")
    (small_corpus / "nhi-phan.txt").write_bytes(bytes(range(256)) * 40)
    (small_corpus / "hong.docx").write_bytes(b"PK\x03\x04 not a zip")
    (small_corpus / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage")
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.encrypt("mat-khau")
    with open(small_corpus / "mat-khau.pdf", "wb") as fh:
        w.write(fh)
    with open(small_corpus / "qua-lon.txt", "wb") as fh:
        fh.write(("Kế hoạch cải cách hành chính. " * 40).encode() * 45_000)  # ≈ 50 MB
    res = ingest(settings_for(small_corpus, tmp_path / "idx"), embeddings=e5, show_progress=False)
    errors = dict(res.errors)
    assert res.documents == 2
    assert "rỗng" in errors["rong.txt"] and "nhị phân" in errors["nhi-phan.txt"]
    assert "DOCX" in errors["hong.docx"] and "PDF" in errors["hong.pdf"]
    assert "mật khẩu" in errors["mat-khau.pdf"] and "quá lớn" in errors["qua-lon.txt"]


def test_missing_index_cli_message_not_traceback(tmp_path):
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "ai chu tri?", "--index", str(tmp_path / "x")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "Chưa có chỉ mục" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("q", [
    "", "   \n\t ", "😀🙏🔥", "?!...", "x" * 100_000,
])
def test_empty_or_meaningless_questions(bot, q):
    a = bot.ask(q)
    assert a.abstained and a.intent == "invalid" and a.answer and not a.citations


@pytest.mark.parametrize("q", [
    "Who leads the sociological survey?",
    "Sở Nội vụ 主持 什么?",
    "<img src=x onerror=alert(1)> **đậm** [link](javascript:alert(1)) ai chủ trì điều tra xã hội học",
    "Ai chủ trì điều tra xã hội học 😀?",
])
def test_odd_questions_answer_or_abstain_without_error(bot, q):
    a = bot.ask(q)
    assert isinstance(a.answer, str) and a.answer
    assert a.abstained or a.citations


def test_html_in_answers_is_escaped_in_the_ui():
    from assistant.apps.web.views import answer_html
    from assistant.records import Answer, Citation

    a = Answer("q", "<script>alert(1)</script> [1]", False, "fact",
               [Citation("d", "<b>T</b>", "<i>p</i>", "<ul><li>x</li></ul>", 0, 1)])
    h = answer_html(a)
    assert "<script>" not in h and "&lt;script&gt;" in h and "<ul>" not in h and "&lt;b&gt;T" in h


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\ke hoach.docx", "ke hoach.docx"),
    ("/abs/path/Kế hoạch 2027.pdf", "Kế hoạch 2027.pdf"),
    (".hidden.md", "hidden.md"),
])
def test_upload_names_cannot_escape_the_corpus(name, expected):
    assert safe_name(name) == expected


def test_upload_rejects_bad_types_sizes_and_content(tmp_path):
    with pytest.raises(LoadError, match="Không hỗ trợ"):
        save_upload(tmp_path, "virus.exe", b"MZ", 1000)
    with pytest.raises(LoadError, match="quá lớn"):
        save_upload(tmp_path, "a.txt", b"x" * 2000, 1000)
    with pytest.raises(LoadError, match="PDF"):
        save_upload(tmp_path, "a.pdf", b"%PDF garbage", 10_000)
    p, _ = save_upload(tmp_path, "../../ke-hoach.txt", "Kế hoạch thử".encode(), 10_000)
    assert p.resolve().parent == tmp_path.resolve() and p.read_text("utf-8") == "Kế hoạch thử"
    assert not list(tmp_path.parent.glob("ke-hoach.txt"))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fuzz_normaliser_never_raises(s):
    n = normalize(s)
    assert isinstance(n, str) and isinstance(fold(s), str)
    assert normalize(n) == n  # idempotent


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_fuzz_query_parser_never_raises(s):
    q = understand(s)
    assert q.intent in ("lead", "coordinators", "deadline", "output", "fact", "list", "general")
