"""scripts/label_agreement.py: how far independent annotators agree with the real set's labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_script import script_module

AGREE = script_module("label_agreement")


def test_kappa_and_rates_match_a_worked_example() -> None:
    # 50 items: both say yes 20, reference only 5, other only 10, neither 15.
    # observed 0.70; chance 0.5*0.6 + 0.5*0.4 = 0.50; kappa 0.40
    reference = {i: frozenset({"confirmshaming"}) if i < 25 else frozenset() for i in range(50)}
    other = {i: frozenset({"confirmshaming"}) if i < 20 or 25 <= i < 35 else frozenset() for i in range(50)}
    a = AGREE.compare(reference, other, "confirmshaming", range(50))
    assert (a.both, a.reference_only, a.other_only) == (20, 5, 10)
    assert a.precision == pytest.approx(20 / 30) and a.recall == pytest.approx(20 / 25)
    assert a.kappa == pytest.approx(0.40)


def test_identical_labels_agree_fully_and_a_check_nobody_marks_is_not_a_disagreement() -> None:
    labels = {1: frozenset({"bundled-consent"}), 2: frozenset()}
    same = AGREE.compare(labels, labels, "bundled-consent", [1, 2])
    assert same.kappa == 1.0 and same.precision == 1.0 and same.recall == 1.0
    assert AGREE.compare(labels, labels, "trick-wording", [1, 2]).kappa == 1.0


@pytest.mark.parametrize(("content", "message"), [
    ("items:\n- {id: 1, labels: [dark-pattern]}\n- {id: 2, labels: []}\n", "unknown label"),
    ("items:\n- {id: 1, labels: []}\n", "1 sample items unlabelled"),
    ("- {id: 1}\n", "expected a mapping"),
])
def test_a_bad_label_file_is_one_clear_error_naming_the_file(tmp_path: Path, content: str,
                                                             message: str) -> None:
    path = tmp_path / "labels_x_A.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AGREE.AgreementInputError, match=message) as raised:
        AGREE.annotator_labels(path, {1, 2})
    assert str(path) in str(raised.value)


def test_every_committed_sample_compares_every_source_pair(capsys: pytest.CaptureFixture[str]) -> None:
    assert AGREE.main([]) == 0
    out = capsys.readouterr().out
    for sample in sorted(AGREE.AGREEMENT.glob("sample_*.yaml")):
        stem = sample.stem.removeprefix("sample_")
        files = AGREE.AGREEMENT.glob(f"labels_{stem}_*.yaml")
        annotators = [path.stem.removeprefix(f"labels_{stem}_") for path in files]
        assert annotators, f"{sample.name} has no annotator's labels"
        for who in annotators:
            assert f"collectors  {who}" in out


def test_without_samples_it_says_so_and_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(AGREE, "AGREEMENT", tmp_path)
    monkeypatch.setattr(AGREE, "ROOT", tmp_path.parent)
    assert AGREE.main([]) == 2
    assert "no sample_*.yaml" in capsys.readouterr().err
