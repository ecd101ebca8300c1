"""The web app in a real browser: Debian's chromium driven by Playwright, the app started on 127.0.0.1.

One app for the module, on a copy of the session's index and corpus (the admin test uploads a document and
re-indexes; the shared index stays as it was). Desktop is 1366 px wide, the phone 390 px. Waits are generous:
the machine is small and shared.
"""
from __future__ import annotations

import functools
import http.server
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import zipfile

import pytest
from conftest import CORPUS, ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
SHOTS = os.environ.get("PAR_SCREENSHOTS")  # a folder: also save screenshots there (docs/screenshots)
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
WAIT = 180_000  # ms: an answer, a download, a page on a busy 2-core machine
ADMIN = ("quantri", "mat-khau-dai-thu-nghiem")


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
def app_dirs(built_index, tmp_path_factory):
    """A copy of the session's index and of the corpus, for this module's app to change."""
    s, _ = built_index
    d = tmp_path_factory.mktemp("ui-app")
    shutil.copytree(s.index_dir, d / "index")
    shutil.copytree(CORPUS, d / "corpus")
    return d / "corpus", d / "index"


@pytest.fixture(scope="module")
def app_url(app_dirs, demo_server):
    corpus, index = app_dirs
    port = _free_port()
    env = dict(os.environ, PAR_INDEX_DIR=str(index), PAR_CORPUS_DIR=str(corpus), PAR_ALLOWED_ORIGINS=demo_server,
               PAR_ADMIN_USER=ADMIN[0], PAR_ADMIN_PASSWORD=ADMIN[1], PAR_EMBEDDINGS="e5-small", CHROMA_HOST="",
               GRADIO_ANALYTICS_ENABLED="False", PYTHONPATH=str(ROOT))
    log = open(index.parent / "app.log", "wb")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--no-ingest"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/health", timeout=5).status == 200:
                break
        except Exception:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("app did not become healthy:\n" + (index.parent / "app.log").read_text(errors="replace")[-3000:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _context(browser, phone: bool = False, scheme: str = "light"):
    ctx = browser.new_context(viewport=PHONE if phone else DESKTOP, is_mobile=phone, has_touch=phone,
                              accept_downloads=True, color_scheme=scheme)
    ctx.set_default_timeout(WAIT)
    return ctx


@pytest.fixture
def page(browser):
    ctx = _context(browser)
    yield ctx.new_page()
    ctx.close()


@pytest.fixture
def phone(browser):
    ctx = _context(browser, phone=True)
    yield ctx.new_page()
    ctx.close()


def _shot(pg, name, full=True):
    if SHOTS:
        pg.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=full)


def _open(pg, url):
    pg.goto(url + "/", wait_until="load")
    pg.wait_for_selector("#par-question textarea", timeout=WAIT)


def _tab(pg, name):
    """Open a tab (on a phone, the last tabs sit in Gradio's overflow menu)."""
    tab = pg.get_by_role("tab", name=name)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
    else:
        pg.locator(".overflow-menu > button").click()
        pg.locator(".overflow-dropdown button", has_text=name).click()


def _ask(pg, question):
    n = pg.locator("#par-chat .par-answer").count()
    pg.fill("#par-question textarea", question)
    pg.click("#par-send")
    pg.wait_for_function(f"document.querySelectorAll('#par-chat .par-answer').length > {n}", timeout=WAIT)
    return pg.locator("#par-chat .par-answer").nth(n)  # this answer, even after later ones


def _pick(pg, elem_id, option):
    pg.locator(f"#{elem_id} input").fill(option)
    pg.get_by_role("option", name=option, exact=True).click()


# ------------------------------------------------------------------ chat

def test_answer_first_and_follow_up_on_desktop(page, app_url):
    _open(page, app_url)
    ans = _ask(page, "ai chu tri to chuc dieu tra xa hoi hoc?")
    # the asked value opens the answer, in bold; the quotes and sources come after it, collapsible
    first = ans.locator(":scope > *").first
    assert first.evaluate("e => e.classList.contains('par-direct')")
    direct = ans.locator(".par-direct strong").inner_text()
    assert "Sở Nội vụ" in direct
    assert ans.locator("details.par-more > summary").count() == 1
    assert ans.locator(".par-sources li").count() >= 1
    assert ans.locator(".par-direct").bounding_box()["y"] < ans.locator(".par-sources").bounding_box()["y"]
    # the first source of a new answer opens in the side panel, the quoted span highlighted
    page.wait_for_selector("#par-panel-body mark")
    assert "điều tra xã hội học" in page.inner_text("#par-panel-body")
    assert "Sở Nội vụ" in page.input_value("#par-copy textarea")
    _shot(page, "chat-desktop", full=False)
    if SHOTS:
        page.locator("#par-panel-box").screenshot(path=os.path.join(SHOTS, "citation-desktop.png"))
    ans2 = _ask(page, "còn cơ quan phối hợp?")
    assert "Bưu điện tỉnh" in ans2.inner_text()


def test_marker_of_an_older_answer_opens_its_own_source(page, app_url):
    _open(page, app_url)
    first = _ask(page, "ai chu tri to chuc dieu tra xa hoi hoc?")
    second = _ask(page, "Đoàn kiểm tra CCHC năm 2024 gồm những thành phần nào?")
    assert second.locator("a.par-cite").count() >= 1
    page.wait_for_function("document.querySelector('#par-panel-body').innerText.includes('câu trả lời thứ 2')")
    # [1] of the FIRST answer: its own source, not the newest answer's
    first.locator("a.par-cite").first.click()
    page.wait_for_function("document.querySelector('#par-panel-body').innerText.includes('câu trả lời thứ 1')")
    panel = page.inner_text("#par-panel-body")
    assert "điều tra xã hội học" in panel and "Phó Trưởng Đoàn" not in panel
    assert first.locator(".par-src.par-active").count() == 1 and second.locator(".par-src.par-active").count() == 0
    # and [2] of the second answer opens the second answer's source 2
    if second.locator("a.par-cite", has_text="[2]").count():
        second.locator("a.par-cite", has_text="[2]").first.click()
        page.wait_for_function("document.querySelector('#par-panel-body').innerText.includes('Nguồn [2] của câu trả lời thứ 2')")


def test_phone_answer_in_view_and_source_under_it(phone, app_url):
    _open(phone, app_url)
    _ask(phone, "ai chu tri to chuc dieu tra xa hoi hoc?")
    ans = _ask(phone, "TTHC nội bộ cắt giảm bao nhiêu %?")
    phone.wait_for_timeout(800)  # the page script brings the new answer into view after it is drawn

    def in_view(loc) -> bool:
        return loc.evaluate("""e => {
            const r = e.getBoundingClientRect();
            let box = e.parentElement;
            while (box && !(/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight)) box = box.parentElement;
            const b = box ? box.getBoundingClientRect() : {top: 0, bottom: innerHeight};
            return r.top >= Math.max(0, b.top) - 2 && r.top < Math.min(innerHeight, b.bottom) - 20;
        }""")

    assert in_view(ans.locator(".par-direct")), "the new answer's first line is not on screen"
    assert "20%" in ans.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not phone.locator("#par-side").is_visible()  # no side panel 1,000 px below on a phone
    _shot(phone, "chat-phone", full=False)
    # [1] opens the source right under the answer
    ans.locator("a.par-cite").first.click()
    src = ans.locator(".par-src.par-active")
    src.locator("details.par-ctx[open] mark").first.wait_for()
    assert in_view(src.locator("details.par-ctx"))
    assert src.bounding_box()["y"] > ans.locator(".par-direct").bounding_box()["y"]


def test_script_question_is_shown_as_text(page, app_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _open(page, app_url)
    _ask(page, "<script>alert('x')</script> ai chu tri dieu tra xa hoi hoc?")
    page.wait_for_timeout(500)
    assert not dialogs
    assert "<script>alert('x')</script>" in page.inner_text("#par-chat")
    assert page.locator("#par-chat script").count() == 0


# ------------------------------------------------------------------ feedback

def _admin_login(pg, url):
    pg.goto(url + "/admin/", wait_until="load")
    pg.wait_for_selector("input[type=password]", timeout=WAIT)
    pg.locator("input[type=text], input:not([type])").first.fill(ADMIN[0])
    pg.fill("input[type=password]", ADMIN[1])
    pg.get_by_role("button", name="Đăng nhập").click()
    pg.wait_for_selector("#par-a-docs", timeout=WAIT)


def test_feedback_is_stored_and_listed_in_admin(browser, app_url, app_dirs):
    from assistant.store.feedback import FeedbackStore

    _, index = app_dirs
    ctx = _context(browser)
    pg = ctx.new_page()
    _open(pg, app_url)
    question = "Tỷ lệ văn bản điện tử được ký số phải đạt bao nhiêu?"
    _ask(pg, question)
    pg.locator('#par-chat button[aria-label="Câu trả lời chưa đúng"]').last.click()
    pg.wait_for_selector("#par-fb-row textarea", state="visible")
    pg.fill("#par-fb-row textarea", "thiếu con số của năm 2024")
    pg.click("#par-fb-send")
    pg.wait_for_function("document.querySelector('#par-fb-msg').innerText.includes('Đã lưu góp ý')")
    rows = [f for f in FeedbackStore(index).all() if f.question == question]
    assert rows and rows[0].rating == -1 and rows[0].comment == "thiếu con số của năm 2024"
    assert rows[0].build and rows[0].source == "chat" and rows[0].answer and rows[0].citations

    _admin_login(pg, app_url)
    _tab(pg, "Góp ý của người dùng")
    pg.wait_for_function(f"document.querySelector('#par-a-feedback').innerText.includes({question!r})")
    assert "thiếu con số của năm 2024" in pg.inner_text("#par-a-feedback")
    pg.click("#par-a-fb-export")
    link = pg.locator("#par-a-fb-file a").first
    link.wait_for()
    with pg.expect_download() as dl:
        link.click()
    import json

    items = [json.loads(x) for x in open(dl.value.path(), encoding="utf-8").read().splitlines()]
    assert any(i["question"] == question and "must_have" in i and "snippet" in i for i in items)
    ctx.close()


def test_widget_question_shown_back_and_feedback(page, app_url, demo_server):
    page.goto(f"{demo_server}/par-info-page.html?widget={app_url}/widget/", wait_until="load")
    frame = page.frame_locator("#par-widget")
    frame.locator("#par-w-question textarea").fill("ai chu tri dieu tra xa hoi hoc?")
    frame.locator("#par-w-send").click()
    frame.locator("#par-w-chat .par-answer").wait_for(timeout=WAIT)
    text = frame.locator("#par-w-chat").inner_text()
    assert "ai chu tri dieu tra xa hoi hoc?" in text and "Sở Nội vụ" in text  # the question stays shown
    frame.locator('#par-w-chat button[aria-label="Câu trả lời hữu ích"]').last.click()
    frame.locator("#par-w-fb-row textarea").wait_for(state="visible")
    _shot(page, "widget-desktop")


# ------------------------------------------------------------------ task table, deadlines, briefing

def _count(pg) -> int:
    return int(re.search(r"(\d+)\s*bản ghi", pg.inner_text("#par-t-count")).group(1))


def test_task_table_filters_and_exports(page, app_url):
    import csv

    _open(page, app_url)
    _tab(page, "Bảng nhiệm vụ")
    page.wait_for_function("/\\d+\\s*bản ghi/.test(document.querySelector('#par-t-count').innerText)")
    before = _count(page)
    heads = page.locator("#par-tasks thead th").all_inner_texts()
    assert heads == ["Hoạt động", "Chủ trì", "Phối hợp", "Thời hạn", "Văn bản"]
    assert "|" not in page.inner_text("#par-tasks tbody tr >> nth=0")  # no internal key
    font = page.locator("#par-tasks td").first.evaluate("e => getComputedStyle(e).fontFamily")
    assert "mono" not in font.lower()
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
    _pick(page, "par-t-agency", "Sở Tư pháp")
    page.wait_for_function(
        f"(m => m && m[1] !== '{before}')(document.querySelector('#par-t-count').innerText.match(/(\\d+)\\s*bản ghi/))")
    after = _count(page)
    assert 0 < after < before
    _shot(page, "tasks-desktop", full=False)
    with page.expect_download() as dl:
        page.locator("#par-t-downloads a", has_text="CSV").click()
    rows = list(csv.reader(open(dl.value.path(), encoding="utf-8-sig")))
    assert rows[0][:5] == ["Hoạt động", "Chủ trì", "Phối hợp", "Thời hạn", "Văn bản"] and len(rows) == after + 1
    assert all("Sở Tư pháp" in (r[1] + r[2]) or "Tư pháp" in (r[1] + r[2]) for r in rows[1:])
    with page.expect_download() as dl:
        page.locator("#par-t-downloads a", has_text="Excel").click()
    from openpyxl import load_workbook

    assert load_workbook(io.BytesIO(open(dl.value.path(), "rb").read())).active.max_row == after + 1


def test_task_table_on_a_phone_is_cards_without_horizontal_scroll(phone, app_url):
    _open(phone, app_url)
    _tab(phone, "Bảng nhiệm vụ")
    phone.wait_for_selector("#par-tasks tbody tr")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    table = phone.locator("#par-tasks table")
    assert table.evaluate("e => e.scrollWidth <= e.parentElement.clientWidth + 1")
    assert phone.locator("#par-tasks td").first.evaluate("e => getComputedStyle(e).display") == "block"
    label = phone.locator("#par-tasks td[data-label='Chủ trì']").first.evaluate(
        "e => getComputedStyle(e, '::before').content")
    assert "Chủ trì" in label  # each card line names its column
    _shot(phone, "tasks-phone", full=False)


def test_upcoming_deadlines_for_a_fixed_date_and_ics(page, app_url, app_dirs):
    from datetime import date

    from icalendar import Calendar

    from assistant.apps.deadlines import upcoming
    from assistant.config import Settings
    from assistant.store.index import Index

    corpus, index = app_dirs
    idx = Index(Settings().with_(index_dir=index, corpus_dir=corpus, embeddings="e5-small", chroma_host=""))
    _open(page, app_url)
    _tab(page, "Sắp đến hạn")
    box = page.locator("#par-d-start input, #par-d-start textarea").first
    box.fill("01/03/2024")
    box.press("Enter")
    page.wait_for_function("document.querySelector('#par-due').innerText.includes('01/03/2024')")
    expected = upcoming(idx, date(2024, 3, 1), 30)
    assert expected, "the seed plans have deadlines in March 2024"
    text = page.inner_text("#par-due")
    for d in expected:
        assert (d.record.activity or d.record.task)[:40] in text
    page.get_by_text("90 ngày tới").click()
    page.wait_for_function("document.querySelector('#par-due').innerText.includes('30/05/2024')")
    assert page.locator("#par-due li").count() == len(upcoming(idx, date(2024, 3, 1), 90)) >= len(expected)
    _pick(page, "par-d-agency", "Sở Nội vụ")
    page.wait_for_function("document.querySelector('#par-d-downloads').innerText.includes('Sở Nội vụ')")
    _shot(page, "deadlines-desktop", full=False)
    with page.expect_download() as dl:
        page.locator("#par-d-downloads a").first.click()
    cal = Calendar.from_ical(open(dl.value.path(), "rb").read())
    events = cal.walk("VEVENT")
    assert events and all(str(e["summary"]).startswith(("[Chủ trì]", "[Phối hợp]")) for e in events)
    assert "Sở Nội vụ" in str(cal["x-wr-calname"])
    # the same feed at the subscription address
    body = urllib.request.urlopen(app_url + "/api/deadlines.ics?agency=" + urllib.request.quote("Sở Nội vụ")).read()
    assert len(Calendar.from_ical(body).walk("VEVENT")) == len(events)


def _footer_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))


