"""How far independent annotators agree with the real set's labels: the ceiling for any rule.

The wording floors (P >= 0.9, R >= 0.85 per check and language) are measured against labels that
one collector gave each real text. Where careful people disagree on a label, no rule can meet a
floor set above their agreement. This script measures it: a sample of real texts
(``tests/data/wording/agreement/sample_<batch>.yaml``, labels removed) was labelled again by
annotators who saw neither the collectors' labels nor any rule's output
(``labels_<who>.yaml``). For each check it prints, per pair of label sources, how often the
second finds what the first marked (P/R as if the second were a detector scored against the
first) and Cohen's kappa.

It reads labels only: no check runs, so it is no look at the test half.

Usage::

    python scripts/label_agreement.py                        # every sample and annotator
    python scripts/label_agreement.py --by-language          # also one row per language
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_wording import CHECKS, _item_key, load_real_items

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "tests" / "data" / "wording" / "agreement"
COLLECTORS = "collectors"
CHECK_IDS = tuple(check.id for check in CHECKS)

Labels = Mapping[int, frozenset[str]]


class AgreementInputError(ValueError):
    """A sample or label file that cannot be compared (one line, the file named)."""


@dataclass(frozen=True)
class Agreement:
    """Two label sources compared on one check: ``other`` scored against ``reference``."""

    n: int
    both: int
    reference_only: int
    other_only: int

    @property
    def precision(self) -> float:
        found = self.both + self.other_only
        return self.both / found if found else 1.0

    @property
    def recall(self) -> float:
        marked = self.both + self.reference_only
        return self.both / marked if marked else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: agreement beyond what the two sources' positive rates give by chance."""
        if not self.n:
            return 1.0
        neither = self.n - self.both - self.reference_only - self.other_only
        observed = (self.both + neither) / self.n
        ref_pos = (self.both + self.reference_only) / self.n
        other_pos = (self.both + self.other_only) / self.n
        chance = ref_pos * other_pos + (1 - ref_pos) * (1 - other_pos)
        return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def compare(reference: Labels, other: Labels, check: str, ids: Iterable[int]) -> Agreement:
    """Count agreement of ``other`` with ``reference`` on ``check`` over ``ids``."""
    both = reference_only = other_only = n = 0
    for item_id in ids:
        n += 1
        in_ref, in_other = check in reference[item_id], check in other[item_id]
        both += in_ref and in_other
        reference_only += in_ref and not in_other
        other_only += in_other and not in_ref
    return Agreement(n, both, reference_only, other_only)


def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise AgreementInputError(f"{path}: expected a mapping with an 'items' list")
    return data["items"]


def annotator_labels(path: Path, ids: set[int]) -> Labels:
    """An annotator's labels by item id; every id of the sample must be labelled, with known checks."""
    labels: dict[int, frozenset[str]] = {}
    for entry in _load(path):
        found = frozenset(entry.get("labels") or ())
        if not found <= set(CHECK_IDS):
            raise AgreementInputError(f"{path}: item {entry.get('id')}: unknown label(s) "
                             f"{sorted(found - set(CHECK_IDS))}")
        labels[int(entry["id"])] = found
    missing = ids - labels.keys()
    if missing:
        raise AgreementInputError(f"{path}: {len(missing)} sample items unlabelled "
                         f"(first: {min(missing)})")
    return labels


def collector_labels(sample: list[dict[str, Any]]) -> Labels:
    """The real set's labels of the sample's texts (matched by language and normalised text)."""
    by_key = {_item_key(item): frozenset(item.get("labels") or ()) for item in load_real_items()}
    labels: dict[int, frozenset[str]] = {}
    for entry in sample:
        key = _item_key(entry)
        if key not in by_key:
            raise AgreementInputError(f"sample item {entry['id']} is not in the real set")
        labels[int(entry["id"])] = by_key[key]
    return labels


def report(sample_path: Path, by_language: bool) -> None:
    sample = _load(sample_path)
    ids = {int(entry["id"]) for entry in sample}
    sources: dict[str, Labels] = {COLLECTORS: collector_labels(sample)}
    stem = sample_path.stem.removeprefix("sample_")
    for path in sorted(sample_path.parent.glob(f"labels_{stem}_*.yaml")):
        sources[path.stem.removeprefix(f"labels_{stem}_")] = annotator_labels(path, ids)
    languages = sorted({str(entry["lang"]) for entry in sample})
    print(f"{sample_path.relative_to(ROOT)}: {len(ids)} texts, sources: {', '.join(sources)}")
    print(f"{'check':<16} {'lang':<5} {'reference':<11} {'other':<11} {'n':>4} {'ref+':>5} "
          f"{'oth+':>5} {'P':>6} {'R':>6} {'kappa':>6}")
    for check in CHECK_IDS:
        groups = [("all", ids)]
        if by_language:
            groups += [(lang, {int(e["id"]) for e in sample if e["lang"] == lang}) for lang in languages]
        for group, members in groups:
            for reference, other in combinations(sources, 2):
                a = compare(sources[reference], sources[other], check, sorted(members))
                print(f"{check:<16} {group:<5} {reference:<11} {other:<11} {a.n:>4} "
                      f"{a.both + a.reference_only:>5} {a.both + a.other_only:>5} "
                      f"{a.precision:>6.3f} {a.recall:>6.3f} {a.kappa:>6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by-language", action="store_true", help="also one row per language")
    args = parser.parse_args(argv)
    samples = sorted(AGREEMENT.glob("sample_*.yaml"))
    if not samples:
        print(f"label_agreement: no sample_*.yaml in {AGREEMENT.relative_to(ROOT)}", file=sys.stderr)
        return 2
    try:
        for sample in samples:
            report(sample, args.by_language)
    except AgreementInputError as error:
        print(f"label_agreement: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
