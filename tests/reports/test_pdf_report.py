"""report.pdf: the HTML evidence report printed by headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from consentinel.cli import build_parser
from consentinel.reports import write_reports
from consentinel.reports.pdf import write_pdf
from consentinel.results import RunResult

RunFactory = Callable[[Path], RunResult]


@pytest.mark.browser
def test_pdf_is_printed_beside_the_html(tmp_path: Path, run_factory: RunFactory,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
    paths = write_reports(run_factory(tmp_path), tmp_path)
    pdf = write_pdf(paths["html"])
    data = pdf.read_bytes()
    assert pdf == tmp_path / "report.pdf"
    assert data.startswith(b"%PDF-")
    # The report (summary, metadata, a journey with its screenshot and findings) spans pages.
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2


def test_cli_commands_take_pdf() -> None:
    parser = build_parser()
    for argv in (["scan", "http://127.0.0.1/", "--pdf"], ["run", "flows/", "--pdf"], ["demo", "--pdf"]):
        assert parser.parse_args(argv).pdf is True