def test_briefing_docx_a4_header_page_numbers_only_the_agency(phone, app_url):
    import docx
    from docx.shared import Mm

    pg = phone
    _open(pg, app_url)
    _tab(pg, "Tài liệu tập huấn")
    _pick(pg, "par-b-agency", "Sở Tư pháp")
    pg.get_by_text("chủ trì", exact=True).click()
    pg.click("#par-b-make")
    pg.wait_for_selector("#par-b-downloads a")
    pg.wait_for_function("document.querySelector('#par-b-preview').innerText.includes('SỞ TƯ PHÁP')")
    # the download buttons sit above the (long) preview
    assert pg.locator("#par-b-downloads a").first.bounding_box()["y"] < pg.locator("#par-b-preview").bounding_box()["y"]
    _shot(pg, "briefing-phone", full=False)
    with pg.expect_download() as dl:
        pg.locator("#par-b-downloads a", has_text="DOCX").click()
    data = open(dl.value.path(), "rb").read()
    d = docx.Document(io.BytesIO(data))
    sec = d.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(1) and abs(sec.page_height - Mm(297)) < Mm(1)
    assert sec.header.paragraphs[0].text.strip()  # the issuing unit on every page
    assert "PAGE" in _footer_xml(data)
    body = "\n".join(p.text for p in d.paragraphs)
    assert "SỞ TƯ PHÁP" in body and re.search(r"ngày \d\d tháng \d\d năm \d{4}", "\n".join(
        c.text for t in d.tables for r in t.rows for c in r.cells))
    task_tables = [t for t in d.tables if t.rows[0].cells[0].text == "TT"]
    assert task_tables
    for t in task_tables:
        for row in t.rows[1:]:
            assert row.cells[2].text.startswith("Chủ trì")  # only rows the agency leads


