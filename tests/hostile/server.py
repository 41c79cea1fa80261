"""An adversarial fixture server: one page (or one misbehaving response) per attack of issue 10.

A small threaded HTTP server on 127.0.0.1. Every page that renders carries the same consent
form with a pre-ticked marketing box, so "the true findings" of each page are known:
``preselected-consent`` on the box, whatever the page does to hide it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONSENT_FORM = """
<h1>Newsletter sign-up</h1>
<form onsubmit="return false">
  <label for="email">Email</label> <input id="email" type="email">
  <p><label><input type="checkbox" id="partners" name="partners" checked>
     I agree to share my data with partners for marketing</label></p>
  <button type="submit">Subscribe</button>
</form>
"""


def page(script: str = "", body: str = CONSENT_FORM, head: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>hostile</title>{head}"
            f"<script>{script}</script></head><body>{body}</body></html>")


# Every global and prototype our scripts used to rely on, patched to lie: no box is checked,
# nothing has a size, no element matches, and every JSON result claims "no findings".
PATCHES = """
JSON.stringify = () => '{}';
JSON.parse = () => ({});
window.getComputedStyle = () => ({display: 'none', visibility: 'hidden', opacity: '0',
                                   getPropertyValue: () => ''});
Element.prototype.getBoundingClientRect = () => ({x: 0, y: 0, width: 0, height: 0, top: 0, left: 0,
                                                  right: 0, bottom: 0});
