"""The app's import path stays lean: word segmentation does not pull torch in (underthesea's package
__init__ imports its translate pipeline, hence transformers and torch, whenever they are installed)."""
import subprocess
import sys

from conftest import ROOT


def test_segmenting_does_not_import_torch():
    code = ("import sys\nfrom assistant.lang.tokenize import tokenize\n"
            "toks = tokenize('Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính')\n"
            "assert 'ban_nhan_dan' in toks, toks\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_segmenter_matches_underthesea():
    import underthesea  # the real package (with whatever it imports) gives the same words

    from assistant.lang.segment import word_tokenize

    s = "Sở Nội vụ chủ trì tổ chức điều tra xã hội học về chỉ số hài lòng"
    assert word_tokenize(s) == underthesea.word_tokenize(s)
