"""Where workers run: a local pool of processes, or Ray actors on a cluster.

Both take URLs and yield records as pages finish, each page on one :class:`PageWorker` (one
browser per worker). The driver alone writes the store; workers only return records.

* :class:`ProcessPool` -- ``--workers N`` processes on this machine (spawned, each its own
  Playwright and browser). A worker that dies mid-page (killed, out of memory) costs that page
  an error record (``worker-died``) and is replaced.
* :class:`RayPool` -- ``--executor ray``: N actors, one browser each, on the cluster at
  ``--ray-address``/``RAY_ADDRESS`` (without one, Ray starts a local cluster). ``max_restarts``
  brings a dead actor back and ``max_task_retries`` re-runs the page it was on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from consentinel.sweep.record import WORKER_DIED, failed_record
from consentinel.sweep.worker import PageWorker, WorkerSettings

MAX_WORKERS_DEFAULT = 8  # each Chromium takes 150-300 MB; more rarely helps on one machine
POLL_SECONDS = 0.5
# Ray: restart an actor whose process died up to this many times, and retry its page.
RAY_MAX_RESTARTS = 3
RAY_MAX_TASK_RETRIES = 2


def default_workers() -> int:
    """One worker per usable CPU, capped at :data:`MAX_WORKERS_DEFAULT` (a browser per worker)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS_DEFAULT))


class Executor(Protocol):
    def results(self, urls: Sequence[str]) -> Iterator[dict[str, Any]]: ...
    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------
# Local processes
# ---------------------------------------------------------------------------------------------


def _process_main(settings: WorkerSettings, tasks: Any, results: Any, slot: int) -> None:
    """A worker process: scan URLs from ``tasks`` until None; report start and record of each."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    worker = PageWorker(settings)
    try:
        while (url := tasks.get()) is not None:
            results.put(("started", slot, url))
            results.put(("done", slot, worker.scan(url)))
    finally:
        worker.close()


class ProcessPool:
    """``workers`` local processes, each one :class:`PageWorker`."""

    def __init__(self, settings: WorkerSettings, workers: int) -> None:
        self.settings = settings
        self.size = workers
        self._mp = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited Playwright
        self._tasks: Any = self._mp.Queue()
        self._results: Any = self._mp.Queue()
        self._processes: dict[int, Any] = {}

    def _start(self, slot: int) -> None:
        process = self._mp.Process(target=_process_main, name=f"consentinel-worker-{slot}",
                                   args=(self.settings, self._tasks, self._results, slot), daemon=True)
        process.start()
        self._processes[slot] = process

    def results(self, urls: Sequence[str]) -> Iterator[dict[str, Any]]:
        for url in urls:
            self._tasks.put(url)
        for _ in range(self.size):
            self._tasks.put(None)
        for slot in range(min(self.size, len(urls))):
            self._start(slot)
        current: dict[int, str] = {}
        remaining = len(urls)
        while remaining:
            try:
                kind, slot, payload = self._results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                for slot, process in list(self._processes.items()):
                    if process.is_alive() or process.exitcode == 0:
                        continue
                    del self._processes[slot]
                    url = current.pop(slot, None)
                    if url is not None:  # died mid-page: that page is an error, the rest go on
                        remaining -= 1
                        yield failed_record(url, f"worker process died (exit code {process.exitcode})",
                                            kind=WORKER_DIED)
                    if remaining:  # the replacement takes the dead one's end marker too
                        self._start(slot)
                continue
            if kind == "started":
                current[slot] = payload
            else:
                current.pop(slot, None)
                remaining -= 1
                yield payload

    def close(self) -> None:
        """Stop every worker now (a finished run's workers have exited already)."""
        for process in self._processes.values():
            if process.is_alive():
                process.terminate()
        for process in self._processes.values():
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
        self._processes.clear()


# ---------------------------------------------------------------------------------------------
# Ray actors
# ---------------------------------------------------------------------------------------------


class RayUnavailable(RuntimeError):
    """Ray is not installed (``pip install "consentinel[ray]"``) or the cluster cannot be reached."""


class PageActor:
    """A Ray actor around one :class:`PageWorker` (one browser per actor)."""

    def __init__(self, settings: WorkerSettings) -> None:
        self.worker = PageWorker(settings)

    def scan(self, url: str) -> dict[str, Any]:
        return self.worker.scan(url)

    def close(self) -> None:
        self.worker.close()


class RayPool:
    """``workers`` Ray actors; pages are handed to whichever actor is free."""

    def __init__(self, settings: WorkerSettings, workers: int, address: str | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise RayUnavailable('--executor ray needs Ray: pip install "consentinel[ray]"') from None
        self.ray = ray
        address = address or os.environ.get("RAY_ADDRESS") or None
        try:
            if not ray.is_initialized():
                ray.init(address=address, include_dashboard=False, log_to_driver=False,
                         configure_logging=False, ignore_reinit_error=True)
        except Exception as exc:  # ConnectionError, RuntimeError: one line for the user
            raise RayUnavailable(f"cannot start or reach Ray ({address or 'local cluster'}): {exc}") from None
        actor_class = ray.remote(num_cpus=1, max_restarts=RAY_MAX_RESTARTS,
                                 max_task_retries=RAY_MAX_TASK_RETRIES)(PageActor)
        self.actors = [actor_class.remote(settings) for _ in range(workers)]

    def results(self, urls: Sequence[str]) -> Iterator[dict[str, Any]]:
        ray = self.ray
        pending = list(reversed(urls))
        running: dict[Any, tuple[Any, str]] = {}
        for actor in self.actors:
            if pending:
                url = pending.pop()
                running[actor.scan.remote(url)] = (actor, url)
        while running:
            done, _ = ray.wait(list(running), num_returns=1)
            ref = done[0]
            actor, url = running.pop(ref)
            try:
                record = ray.get(ref)
            except Exception as exc:  # the actor died past its retries
                record = failed_record(url, f"Ray actor failed: {type(exc).__name__}", kind=WORKER_DIED)
            if pending:
                next_url = pending.pop()
                running[actor.scan.remote(next_url)] = (actor, next_url)
            yield record

    def close(self) -> None:
        for actor in self.actors:
            with contextlib.suppress(Exception):
                self.ray.get(actor.close.remote(), timeout=30)
            with contextlib.suppress(Exception):
                self.ray.kill(actor)
        self.actors = []


__all__ = ["Executor", "PageActor", "ProcessPool", "RayPool", "RayUnavailable", "default_workers"]