Document.prototype.querySelectorAll = () => [];
Element.prototype.querySelectorAll = () => [];
Object.defineProperty(HTMLInputElement.prototype, 'checked', {get() { return false; }, set() {}});
Array.prototype.map = function () { return []; };
"""

# Calls every function reachable from window and document with made-up data, again and again:
# a binding or helper of ours, were one visible, would be fed forged clicks and times.
FORGER = """
const fake = {type: 'click', at: 0, name: 'consent', value: 'granted', time: 1, t: 1};
function forge() {
  const seen = new Set();
  for (const owner of [window, document]) {
    for (const name of Object.getOwnPropertyNames(owner)) {
      const skip = /^(alert|confirm|prompt|print|close|stop|open|forge|location|history)$/;
      if (seen.has(name) || skip.test(name)) continue;
      seen.add(name);
      let value;
      try { value = owner[name]; } catch (e) { continue; }
      if (typeof value !== 'function' || /^[A-Z]/.test(name) || /native code/.test(String(value))) continue;
      window.__forged = (window.__forged || 0) + 1;
      try { value.call(owner, fake, fake); } catch (e) { /* keep going */ }
    }
  }
}
setInterval(forge, 50);
"""

# A loop that never ends, started right after load: the page is busy before the audit begins.
SPIN_FOREVER = "addEventListener('load', () => setTimeout(() => { for (;;) {} }, 50));"
# A loop that comes back: every 20 ms the page spins for 3 s, during the audit too.
SPIN_REARMING = ("addEventListener('load', () => setInterval(() => { const end = Date.now() + 3000;"
                 " while (Date.now() < end) {} }, 20));")
DIALOG_LOOP = ("addEventListener('load', () => { for (let i = 0; i < 30; i++) alert('loop ' + i);"
               " confirm('really?'); prompt('name?'); });")
POPUPS = "addEventListener('load', () => { for (let i = 0; i < 3; i++) window.open('/clean?popup=' + i); });"
DOWNLOAD = ("addEventListener('load', () => { const a = document.createElement('a'); a.href = '/file.bin';"
            " a.download = 'x.bin'; document.body.append(a); a.click(); });")
BEFOREUNLOAD = "addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; });"
HUGE_DOM = ("addEventListener('DOMContentLoaded', () => { const f = document.createDocumentFragment();"
            " for (let i = 0; i < 20000; i++) { const d = document.createElement('div');"
            " d.textContent = 'row ' + i; f.append(d); } document.body.append(f); });")
DEEP_DOM = ("addEventListener('DOMContentLoaded', () => { let n = document.body;"
            " for (let i = 0; i < 3000; i++) { const d = document.createElement('div'); n.append(d); n = d; }"
            " n.textContent = 'deep'; });")
MUTATING = ("addEventListener('load', () => setInterval(() => { const d = document.createElement('p');"
            " d.textContent = Math.random(); document.body.append(d);"
            " const rows = document.body.children;"
            " if (rows.length > 200) rows[rows.length - 2].remove();"
            " }, 1));")
# A memory hog: ~800 MB more JavaScript heap every 10 ms until the renderer runs out of memory
# (V8's heap limit ends it long before the machine does): a crash the run must record and survive.
MEMORY_HOG = ("addEventListener('load', () => { const hoard = []; setInterval(() => {"
              " for (let i = 0; i < 100; i++) hoard.push(new Array(1e6).fill(i)); }, 10); });")
# Wording the checks must judge, as much as a page likes: 400 distinct notices that each bundle a
# grant with an action (bundled-consent), for the wording budget (consentinel.bounds) to stop.
WORDY = ("addEventListener('DOMContentLoaded', () => { const f = document.createDocumentFragment();"
         " for (let i = 0; i < 400; i++) { const p = document.createElement('p');"
         " p.textContent = 'By viewing your annual summary ' + i + ' you agree to share your data with our"
         " partners.'; f.append(p); } document.body.append(f); });")

PAGES: dict[str, str] = {
    "/clean": page(),
    "/patched": page(PATCHES),
    "/forger": page(FORGER),
    "/spin-before": page(SPIN_FOREVER),
    "/spin-during": page(SPIN_REARMING),
    "/dialogs": page(DIALOG_LOOP),
    "/popups": page(POPUPS),
    "/download": page(DOWNLOAD),
    "/beforeunload": page(BEFOREUNLOAD),
    "/huge-dom": page(HUGE_DOM),
    "/deep-dom": page(DEEP_DOM),
    "/mutating": page(MUTATING),
    "/memory-hog": page(MEMORY_HOG),
    "/wordy": page(WORDY),
}
MAX_NESTING = 40  # /self-nesting stops here only to keep the suite light on a shared CPU

HOSTILE_PAGES = ("/dialogs", "/popups", "/download", "/beforeunload", "/huge-dom", "/deep-dom", "/mutating",
                 "/self-nesting", "/memory-hog")
BROKEN_RESPONSES = ("/redirect-loop", "/hang", "/drip", "/undecodable")
HANG_SECONDS = 30  # how long /hang and /drip keep a connection (the client gives up far earlier)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # http.server's naming
        path = self.path.split("?")[0]
        try:
            if path in PAGES:
                self._send(200, PAGES[path].encode())
            elif path == "/self-nesting":  # a frame of itself, in itself, ...
                depth = int(self.path.partition("?d=")[2] or 0)
                child = f"<iframe src='/self-nesting?d={depth + 1}'></iframe>" if depth < MAX_NESTING else ""
                self._send(200, page(body=CONSENT_FORM + child).encode())
            elif path == "/file.bin":
                self._send(200, b"\0" * 1024, "application/octet-stream",
                           Content_Disposition="attachment; filename=x.bin")
            elif path == "/redirect-loop":
                self.send_response(302)
                self.send_header("Location", "/redirect-loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/hang":
                time.sleep(HANG_SECONDS)
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(HANG_SECONDS * 2):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.5)
            elif path == "/undecodable":
                self._send(200, b"\x1f\x8b not gzip at all \xff\xfe", Content_Encoding="gzip")
            else:
                self._send(404, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser gave up on us, as it should


@contextmanager
def serve_hostile() -> Iterator[str]:
    """``http://127.0.0.1:<port>`` serving :data:`PAGES` and the broken responses until exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
