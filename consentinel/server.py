"""A small static file server on loopback, for the bundled demo site and for tests.

The demo and the tests need real HTTP origins (cookies, CSP, frames behave differently on
file://). ``serve_directory`` binds 127.0.0.1 on a free port in a background thread; two calls
give two origins, which stand in for a first and a third party.

Given a ``Counter``, the server also counts GETs per path: how many times a page's document was
asked for is the page-load figure of a scan (every context or reload that loads a page asks for
its document once), used by the benchmark and the page-load budget test.

Example::

    with serve_directory(Path("site")) as base_url:
        page.goto(base_url + "/index.html")
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }

    def log_message(self, format: str, *args: object) -> None:
        return


class _CountingHandler(_QuietHandler):
    """Also counts GETs per path (query left out) into the server's ``counts``."""

    counts: ClassVar[Counter[str]]
    lock: ClassVar[threading.Lock]

    def do_GET(self) -> None:
        with self.lock:
            self.counts[urlsplit(self.path).path] += 1
        super().do_GET()


@contextmanager
def serve_directory(directory: Path | str, host: str = "127.0.0.1", port: int = 0,
                    counts: Counter[str] | None = None) -> Iterator[str]:
    """Serve ``directory`` over HTTP until the block exits; yields the base URL (no trailing /).

    ``counts``, when given, receives the number of GETs per path (``"/page.html"``).
    """
    handler_class: type[_QuietHandler] = _QuietHandler
    if counts is not None:
        own = {"counts": counts, "lock": threading.Lock()}
        handler_class = type("CountingHandler", (_CountingHandler,), own)
    handler = partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="consentinel-static", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
