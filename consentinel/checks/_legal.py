"""Each check's legal references, read from ``consentinel/checks/data/legal.yaml``.

Why data: the references are shown verbatim in every report and SARIF rule, and several checks
cite the same instruments; one commented file (with the sources spelled out once) is easier to
review and keep consistent than string tuples spread over eleven modules. A check declares
``legal=legal_refs("<its id>")``; ``tests/checks/test_check_data.py`` ties the file's ids to
the registered checks both ways.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

import yaml

_FILE = "data/legal.yaml"


class LegalReferencesError(ValueError):
    """``legal.yaml`` is malformed or has no entry for a check id."""


@cache
def legal_table() -> Mapping[str, tuple[str, ...]]:
    """Check id -> its references, in file order (cached)."""
    text = resources.files("consentinel.checks").joinpath(_FILE).read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    if not isinstance(raw, dict):
        raise LegalReferencesError(f"checks/{_FILE}: expected a mapping of check id to references")
    table: dict[str, tuple[str, ...]] = {}
    for check_id, refs in raw.items():
        if not isinstance(refs, list) or not refs or not all(isinstance(r, str) and r for r in refs):
            raise LegalReferencesError(f"checks/{_FILE}: {check_id}: expected a list of reference strings")
        table[str(check_id)] = tuple(refs)
    return table


def legal_refs(check_id: str) -> tuple[str, ...]:
    """The legal references of ``check_id``; an id without an entry is an error at import."""
    table = legal_table()
    if check_id not in table:
        raise LegalReferencesError(f"checks/{_FILE}: no entry for check {check_id!r}")
    return table[check_id]
