"""Web-app plumbing that needs no index: the exposure warning, the scratch folder's janitor, settings."""
import os
import time

import pytest

from assistant.apps.web.server import Scratch, exposure_warning
from assistant.config import Settings


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_loopback_needs_no_warning(host):
    assert exposure_warning(Settings().with_(host=host)) == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10"])
def test_other_hosts_are_warned_about_in_vietnamese(host):
    w = exposure_warning(Settings().with_(host=host, port=8080))
    assert w.startswith("CẢNH BÁO") and f"{host}:8080" in w and "127.0.0.1" in w


def test_scratch_removes_old_files_and_everything_at_exit():
    sc = Scratch(ttl=60)
    try:
        d = sc.folder("tom-tat-")
        old, new = d / "cu.docx", d / "moi.docx"
        old.write_bytes(b"x")
        new.write_bytes(b"y")
        past = time.time() - 120
        os.utime(old, (past, past))
        g = sc.root / "gradio" / "abc123"
        g.mkdir()
        (g / "upload.txt").write_bytes(b"z")
        os.utime(g / "upload.txt", (past, past))
        os.utime(g, (past, past))
        assert sc.sweep() == 2
        assert not old.exists() and new.exists() and not g.exists()
    finally:
        sc.close()
    assert not sc.root.exists()


def test_bad_numbers_in_settings_are_explained(monkeypatch):
    monkeypatch.setenv("PAR_PORT", "tám nghìn")
    with pytest.raises(ValueError, match="PAR_PORT phải là số nguyên"):
        Settings()


def test_embed_cache_setting(tmp_path, monkeypatch):
    monkeypatch.delenv("PAR_EMBED_CACHE", raising=False)  # the test session's own cache
    s = Settings().with_(index_dir=tmp_path, embed_cache="")
    assert s.embed_cache_path == s.cache_dir / "embeddings.sqlite"  # shared by every index of the machine
    monkeypatch.setenv("PAR_CACHE_DIR", str(tmp_path / "c"))
    assert Settings().embed_cache_path == tmp_path / "c" / "embeddings.sqlite"
    monkeypatch.delenv("PAR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert Settings().cache_dir == tmp_path / "x" / "par-assistant"
    assert Settings().with_(embed_cache="off").embed_cache_path is None