# ------------------------------------------------------------------ admin

def test_admin_upload_appears_in_filters_without_restart(browser, app_url, app_dirs):
    corpus, index = app_dirs
    ctx = _context(browser)
    pg = ctx.new_page()
    _admin_login(pg, app_url)
    build0 = (index / "CURRENT").read_text().strip()
    files0 = sorted(p.name for p in corpus.iterdir())
    # invalid uploads (a name the ingest never reads, a damaged DOCX): refused, nothing saved, no re-index
    bad = [index.parent / "README.md", index.parent / "hong.docx"]
    bad[0].write_text("# Kế hoạch\nnội dung", "utf-8")
    bad[1].write_bytes(b"PK\x03\x04 khong phai docx")
    pg.locator("#par-a-files input[type=file]").set_input_files([str(p) for p in bad])
    pg.wait_for_function("document.querySelector('#par-a-files').innerText.includes('hong')")
    pg.click("#par-a-upload")
    pg.wait_for_function("document.querySelector('#par-a-log').innerText.includes('không nạp lại')")
    log = pg.inner_text("#par-a-log")
    assert log.count("Từ chối") == 2 and "README.md" in log and "hong.docx" in log
    assert sorted(p.name for p in corpus.iterdir()) == files0
    assert (index / "CURRENT").read_text().strip() == build0
    # a new plan: saved, re-indexed in a worker process, then in every filter of the main page
    new = index.parent / "ke-hoach-thu-nghiem.txt"
    new.write_text("KẾ HOẠCH\nCải cách hành chính huyện Thử Nghiệm năm 2027\nI. MỤC TIÊU\n"
                   "1. Phòng Nội vụ huyện chủ trì rà soát thủ tục hành chính, xong trước ngày 30/6/2027.\n", "utf-8")
    pg.goto(app_url + "/admin/", wait_until="load")
    pg.wait_for_selector("#par-a-docs")
    pg.locator("#par-a-files input[type=file]").set_input_files(str(new))
    pg.wait_for_function("document.querySelector('#par-a-files').innerText.includes('ke-hoach-thu-nghiem')")
    pg.click("#par-a-upload")
    pg.wait_for_function("document.querySelector('#par-a-log').innerText.includes('Xong sau')", timeout=600_000)
    assert (index / "CURRENT").read_text().strip() != build0
    assert "ke-hoach-thu-nghiem.txt" in pg.inner_text("#par-a-docs")
    _shot(pg, "admin-desktop", full=False)

    from assistant.lang.normalize import fold

    main = ctx.new_page()
    _open(main, app_url)
    main.get_by_text("Lọc theo văn bản / cấp / năm").click()
    main.locator("#par-f-doc input").click()
    options = [fold(o) for o in main.get_by_role("option").all_inner_texts()]
    assert any("thu nghiem" in o for o in options), options
    ctx.close()


