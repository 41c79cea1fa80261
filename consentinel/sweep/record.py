"""One scanned URL as plain, JSON-able data: what a worker sends back to the driver.

A record crosses a process (or a Ray node) boundary, so it holds no Playwright or dataclass
objects: the URL, its status and error kind, the CMP recognised on its prompt, its findings as
flat rows, and the whole journey result for anyone who wants every step.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from consentinel.engine import Outcome
from consentinel.sweep.urls import normalise_url, url_key

# Error kinds, most specific first: Chromium's net::ERR_* code, else a family of messages.
_NET_ERROR = re.compile(r"net::(ERR_[A-Z_]+)")
_ERROR_FAMILIES = (
    ("timeout", re.compile(r"timeout|timed out", re.I)),
    ("crash", re.compile(r"crash", re.I)),
    ("browser", re.compile(r"browser context|browser has been closed|target closed", re.I)),
    ("internal", re.compile(r"internal error", re.I)),
)
WORKER_DIED = "worker-died"

# The finding fields kept as columns (the full finding, with evidence, stays in ``journey``).
FINDING_FIELDS = ("check", "impact", "outcome", "step", "selector", "text", "message", "url")


def error_kind(message: str | None) -> str | None:
    """A short, countable kind for an error line: ``ERR_NAME_NOT_RESOLVED``, ``timeout``, ..."""
    if not message:
        return None
    found = _NET_ERROR.search(message)
    if found:
        return found.group(1)
    for kind, pattern in _ERROR_FAMILIES:
        if pattern.search(message):
            return kind
    return "other"


def _cmp_name(outcome: Outcome, page_dir: Path) -> str | None:
    """The known-CMP rule that matched the page's prompt: exploration's, else the landing snapshot's."""
    for journey in outcome.run.journeys:
        for step in journey.steps:
            exploration = step.extra.get("exploration") or {}
            if exploration.get("cmp_rule"):
                return str(exploration["cmp_rule"])
        for step in journey.steps:
            if not step.snapshot:
                continue
            try:
                data = json.loads((page_dir / step.snapshot).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for prompt in data.get("prompts") or []:
                if isinstance(prompt, dict) and prompt.get("rule"):
                    return str(prompt["rule"])
    return None


def _prompt_found(outcome: Outcome) -> bool | None:
    for journey in outcome.run.journeys:
        for step in journey.steps:
            exploration = step.extra.get("exploration")
            if exploration is not None:
                return bool(exploration.get("prompt_found"))
    return None


def page_record(url: str, outcome: Outcome, *, page_dir: Path, artefacts: str, worker: str,
                duration_ms: float) -> dict[str, Any]:
    """The record of one URL's finished scan (see ``consentinel.sweep.store`` for its columns)."""
    run = outcome.run
    errors = run.errors
    findings = [
        {name: getattr(finding, name) for name in FINDING_FIELDS}
        for journey in run.journeys for step in journey.steps for finding in step.findings
    ]
    return {
        "url_key": url_key(url),
        "url": url,
        "normalised_url": normalise_url(url),
        "status": "error" if errors else "ok",
        "error": errors[0] if errors else None,
        "error_kind": error_kind(errors[0]) if errors else None,
        "cmp": _cmp_name(outcome, page_dir),
        "prompt_found": _prompt_found(outcome),
        "findings": findings,
        "failing": len(outcome.verdict.failing),
        "started_at": run.started_at,
        "duration_ms": round(duration_ms, 1),
        "worker": worker,
        "artefacts": artefacts,
        "browser": run.browser,
        "journey": [asdict(journey) for journey in run.journeys],
    }


def failed_record(url: str, message: str, *, kind: str | None = None, worker: str = "") -> dict[str, Any]:
    """The record of a URL whose scan never returned (its worker died, its setup failed)."""
    return {
        "url_key": url_key(url),
        "url": url,
        "normalised_url": normalise_url(url),
        "status": "error",
        "error": message,
        "error_kind": kind or error_kind(message),
        "cmp": None,
        "prompt_found": None,
        "findings": [],
        "failing": 0,
        "started_at": "",
        "duration_ms": 0.0,
        "worker": worker,
        "artefacts": "",
        "browser": "",
        "journey": [],
    }


__all__ = ["FINDING_FIELDS", "WORKER_DIED", "error_kind", "failed_record", "page_record"]
