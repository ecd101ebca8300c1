"""Capture docs/screenshots/*.png (desktop and phone) from a running app.

    python app.py --port 7871 &   python scripts/screenshots.py http://127.0.0.1:7871 [demo-page-url]
"""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main(url: str, demo: str | None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size, vp in SIZES.items():
            pg = b.new_context(viewport=vp).new_page()
            pg.goto(url + "/", wait_until="load")
            pg.wait_for_selector("#par-question textarea", timeout=60000)
            pg.fill("#par-question textarea", "ai chu tri to chuc dieu tra xa hoi hoc?")
            pg.click("#par-send")
            pg.wait_for_selector("#par-chat .par-answer", timeout=60000)
            pg.wait_for_selector("#par-panel mark", timeout=20000)
            pg.screenshot(path=OUT / f"chat-{size}.png", full_page=True)
            pg.locator("#par-panel").screenshot(path=OUT / f"citation-{size}.png")
            pg.get_by_role("tab", name="Bảng nhiệm vụ").click()
            pg.locator("#par-t-agency input").fill("Sở Nội vụ")
            pg.get_by_role("option", name="Sở Nội vụ", exact=True).click()
            pg.wait_for_timeout(2500)
            pg.screenshot(path=OUT / f"tasks-{size}.png", full_page=True)
            pg.get_by_role("tab", name="Tài liệu tập huấn").click()
            pg.locator("#par-b-agency input").fill("Sở Nội vụ")
            pg.get_by_role("option", name="Sở Nội vụ", exact=True).click()
            pg.click("#par-b-make")
            pg.wait_for_selector("#par-b-docx", state="visible", timeout=60000)
            pg.screenshot(path=OUT / f"briefing-{size}.png", full_page=True)
            target = f"{demo}?widget={url}/widget/" if demo else url + "/widget/"
            pg.goto(target, wait_until="load")
            frame = pg.frame_locator("#par-widget") if demo else pg
            frame.locator("#par-w-question textarea").fill("TTHC nội bộ cắt giảm bao nhiêu %?")
            frame.locator("#par-w-send").click()
            frame.locator("#par-w-answer .par-answer").wait_for(timeout=60000)
            pg.screenshot(path=OUT / f"widget-{size}.png", full_page=True)
        b.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