def test_admin_detail_and_metadata_correction(browser, app_url, app_dirs):
    from assistant.ingest.catalogue import read_catalogue

    corpus, _ = app_dirs
    ctx = _context(browser)
    pg = ctx.new_page()
    _admin_login(pg, app_url)
    pg.locator("#par-a-pick input").click()
    pg.get_by_role("option").filter(has_text="004_").first.click()
    pg.wait_for_function("document.querySelector('#par-a-detail').innerText.includes('Báo cáo nạp tài liệu')")
    assert "Ingest đọc được" in pg.inner_text("#par-a-detail")
    pg.get_by_text("Sửa thông tin (ghi vào mục lục").click()
    title = pg.locator("#par-a-f-title textarea, #par-a-f-title input").first
    title.fill("Kế hoạch thực hiện Kết luận 90 (đã sửa tên)")
    pg.click("#par-a-save")
    pg.wait_for_function("document.querySelector('#par-a-log').innerText.includes('Xong sau')", timeout=600_000)
    entries = {e.file: e for e in read_catalogue(corpus)}
    assert entries["004_c88db6b99b330dc5.txt"].title == "Kế hoạch thực hiện Kết luận 90 (đã sửa tên)"
    assert "(đã sửa tên)" in pg.inner_text("#par-a-docs")
    ctx.close()


