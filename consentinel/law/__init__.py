"""The law a finding engages, per jurisdiction, from one data file (``data/jurisdictions.yaml``).

A report for the CAC needs PIPL and the 2019 identification method; one for an EU authority
needs GDPR, Planet49 and the EDPB. Each provision in the data file lists the check ids it
applies to and a one-line plain-language explanation in every report language, so a
non-lawyer reading a finding sees which rule it engages and why.

Example::

    for p in provisions_for("preselected-consent", ["eu", "cn"], "zh-CN"):
        print(p.jurisdiction, p.cite, p.explanation)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LAW_FILE = Path(__file__).with_name("data") / "jurisdictions.yaml"
DEFAULT_LANGUAGE = "en"


class UnknownJurisdictionError(ValueError):
    """A ``--jurisdiction`` the data file has no provisions for."""


@dataclass(frozen=True, slots=True)
class Provision:
    """One provision as a report shows it: where it comes from and what it means, in one line."""

    jurisdiction: str
    jurisdiction_name: str
    cite: str
    explanation: str


@cache
def _law() -> dict[str, Any]:
    data = yaml.safe_load(LAW_FILE.read_text(encoding="utf-8"))
    for entry in data["provisions"]:
        if entry["jurisdiction"] not in data["jurisdictions"]:
            raise ValueError(f"{LAW_FILE}: {entry['cite']!r} names unknown jurisdiction "
                             f"{entry['jurisdiction']!r}")
    return data


def jurisdictions() -> list[str]:
    """Jurisdiction codes accepted by ``--jurisdiction``, in the data file's order."""
    return list(_law()["jurisdictions"])


def validate_jurisdictions(codes: Sequence[str]) -> list[str]:
    """``codes`` lower-cased and de-duplicated; raises UnknownJurisdictionError for any unknown one."""
    known = jurisdictions()
    chosen: list[str] = []
    for code in codes:
        wanted = code.strip().lower()
        if wanted not in known:
            raise UnknownJurisdictionError(f"unknown jurisdiction '{code}'; choose from {', '.join(known)}")
        if wanted not in chosen:
            chosen.append(wanted)
    return chosen


def _localised(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts[DEFAULT_LANGUAGE]


def provisions_for(check_id: str, chosen: Sequence[str], language: str = DEFAULT_LANGUAGE) -> list[Provision]:
    """The provisions of ``chosen`` jurisdictions that a finding of ``check_id`` engages.

    Grouped by jurisdiction in the order given, then in the data file's order.
    """
    law = _law()
    out: list[Provision] = []
    for code in chosen:
        name = _localised(law["jurisdictions"][code], language)
        out += [
            Provision(code, name, entry["cite"], _localised(entry["explain"], language))
            for entry in law["provisions"]
            if entry["jurisdiction"] == code and check_id in entry["checks"]
        ]
    return out


__all__ = [
    "LAW_FILE",
    "Provision",
    "UnknownJurisdictionError",
    "jurisdictions",
    "provisions_for",
    "validate_jurisdictions",
]
