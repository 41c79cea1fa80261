"""Sweeps end to end on loopback pages: 60 URLs from a file with 2 workers, a run stopped with
SIGTERM and resumed, two shards merged, and Ray actors, each giving the same rows as one run.

Kept light: tiny pages, landing audits only (``--no-explore``, ``--no-axe``). The 60-URL run is
the reference the other tests compare their rows with (the same server, so the same URLs).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import playwright
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


@pytest.fixture
def run_server(tmp_path: Path) -> Iterator[str]:
    """``playwright run-server`` on loopback, its headless shell linked to the system Chromium.

    Playwright's own browser download fails here, so ``PLAYWRIGHT_BROWSERS_PATH`` names a folder
    whose ``chromium_headless_shell-<revision>`` entry (the revision this Playwright expects) is
    the browser Consentinel finds itself.
    """
    chromium = os.environ.get("CONSENTINEL_BROWSER") or shutil.which("chromium")
    if not chromium:
        pytest.skip("no system Chromium to serve")
    package = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    revision = next(b["revision"] for b in json.loads(package.read_text())["browsers"]
                    if b["name"] == "chromium-headless-shell")
    shell = tmp_path / "browsers" / f"chromium_headless_shell-{revision}" / "chrome-headless-shell-linux64"
    shell.mkdir(parents=True)
    (shell / "chrome-headless-shell").symlink_to(chromium)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "browsers")}
    server = subprocess.Popen([sys.executable, "-m", "playwright", "run-server", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        yield f"ws://127.0.0.1:{port}/"
    finally:  # the wrapper's node child too: the whole process group
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_remote_browsers_from_playwright_run_server_give_the_same_rows(
        urls: list[str], reference: dict[str, dict[str, Any]], run_server: str, tmp_path: Path) -> None:
    plan = Plan(out_dir=tmp_path / "remote", command="scan", explore=False, axe_cross_check=False,
                browser_ws=run_server)
    outcome = run_sweep(SweepPlan(plan=plan, urls=urls[:3], workers=1, progress=False))
    assert outcome.scanned == 3
    found = rows(tmp_path / "remote")
    assert found == {key: reference[key] for key in found}
    browsers = {record["browser"] for record in Store.in_folder(tmp_path / "remote").records()}
    assert all(browser.endswith(f"(remote: {run_server})") for browser in browsers)


def test_an_unreachable_remote_browser_is_a_setup_error_per_page(urls: list[str], tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    plan = Plan(out_dir=tmp_path / "remote", command="scan", explore=False, axe_cross_check=False,
                browser_ws=f"ws://127.0.0.1:{port}/", step_timeout_ms=5000)
    outcome = run_sweep(SweepPlan(plan=plan, urls=urls[:2], workers=1, progress=False))
    assert outcome.summary["per_error_kind"] == {"setup": 2}
    errors = [record["error"] for record in Store.in_folder(tmp_path / "remote").records()]
    assert all("cannot use the remote browser at ws://127.0.0.1" in error for error in errors)