# ------------------------------------------------------------------ language, contrast, labels

CONTRAST = """() => {
  const parse = (s) => { const m = s && s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return {c: p.slice(0, 3), a: p.length > 3 ? p[3] : 1}; };
  const lum = (c) => { const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const background = (el) => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const st = getComputedStyle(e);
      let c = parse(st.backgroundColor);
      if ((!c || c.a === 0) && /gradient/.test(st.backgroundImage)) c = parse(st.backgroundImage);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let rgb = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) { const {c, a} = layers[i]; rgb = rgb.map((v, k) => c[k] * a + v * (1 - a)); }
    return rgb; };
  const bad = []; const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n;
  while ((n = walker.nextNode())) {
    if (!n.nodeValue.trim()) continue;
    const el = n.parentElement; if (!el || seen.has(el)) continue; seen.add(el);
    if (el.closest('[aria-hidden="true"], .visually-hidden, script, style, noscript, option')) continue;
    if (el.closest('button:disabled, input:disabled')) continue;
    const st = getComputedStyle(el); const r = el.getBoundingClientRect();
    if (st.visibility === 'hidden' || r.width < 2 || r.height < 2 || st.clip === 'rect(0px, 0px, 0px, 0px)') continue;
    let op = 1; for (let e = el; e; e = e.parentElement) op *= Number(getComputedStyle(e).opacity);
    if (op < 0.05) continue;
    const bg = background(el); const f = parse(st.color); const a = f.a * op;
    const fg = f.c.map((v, k) => v * a + bg[k] * (1 - a));
    const k = ratio(fg, bg);
    if (k < 4.5) bad.push(`${k.toFixed(2)} «${n.nodeValue.trim().slice(0, 40)}» ${el.tagName}.${el.className}`.slice(0, 160));
  }
  return bad; }"""

