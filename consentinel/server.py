"""A small static file server on loopback, for the bundled demo site and for tests.

The demo and the tests need real HTTP origins (cookies, CSP, frames behave differently on
file://). ``serve_directory`` binds 127.0.0.1 on a free port in a background thread; two calls
give two origins, which stand in for a first and a third party.

Example::

    with serve_directory(Path("site")) as base_url:
        page.goto(base_url + "/index.html")
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar


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


@contextmanager
def serve_directory(directory: Path | str, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``directory`` over HTTP until the block exits; yields the base URL (no trailing /)."""
    handler = partial(_QuietHandler, directory=str(directory))
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
