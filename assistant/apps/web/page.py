"""What every page of the app carries besides Gradio's components: ``<html lang="vi">``, Vietnamese for Gradio's
own strings, the styles (readable, contrast ≥ 4.5:1, a card list on a phone) and the small page script that
opens an answer's own sources and brings a new answer into view.

``PageMiddleware`` writes these into the HTML pages Gradio serves (main app, widget, admin and its login page),
so the language is right before any script runs.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.apps.web.i18n import LITERALS, VI

# Colours: text #1f2937 on white is 14.7:1; links #1d4ed8 7.0:1; primary buttons white on #1d4ed8 7.0:1;
# secondary buttons #111827 on #e5e7eb 14.7:1; notes #7c2d12 on #fff7ed 8.9:1; muted text #4b5563 7.6:1.
THEME = """
:root:root, .gradio-container.gradio-container {
  --button-primary-background-fill: #1d4ed8; --button-primary-background-fill-hover: #1e40af;
  --button-primary-text-color: #ffffff; --button-primary-text-color-hover: #ffffff;
  --button-primary-border-color: #1d4ed8;
  --button-secondary-background-fill: #e5e7eb; --button-secondary-background-fill-hover: #d1d5db;
  --button-secondary-text-color: #111827; --button-secondary-text-color-hover: #111827;
  --body-text-color-subdued: #4b5563; --block-info-text-color: #4b5563; --input-placeholder-color: #6b7280;
  --link-text-color: #1d4ed8; --color-accent: #1d4ed8; --color-accent-soft: #dbeafe;
  --checkbox-label-text-color: #1f2937; --block-label-text-color: #1f2937; --block-title-text-color: #1f2937;
}
/* fonts with every Vietnamese glyph on the machine (Gradio's web font is not fetched: no network at run time) */
:root:root, .gradio-container.gradio-container, .gradio-container * {
  --font: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, system-ui, sans-serif; }
