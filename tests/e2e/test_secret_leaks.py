"""A secret a journey typed never reaches a text artefact, however the page echoes, stores or
sends it on.

tests/pages/hostile/secret.html echoes the e-mail address a journey types, puts it in a
pre-ticked consent label (so findings quote it), stores it in localStorage and a cookie, moves
it into its URL and sends it on URL-encoded, JSON-encoded and base64-encoded (in a query, a
JSON body and an ``Authorization: Basic`` header). The real CLI runs the journey with an audit
and the tracking phases (HAR files) and writes every output; then every text file of the run
is searched for every form of the secret.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

pytestmark = pytest.mark.browser

SECRET = "ada.lovelace@example.org"
JOURNEY = """\
version: 1
name: Secret echo
steps:
  - goto: /pages/hostile/secret.html
  - fill: {label: Email, value: "${CONSENTINEL_E2E_EMAIL}"}
  - click: {role: button, name: Sign up}
  - wait: {text: Signed up as}
  - audit: After sign-up
  - track-consent: Tracking
"""
TEXT_SUFFIXES = (".json", ".har", ".html", ".sarif", ".xml")


def forms(secret: str) -> list[str]:
    """The forms the page puts the secret in (each must be gone from every artefact)."""
    raw = secret.encode()
    return [secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1],
            base64.b64encode(raw).decode(), base64.b64encode(f"ada:{secret}".encode()).decode(),
            base64.b64encode(f"user:{secret}".encode()).decode()]


def test_the_typed_secret_is_in_no_text_artefact(tmp_path: Path, tests_folder_url: str,
                                                 cli_env: dict[str, str]) -> None:
    flow = tmp_path / "secret.yaml"
    flow.write_text(JOURNEY, encoding="utf-8")
    out = tmp_path / "report"
    env = {**cli_env, "CONSENTINEL_E2E_EMAIL": SECRET}
    command = [sys.executable, "-m", "consentinel", "run", str(flow), "--base-url", tests_folder_url,
               "--out", str(out), "--no-axe", "--fail-on", "none", "--sarif", str(out / "run.sarif"),
               "--junit", str(out / "junit.xml")]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    steps = report["journeys"][0]["steps"]
    assert not [s["error"] for s in steps if s["error"]]
    # The page did leak it: the audit quotes the label (masked) and the tracking phases have HARs.
    audit = next(s for s in steps if s["kind"] == "audit")
    assert any("Send partner offers to ${CONSENTINEL_E2E_EMAIL}" in f["text"] for f in audit["findings"])
    hars = sorted(out.rglob("*.har"))
    assert len(hars) == 3
    assert any("${CONSENTINEL_E2E_EMAIL}" in har.read_text(encoding="utf-8") for har in hars)
    files = [p for p in out.rglob("*") if p.suffix in TEXT_SUFFIXES]
    assert {p.suffix for p in files} == set(TEXT_SUFFIXES)
    for path in files:
        text = path.read_text(encoding="utf-8")
        leaked = [form for form in forms(SECRET) if form in text]
        assert not leaked, f"{path.relative_to(out)} holds {leaked}"
    for stream in (proc.stdout, proc.stderr):
        assert SECRET not in stream
