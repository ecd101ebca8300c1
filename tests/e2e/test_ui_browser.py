"""The web app in a real browser: Debian's chromium driven by Playwright, the app started on 127.0.0.1."""
from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
SHOTS = os.environ.get("PAR_SCREENSHOTS")  # a folder: also save screenshots there (docs/screenshots)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_server():
    """Serves examples/ (the PAR info page) on its own origin."""
    port = _free_port()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "examples"))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}"
    srv.shutdown()


@pytest.fixture(scope="module")
def app_url(built_index, demo_server):
    s, _ = built_index
    port = _free_port()
    env = dict(os.environ, PAR_INDEX_DIR=str(s.index_dir), PAR_ALLOWED_ORIGINS=demo_server,
               PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--no-ingest"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/health", timeout=2).status == 200:
                break
        except Exception:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("app did not become healthy:\n" + proc.stdout.read().decode(errors="replace")[-3000:])
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    yield pg
    ctx.close()


def _shot(pg, name):
    if SHOTS:
        pg.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def _ask(pg, question):
    pg.fill("#par-question textarea", question)
    pg.click("#par-send")
    n = pg.locator("#par-chat .par-answer").count()
    pg.wait_for_function(f"document.querySelectorAll('#par-chat .par-answer').length > {n}", timeout=60000)
    return pg.locator("#par-chat .par-answer").last.inner_text()


def test_chat_accent_free_question_and_citation_panel(page, app_url):
    page.goto(app_url + "/", wait_until="load")
    page.wait_for_selector("#par-question textarea", timeout=60000)
    text = _ask(page, "ai chu tri to chuc dieu tra xa hoi hoc?")
    assert "Sở Nội vụ" in text and "[1]" in text
    assert page.locator("#par-chat .par-sources li").count() >= 1
    # the first citation opens in the side panel with the quoted span highlighted
    page.wait_for_selector("#par-panel mark", timeout=20000)
    assert "điều tra xã hội học" in page.inner_text("#par-panel")
    assert "Sở Nội vụ" in page.input_value("#par-copy textarea")
    _shot(page, "chat-desktop")
    # a follow-up in the same conversation
    text = _ask(page, "còn cơ quan phối hợp?")
    assert "Bưu điện tỉnh" in text


def test_script_question_is_shown_as_text(page, app_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url + "/", wait_until="load")
    page.wait_for_selector("#par-question textarea", timeout=60000)
    _ask(page, "<script>alert('x')</script> ai chu tri dieu tra xa hoi hoc?")
    page.wait_for_timeout(500)
    assert not dialogs
    assert "<script>alert('x')</script>" in page.inner_text("#par-chat")
    assert page.locator("#par-chat script").count() == 0


def _count(pg) -> int:
    import re

    return int(re.search(r"(\d+) bản ghi", pg.inner_text("#par-t-count")).group(1))


def test_task_explorer_filters_by_agency(page, app_url):
    page.goto(app_url + "/", wait_until="load")
    page.get_by_role("tab", name="Bảng nhiệm vụ").click()
    page.wait_for_function("/\\d+ bản ghi/.test(document.querySelector('#par-t-count').innerText)", timeout=30000)
    before = _count(page)
    page.locator("#par-t-agency input").fill("Sở Tư pháp")
    page.get_by_role("option", name="Sở Tư pháp", exact=True).click()
    page.wait_for_function(
        f"(m => m && m[1] !== '{before}')(document.querySelector('#par-t-count').innerText.match(/(\\d+) bản ghi/))",
        timeout=30000)
    after = _count(page)
    assert 0 < after < before
    assert "Sở Tư pháp" in page.inner_text("#par-tasks")
    _shot(page, "tasks-desktop")


def test_briefing_docx_download_reads_back(page, app_url, tmp_path):
    import docx

    page.goto(app_url + "/", wait_until="load")
    page.get_by_role("tab", name="Tài liệu tập huấn").click()
    page.locator("#par-b-agency input").fill("Sở Nội vụ")
    page.get_by_role("option", name="Sở Nội vụ", exact=True).click()
    page.click("#par-b-make")
    page.wait_for_selector("#par-b-docx", state="visible", timeout=60000)
    assert "Sở Nội vụ" in page.inner_text("#par-b-preview")
    with page.expect_download(timeout=30000) as dl:
        page.click("#par-b-docx")
    path = tmp_path / "briefing.docx"
    dl.value.save_as(path)
    d = docx.Document(path)
    text = "\n".join(p.text for p in d.paragraphs)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Sở Nội vụ" in text and any("điều tra xã hội học" in c for c in cells)
    _shot(page, "briefing-desktop")


def test_demo_page_embeds_the_widget(page, app_url, demo_server):
    page.goto(f"{demo_server}/par-info-page.html?widget={app_url}/widget/", wait_until="load")
    frame = page.frame_locator("#par-widget")
    frame.locator("#par-w-question textarea").fill("ai chu tri dieu tra xa hoi hoc?")
    frame.locator("#par-w-send").click()
    frame.locator("#par-w-answer .par-answer").wait_for(timeout=60000)
    assert "Sở Nội vụ" in frame.locator("#par-w-answer").inner_text()
    _shot(page, "widget-desktop")


def test_widget_has_no_admin_and_main_ui_is_not_embeddable(app_url):
    r = urllib.request.urlopen(app_url + "/widget/")
    assert "frame-ancestors" in r.headers["Content-Security-Policy"]
    r = urllib.request.urlopen(app_url + "/")
    assert r.headers["X-Frame-Options"] == "SAMEORIGIN"
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(app_url + "/admin/")  # no credentials configured → no admin at all


def test_phone_width_chat(browser, app_url):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    pg.goto(app_url + "/", wait_until="load")
    pg.wait_for_selector("#par-question textarea", timeout=60000)
    text = _ask(pg, "TTHC nội bộ cắt giảm bao nhiêu %?")
    assert "20%" in text
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # no horizontal scrolling on a phone
    _shot(pg, "chat-phone")
    ctx.close()


def test_citation_marker_opens_that_source(page, app_url):
    page.goto(app_url + "/", wait_until="load")
    page.wait_for_selector("#par-question textarea", timeout=60000)
    _ask(page, "Đoàn kiểm tra CCHC năm 2024 gồm những thành phần nào?")
    page.wait_for_selector("#par-panel mark", timeout=20000)
    page.locator("#par-chat .par-answer a.par-cite", has_text="[2]").last.click()
    page.wait_for_function("(m => m && m.innerText.includes('Phó Trưởng Đoàn'))(document.querySelector('#par-panel mark'))",
                           timeout=20000)
    assert page.locator("#par-cites input:checked").count() == 1


def test_admin_needs_credentials(built_index):
    from fastapi.testclient import TestClient

    from assistant.apps.web.server import build_app

    s, _ = built_index
    with TestClient(build_app(s.with_(admin_user="", admin_password=""))) as c:
        assert c.get("/admin/").status_code == 404
    with TestClient(build_app(s.with_(admin_user="quantri", admin_password="mat-khau-dai"))) as c:
        assert c.get("/admin/config").status_code in (401, 403)
        r = c.post("/admin/login", data={"username": "quantri", "password": "sai"})
        assert r.status_code in (400, 401)
        r = c.post("/admin/login", data={"username": "quantri", "password": "mat-khau-dai"})
        assert r.status_code == 200
        assert c.get("/admin/config").status_code == 200
        # the public widget is a separate app with no admin components
        assert "Tải lên" not in c.get("/widget/config").text
