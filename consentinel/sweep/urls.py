"""The URL list of a sweep: reading it from a file, normalising, and taking one shard of it.

A URL file is either plain text (one URL a line, ``#`` comments and blank lines ignored) or CSV
with a ``url`` column (a header line naming ``url`` makes it CSV). A bad line is one error,
``file:line: reason``, so a 10,000-line list is fixed in one pass, before any browser starts.

Shards are chosen by a stable hash of the *normalised* URL, never by position: adding a URL to
the list moves no other URL to another shard, and ``--shard 1/3`` on three machines with the
same list covers it exactly once.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("http", "https", "file")
DEFAULT_PORTS = {"http": 80, "https": 443}


class UrlListError(ValueError):
    """Problems in a URL file; ``errors`` holds one ``file:line: reason`` per bad line."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = list(errors)


def url_problem(url: str, *, allow_file: bool = True) -> str | None:
    """Why ``url`` cannot be scanned (no scheme, not http(s)/file, no host, a file: URL where
    ``allow_file`` is off), or None. The one URL rule of the command line and URL files."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in URL_SCHEMES:
        if not scheme and "." in url.split("/")[0]:
            return f"'{url}' has no scheme; did you mean https://{url} ?"
        return f"'{url}' must be an http(s) or file URL"
    if scheme != "file" and not parts.hostname:
        return f"'{url}' has no host"
    if scheme == "file" and not allow_file:
        return f"'{url}' is a file: URL, which reads this machine's files; pass --allow-file-urls to allow it"
    return None


def normalise_url(url: str) -> str:
    """The URL's identity in a sweep: lower-case scheme and host, default port and fragment dropped.

    The path and query are kept as written (``/a`` and ``/A`` are different pages on most
    servers); an empty path becomes ``/`` (``https://x.org`` and ``https://x.org/`` are one page).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host
    if parts.port is not None and DEFAULT_PORTS.get(scheme) != parts.port:
        netloc = f"{host}:{parts.port}"
    if parts.username or parts.password:
        credentials = parts.username or ""
        if parts.password:
            credentials += f":{parts.password}"
        netloc = f"{credentials}@{netloc}"
    path = parts.path or ("/" if scheme != "file" else "")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def url_key(url: str) -> str:
    """A short stable id of a URL (hex SHA-256 of its normalised form): store key, folder name."""
    return hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based, as written on the command line: ``--shard 2/4``)."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """``"i/N"`` with 1 <= i <= N; ValueError with a one-line reason otherwise."""
        left, sep, right = text.partition("/")
        try:
            if not sep:
                raise ValueError
            index, count = int(left), int(right)
        except ValueError:
            raise ValueError(f"--shard '{text}' must look like i/N, e.g. 1/4") from None
        if count < 1 or not 1 <= index <= count:
            raise ValueError(f"--shard '{text}': i must be between 1 and N (N >= 1)")
        return cls(index, count)

    def holds(self, url: str) -> bool:
        """Whether ``url`` belongs to this shard (a stable hash of the normalised URL)."""
        digest = hashlib.sha256(normalise_url(url).encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def take(self, urls: Iterable[str]) -> list[str]:
        return [url for url in urls if self.holds(url)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def unique_urls(urls: Iterable[str]) -> list[str]:
    """``urls`` without repeats of the same normalised URL (the first spelling is kept)."""
    seen: set[str] = set()
    out: list[str] = []
    for url in urls:
        key = normalise_url(url)
        if key not in seen:
            seen.add(key)
            out.append(url)
    return out


def parse_url_lines(text: str, source: str) -> list[str]:
    """URLs from a file's text (plain or CSV, see the module docstring); raises UrlListError."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    is_csv = "url" in [cell.strip().lower() for cell in next(csv.reader([first]), [])] and "://" not in first
    urls: list[str] = []
    errors: list[str] = []
    for number, value in (_csv_values(text) if is_csv else _plain_values(lines)):
        problem = url_problem(value) if value else "no value in the url column"
        if problem:
            errors.append(f"{source}:{number}: {problem}")
        else:
            urls.append(value)
    if errors:
        raise UrlListError(errors)
    return urls


def _plain_values(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line that is not blank or a comment."""
    for number, line in enumerate(lines, start=1):
        value = line.strip()
        if value and not value.startswith("#"):
            yield number, value


def _csv_values(text: str) -> Iterator[tuple[int, str]]:
    """(line number, url cell) of each CSV row after the header (blank and ``#`` rows skipped)."""
    reader = csv.reader(io.StringIO(text))
    column: int | None = None
    for row in reader:
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if column is None:
            column = [cell.strip().lower() for cell in row].index("url")
            continue
        yield reader.line_num, row[column].strip() if column < len(row) else ""


def read_url_file(path: Path) -> list[str]:
    """The URLs of a URL file, in file order; UrlListError (file:line) for bad lines or no URLs."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UrlListError([f"{path}: cannot read the URL file ({exc})"]) from None
    urls = parse_url_lines(text, str(path))
    if not urls:
        raise UrlListError([f"{path}: no URLs in the file"])
    return urls


__all__ = [
    "Shard",
    "UrlListError",
    "normalise_url",
    "parse_url_lines",
    "read_url_file",
    "unique_urls",
    "url_key",
    "url_problem",
]
