"""SIGTERM and SIGHUP take the Ctrl-C path: the report is written and says it is partial, the
exit code is 128 + the signal, and no browser process is left behind.

The signal goes to the consentinel process alone (``kill PID``, what a CI runner or a process
supervisor sends), not to its process group, so the test also proves that consentinel itself
takes its Playwright driver and Chromium down.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consentinel.server import serve_directory

pytestmark = pytest.mark.browser

PAGE = "<!doctype html><html lang=en><head><title>Plain</title></head><body><p>Open 9 to 5</p></body></html>"


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (read from /proc, no extra dependency)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_writes_a_partial_report_and_leaves_no_browser(tmp_path: Path, signum: int,
                                                                code: int) -> None:
    (tmp_path / "plain.html").write_text(PAGE, encoding="utf-8")
    # The second URL accepts connections and never answers: the scan is busy there when signalled.
    with serve_directory(tmp_path) as site, socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        hang = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        out = tmp_path / "report"
        env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
        proc = subprocess.Popen([sys.executable, "-m", "consentinel", "scan", site + "/plain.html", hang,
                                 "--out", str(out), "--no-axe", "--no-explore", "-q", "--timeout", "60000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                start_new_session=True)
        children: set[int] = set()
        try:
            # The browser connecting to the silent server means the first URL is done and the
            # second is under way (waiting for an answer that never comes).
            silent.settimeout(90)
            try:
                waiting, _ = silent.accept()
            except TimeoutError:
                os.killpg(proc.pid, signal.SIGKILL)
                pytest.fail(f"the scan never reached the silent server:\n{proc.communicate()[1]}")
            children = descendants(proc.pid)
            assert children, "the browser should be running"
            os.kill(proc.pid, signum)  # the consentinel process alone, as `kill PID` does
            _, stderr = proc.communicate(timeout=60)
            waiting.close()
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, stderr
    assert "interrupted; the report holds what was gathered" in stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    name = signal.Signals(signum).name
    partial = f"partial report: the run was interrupted ({name})"
    assert any(w.startswith(partial) for w in report["run"]["warnings"])
    first, second = report["journeys"]
    assert any(s["kind"] == "audit" and s["screenshot"] for s in first["steps"])
    assert second["source"] == hang and "interrupted" in json.dumps(second)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in children if alive(pid)], "browser or driver processes were left running"
