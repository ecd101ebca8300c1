"""Capture docs/screenshots/*.png (desktop 1366 px and phone 390 px) from a running app.

    python app.py --port 7871 &   python scripts/screenshots.py http://127.0.0.1:7871 [demo-page-url]

With PAR_ADMIN_USER / PAR_ADMIN_PASSWORD set (the app's), the admin page is captured too.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
WAIT = 180_000


def tab(pg, name: str) -> None:
    t = pg.get_by_role("tab", name=name)
    if t.count() and t.first.is_visible():
        t.first.click()
    else:  # on a phone the last tabs sit in the overflow menu
        pg.locator(".overflow-menu > button").click()
        pg.locator(".overflow-dropdown button", has_text=name).click()


def ask(pg, question: str, prefix: str = "par") -> None:
    sel = "#par-chat" if prefix == "par" else "#par-w-chat"
    n = pg.locator(f"{sel} .par-answer").count()
    pg.fill(f"#{prefix}-question textarea" if prefix == "par" else "#par-w-question textarea", question)
    pg.click("#par-send" if prefix == "par" else "#par-w-send")
    pg.wait_for_function(f"document.querySelectorAll('{sel} .par-answer').length > {n}", timeout=WAIT)
    pg.wait_for_timeout(900)


def pick(pg, elem_id: str, option: str) -> None:
    pg.locator(f"#{elem_id} input").fill(option)
    pg.get_by_role("option", name=option, exact=True).click()


def main(url: str, demo: str | None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size, vp in SIZES.items():
            phone = size == "phone"
            ctx = b.new_context(viewport=vp, is_mobile=phone, has_touch=phone)
            ctx.set_default_timeout(WAIT)
            pg = ctx.new_page()
            pg.goto(url + "/", wait_until="load")
            pg.wait_for_selector("#par-question textarea")
            ask(pg, "ai chu tri to chuc dieu tra xa hoi hoc?")
            ask(pg, "Đoàn kiểm tra CCHC năm 2024 gồm những thành phần nào?")
            pg.screenshot(path=OUT / f"chat-{size}.png")
            if not phone:
                pg.locator("#par-chat .par-answer").first.locator("a.par-cite").first.click()
                pg.wait_for_timeout(500)
                pg.locator("#par-panel-box").screenshot(path=OUT / f"citation-{size}.png")
            else:
                ans = pg.locator("#par-chat .par-answer").last
                ans.locator("a.par-cite").first.click()
                pg.wait_for_timeout(800)
                pg.screenshot(path=OUT / f"citation-{size}.png")
            tab(pg, "Bảng nhiệm vụ")
            pick(pg, "par-t-agency", "Sở Nội vụ")
            pg.wait_for_timeout(2000)
            if phone:  # the cards, not only the filters above them
                pg.evaluate("document.querySelector('#par-t-count').scrollIntoView({block: 'start'})")
            pg.screenshot(path=OUT / f"tasks-{size}.png")
            tab(pg, "Sắp đến hạn")
            box = pg.locator("#par-d-start input, #par-d-start textarea").first
            box.fill("01/12/2024")  # most plan tasks are due "Trong năm": by 31/12
            box.press("Enter")
            pg.wait_for_timeout(2000)
            if phone:
                pg.evaluate("document.querySelector('#par-d-downloads').scrollIntoView({block: 'start'})")
            pg.screenshot(path=OUT / f"deadlines-{size}.png")
            tab(pg, "Tài liệu tập huấn")
            pick(pg, "par-b-agency", "Sở Nội vụ")
            pg.click("#par-b-make")
            pg.wait_for_selector("#par-b-downloads a")
            pg.wait_for_timeout(800)
            if phone:  # the download buttons above the preview
                pg.evaluate("document.querySelector('#par-b-make').scrollIntoView({block: 'start'})")
            pg.screenshot(path=OUT / f"briefing-{size}.png")
            target = f"{demo}?widget={url}/widget/" if demo else url + "/widget/"
            pg.goto(target, wait_until="load")
            frame = pg.frame_locator("#par-widget") if demo else pg
            frame.locator("#par-w-question textarea").fill("TTHC nội bộ cắt giảm bao nhiêu %?")
            frame.locator("#par-w-send").click()
            frame.locator("#par-w-chat .par-answer").wait_for()
            pg.wait_for_timeout(900)
            pg.screenshot(path=OUT / f"widget-{size}.png")
            user, password = os.environ.get("PAR_ADMIN_USER"), os.environ.get("PAR_ADMIN_PASSWORD")
            if user and password and not phone:
                pg.goto(url + "/admin/", wait_until="load")
                pg.wait_for_selector("input[type=password]")
                pg.screenshot(path=OUT / "login-desktop.png")
                pg.locator("input[type=text], input:not([type])").first.fill(user)
                pg.fill("input[type=password]", password)
                pg.get_by_role("button", name="Đăng nhập").click()
                pg.wait_for_selector("#par-a-docs")
                pg.locator("#par-a-pick input").click()
                pg.get_by_role("option").first.click()
                pg.wait_for_timeout(1500)
                pg.screenshot(path=OUT / "admin-desktop.png")
            ctx.close()
        b.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
