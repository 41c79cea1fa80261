"""The issue's "done when", end to end with a real Chromium: `consentinel demo --evidence` writes a
folder `consentinel verify` accepts and rejects after one changed byte, a removal or an addition;
its PDF cites Planet49 / Recital 32 and PIPL for the pre-ticked box; `--report-lang zh-CN` is
Chinese; and re-running a journey on an unchanged page gives the same findings and fingerprints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from consentinel.baseline import fingerprint
from consentinel.demo import demo_flows_dir, demo_site_dir
from consentinel.journeys import load_journeys
from consentinel.server import serve_directory

pytestmark = pytest.mark.browser


def consentinel(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
    return subprocess.run([sys.executable, "-m", "consentinel", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-folded (CJK glyphs often extract as compatibility ideographs)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("evidence") / "pack"
    done = consentinel("demo", "--evidence", "--jurisdiction", "eu", "--jurisdiction", "cn", "--no-axe",
                       "--no-open", "-q", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_pack_holds_pdf_mhtml_crops_and_a_manifest_of_everything(pack: Path) -> None:
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    files = set(manifest["files"])
    assert {"report.html", "report.json", "report.pdf"} <= files
    assert any(f.endswith(".mhtml") for f in files) and any("-finding-" in f for f in files)
    mhtml = next(pack.glob("*/step-*.mhtml")).read_text(encoding="utf-8")
    assert mhtml.startswith("From: <Saved by Blink>") or "MIME-Version" in mhtml[:400]
    assert manifest["invocation"]["argv"][:2] == ["demo", "--evidence"]
    assert manifest["browser"]["launch_args"] and manifest["browser"]["version"].startswith("chromium")
    assert all(j["user_agent"] and j["viewport"] for j in manifest["journeys"])
    assert len(manifest["journey_files"]) == len(manifest["journeys"])


def test_pdf_cites_planet49_and_pipl_for_the_pre_ticked_box(pack: Path) -> None:
    text = " ".join(pdf_text(pack / "report.pdf").split())
    assert "preselected-consent" in text
    assert "Planet49" in text or "GDPR Recital 32" in text
    assert "PIPL Art. 14" in text


def test_verify_accepts_then_rejects_any_change(pack: Path) -> None:
    assert consentinel("verify", str(pack)).returncode == 0
    pdf = pack / "report.pdf"
    original = pdf.read_bytes()
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 0x20
    pdf.write_bytes(bytes(changed))
    rejected = consentinel("verify", str(pack))
    assert rejected.returncode == 1 and "altered: report.pdf" in rejected.stdout
    pdf.write_bytes(original)
    shot = next(pack.glob("*/step-*.png"))
    saved = shot.read_bytes()
    shot.unlink()
    assert "missing: " in consentinel("verify", str(pack)).stdout
    shot.write_bytes(saved)
    (pack / "notes.txt").write_text("added later", encoding="utf-8")
    added = consentinel("verify", str(pack))
    assert added.returncode == 1 and "added: notes.txt" in added.stdout
    (pack / "notes.txt").unlink()
    assert consentinel("verify", str(pack)).returncode == 0


def test_chinese_report_and_trace(tmp_path: Path) -> None:
    flow = demo_flows_dir() / "annual-bill-zh-phone.yaml"
    with serve_directory(demo_site_dir()) as base_url:
        done = consentinel("run", str(flow), "--base-url", base_url, "--evidence", "--trace", "--report-lang",
                           "zh-CN", "--jurisdiction", "cn", "--no-axe", "-q", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html and "同意选项被预先勾选" in html
    text = pdf_text(tmp_path / "report.pdf")
    assert "同意界面黑暗模式证据报告" in text and "PIPL Art. 14" in text
    assert list(tmp_path.glob("*/trace.zip"))
    assert consentinel("verify", str(tmp_path)).returncode == 0


def test_same_page_same_findings_and_fingerprints(tmp_path: Path) -> None:
    from consentinel.gather.runner import RunOptions, run_journeys

    journeys = load_journeys([demo_flows_dir() / "annual-bill-en-desktop.yaml",
                              demo_flows_dir() / "signup-dark.yaml"])

    def findings(out: Path) -> list[tuple[str, ...]]:
        with serve_directory(demo_site_dir()) as base_url:
            run = run_journeys(journeys, RunOptions(out_dir=out, base_url=base_url, axe_cross_check=False))
        # The port differs between runs: fingerprints use the URL's path, as baselines do.
        return sorted((fingerprint(f), f.check, f.impact, f.outcome, f.selector, f.text,
                       json.dumps(f.evidence, sort_keys=True)) for f in run.findings)

    first, second = findings(tmp_path / "one"), findings(tmp_path / "two")
    assert first and first == second


def test_each_explored_layer_keeps_the_dom_of_its_own_page(tmp_path: Path) -> None:
    """Settings, accept and reject are explored in contexts of their own: their MHTML must come
    from there, not from the journey's landing page."""
    pages = Path(__file__).resolve().parents[1] / "pages" / "cmp_prompts"
    with serve_directory(pages) as base_url:
        done = consentinel("scan", f"{base_url}/delayed_zh.html", "--evidence", "--no-axe", "-q",
                           "--fail-on", "none", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    shots = [p for p in tmp_path.rglob("step-*.png") if "-finding-" not in p.name]
    assert len(shots) >= 3
    assert all(p.with_suffix(".mhtml").is_file() for p in shots)
    layers = {p.parent.name: p.with_suffix(".mhtml").read_bytes() for p in shots}
    assert layers["step-4-first"] != layers["step-4-settings"]
    assert consentinel("verify", str(tmp_path)).returncode == 0
