"""Benchmark: a full scan per URL, ours side by side with ``@slashgear/gdpr-cookie-scanner``.

Why a peer in the same run: absolute times depend on the machine and its load; the ratio to
the closest peer, on the same pages, at the same moment, does not. Target (issue 12): a full
scan at most half the peer's time per page (ours / peer <= 0.5), with no loss of detection
(that part is the e2e suites' job, not this script's).

Two rows of ours: every check (17), and the eleven checks the issue-12 baseline was filed
against (all but issue 13's six). The implied-consent check watches an untouched page for
``wait_ms`` (12 s by default, counted from the navigation) before it scrolls, closes and
navigates; on Chromium that wait passes on the page's own clock (``gather.pageclock``), so it
no longer bounds a full scan from below.

The pages are the e2e suites' consent-manager and tracking pages, served from loopback by a
server that counts the requests for each page's document: that is the page-load figure of
both tools (every context that loads a page asks for its document once).

The peer comes from npm (``--ignore-scripts``) into a temporary folder. Its Playwright wants a
browser download that cannot work here, so ``PLAYWRIGHT_BROWSERS_PATH`` points at a folder whose
``chromium_headless_shell-<rev>/chrome-headless-shell-linux64/chrome-headless-shell`` (the path
playwright-core's registry expects on linux-x64; ``<rev>`` from its ``browsers.json``) is a
symlink to the system Chromium. Ours runs in one Session (one browser, as a sweep would); the
peer's CLI starts its own browser per page, which is how it is used.

Usage::

    python benchmarks/bench_scan.py [--runs 1] [--peer-dir /tmp/peer] [--skip-peer]

Run against another checkout (e.g. main, for a before/after figure) with
``PYTHONPATH=/path/to/checkout``. Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from consentinel.server import serve_directory

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PEER = "@slashgear/gdpr-cookie-scanner@3.8.2"
PAGES = (
    "pages/cmp/vanilla-cookieconsent/dark.html",
    "pages/cmp/klaro/dark.html",
    "pages/cmp_prompts/porsche.html",
    "pages/cmp_prompts/vanilla.html",
    "pages/cmp_prompts/none.html",
    "pages/tracking/before-choice.html",
    "pages/tracking/after-reject.html",
    "pages/tracking/klaro.html",
)
ISSUE13_CHECKS = frozenset({"implied-consent", "reprompt-after-reject", "withdrawal-not-easy",
                            "legitimate-interest-after-reject", "consent-wall", "language-mismatch"})


@contextmanager
def serve(directory: Path) -> Iterator[tuple[str, Counter[str]]]:
    """Serve ``directory``, counting GETs per path (the page-load figure)."""
    counts: Counter[str] = Counter()
    with serve_directory(directory, counts=counts) as base_url:
        yield base_url, counts


def install_peer(folder: Path) -> Path:
    """The peer's CLI, installed from npm into ``folder``, with a browsers folder beside it."""
    cli = folder / "node_modules" / "@slashgear" / "gdpr-cookie-scanner" / "dist" / "cli.js"
    if not cli.exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund",
                        "--prefix", str(folder), PEER], check=True, capture_output=True, text=True)
    registry = folder / "node_modules" / "playwright-core" / "browsers.json"
    browsers = json.loads(registry.read_text())["browsers"]
    revision = next(b["revision"] for b in browsers if b["name"] == "chromium-headless-shell")
    shell = folder / "browsers" / f"chromium_headless_shell-{revision}" / "chrome-headless-shell-linux64"
    shell.mkdir(parents=True, exist_ok=True)
    link = shell / "chrome-headless-shell"
    if not link.exists():
        link.symlink_to(shutil.which("chromium") or "/usr/bin/chromium")
    return cli


def time_peer(cli: Path, url: str, out: Path) -> float:
    env = {**os.environ, "PLAYWRIGHT_BROWSERS_PATH": str(cli.parents[4] / "browsers")}
    started = time.perf_counter()
    done = subprocess.run(["node", str(cli), "scan", url, "-o", str(out), "-f", "json", "-t", "20000"],
                          env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if not list(out.rglob("*.json")):
        print(f"  peer produced no report for {url} (exit {done.returncode}): {done.stderr[-300:]}",
              file=sys.stderr)
    return elapsed


def check_sets() -> dict[str, list[str] | None]:
    """Row name -> the checks it scans with (None: every check)."""
    from consentinel.checks import ALL_CHECKS

    return {f"all {len(ALL_CHECKS)}": None,
            "issue-12 eleven": [cid for cid in ALL_CHECKS if cid not in ISSUE13_CHECKS]}


def scan_ours(base: str, counts: Counter[str], runs: int, out: Path,
              checks: list[str] | None) -> dict[str, tuple[float, int, list[str]]]:
    """Per page: median seconds, page loads of the last run, findings of the last run."""
    from consentinel.gather.runner import RunOptions, Session

    os.environ.setdefault("CONSENTINEL_TEST_HOST_RULES", "1")
    results: dict[str, tuple[float, int, list[str]]] = {}
    options = RunOptions(out_dir=out, checks=checks)
    with Session(options) as session:
        session.scan_url(f"{base}/{PAGES[0]}")  # warm the browser and the imports
        for page in PAGES:
            times, loads, findings = [], 0, []
            for _ in range(runs):
                before = counts["/" + page]
                started = time.perf_counter()
                journey = session.scan_url(f"{base}/{page}")
                times.append(time.perf_counter() - started)
                loads = counts["/" + page] - before
                findings = sorted({f.check for step in journey.steps for f in step.findings})
            results[page] = (statistics.median(times), loads, findings)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="scans per page and tool (median kept)")
    parser.add_argument("--peer-dir", type=Path, default=None, help="where the peer is (or gets) installed")
    parser.add_argument("--skip-peer", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(TESTS))
    from npm_pins import ensure_installed

    ensure_installed(TESTS / "e2e" / "npm", "the benchmark pages load real consent managers")
    import consentinel

    print(f"consentinel from {Path(consentinel.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp, serve(TESTS) as (base, counts):
        rows = {name: scan_ours(base, counts, args.runs, Path(tmp) / f"ours-{index}", checks)
                for index, (name, checks) in enumerate(check_sets().items())}
        peer: dict[str, tuple[float, int]] = {}
        if not args.skip_peer:
            cli = install_peer(args.peer_dir or Path(tmp) / "peer")
            for page in PAGES:
                times, loads = [], 0
                for run in range(args.runs):
                    before = counts["/" + page]
                    times.append(time_peer(cli, f"{base}/{page}", Path(tmp) / "peer-out" / f"{run}-{page}"))
                    loads = counts["/" + page] - before
                peer[page] = (statistics.median(times), loads)
    p_total = sum(v[0] for v in peer.values()) if peer else float("nan")
    for name, ours in rows.items():
        print(f"\nours with {name} checks")
        print(f"{'page':44} {'ours s':>7} {'peer s':>7} {'ratio':>6} {'loads':>5} {'peer':>5}  "
              "findings (ours)")
        for page in PAGES:
            seconds, loads, findings = ours[page]
            p_seconds, p_loads = peer.get(page, (float("nan"), 0))
            print(f"{page[6:]:44} {seconds:7.2f} {p_seconds:7.2f} {seconds / p_seconds:6.2f} {loads:5d} "
                  f"{p_loads:5d}  {','.join(findings)}")
        total = sum(v[0] for v in ours.values())
        mean, p_mean = total / len(PAGES), p_total / len(PAGES)
        print(f"{'mean per page':44} {mean:7.2f} {p_mean:7.2f} {total / p_total:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
