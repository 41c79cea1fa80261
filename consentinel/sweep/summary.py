"""The sweep's summary report: counts per check, per CMP and per error kind, from the store.

Computed from the store alone (never from the order pages finished in), so a resumed run, a
merge of shards and a single run of the same URLs give the same ``summary.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from consentinel.redact import terminal_safe
from consentinel.sweep.store import Store

SUMMARY_NAME = "summary.json"
NO_CMP = "(none recognised)"


def summarise(store: Store) -> dict[str, Any]:
    """Totals and counts; every mapping sorted by key so equal stores give equal JSON."""
    (pages, errors, findings, failing), = store.query(
        "SELECT count(*), coalesce(sum(status = 'error'), 0), coalesce(sum(findings), 0), "
        "coalesce(sum(failing), 0) FROM pages")
    per_check = {check: {"findings": count, "pages": on_pages}
                 for check, count, on_pages in store.query(
                     "SELECT check_id, count(*), count(DISTINCT url_key) FROM findings GROUP BY check_id")}
    per_cmp = {cmp or NO_CMP: {"pages": count, "findings": total}
               for cmp, count, total in store.query(
                   "SELECT cmp, count(*), sum(findings) FROM pages GROUP BY cmp")}
    per_error = dict(store.query(
        "SELECT error_kind, count(*) FROM pages WHERE status = 'error' GROUP BY error_kind"))
    return {
        "pages": pages,
        "pages_ok": pages - errors,
        "pages_with_errors": errors,
        "findings": findings,
        "failing": failing,
        "per_check": dict(sorted(per_check.items())),
        "per_cmp": dict(sorted(per_cmp.items())),
        "per_error_kind": dict(sorted(per_error.items())),
    }


def write_summary(summary: dict[str, Any], folder: Path) -> Path:
    path = folder / SUMMARY_NAME
    path.write_text(json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


def summary_text(summary: dict[str, Any]) -> str:
    """The summary as terminal lines (page-derived CMP names and checks stripped of control codes)."""
    lines = [f"Pages: {summary['pages']} ({summary['pages_ok']} ok, {summary['pages_with_errors']} with "
             f"errors); findings: {summary['findings']} ({summary['failing']} failing)"]
    for title, key, render in (
        ("Per check", "per_check", lambda v: f"{v['findings']} finding(s) on {v['pages']} page(s)"),
        ("Per CMP", "per_cmp", lambda v: f"{v['pages']} page(s), {v['findings']} finding(s)"),
        ("Per error kind", "per_error_kind", lambda v: f"{v} page(s)"),
    ):
        if summary[key]:
            lines.append(f"{title}:")
            lines += [f"  {name}: {render(value)}" for name, value in summary[key].items()]
    return terminal_safe("\n".join(lines))


__all__ = ["SUMMARY_NAME", "summarise", "summary_text", "write_summary"]
