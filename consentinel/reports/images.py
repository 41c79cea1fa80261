"""Screenshots into a self-contained report: a PNG file read and turned into a ``data:`` URI.

One helper for every picture report.html shows (a step's annotated screenshot, the before and
after screenshots of a behavioural check's action), so each is checked the same way: a real
PNG, inside the report folder (a path from a re-audited snapshot cannot pull in another file),
and the reason said when it cannot be shown.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(slots=True)
class EmbeddedImage:
    """A PNG as a ``data:`` URI (``uri`` None when it cannot be shown; ``note`` says why)."""

    uri: str | None
    size: tuple[int, int] | None = None  # width, height in pixels
    note: str = ""
    sha256: str | None = None  # of the bytes embedded (read once: the report hashes what it shows)
    bytes: int | None = None


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk, or ``None`` if ``data`` is not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def embed_png(out_dir: Path, rel: str) -> EmbeddedImage:
    """The PNG at ``out_dir / rel`` as a ``data:`` URI, or why it is not shown."""
    root = Path(out_dir).resolve()
    path = (root / rel).resolve()
    if not path.is_relative_to(root):
        return EmbeddedImage(None, note="screenshot path is outside the report folder; not embedded")
    try:
        data = path.read_bytes()
    except OSError:
        return EmbeddedImage(None, note="screenshot file missing or unreadable")
    size = png_size(data)
    if size is None:
        return EmbeddedImage(None, note="screenshot is not a PNG file; not embedded")
    return EmbeddedImage("data:image/png;base64," + base64.b64encode(data).decode("ascii"), size,
                         sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))


__all__ = ["PNG_SIGNATURE", "EmbeddedImage", "embed_png", "png_size"]