LABELS = """() => Array.from(document.querySelectorAll('input, textarea, select, button')).filter(e => {
    if (e.type === 'hidden' || e.closest('[aria-hidden="true"], .visually-hidden')) return false;
    const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  }).filter(e => {
    const text = (e.getAttribute('aria-label') || '') + (e.labels ? Array.from(e.labels).map(l => l.innerText).join('') : '')
      + (e.getAttribute('aria-labelledby') ? e.getAttribute('aria-labelledby').split(' ').map(i => (document.getElementById(i) || {}).innerText || '').join('') : '')
      + (e.tagName === 'BUTTON' ? e.innerText : '') + (e.getAttribute('title') || '');
    return !text.trim();
  }).map(e => e.outerHTML.slice(0, 160))"""


def _check_page(pg, where):
    assert pg.evaluate("document.documentElement.lang") == "vi", where
    bad = pg.evaluate(CONTRAST)
    assert not bad, f"{where}: contrast below 4.5:1: {bad[:8]}"
    unlabelled = pg.evaluate(LABELS)
    assert not unlabelled, f"{where}: inputs without a label: {unlabelled[:5]}"


def test_vietnamese_contrast_and_labels(browser, app_url):
    for is_phone in (False, True):  # the phone prefers a dark theme: the app stays in its tested light one
        ctx = _context(browser, phone=is_phone, scheme="dark" if is_phone else "light")
        pg = ctx.new_page()
        _open(pg, app_url)
        _ask(pg, "Giám đốc Sở Nội vụ tên là gì?")
        _ask(pg, "ai chu tri to chuc dieu tra xa hoi hoc?")
        pg.wait_for_timeout(500)
        _check_page(pg, "hỏi đáp")
        for name in ("Bảng nhiệm vụ", "Sắp đến hạn", "Tài liệu tập huấn"):
            _tab(pg, name)
            pg.wait_for_timeout(500)
            _check_page(pg, name)
        pg.goto(app_url + "/widget/", wait_until="load")
        pg.wait_for_selector("#par-w-question textarea")
        _check_page(pg, "widget")
        # Gradio's own strings are Vietnamese: the admin login page
        pg.goto(app_url + "/admin/", wait_until="load")
        pg.wait_for_selector("input[type=password]")
        pg.get_by_role("button", name="Đăng nhập").wait_for()
        assert "Login" not in pg.inner_text("body")
        _check_page(pg, "đăng nhập")
        ctx.close()


