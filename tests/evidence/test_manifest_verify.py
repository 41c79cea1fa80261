"""manifest.json and `consentinel verify` (issue 14): any one-byte change, removal or addition fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consentinel.checks.base import Finding
from consentinel.cli import main
from consentinel.evidence import Invocation, verify_pack, write_manifest
from consentinel.evidence.crops import write_finding_crops
from consentinel.facts.snapshot import Box
from consentinel.results import JourneyResult, RunResult, StepResult

PNG_WIDTH = 200


def _png(tmp: Path) -> bytes:
    from PIL import Image

    path = tmp / "blank.png"
    Image.new("RGB", (PNG_WIDTH, 100), (255, 255, 255)).save(path)
    return path.read_bytes()


@pytest.fixture
def pack(tmp_path: Path) -> tuple[Path, RunResult]:
    folder = tmp_path / "pack"
    (folder / "journey").mkdir(parents=True)
    (folder / "journey" / "step-2.png").write_bytes(_png(tmp_path))
    (folder / "journey" / "step-2.mhtml").write_text("MIME-Version: 1.0\r\n", encoding="utf-8")
    (folder / "report.html").write_text("<html>report</html>", encoding="utf-8")
    (folder / "phase.har").write_text("{}", encoding="utf-8")
    journey_file = tmp_path / "flow.yaml"
    journey_file.write_text("name: flow\n", encoding="utf-8")
    finding = Finding("preselected-consent", "critical", "#opt", "Send me offers", {"checked": True},
                      box=Box(50, 40, 16, 16))
    step = StepResult(index=2, kind="audit", label="form", findings=[finding],
                      screenshot="journey/step-2.png",
                      screenshot_box={"x": 0, "y": 0, "width": PNG_WIDTH, "height": 100})
    run = RunResult(run_id="r1", command="run", tool_version="0.1.0", browser="chromium 156",
                    started_at="2026-01-01T00:00:00Z", finished_at="2026-01-01T00:00:09Z",
                    journeys=[JourneyResult("flow", str(journey_file), device="Desktop", locale="en-GB",
                                            timezone="Europe/Paris", steps=[step],
                                            context={"viewport": {"width": 1280, "height": 720},
                                                     "user_agent": "Mozilla/5.0 Test"})],
                    environment={"launch_args": ["--no-first-run"], "headless": True})
    write_finding_crops(run, folder)
    invocation = Invocation(argv=["run", "flow.yaml", "--evidence"], options={"evidence": True},
                            journey_files=[journey_file])
    write_manifest(folder, run, invocation)
    return folder, run


def test_manifest_lists_every_file_and_how_the_run_was_made(pack: tuple[Path, RunResult]) -> None:
    folder, _ = pack
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"journey/step-2.png", "journey/step-2.mhtml", "report.html",
                                      "phase.har", "journey/step-2-finding-1.png"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert manifest["tool"] == {"name": "consentinel", "version": manifest["tool"]["version"]}
    assert manifest["started_at"] == "2026-01-01T00:00:00Z"
    assert manifest["finished_at"] == "2026-01-01T00:00:09Z"
    assert manifest["browser"]["launch_args"] == ["--no-first-run"]
    assert manifest["invocation"]["argv"] == ["run", "flow.yaml", "--evidence"]
    journey = manifest["journeys"][0]
    assert (journey["device"], journey["locale"], journey["timezone"]) == ("Desktop", "en-GB", "Europe/Paris")
    assert journey["viewport"] == {"width": 1280, "height": 720}
    assert journey["user_agent"] == "Mozilla/5.0 Test"
    assert len(manifest["journey_files"][0]["sha256"]) == 64


def test_finding_crop_outlines_the_element_not_the_screenshot(pack: tuple[Path, RunResult]) -> None:
    from PIL import Image

    folder, _ = pack
    with Image.open(folder / "journey" / "step-2-finding-1.png") as crop:
        colours = {colour for _, colour in crop.convert("RGB").getcolors(maxcolors=1 << 16)}
    assert (220, 0, 0) in colours  # the outline
    with Image.open(folder / "journey" / "step-2.png") as shot:
        assert shot.convert("RGB").getcolors() == [(PNG_WIDTH * 100, (255, 255, 255))]


def test_untouched_pack_verifies(pack: tuple[Path, RunResult]) -> None:
    result = verify_pack(pack[0])
    assert result.ok and result.checked == 5


@pytest.mark.parametrize("name", ["report.html", "journey/step-2.png", "phase.har", "manifest.json"])
def test_one_altered_byte_fails(pack: tuple[Path, RunResult], name: str) -> None:
    path = pack[0] / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = verify_pack(pack[0])
    assert not result.ok
    assert name in result.altered or result.errors  # a manifest byte can also break its JSON


def test_removed_and_added_files_are_named(pack: tuple[Path, RunResult]) -> None:
    folder, _ = pack
    (folder / "phase.har").unlink()
    (folder / "journey" / "extra.png").write_bytes(b"x")
    result = verify_pack(folder)
    assert result.missing == ["phase.har"] and result.added == ["journey/extra.png"]
    assert "missing: phase.har" in result.problems and "added: journey/extra.png" in result.problems


def test_verify_command_exit_codes(pack: tuple[Path, RunResult], capsys: pytest.CaptureFixture[str]) -> None:
    folder, _ = pack
    assert main(["verify", str(folder)]) == 0
    assert "verified: 5 file(s) unchanged" in capsys.readouterr().out
    (folder / "report.html").write_text("<html>edited</html>", encoding="utf-8")
    assert main(["verify", str(folder)]) == 1
    assert "altered: report.html" in capsys.readouterr().out
    assert main(["verify", str(folder / "nowhere")]) == 2


def test_evidence_options_are_checked_before_a_browser_starts(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "https://example.org/", "--timestamp-url", "http://127.0.0.1:1/"]) == 2
    assert "--timestamp-url needs --evidence" in capsys.readouterr().err
    assert main(["scan", "https://example.org/", "--jurisdiction", "mars"]) == 2
