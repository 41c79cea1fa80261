"""Per-check precision, recall and F1 of a full ``consentinel scan`` on the regression corpus.

The corpus (tests/corpus) is built on consent managers used nowhere else in the tests
(tests/corpus/npm/package.json), each configured through its documented options as a compliant
page and dark twins. tests/corpus/expectations.yaml names, per page, the check ids the page was
BUILT to trigger; this script scans every page with the engine's scan plan (landing state,
consent UI explored, accept and reject journeys, every check) and compares.

Two loopback servers stand in for the site and a third party: the corpus on 127.0.0.1, and the
same folder as ``http://localhost:PORT`` (another site) passed to each page as ``?tp=``, where
its stand-in analytics tag sends beacons.

For each check: TP/FP/FN over pages, P, R, F1; then micro totals. ``--json`` writes the scores
and every page's expected and reported ids. Exit 1 when a check with at least
``MIN_POSITIVES`` expected positives has F1 below its floor (``--floor``, per check
``--check-floor ID=VALUE``), 2 on a usage error or when the consent managers are not installed.

Usage::

    (cd tests/corpus/npm && npm ci --ignore-scripts)
    python scripts/score_corpus.py                       # table, floors 0.9
    python scripts/score_corpus.py --json scores.json --page 'tac/*'
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import yaml

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
EXPECTATIONS = CORPUS / "expectations.yaml"
NPM_DIR = CORPUS / "npm"
DEFAULT_FLOOR = 0.9
# A check with fewer expected positives than this gets no floor: one page would swing it by
# a third or more, so the table prints it but the exit code ignores it.
MIN_POSITIVES = 3


@dataclass(frozen=True, slots=True)
class CheckScore:
    """Counts over pages for one check id, and the ratios they give."""

    check: str
    tp: int
    fp: int
    fn: int

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, object]:
        return {"check": self.check, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, frozenset[str]]:
    """Page (relative to tests/corpus/pages) -> expected check ids; refuses unknown ids."""
    from consentinel.checks import ALL_CHECKS

    known = set(ALL_CHECKS)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    expected: dict[str, frozenset[str]] = {}
    for page, ids in raw.items():
        unknown = set(ids or ()) - known
        if unknown:
            raise ValueError(f"{path}: {page}: unknown check id(s) {', '.join(sorted(unknown))}")
        if not (CORPUS / "pages" / page).is_file():
            raise ValueError(f"{path}: {page}: no such page under {CORPUS / 'pages'}")
        expected[page] = frozenset(ids or ())
    return expected


def score(expected: Mapping[str, frozenset[str]], reported: Mapping[str, frozenset[str]],
          checks: Iterable[str]) -> list[CheckScore]:
    """One :class:`CheckScore` per check id, counted over the pages of ``expected``."""
    scores = []
    for check in sorted(checks):
        tp = sum(1 for page, ids in expected.items() if check in ids and check in reported[page])
        fp = sum(1 for page, ids in expected.items() if check not in ids and check in reported[page])
        fn = sum(1 for page, ids in expected.items() if check in ids and check not in reported[page])
        scores.append(CheckScore(check, tp, fp, fn))
    return scores


def micro(scores: Sequence[CheckScore]) -> CheckScore:
    """All checks' counts summed."""
    return CheckScore("micro", sum(s.tp for s in scores), sum(s.fp for s in scores),
                      sum(s.fn for s in scores))


def below_floor(scores: Sequence[CheckScore], floor: float, check_floors: Mapping[str, float]) -> list[str]:
    """Checks with enough positives whose F1 is under their floor, as printable lines."""
    failures = []
    for s in scores:
        wanted = check_floors.get(s.check, floor)
        if s.positives >= MIN_POSITIVES and s.f1 < wanted:
            failures.append(f"{s.check}: F1 {s.f1:.3f} < floor {wanted:.2f}")
    return failures


