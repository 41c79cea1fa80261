"""Sweeps end to end on loopback pages: 60 URLs from a file with 2 workers, a run stopped with
SIGTERM and resumed, two shards merged, and Ray actors, each giving the same rows as one run.

Kept light: tiny pages, landing audits only (``--no-explore``, ``--no-axe``). The 60-URL run is
the reference the other tests compare their rows with (the same server, so the same URLs).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consentinel.engine import Plan
from consentinel.server import serve_directory
from consentinel.sweep import Shard, Store, SweepPlan, merge_runs, run_sweep

pytestmark = pytest.mark.browser

PLAIN = '<!doctype html><html lang="en"><title>{n}</title><body><h1>Page {n}</h1><p>Opening hours.</p>'
PRETICKED = ('<!doctype html><html lang="en"><title>{n}</title><body><form><h1>Sign up {n}</h1><label>'
             '<input type="checkbox" name="share" checked> I agree to share my data with partners for '
             'marketing</label><button>Create account</button></form>')
UNREACHABLE = "http://127.0.0.1:1/refused"  # a port Chromium refuses: an error row, quickly
PAGE_COUNT = 60


def consentinel(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
    return subprocess.Popen([sys.executable, "-m", "consentinel", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture(scope="module")
def urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    root = tmp_path_factory.mktemp("site")
    for n in range(PAGE_COUNT - 1):
        (root / f"p{n}.html").write_text((PRETICKED if n % 3 == 0 else PLAIN).format(n=n), encoding="utf-8")
    with serve_directory(root) as base:
        yield [f"{base}/p{n}.html" for n in range(PAGE_COUNT - 1)] + [UNREACHABLE]


@pytest.fixture(scope="module")
def reference(urls: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """One run of all 60 URLs from a file with 2 workers: its comparable rows by URL key."""
    folder = tmp_path_factory.mktemp("single") / "run"
    url_file = folder.parent / "urls.txt"
    url_file.write_text("# sixty loopback pages\n" + "\n".join(urls) + "\n", encoding="utf-8")
    process = consentinel("scan", "--urls", str(url_file), "--workers", "2", "--no-explore", "--no-axe",
                          "--out", str(folder))
    out, err = process.communicate(timeout=600)
    assert process.returncode == 1, err  # pre-ticked boxes fail the run
    assert err.count("consentinel: [") == PAGE_COUNT  # a progress line a page (stderr is no TTY)
    assert "preselected-consent: 20 finding(s) on 20 page(s)" in out
    assert (folder / "pages.jsonl").read_text().count("\n") == PAGE_COUNT
    with Store.in_folder(folder) as store:
        return {row["url_key"]: row for row in store.comparable()}


def rows(folder: Path) -> dict[str, dict[str, Any]]:
    with Store.in_folder(folder) as store:
        return {row["url_key"]: row for row in store.comparable()}


def test_sixty_urls_from_a_file_with_two_workers(reference: dict[str, dict[str, Any]]) -> None:
    assert len(reference) == PAGE_COUNT
    statuses = [row["status"] for row in reference.values()]
    assert statuses.count("error") == 1
    errors = [row["error_kind"] for row in reference.values() if row["status"] == "error"]
    assert errors == ["ERR_UNSAFE_PORT"]
    assert sum(len(row["findings"]) for row in reference.values()) == 20


def test_a_run_stopped_with_sigterm_and_resumed_equals_one_run(
        urls: list[str], reference: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    subset = urls[:12]
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(subset) + "\n", encoding="utf-8")
    folder = tmp_path / "run"
    args = ("--urls", str(url_file), "--workers", "1", "--no-explore", "--no-axe", "-q")
    process = consentinel("scan", *args, "--out", str(folder))
    deadline = time.monotonic() + 300
    while _stored_pages(folder) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert f"--resume {folder}" in err
    assert 3 <= _stored_pages(folder) < len(subset)
    resumed = consentinel("scan", *args, "--resume", str(folder))
    resumed.communicate(timeout=600)
    assert rows(folder) == {key: reference[key] for key in rows(folder)}
    assert len(rows(folder)) == len(subset)


def _stored_pages(folder: Path) -> int:
    try:
        with sqlite3.connect(folder / "sweep.sqlite") as db:
            return db.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_two_shards_merged_equal_one_run(urls: list[str], reference: dict[str, dict[str, Any]],
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
    subset = urls[-12:]
    for index in (1, 2):
        plan = Plan(out_dir=tmp_path / f"shard{index}", command="scan", explore=False, axe_cross_check=False)
        sweep = SweepPlan(plan=plan, urls=subset, workers=1, shard=Shard(index, 2), progress=False)
        outcome = run_sweep(sweep)
        assert 0 < outcome.scanned < len(subset)
    merge_runs([tmp_path / "shard1", tmp_path / "shard2"], tmp_path / "merged")
    merged = rows(tmp_path / "merged")
    assert len(merged) == len(subset)
    assert merged == {key: reference[key] for key in merged}


def test_ray_actors_give_the_same_rows(urls: list[str], reference: dict[str, dict[str, Any]], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray")
    monkeypatch.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    import ray

    plan = Plan(out_dir=tmp_path / "ray", command="scan", explore=False, axe_cross_check=False)
    try:
        outcome = run_sweep(SweepPlan(plan=plan, urls=[*urls[:3], UNREACHABLE], workers=2, executor="ray",
                                      progress=False))
    finally:
        ray.shutdown()
    assert outcome.scanned == 4
    found = rows(tmp_path / "ray")
    assert found == {key: reference[key] for key in found}
    assert {row["worker"] for row in Store.in_folder(tmp_path / "ray").records()} != {""}
