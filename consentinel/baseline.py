"""Suppression baselines: stable finding fingerprints, a baseline file, and new/known/fixed.

A release gate must fail on *new* dark patterns only, not on the backlog a team has already
accepted or is fixing. That needs a fingerprint per finding that survives everything that
changes between two runs of the same page but says nothing about the finding itself:

* the demo/test server's port (random every run), the host, query strings and fragments;
* positional selector parts (``:nth-of-type(3)``) and generated ids (``#cb-1724312``);
* numbers in the text (an annual bill's amounts and dates change every year), case and
  whitespace;
* screenshot pixels, boxes, timestamps and durations (never part of the fingerprint).

What stays: the check id, the URL path, the selector's stable parts and the text's words.

The baseline file is JSON (``consentinel.baseline/1``) with one entry per fingerprint, so a
reviewer can read in a diff which findings were accepted::

    baseline = Baseline.from_run(run)          # or: write_baseline(run, "consent-baseline.json")
    baseline.save(Path("consent-baseline.json"))
    diff = apply_baseline(next_run, Baseline.load(Path("consent-baseline.json")))
    diff.new      # findings not in the baseline: these fail the build
    diff.known    # findings already accepted
    diff.fixed    # baseline entries no longer found
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from consentinel.checks.base import Finding
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.results import RunResult

BASELINE_SCHEMA = "consentinel.baseline/1"

# How much of the normalised text enters the fingerprint. Consent texts can be paragraphs whose
# tail (a date, a version line) is edited without the dark pattern changing; 200 characters
# keep the sentence that makes it consent text. Also the length stored as the readable excerpt.
FINGERPRINT_TEXT_CHARS = 200

# Positional parts of a CSS/Playwright selector: they shift whenever an unrelated sibling is
# added before the element, so they are dropped (the text still tells siblings apart).
_POSITIONAL = re.compile(
    r":(?:nth-(?:child|of-type|last-child|last-of-type)\([^)]*\)|(?:first|last|only)-(?:child|of-type))"
    r"|\s*>>\s*nth=-?\d+",
    re.IGNORECASE,
)
# Runs of digits, possibly grouped ("12,345.67", "2024 03 01"): amounts, dates, generated ids.
_NUMBER = re.compile(r"\d+(?:[.,:/\s-]\d+)*")
_SPACE = re.compile(r"\s+")
# Control characters and lone surrogates: never part of what a reader sees, and a lone surrogate
# (possible in text read from a page's DOM) cannot even be encoded as UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_COMBINATOR_SPACE = re.compile(r"\s*([>+~])\s*")


class BaselineError(ValueError):
    """A baseline file is missing, not JSON, or not a Consentinel baseline (one-line message)."""


def normalise_url_path(url: str) -> str:
    """The part of a URL that identifies the page across runs: its path only.

    Scheme, host and port are dropped (the loopback demo server's port changes every run, and
    staging vs production hosts serve the same page); query and fragment are dropped (session
    ids, cache busters). Repeated slashes collapse; an empty path is ``/``. Non-hierarchical
    URLs (``about:blank``) are kept whole.
    """
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if not parts.scheme or parts.netloc or parts.scheme in ("http", "https", "file"):
        path = re.sub(r"/{2,}", "/", parts.path) or "/"
        return path
    return f"{parts.scheme}:{parts.path}"


def normalise_selector(selector: str) -> str:
    """The stable parts of a selector: no positional pseudo-classes, digits folded, lower case."""
    text = _POSITIONAL.sub("", _UNPRINTABLE.sub("", selector))
    text = _COMBINATOR_SPACE.sub(r" \1 ", text)
    text = _NUMBER.sub("0", text)
    return _SPACE.sub(" ", text).strip().lower()


def normalise_text(text: str) -> str:
    """Text as a reader would compare it: NFKC, case-folded, numbers folded, whitespace collapsed.

    NFKC maps full-width forms (common on Chinese pages) to their plain equivalents, so a page
    switching between ``１２`` and ``12`` does not look like a new finding.
    """
    folded = unicodedata.normalize("NFKC", _UNPRINTABLE.sub("", text)).casefold()
    folded = _NUMBER.sub("0", folded)
    return _SPACE.sub(" ", folded).strip()[:FINGERPRINT_TEXT_CHARS]


def fingerprint(finding: Finding, url: str | None = None) -> str:
    """The stable identity of a finding: sha256 over check id, URL path, selector and text.

    ``url`` overrides ``finding.url`` (for findings whose URL the caller knows better). The
    parts are joined with NUL, which normalisation removes from selector and text (and URLs
    cannot hold unescaped), so ``("a", "bc")`` and ``("ab", "c")`` never collide.
    """
    parts = (
        "consentinel-fp/1",
        finding.check,
        normalise_url_path(url if url is not None else finding.url),
        normalise_selector(finding.selector),
        normalise_text(finding.text),
    )
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding: its fingerprint plus what a reviewer needs to recognise it."""

    fingerprint: str
    check: str
    url_path: str
    text: str = ""
    selector: str = ""
    impact: str = ""

    @classmethod
    def of(cls, finding: Finding) -> BaselineEntry:
        return cls(
            fingerprint=fingerprint(finding),
            check=finding.check,
            url_path=_UNPRINTABLE.sub("", normalise_url_path(finding.url)),
            text=_SPACE.sub(" ", _UNPRINTABLE.sub("", finding.text)).strip()[:FINGERPRINT_TEXT_CHARS],
            selector=_UNPRINTABLE.sub("", finding.selector),
            impact=finding.impact,
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "check": self.check,
            "url_path": self.url_path,
            "text": self.text,
            "selector": self.selector,
            "impact": self.impact,
        }


