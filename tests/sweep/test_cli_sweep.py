"""`scan --urls FILE` and `merge` on the command line: usage errors before any browser (fast tier)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentinel.cli import EXIT_USAGE, main


def test_bad_url_file_line_is_a_file_line_error_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://ok.example/\nnot a url\n", encoding="utf-8")
    assert main(["scan", "--urls", str(urls), "--out", str(tmp_path / "out")]) == EXIT_USAGE
    assert f"{urls}:2: 'not a url' must be an http(s) or file URL" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--shard", "3/2"], "--shard '3/2'"),
    (["--workers", "0"], "workers must be at least 1"),
    (["--recycle", "0"], "recycle must be at least 1"),
])
def test_bad_sweep_flags_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                message: str) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://ok.example/\n", encoding="utf-8")
    assert main(["scan", "--urls", str(urls), "--out", str(tmp_path / "out"), *args]) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_scan_without_urls_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan"]) == EXIT_USAGE
    assert "at least one URL, or --urls FILE" in capsys.readouterr().err


def test_merge_of_a_folder_that_is_not_a_sweep_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    assert main(["merge", str(tmp_path), "--out", str(tmp_path / "merged")]) == EXIT_USAGE
    assert "is not a sweep folder" in capsys.readouterr().err
