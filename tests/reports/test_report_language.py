"""Report language and law per jurisdiction (issue 14): data files, not code, drive the words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from consentinel.checks import ALL_CHECKS
from consentinel.law import LAW_FILE, UnknownJurisdictionError, provisions_for, validate_jurisdictions
from consentinel.reports import Presentation, write_reports
from consentinel.reports.language import I18N_DIR, translator
from consentinel.results import RunResult

RunFactory = Callable[[Path], RunResult]


def test_preselected_box_cites_planet49_recital_32_and_pipl() -> None:
    eu = [p.cite for p in provisions_for("preselected-consent", ["eu"])]
    cn = [p.cite for p in provisions_for("preselected-consent", ["cn"])]
    assert "GDPR Recital 32" in eu and any("Planet49" in c for c in eu)
    assert "PIPL Art. 14" in cn and any("三.4" in c for c in cn)
    assert all(p.jurisdiction == "cn" for p in provisions_for("preselected-consent", ["cn"]))


def test_every_provision_explains_itself_in_every_language_and_names_real_checks() -> None:
    law = yaml.safe_load(LAW_FILE.read_text(encoding="utf-8"))
    languages = [p.stem for p in I18N_DIR.glob("*.yaml")]
    for entry in law["provisions"]:
        assert set(entry["checks"]) <= set(ALL_CHECKS), entry["cite"]
        for language in languages:
            assert entry["explain"][language].strip(), (entry["cite"], language)


def test_every_check_engages_some_law_in_the_eu_and_china() -> None:
    for check_id in ALL_CHECKS:
        assert provisions_for(check_id, ["eu"]), check_id
        assert provisions_for(check_id, ["cn"]), check_id


def test_unknown_jurisdiction_is_refused_and_known_ones_deduplicated() -> None:
    assert validate_jurisdictions(["EU", "cn", "eu"]) == ["eu", "cn"]
    with pytest.raises(UnknownJurisdictionError, match="us-ca"):
        validate_jurisdictions(["mars"])


def test_every_check_has_a_chinese_title_and_help() -> None:
    texts = yaml.safe_load((I18N_DIR / "zh-CN.yaml").read_text(encoding="utf-8"))
    assert set(texts["checks"]) == set(ALL_CHECKS)


def test_chinese_report_renders_chinese_and_the_chosen_law(tmp_path: Path, run_factory: RunFactory) -> None:
    run = run_factory(tmp_path)
    html = write_reports(run, tmp_path, Presentation("zh-CN", ("cn",)))["html"].read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html
    assert "同意界面黑暗模式证据报告" in html and "同意选项被预先勾选" in html
    assert "PIPL Art. 14" in html and "个人信息处理的同意应当由个人在充分知情的前提下自愿、明确作出" in html
    assert "GDPR Recital 32" not in html  # only the chosen jurisdiction's law


def test_default_report_is_english_with_every_reference(tmp_path: Path, run_factory: RunFactory) -> None:
    html = write_reports(run_factory(tmp_path), tmp_path)["html"].read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Consent dark-pattern evidence report" in html
    assert "GDPR Recital 32" in html and "PIPL Art. 14" in html and "Legal basis:" in html


def test_plural_forms_come_from_the_data_file() -> None:
    t = translator("en")
    assert (t("violations", n=1), t("violations", n=2)) == ("1 violation", "2 violations")
    assert translator("zh-CN")("violations", n=2) == "2 项违规"
