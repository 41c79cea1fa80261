"""Running a sweep: the URL list, minus the shard's others and the pages already done, through
an executor, each record streamed into the store and the JSONL as it arrives.

The driver is the only writer. Ctrl-C or SIGTERM stops the workers; every page finished before
that is in the store, and ``--resume`` on the same folder scans only the rest. At the end (or
the stop) the JSONL is rewritten from the store in URL order and ``summary.json`` is written, so
a resumed run and a single run leave the same files.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import consentinel
from consentinel.engine import EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK, Plan
from consentinel.sweep.executors import Executor, ProcessPool, RayPool, default_workers
from consentinel.sweep.progress import SweepProgress
from consentinel.sweep.store import JSONL_NAME, Store, append_jsonl, export_jsonl
from consentinel.sweep.summary import summarise, write_summary
from consentinel.sweep.urls import Shard, unique_urls, url_key
from consentinel.sweep.worker import DEFAULT_RECYCLE, WorkerSettings

EXECUTORS = ("local", "ray")


@dataclass(frozen=True, slots=True)
class SweepPlan:
    """Many URLs, each scanned as ``plan`` says, by ``workers`` browsers.

    ``plan`` is the template of every page's run (checks, device, explore, fail_on); its
    ``out_dir`` is the run folder. Example::

        sweep = SweepPlan(plan=Plan(out_dir=Path("reports/top10k"), explore=False),
                          urls=read_url_file(Path("top10k.txt")), workers=2)
        outcome = run_sweep(sweep)
    """

    plan: Plan
    urls: Sequence[str]
    workers: int = field(default_factory=default_workers)
    recycle: int = DEFAULT_RECYCLE
    executor: str = "local"
    ray_address: str | None = None
    shard: Shard | None = None
    resume: bool = False  # skip URLs the folder's store already holds
    progress: bool = True
    browser_executable: str | None = None

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.recycle < 1:
            raise ValueError("recycle must be at least 1 page")
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {', '.join(EXECUTORS)}, not {self.executor!r}")

    @property
    def out_dir(self) -> Path:
        return self.plan.out_dir

    def selected_urls(self) -> list[str]:
        """The URLs this run is responsible for: deduplicated, then this shard's share."""
        urls = unique_urls(self.urls)
        return self.shard.take(urls) if self.shard else urls


@dataclass(slots=True)
class SweepOutcome:
    """What a sweep left: its summary, the files, whether it was stopped, and its exit code."""

    summary: dict[str, Any]
    paths: dict[str, Path]
    scanned: int  # pages scanned by this invocation
    skipped: int  # pages already in the store (resume)
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """The scan's codes: 130 stopped, 1 failing findings, 3 pages with errors, else 0."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.summary["failing"]:
            return EXIT_FINDINGS
        if self.summary["pages_with_errors"]:
            return EXIT_INCOMPLETE
        return EXIT_OK


class SweepStopped(Exception):
    """SIGTERM reached the driver: stop like Ctrl-C (finished pages are kept)."""


def _raise_stopped(_signum: int, _frame: Any) -> None:
    raise SweepStopped


@contextlib.contextmanager
def _on_sigterm(handler: Any) -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _executor(sweep: SweepPlan, count: int) -> Executor:
    settings = WorkerSettings(plan=sweep.plan, recycle=sweep.recycle,
                              browser_executable=sweep.browser_executable)
    workers = max(1, min(sweep.workers, count))
    if sweep.executor == "ray":
        return RayPool(settings, workers, sweep.ray_address)
    return ProcessPool(settings, workers)


def _meta(sweep: SweepPlan) -> dict[str, str]:
    plan = sweep.plan
    return {
        "tool_version": consentinel.__version__,
        "run_id": plan.run_id or "",
        "explore": str(plan.explore),
        "checks": ",".join(plan.checks) if plan.checks else "",
        "device": plan.device or "",
        "fail_on": plan.fail_on,
    }


def run_sweep(sweep: SweepPlan, *, on_record: Callable[[dict[str, Any]], None] | None = None) -> SweepOutcome:
    """Scan the sweep's URLs, store every page, write JSONL and the summary (see module docs)."""
    out_dir = sweep.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / JSONL_NAME
    urls = sweep.selected_urls()
    interrupted = False
    scanned = 0
    with Store.in_folder(out_dir) as store:
        done = store.done_keys() if sweep.resume else set()
        if not sweep.resume and done:
            raise FileExistsError(f"{out_dir} already holds a sweep; use --resume {out_dir} or another --out")
        if not sweep.resume:
            store.set_meta(_meta(sweep))
        todo = [url for url in urls if url_key(url) not in done]
        progress = SweepProgress(len(todo), enabled=sweep.progress)
        executor: Executor | None = None
        try:
            with _on_sigterm(_raise_stopped):
                if todo:
                    executor = _executor(sweep, len(todo))
                    for record in executor.results(todo):
                        store.add(record)
                        append_jsonl(jsonl, record)
                        scanned += 1
                        progress.page_done(record)
                        if on_record is not None:
                            on_record(record)
        except (KeyboardInterrupt, SweepStopped):
            interrupted = True
        finally:
            progress.close()
            if executor is not None:
                with _on_sigterm(signal.SIG_IGN):  # a second SIGTERM must not leave browsers behind
                    executor.close()
        summary = summarise(store)
        paths = {"store": store.path, "jsonl": export_jsonl(store, jsonl),
                 "summary": write_summary(summary, out_dir)}
    return SweepOutcome(summary=summary, paths=paths, scanned=scanned, skipped=len(urls) - len(todo),
                        interrupted=interrupted)


__all__ = ["EXECUTORS", "SweepOutcome", "SweepPlan", "SweepStopped", "run_sweep"]