def table(scores: Sequence[CheckScore]) -> str:
    """The per-check table with micro totals, as plain text."""
    lines = [f"{'check':28} {'TP':>3} {'FP':>3} {'FN':>3} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in [*scores, micro(scores)]:
        lines.append(f"{s.check:28} {s.tp:3d} {s.fp:3d} {s.fn:3d} "
                     f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    return "\n".join(lines)


Scanned = tuple[dict[str, frozenset[str]], dict[str, list[str]], dict[str, list[str]]]


def scored_checks() -> list[str]:
    """The checks the corpus pages were built and labelled for: every check but the behavioural
    ones (issue 13), whose pages and labels live in tests/e2e/test_behaviour_scan.py. Scanning
    only these also spares each page the probes' 12 s implied-consent wait and navigations."""
    from consentinel.checks import ALL_CHECKS, checks_requiring

    probes = set(checks_requiring("behaviour"))
    return [cid for cid in ALL_CHECKS if cid not in probes]


def scan_pages(pages: Sequence[str], out_dir: Path, progress: bool) -> Scanned:
    """Scan every page with the engine's scan plan: page -> violation ids, -> errors, -> findings."""
    from consentinel import engine
    from consentinel.gather.browser import ENV_TEST_HOST_RULES
    from consentinel.server import serve_directory

    # Loopback only: nothing but 127.0.0.1 and localhost resolves, as in the tests.
    os.environ.setdefault(ENV_TEST_HOST_RULES, "1")
    with serve_directory(CORPUS) as site, serve_directory(CORPUS) as other:
        third_party = other.replace("http://127.0.0.1:", "http://localhost:", 1)
        urls = {page: f"{site}/pages/{page}?tp={quote(third_party)}" for page in pages}
        plan = engine.Plan(out_dir=out_dir, urls=tuple(urls.values()), command="scan",
                           axe_cross_check=False, report=False, checks=scored_checks(),
                           progress=(lambda line: print(line, file=sys.stderr)) if progress else None)
        outcome = engine.run(plan)
    by_url = {journey.source: journey for journey in outcome.run.journeys}
    reported: dict[str, frozenset[str]] = {}
    errors: dict[str, list[str]] = {}
    findings: dict[str, list[str]] = {}
    for page, url in urls.items():
        journey = by_url.get(url)
        if journey is None:
            reported[page], errors[page], findings[page] = frozenset(), ["not scanned"], []
            continue
        violations = [f for f in journey.findings if f.outcome == "violation"]
        reported[page] = frozenset(f.check for f in violations)
        errors[page] = [e for e in [journey.error, *(s.error for s in journey.steps)] if e]
        # What each violation was about, to tell why a page misses (the text is the page's own).
        findings[page] = [f"{f.check} @ {f.step}: {' '.join(f.text.split())[:100]!r}: {f.message}"
                          for f in violations]
    return reported, errors, findings


def _check_floor(text: str) -> tuple[str, float]:
    check, _, value = text.partition("=")
    try:
        return check.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected ID=VALUE, not {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--floor", type=float, default=DEFAULT_FLOOR,
                        help="F1 floor for every check (default 0.9)")
    parser.add_argument("--check-floor", type=_check_floor, action="append", default=[], metavar="ID=VALUE",
                        help="a lower or higher floor for one check (repeatable)")
    parser.add_argument("--json", type=Path, help="write scores and per-page ids here")
    parser.add_argument("--page", action="append", default=[], metavar="GLOB",
                        help="only pages matching this glob (repeatable), e.g. 'tac/*'")
    parser.add_argument("--out", type=Path, help="keep the scan's screenshots and snapshots here")
    parser.add_argument("--progress", action="store_true", help="print the scan's progress to stderr")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "tests"))
    from npm_pins import missing_packages

    missing = missing_packages(NPM_DIR)
    if missing:
        print(f"consent managers not installed: {', '.join(missing)}; run "
              f"`npm ci --ignore-scripts` in {NPM_DIR}", file=sys.stderr)
        return 2
    try:
        expected = load_expectations()
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.page:
        expected = {p: ids for p, ids in expected.items() if any(fnmatch.fnmatch(p, g) for g in args.page)}
        if not expected:
            print(f"error: no page matches {', '.join(args.page)}", file=sys.stderr)
            return 2


    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        reported, errors, findings = scan_pages(list(expected), args.out, args.progress)
    else:
        with tempfile.TemporaryDirectory(prefix="consentinel-corpus-") as tmp:
            reported, errors, findings = scan_pages(list(expected), Path(tmp), args.progress)
    scores = score(expected, reported, scored_checks())
    scores = [s for s in scores if s.tp or s.fp or s.fn]

    for page in expected:
        missed, extra = expected[page] - reported[page], reported[page] - expected[page]
        mark = "ok " if not missed and not extra else "MISS"
        detail = "".join([f"  missed: {', '.join(sorted(missed))}" if missed else "",
                          f"  extra: {', '.join(sorted(extra))}" if extra else "",
                          f"  errors: {'; '.join(errors[page])}" if errors[page] else ""])
        print(f"{mark} {page}{detail}")
    print()
    print(table(scores))
    check_floors = dict(args.check_floor)
    failures = below_floor(scores, args.floor, check_floors)
    if args.json:
        args.json.write_text(json.dumps({
            "floor": args.floor, "check_floors": check_floors, "min_positives": MIN_POSITIVES,
            "checks": [s.to_dict() for s in scores], "micro": micro(scores).to_dict(),
            "pages": {p: {"expected": sorted(expected[p]), "reported": sorted(reported[p]),
                          "errors": errors[p], "findings": findings[p]} for p in expected},
            "below_floor": failures,
        }, indent=2) + "\n", encoding="utf-8")
    for line in failures:
        print(f"BELOW FLOOR {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