@dataclass(slots=True)
class Baseline:
    """The set of accepted findings, keyed by fingerprint."""

    entries: list[BaselineEntry] = field(default_factory=list)
    created_at: str = ""
    tool_version: str = ""
    version: str = BASELINE_SCHEMA

    @property
    def fingerprints(self) -> set[str]:
        return {e.fingerprint for e in self.entries}

    @classmethod
    def from_findings(cls, findings: Iterable[Finding], tool_version: str = "") -> Baseline:
        """A baseline accepting ``findings``; violations only (a review is not a defect yet).

        Entries are de-duplicated by fingerprint and sorted, so re-writing a baseline for an
        unchanged site gives a byte-identical file apart from ``created_at``.
        """
        by_fp: dict[str, BaselineEntry] = {}
        for finding in findings:
            if finding.outcome != "violation":
                continue
            entry = BaselineEntry.of(finding)
            by_fp.setdefault(entry.fingerprint, entry)
        entries = sorted(by_fp.values(), key=lambda e: (e.check, e.url_path, e.selector, e.fingerprint))
        return cls(entries=entries, created_at=_now(), tool_version=tool_version)

    @classmethod
    def from_run(cls, run: RunResult) -> Baseline:
        return cls.from_findings(run_findings(run), tool_version=run.tool_version)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "created_at": self.created_at,
            "tool_version": self.tool_version,
            "entries": [e.to_dict() for e in self.entries],
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read a baseline file; any problem is a :class:`BaselineError` naming the file."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(
                f"{path}: baseline file not found (create it with `consentinel baseline write`)"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}:{exc.lineno}: baseline is not valid JSON: {exc.msg}") from None
        return cls.from_dict(raw, source=str(path))

    @classmethod
    def from_dict(cls, raw: Any, source: str = "baseline") -> Baseline:
        if not isinstance(raw, dict) or raw.get("version") != BASELINE_SCHEMA:
            found = raw.get("version") if isinstance(raw, dict) else type(raw).__name__
            raise BaselineError(
                f"{source}: not a Consentinel baseline (version {found!r}, expected {BASELINE_SCHEMA!r})"
            )
        entries_raw = raw.get("entries")
        if not isinstance(entries_raw, list):
            raise BaselineError(f"{source}: 'entries' must be a list")
        entries = []
        for index, item in enumerate(entries_raw):
            if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
                raise BaselineError(f"{source}: entry {index} has no 'fingerprint' string")
            entries.append(
                BaselineEntry(
                    fingerprint=item["fingerprint"],
                    check=str(item.get("check", "")),
                    url_path=str(item.get("url_path", "")),
                    text=str(item.get("text", "")),
                    selector=str(item.get("selector", "")),
                    impact=str(item.get("impact", "")),
                )
            )
        return cls(
            entries=entries,
            created_at=str(raw.get("created_at", "")),
            tool_version=str(raw.get("tool_version", "")),
        )


@dataclass(slots=True)
class BaselineDiff:
    """A run's findings split against a baseline.

    ``new`` and ``known`` hold violations and reviews alike (a review never fails a run, so it
    is harmless in ``new``); ``fixed`` holds the baseline entries no longer seen.
    """

    new: list[Finding] = field(default_factory=list)
    known: list[Finding] = field(default_factory=list)
    fixed: list[BaselineEntry] = field(default_factory=list)

    def is_new(self, finding: Finding) -> bool:
        return any(f is finding for f in self.new)

    def failing(self, fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
        """New violations at or above ``fail_on`` (the run's ``Verdict.failing`` also drops expected ones)."""
        from consentinel.engine.verdict import failing_findings

        return failing_findings(self.new, fail_on)


def diff_findings(findings: Iterable[Finding], baseline: Baseline) -> BaselineDiff:
    """Split findings into new and known, and list the baseline entries that disappeared."""
    accepted = baseline.fingerprints
    diff = BaselineDiff()
    seen: set[str] = set()
    for finding in findings:
        fp = fingerprint(finding)
        seen.add(fp)
        (diff.known if fp in accepted else diff.new).append(finding)
    diff.fixed = [e for e in baseline.entries if e.fingerprint not in seen]
    return diff


def run_findings(run: RunResult) -> list[Finding]:
    """The run's findings, each with its URL filled from its step when the runner left it empty.

    Fingerprints include the URL path, so a finding must carry the page it was found on; the
    step's URL is the same page (the audit ran there).
    """
    out: list[Finding] = []
    for journey in run.journeys:
        for step in journey.steps:
            for finding in step.findings:
                if not finding.url and step.url:
                    finding.url = step.url
                out.append(finding)
    return out


def apply_baseline(run: RunResult, baseline: Baseline) -> BaselineDiff:
    """The run's findings against ``baseline``: only ``diff.new`` should count toward failure."""
    return diff_findings(run_findings(run), baseline)


def write_baseline(run: RunResult, path: Path | str) -> Baseline:
    """Record the run's current violations as accepted; returns what was written."""
    baseline = Baseline.from_run(run)
    baseline.save(Path(path))
    return baseline


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


__all__ = [
    "BASELINE_SCHEMA",
    "FINGERPRINT_TEXT_CHARS",
    "Baseline",
    "BaselineDiff",
    "BaselineEntry",
    "BaselineError",
    "apply_baseline",
    "diff_findings",
    "fingerprint",
    "normalise_selector",
    "normalise_text",
    "normalise_url_path",
    "run_findings",
    "write_baseline",
]
