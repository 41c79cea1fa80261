"""One report, SARIF and baseline for a pytest-xdist session, however many workers ran it.

Under ``pytest -n N`` every worker is its own pytest session with its own plugin state; left
alone, each would write the session's outputs to the same paths, the last one winning. Instead:

* the controller gives every worker a folder for partial results (``pytest_configure_node``);
* a worker, at its session end, writes its :class:`RunResult` there as JSON instead of outputs;
* the controller, in ``pytest_sessionfinish``, reads every partial into its own run (journeys
  in a stable order) and writes the outputs once, through the engine, as a single process would.

Screenshots and snapshots already land in the shared ``--consent-report`` folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from consentinel.results import RunResult

PARTIALS_KEY = "consentinel_partials"  # workerinput key: the folder for partial results
_PARTIALS_DIR = pytest.StashKey[tempfile.TemporaryDirectory]()


def is_worker(config: pytest.Config) -> bool:
    """Whether this session is a pytest-xdist worker whose controller merges the outputs."""
    return PARTIALS_KEY in getattr(config, "workerinput", {})


def partials_dir(config: pytest.Config) -> Path:
    """The controller's folder for its workers' partial results (created on first use)."""
    holder = config.stash.get(_PARTIALS_DIR, None)
    if holder is None:
        holder = tempfile.TemporaryDirectory(prefix="consentinel-xdist-")
        config.stash[_PARTIALS_DIR] = holder
    return Path(holder.name)


def configure_node(config: pytest.Config, node: Any) -> None:
    """Controller side: tell a starting worker where to leave its partial result."""
    node.workerinput[PARTIALS_KEY] = str(partials_dir(config))


def write_partial(config: pytest.Config, run: RunResult) -> Path:
    """Worker side: the worker's result, for the controller to merge."""
    folder = Path(config.workerinput[PARTIALS_KEY])  # type: ignore[attr-defined]
    worker_id = config.workerinput.get("workerid", str(os.getpid()))  # type: ignore[attr-defined]
    path = folder / f"{worker_id}.json"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(run.to_dict()), encoding="utf-8")
    temporary.replace(path)
    return path


def read_partials(config: pytest.Config) -> list[RunResult]:
    """Controller side: the results its workers left (none without xdist)."""
    holder = config.stash.get(_PARTIALS_DIR, None)
    if holder is None:
        return []
    return [RunResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
            for path in sorted(Path(holder.name).glob("*.json"))]


def merge_partials(run: RunResult, partials: list[RunResult]) -> None:
    """Add every worker's journeys to the controller's ``run``, in a stable order."""
    for part in partials:
        run.journeys.extend(part.journeys)
        run.browser = run.browser or part.browser
        run.redactions = sorted({*run.redactions, *part.redactions})
        if part.started_at and (not run.started_at or part.started_at < run.started_at):
            run.started_at = part.started_at
    run.journeys.sort(key=lambda journey: (journey.source, journey.name))


def cleanup(config: pytest.Config) -> None:
    holder = config.stash.get(_PARTIALS_DIR, None)
    if holder is not None:
        holder.cleanup()


__all__ = ["PARTIALS_KEY", "cleanup", "configure_node", "is_worker", "merge_partials", "partials_dir",
           "read_partials", "write_partial"]