body, .gradio-container { font-family: var(--font); }
"""
CSS = THEME + """
.gradio-container { font-size: 16px; }
.par-answer { line-height: 1.5; }
/* Gradio's panel layout dims bot messages (opacity .8): answers stay at full contrast */
.par-chat .message-row .prose, .par-chat .message-row .md { opacity: 1 !important; }
.par-answer .par-direct { font-size: 1.04em; margin: 0 0 6px; }
.par-answer .par-note { background:#fff7ed; color:#7c2d12; padding:4px 8px; border-radius:6px; margin:4px 0; }
.par-answer details.par-more > summary, .par-answer details.par-ctx > summary, details.par-row-src > summary {
  cursor:pointer; color:#1d4ed8; font-weight:600; }
.par-answer .par-body { margin: 6px 0; }
.par-answer mark, .par-panel mark { background:#fff3a3; color:#111827; }
.par-abstained .par-direct { color:#7c2d12; }
.par-sources { padding-left: 1.2em; margin: 6px 0; }
.par-sources .par-src { margin: 4px 0 8px; scroll-margin-top: 60px; }
.par-sources .par-src.par-active { outline: 2px solid #1d4ed8; outline-offset: 2px; border-radius: 4px; }
.par-sources blockquote { margin:4px 0 4px 8px; padding-left:8px; border-left:3px solid #cbd5e1; color:#1f2937;
  font-size:0.95em; }
a.par-cite { color:#1d4ed8; font-weight:600; text-decoration:underline; cursor:pointer; }
.par-panel .par-context { color:#4b5563; }
.par-path { color:#374151; font-style:italic; margin-bottom:6px; }
.par-panel-title { font-weight:700; margin-bottom:2px; }
.par-panel-head { font-size:1em; font-weight:700; margin:0 0 6px; color:#1f2937; }
.par-panel-from { color:#374151; font-size:0.9em; margin-bottom:4px; }
.par-pending { color:#374151; font-style:italic; }
.par-error { color:#7f1d1d; background:#fef2f2; padding:8px; border-radius:6px; }
.par-related ul { margin: 4px 0 0 1.2em; }
#par-panel-box { max-height: 70vh; overflow-y: auto; }
/* the task table: key columns first, readable and wrapped; cards on a phone */
.par-tasks-wrap { width:100%; }
table.par-table { width:100%; border-collapse:collapse; table-layout:fixed; font-family:inherit; font-size:0.95em; }
table.par-table th, table.par-table td { border:1px solid #d1d5db; padding:6px 8px; vertical-align:top; text-align:left;
  overflow-wrap:anywhere; word-break:normal; white-space:normal; color:#1f2937; }
table.par-table th { background:#f3f4f6; font-weight:700; position:sticky; top:0; }
table.par-table th:nth-child(1) { width:34%; } table.par-table th:nth-child(2) { width:17%; }
table.par-table th:nth-child(3) { width:20%; } table.par-table th:nth-child(4) { width:12%; }
table.par-table th:nth-child(5) { width:17%; }
table.par-table blockquote { margin:4px 0; padding-left:6px; border-left:3px solid #cbd5e1; }
.par-role { display:inline-block; background:#dbeafe; color:#1e3a8a; border-radius:4px; padding:0 6px; font-size:0.85em;
  font-weight:700; margin-right:4px; }
.par-sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.par-due-group h3 { margin: 12px 0 4px; }
.par-due-list { list-style:none; padding-left:0; margin:0; }
.par-due-list li { padding:6px 0; border-bottom:1px solid #e5e7eb; }
.par-due-date { font-weight:700; color:#1e3a8a; margin-right:6px; }
.par-due-meta { color:#374151; font-size:0.92em; }
.par-fb-row { align-items: end; }
.par-grid, .par-grid * { font-family: var(--font) !important; }
table.par-meta th { width: 30%; background:#f9fafb; }
a.par-btn { display:inline-block; background:#1d4ed8; color:#ffffff !important; padding:8px 14px; border-radius:8px;
  text-decoration:none; font-weight:600; margin:4px 8px 4px 0; }
a.par-btn:hover, a.par-btn:focus { background:#1e40af; }
.par-dl { margin: 4px 0; }
@media (max-width: 640px) {
  #par-side { display:none !important; }
  #par-chat { height: 70vh !important; }
  table.par-table, table.par-table tbody, table.par-table tr, table.par-table td { display:block; width:100% !important; }
  table.par-table thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
  table.par-table tr { border:1px solid #d1d5db; border-radius:8px; margin:0 0 10px; padding:6px 8px; }
  table.par-table td { border:0; padding:2px 0; }
  table.par-table td::before { content: attr(data-label) ": "; font-weight:700; color:#374151; }
  table.par-table td.par-c-act::before { content: ""; }
  table.par-table td.par-c-act { font-weight:600; }
  .par-sources { padding-left: 1em; }
}
"""

_SCRIPT = r"""
(() => {
  const VI = __VI__;
  const LITERALS = __LITERALS__;
  const CORE = __CORE__;
  const html = document.documentElement;
  html.setAttribute('lang', 'vi');

  // ---- Gradio's locale: register Vietnamese and keep the locale on "vi" (Gradio resets it to a shipped one)
  (async () => {
    let core = null;
    if (CORE) {
      try {
        const entry = document.querySelector('script[type="module"][src*="assets/index-"]');
        const url = entry ? new URL(CORE, entry.src) : new URL('assets/' + CORE, document.baseURI);
        core = await import(url.href);
      } catch (e) { core = null; }
    }
    const force = () => {
      if (html.getAttribute('lang') === 'vi') return;
      if (core && core.changeLocale) { try { core.changeLocale('vi'); } catch (e) {} }
      if (html.getAttribute('lang') !== 'vi') html.setAttribute('lang', 'vi');
    };
    if (core && core.setupi18n) { try { await core.setupi18n({vi: VI}); } catch (e) {} }
    if (core && core.changeLocale) { try { core.changeLocale('vi'); } catch (e) {} }
    force();
    new MutationObserver(force).observe(html, {attributes: true, attributeFilter: ['lang']});
  })();

  // ---- strings Gradio writes without a translation key
  const translate = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const t = n.nodeValue.trim();
      if (t && Object.prototype.hasOwnProperty.call(LITERALS, t)) n.nodeValue = n.nodeValue.replace(t, LITERALS[t]);
    }
    if (root.querySelectorAll) root.querySelectorAll('[aria-label]').forEach((b) => {
      const t = b.getAttribute('aria-label');
      if (Object.prototype.hasOwnProperty.call(LITERALS, t)) b.setAttribute('aria-label', LITERALS[t]);
    });
  };
  const translateLabels = (root) => {
    root.querySelectorAll('[aria-label]').forEach((b) => {
      const t = b.getAttribute('aria-label');
      if (Object.prototype.hasOwnProperty.call(LITERALS, t)) b.setAttribute('aria-label', LITERALS[t]);
    });
  };
  const watchToasts = () => {
    new MutationObserver((muts) => {
      for (const m of muts) for (const node of m.addedNodes) {
        const el = node.nodeType === 1 ? node : node.parentElement;
        if (el && el.closest && el.closest('.toast-wrap, [data-testid="toast-body"], .toast-body')) translate(el);
        else if (el && el.querySelector && el.querySelector('[data-testid="toast-body"]')) translate(el);
        else if (el && el.querySelectorAll) translateLabels(el);
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: false});
  };

  // ---- an answer's [n] opens that answer's source n: in the side panel on a wide screen, under the answer on a phone
  const sidePanel = () => {
    const p = document.getElementById('par-panel-body');
    return p && p.offsetParent !== null ? p : null;
  };
  // (Gradio's sanitizer keeps ids and links, not data-* attributes: an answer is #par-t<turn>, its source n is
  // #par-t<turn>-s<n>, and a marker links to it)
  const turnOf = (answer) => Number((answer.id || '').replace('par-t', ''));
  const openSource = (answer, n, scroll) => {
    if (!answer) return;
    const li = document.getElementById(answer.id + '-s' + n);
    if (!li) return;
    const more = answer.querySelector('details.par-more');
    if (more) more.open = true;
    document.querySelectorAll('.par-src.par-active').forEach((x) => x.classList.remove('par-active'));
    li.classList.add('par-active');
    const ctx = li.querySelector('details.par-ctx');
    const panel = sidePanel();
    if (panel && ctx) {
      const content = ctx.querySelector('.par-panel');
      panel.replaceChildren();
      const head = document.createElement('div');
      head.className = 'par-panel-from';
      head.textContent = 'Nguồn [' + n + '] của câu trả lời thứ ' + (turnOf(answer) + 1);
      panel.appendChild(head);
      if (content) panel.appendChild(content.cloneNode(true));
      panel.dataset.turn = String(turnOf(answer)); panel.dataset.n = String(n);
      if (scroll) li.scrollIntoView({block: 'nearest'});
    } else if (ctx) {  // a phone: the source opens right under the answer, and comes into view
      ctx.open = true;
      if (scroll) requestAnimationFrame(() => reveal(ctx));
    } else if (scroll) {
      li.scrollIntoView({block: 'nearest'});
    }
  };
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a.par-cite');
    if (!a) return;
    e.preventDefault();
    const m = (a.getAttribute('href') || '').match(/^#(par-t\d+)-s(\d+)$/);
    if (m) openSource(document.getElementById(m[1]), m[2], true);
  });

  // ---- a new answer: bring its start into view (the chat box and the page), show its first source
  const scrollParent = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/(auto|scroll)/.test(s.overflowY) && p.scrollHeight > p.clientHeight + 2) return p;
    }
    return null;
  };
  const reveal = (el) => {
    const box = scrollParent(el);
    if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.top > window.innerHeight * 0.5) window.scrollBy(0, r.top - 8);
  };
  let lastTurn = -1;
  const onChat = () => {
    const answers = document.querySelectorAll('.par-chat .par-answer[id^="par-t"]');
    let newest = null, max = -1;
    answers.forEach((a) => { const t = turnOf(a); if (t > max) { max = t; newest = a; } });
    if (max < lastTurn) lastTurn = max;  // a new conversation
    if (newest && max > lastTurn) {
      lastTurn = max;
      // the start of the new turn: its question, then the answer (both in view on a phone)
      const row = newest.closest('.message-row');
      let q = row ? row.previousElementSibling : null;
      while (q && !(q.classList && q.classList.contains('user-row'))) q = q.previousElementSibling;
      const target = q && newest.getBoundingClientRect().top - q.getBoundingClientRect().top < window.innerHeight * 0.35
        ? q : newest;
      const go = () => { reveal(target); if (sidePanel()) openSource(newest, 1, false); };
      requestAnimationFrame(go);
      setTimeout(() => { if (target.isConnected) reveal(target); }, 350);
      nameMessages();
    }
  };
  // Gradio labels each message with its raw HTML ("bot's message: <div …"): give screen readers a plain name
  const nameMessages = () => {
    document.querySelectorAll('[aria-label^="bot\'s message"], [aria-label^="user\'s message"]').forEach((m) => {
      m.setAttribute('aria-label', m.getAttribute('aria-label').startsWith('bot') ? 'Câu trả lời' : 'Câu hỏi');
    });
  };
  const start = () => {
    watchToasts();
    translate(document.body);
    new MutationObserver(() => { onChat(); nameMessages(); }).observe(document.body, {childList: true, subtree: true});
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
"""


@lru_cache(maxsize=1)
def core_asset() -> str:
    """The file name of Gradio's frontend module that exports ``setupi18n`` and ``changeLocale``, or ''."""
    import gradio

    assets = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
    for p in sorted(assets.glob("core-*.js")):
        try:
            text = p.read_text("utf-8", errors="ignore")
        except OSError:
            continue
        if "as changeLocale" in text and "as setupi18n" in text:
            return p.name
    return ""


@lru_cache(maxsize=1)
def head_html() -> str:
    script = (_SCRIPT.replace("__VI__", json.dumps(VI, ensure_ascii=False))
              .replace("__LITERALS__", json.dumps(LITERALS, ensure_ascii=False))
              .replace("__CORE__", json.dumps(core_asset())))
    # one light theme whatever the system prefers: the colours above are chosen (and tested) for it
    # (and the colour variables on every page, the login page too, which gets no app CSS from Gradio)
    style = ("<style>@media (prefers-color-scheme: dark) { body { background: #ffffff; color: #1f2937; } }"
             + THEME + "</style>")
    return f'{style}<script type="module" data-par-page>{script}</script>'


_HTML_LANG = re.compile(rb"<html(\s[^>]*?)?\slang=\"[^\"]*\"", re.S)


def rewrite(body: bytes) -> bytes:
    """``<html lang="vi">``, the light theme and the page script in an HTML page."""
    if b"</head>" not in body or b"data-par-page" in body:
        return body
    if _HTML_LANG.search(body):
        body = _HTML_LANG.sub(lambda m: b"<html" + (m.group(1) or b"") + b' lang="vi"', body, count=1)
    else:
        body = body.replace(b"<html", b'<html lang="vi"', 1)
    body = body.replace(b"<gradio-app", b'<gradio-app theme_mode="light"', 1)
    return body.replace(b"</head>", head_html().encode("utf-8") + b"</head>", 1)


class PageMiddleware:
    """ASGI middleware: rewrites the HTML pages (only those; everything else streams through untouched)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET":
            return await self.app(scope, receive, send)
        start: dict = {}
        chunks: list[bytes] = []
        is_html = False

        async def wrapped(message):
            nonlocal is_html
            if message["type"] == "http.response.start":
                headers = dict((k.lower(), v) for k, v in message.get("headers", []))
                is_html = headers.get(b"content-type", b"").startswith(b"text/html")
                if not is_html:
                    return await send(message)
                start.update(message)
                return
            if message["type"] == "http.response.body" and is_html:
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = rewrite(b"".join(chunks))
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
                return await send({"type": "http.response.body", "body": body})
            return await send(message)

        await self.app(scope, receive, wrapped)