# ------------------------------------------------------------------ API and routes

def test_named_api_endpoints_through_gradio_client(app_url):
    from gradio_client import Client

    c = Client(app_url + "/", verbose=False)
    info = c.view_api(return_format="dict", print_info=False)
    assert set(info["named_endpoints"]) == {"/ask", "/tasks", "/briefing"}
    assert not info["unnamed_endpoints"]
    r = c.predict(question="ai chu tri to chuc dieu tra xa hoi hoc?", api_name="/ask")
    assert "Sở Nội vụ" in r["direct"] and r["citations"] and r["turn"]["question"]
    r2 = c.predict(question="còn cơ quan phối hợp?", history=[r["turn"]], api_name="/ask")
    assert r2["answer"]
    rows = c.predict(agency="Sở Tư pháp", api_name="/tasks")
    assert rows and all("Tư pháp" in x["chu_tri"] + x["phoi_hop"] for x in rows)
    b = c.predict(agency="Sở Nội vụ", role="lead", api_name="/briefing")
    assert b["tasks"] and all(t["role"] == "Chủ trì" for t in b["tasks"]) and b["docx_url"].startswith("/api/")
    w = Client(app_url + "/widget/", verbose=False).view_api(return_format="dict", print_info=False)
    assert not w["named_endpoints"] and not w["unnamed_endpoints"]


def test_widget_routes_and_frame_policy(app_url):
    r = urllib.request.urlopen(app_url + "/widget")  # no trailing slash: redirected, not 404
    assert r.status == 200 and r.url.endswith("/widget/")
    assert "frame-ancestors" in r.headers["Content-Security-Policy"]
    assert 'lang="vi"' in r.read().decode()
    r = urllib.request.urlopen(app_url + "/")
    assert r.headers["X-Frame-Options"] == "SAMEORIGIN"


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


def test_admin_upload_api_takes_no_server_paths(built_index, tmp_path):
    """A logged-in caller cannot make the server copy one of its files into the corpus."""
    from fastapi.testclient import TestClient

    from assistant.apps.web import admin
    from assistant.apps.web.server import build_app
    from assistant.ingest.loaders import LoadError

    s, _ = built_index
    secret = tmp_path / "bi-mat.txt"
    secret.write_text("Kế hoạch bí mật của máy chủ", "utf-8")
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    with TestClient(build_app(s.with_(corpus_dir=corpus, admin_user="quantri", admin_password="mat-khau-dai"))) as c:
        assert c.post("/admin/login", data={"username": "quantri", "password": "mat-khau-dai"}).status_code == 200
        info = c.get("/admin/gradio_api/info").json()
        assert not info["named_endpoints"] and not info["unnamed_endpoints"]  # admin events are not an API
    with pytest.raises(LoadError):
        admin.uploaded_bytes({"path": str(secret), "orig_name": "ke-hoach.txt"})
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in CORPUS.iterdir())
