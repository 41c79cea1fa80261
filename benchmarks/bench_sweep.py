"""Benchmark: landing audits per minute with 1 and 2 workers, and peak memory of a 200-page sweep.

Both figures come from ``consentinel.sweep.run_sweep`` on generated loopback pages, as
``consentinel scan --urls FILE --no-explore`` runs them (the axe-core cross-check on unless
``--no-axe``). Targets (issue 12): at least 100 landing audits a minute with 2 workers on 2 cores;
peak process-tree memory under 1.5 GB on a 200-page scan.

* Rate: the same pages with ``--workers 1`` then ``2``; pages per minute over the whole sweep
  (browser launches included) and over the steady part (from the first finished page on).
* Memory: the driver, its workers and every browser process under them, sampled every
  ``SAMPLE_SECONDS``; the peak of the summed PSS (proportional set size: shared pages counted
  once, which RSS would count in every Chromium process) and of the summed RSS. Linux /proc only.

The pages vary: plain text, long articles, tables, a form with a pre-ticked consent box, and a
fixed cookie banner with a pale fine-print line (so the checks find something to report).

Usage::

    python benchmarks/bench_sweep.py [--rate-pages 60] [--memory-pages 200] [--no-axe]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from consentinel.engine import Plan
from consentinel.server import serve_directory
from consentinel.sweep import SweepPlan, run_sweep

SAMPLE_SECONDS = 0.2
KIB = 1024

ARTICLE = "<article><h2>Section {i}</h2><p>" + "Opening hours and delivery terms. " * 20 + "</p></article>"
TABLE_ROW = "<tr><td>Item {i}</td><td>{i}.99</td><td><a href='#{i}'>details</a></td></tr>"
PRETICKED = ('<form><label><input type="checkbox" name="share" checked> I agree to share my data with '
             'partners for marketing</label><button>Create account</button></form>')
BANNER = ('<div role="dialog" aria-label="Cookie consent" style="position:fixed;bottom:0;left:0;right:0;'
          'background:#fff;padding:12px"><p>We and our partners use cookies.</p><p style="color:#ccc;'
          'font-size:9px">By continuing you accept all cookies.</p><button>Accept all</button></div>')


def page_html(n: int) -> str:
    """Page ``n`` of the generated site: one of five kinds, of varying length."""
    kind = n % 5
    body = [f"<h1>Page {n}</h1>"]
    if kind == 0:
        body.append("<p>Plain page.</p>")
    elif kind == 1:
        body += [ARTICLE.format(i=i) for i in range(5 + n % 20)]
    elif kind == 2:
        body.append("<table>" + "".join(TABLE_ROW.format(i=i) for i in range(20 + n % 50)) + "</table>")
    elif kind == 3:
        body.append(PRETICKED)
    else:
        body += [ARTICLE.format(i=i) for i in range(3)] + [BANNER]
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head>'
            f'<body>{"".join(body)}</body></html>')


def write_site(root: Path, count: int) -> None:
    for n in range(count):
        (root / f"p{n}.html").write_text(page_html(n), encoding="utf-8")


def process_tree(root_pid: int) -> list[int]:
    """``root_pid`` and every descendant, from /proc (children of each task)."""
    pids, stack = [], [root_pid]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                stack += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return pids


def memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in KiB; (0, 0) when it is gone."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0, 0
    fields = {name: int(value.split()[0]) for name, _, value in (line.partition(":") for line in lines)
              if value.strip().endswith("kB")}  # the first line is the mapping range, not a field
    return fields.get("Pss", 0), fields.get("Rss", 0)


class PeakMemory:
    """Samples this process tree's summed PSS and RSS in a thread; keeps the peaks."""

    def __init__(self) -> None:
        self.peak_pss = self.peak_rss = self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            pids = process_tree(os.getpid())
            totals = [memory_kib(pid) for pid in pids]
            self.peak_pss = max(self.peak_pss, sum(p for p, _ in totals))
            self.peak_rss = max(self.peak_rss, sum(r for _, r in totals))
            self.peak_processes = max(self.peak_processes, len(pids))
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def sweep(urls: list[str], out_dir: Path, workers: int, args: argparse.Namespace) -> tuple[float, float]:
    """Pages per minute over the whole sweep, and from the first finished page on."""
    plan = Plan(out_dir=out_dir, command="scan", explore=False, axe_cross_check=not args.no_axe,
                **({"scan_settle_ms": args.settle_ms} if args.settle_ms is not None else {}))
    finished: list[float] = []
    started = time.perf_counter()
    outcome = run_sweep(SweepPlan(plan=plan, urls=urls, workers=workers, progress=False),
                        on_record=lambda _record: finished.append(time.perf_counter()))
    total = time.perf_counter() - started
    if outcome.summary["pages"] != len(urls) or outcome.summary["pages_with_errors"]:
        sys.exit(f"benchmark: the sweep did not scan every page cleanly: {outcome.summary}")
    steady = (len(finished) - 1) * 60 / (finished[-1] - finished[0]) if len(finished) > 1 else 0.0
    return len(urls) * 60 / total, steady


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate-pages", type=int, default=60)
    parser.add_argument("--memory-pages", type=int, default=200)
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--no-axe", action="store_true", help="skip the axe-core cross-check, as --no-axe")
    parser.add_argument("--settle-ms", type=int, default=None,
                        help="landing settle window (default: the product's); 0 shows the sweep's own cost")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        root.mkdir()
        count = max(args.rate_pages, args.memory_pages)
        write_site(root, count)
        with serve_directory(root) as base:
            urls = [f"{base}/p{n}.html" for n in range(count)]
            settle = "default" if args.settle_ms is None else f"{args.settle_ms} ms"
            print(f"axe-core cross-check: {'off' if args.no_axe else 'on'}; settle window: {settle}; "
                  f"cores: {os.cpu_count()}")
            for workers in (1, 2):
                whole, steady = sweep(urls[:args.rate_pages], Path(tmp) / f"rate{workers}", workers, args)
                print(f"landing audits/min, {workers} worker(s), {args.rate_pages} pages: "
                      f"{whole:.0f} whole sweep, {steady:.0f} steady")
            if not args.memory_pages:
                return
            with PeakMemory() as memory:
                sweep(urls[:args.memory_pages], Path(tmp) / "memory", args.memory_workers, args)
            print(f"peak process-tree memory, {args.memory_pages} pages, {args.memory_workers} workers: "
                  f"PSS {memory.peak_pss / KIB:.0f} MiB, RSS {memory.peak_rss / KIB:.0f} MiB "
                  f"({memory.peak_processes} processes)")


if __name__ == "__main__":
    main()
