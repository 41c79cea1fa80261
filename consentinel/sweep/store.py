"""The sweep's store: an SQLite database in the run folder, written by the driver only.

Schema (query it with ``sqlite3 reports/<run>/sweep.sqlite``)::

    meta(key TEXT PRIMARY KEY, value TEXT)           -- run settings, tool version
    pages(url_key TEXT PRIMARY KEY,                  -- 16 hex digits of SHA-256(normalised URL)
          url TEXT, normalised_url TEXT,
          status TEXT,                               -- 'ok' | 'error'
          error TEXT, error_kind TEXT,               -- e.g. 'ERR_CONNECTION_REFUSED', 'timeout'
          cmp TEXT,                                  -- known-CMP rule matched on the prompt
          prompt_found INTEGER,                      -- 1/0, NULL when not explored
          findings INTEGER, failing INTEGER,         -- all findings; those failing --fail-on
          started_at TEXT, duration_ms REAL, worker TEXT,
          artefacts TEXT,                            -- 'pages/<url_key>' in the run folder
          browser TEXT, journey_json TEXT)           -- the full journey result (JSON)
    findings(url_key TEXT, position INTEGER,         -- order within the page's scan
             check_id TEXT, impact TEXT, outcome TEXT, step TEXT,
             selector TEXT, text TEXT, message TEXT, url TEXT,
             PRIMARY KEY (url_key, position))

For example, pages with a reject-missing violation by CMP::

    SELECT p.cmp, count(*) FROM findings f JOIN pages p USING (url_key)
    WHERE f.check_id = 'reject-missing' GROUP BY p.cmp;

One row per URL: a URL's row and its findings are written in one transaction, so a run killed
at any moment holds whole pages only, and ``--resume`` skips exactly the URLs with a row. The
database runs in WAL mode so users can read it while a sweep writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from consentinel.sweep.record import FINDING_FIELDS

STORE_NAME = "sweep.sqlite"
JSONL_NAME = "pages.jsonl"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url_key TEXT PRIMARY KEY, url TEXT NOT NULL, normalised_url TEXT NOT NULL,
    status TEXT NOT NULL, error TEXT, error_kind TEXT, cmp TEXT, prompt_found INTEGER,
    findings INTEGER NOT NULL, failing INTEGER NOT NULL, started_at TEXT, duration_ms REAL,
    worker TEXT, artefacts TEXT, browser TEXT, journey_json TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    url_key TEXT NOT NULL REFERENCES pages(url_key), position INTEGER NOT NULL,
    check_id TEXT, impact TEXT, outcome TEXT, step TEXT, selector TEXT, text TEXT, message TEXT,
    url TEXT, PRIMARY KEY (url_key, position)
);
CREATE INDEX IF NOT EXISTS findings_check ON findings(check_id);
"""

PAGE_COLUMNS = ("url_key", "url", "normalised_url", "status", "error", "error_kind", "cmp",
                "prompt_found", "findings", "failing", "started_at", "duration_ms", "worker",
                "artefacts", "browser", "journey_json")
# Columns that depend on when and where a page ran, not on what it showed.
RUN_DEPENDENT = ("started_at", "duration_ms", "worker", "browser", "journey_json")
_FINDING_COLUMNS = ("check_id", "impact", "outcome", "step", "selector", "text", "message", "url")


class Store:
    """The run's SQLite store; ``add`` commits one page (and its findings) at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self.db.commit()

    @classmethod
    def in_folder(cls, folder: Path) -> Store:
        return cls(folder / STORE_NAME)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing ------------------------------------------------------------------------------

    def set_meta(self, values: dict[str, str]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(values.items()))

    def add(self, record: dict[str, Any]) -> None:
        """Store one page record (replacing an earlier row of the same URL) in one transaction."""
        page = dict(record)
        findings = page.pop("findings")
        page["findings"] = len(findings)
        page["journey_json"] = json.dumps(page.pop("journey"), sort_keys=True, ensure_ascii=False)
        if page["prompt_found"] is not None:
            page["prompt_found"] = int(page["prompt_found"])
        with self.db:
            self.db.execute("DELETE FROM findings WHERE url_key = ?", (page["url_key"],))
            self.db.execute(f"INSERT OR REPLACE INTO pages ({', '.join(PAGE_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(PAGE_COLUMNS))})",
                            [page[name] for name in PAGE_COLUMNS])
            self.db.executemany(
                f"INSERT INTO findings (url_key, position, {', '.join(_FINDING_COLUMNS)}) "
                f"VALUES ({', '.join('?' * (2 + len(_FINDING_COLUMNS)))})",
                [(page["url_key"], position, *(finding.get(name) for name in FINDING_FIELDS))
                 for position, finding in enumerate(findings)])

    def add_all(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.add(record)

    # -- reading ------------------------------------------------------------------------------

    def done_keys(self) -> set[str]:
        """URL keys with a stored row (what ``--resume`` skips)."""
        return {row[0] for row in self.db.execute("SELECT url_key FROM pages")}

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta"))

    def records(self) -> Iterator[dict[str, Any]]:
        """Every page as a record (the form workers send), ordered by normalised URL."""
        cursor = self.db.execute(f"SELECT {', '.join(PAGE_COLUMNS)} FROM pages "
                                 "ORDER BY normalised_url, url_key")
        for row in cursor.fetchall():
            page = dict(zip(PAGE_COLUMNS, row, strict=True))
            page.pop("findings")
            page["journey"] = json.loads(page.pop("journey_json") or "[]")
            if page["prompt_found"] is not None:
                page["prompt_found"] = bool(page["prompt_found"])
            page["findings"] = [
                dict(zip(FINDING_FIELDS, finding, strict=True)) for finding in self.db.execute(
                    f"SELECT {', '.join(_FINDING_COLUMNS)} FROM findings WHERE url_key = ? ORDER BY position",
                    (page["url_key"],))
            ]
            yield page

    def comparable(self) -> list[dict[str, Any]]:
        """The pages and findings without run-dependent columns: equal for equal results."""
        return [{k: v for k, v in record.items() if k not in RUN_DEPENDENT and k != "journey"}
                for record in self.records()]

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.db.execute(sql, tuple(params)))


def append_jsonl(path: Path, record: dict[str, Any]) -> None:
    """Append one record as a line (the stream a long run can be tailed on)."""
    with path.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")


def export_jsonl(store: Store, path: Path) -> Path:
    """Rewrite the JSONL from the store, one page a line in normalised-URL order (the store wins)."""
    temporary = path.with_suffix(".jsonl.tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        for record in store.records():
            stream.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
    temporary.replace(path)
    return path


__all__ = ["JSONL_NAME", "PAGE_COLUMNS", "RUN_DEPENDENT", "STORE_NAME", "Store", "append_jsonl",
           "export_jsonl"]
