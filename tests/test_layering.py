"""The package's layering rules, checked without a browser.

* Checks and facts are pure: importing them loads no Playwright, gatherer, journey or writer,
  so a saved snapshot re-audits anywhere. Report writers (but the PDF printer) load no browser.
* Every in-page script is a file in ``consentinel/gather/js/`` and runs through the one helper
  ``consentinel.gather.evaluate`` (where isolation and time budgets are added).
"""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import consentinel
import consentinel.checks
import consentinel.facts
import consentinel.reports

PACKAGE_DIR = Path(consentinel.__file__).parent
JS_DIR = PACKAGE_DIR / "gather" / "js"
EVALUATE_MODULE = PACKAGE_DIR / "gather" / "evaluate.py"

# The PDF printer drives Chromium to print the HTML report; it is the one writer allowed to.
BROWSER_WRITERS = {"consentinel.reports.pdf"}


def _submodules(package: object) -> list[str]:
    return sorted(f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__))


def _modules_loaded_by(modules: list[str]) -> set[str]:
    """``sys.modules`` of a fresh interpreter after importing ``modules`` (nothing else imported)."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE_DIR.parent)
    return set(json.loads(out.stdout))


def _forbidden(loaded: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in prefixes))


GATHER_SIDE = ("playwright", "consentinel.gather", "consentinel.journeys")
WRITERS = tuple(m for m in _submodules(consentinel.reports) if m not in BROWSER_WRITERS)


def test_checks_load_no_gatherer_journey_or_writer() -> None:
    modules = ["consentinel.checks", *_submodules(consentinel.checks)]
    loaded = _modules_loaded_by(modules)
    assert _forbidden(loaded, (*GATHER_SIDE, "consentinel.reports")) == []


def test_facts_load_no_gatherer_or_journey() -> None:
    loaded = _modules_loaded_by(_submodules(consentinel.facts))
    assert _forbidden(loaded, GATHER_SIDE) == []


@pytest.mark.parametrize("writer", ["consentinel.reports", *WRITERS])
def test_report_writer_loads_no_browser(writer: str) -> None:
    assert _forbidden(_modules_loaded_by([writer]), GATHER_SIDE) == []


def _package_sources() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if p != EVALUATE_MODULE)


# Playwright's ways of running page JavaScript. ``self.evaluate(`` is a check's own evaluate
# function (consentinel/checks/base.py), not a page call.
_PAGE_JS_CALL = re.compile(
    r"(?<!self)\.(evaluate|evaluate_all|evaluate_handle|add_init_script|add_script_tag)\("
)


def test_no_module_but_the_helper_runs_page_javascript() -> None:
    offenders = []
    for path in _package_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _PAGE_JS_CALL.search(line):
                offenders.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{number}: {line.strip()}")
    hint = "run page JavaScript through consentinel.gather.evaluate:\n"
    assert offenders == [], hint + "\n".join(offenders)


SELENIUM_DOOR = PACKAGE_DIR / "selenium" / "evaluate.py"
# WebDriver's ways of running page JavaScript, and CDP's.
_DRIVER_JS_CALL = re.compile(
    r"\.(execute_script|execute_async_script)\(|Runtime\.evaluate|Runtime\.callFunctionOn"
)


def test_the_selenium_adapter_runs_page_javascript_through_its_one_door() -> None:
    """The Selenium twin of the rule above: only consentinel/selenium/evaluate.py (isolated world
    and time budget through CDP on Chromium) runs scripts in a WebDriver's page."""
    offenders = []
    for path in sorted((PACKAGE_DIR / "selenium").rglob("*.py")):
        if path == SELENIUM_DOOR:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _DRIVER_JS_CALL.search(line):
                offenders.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{number}: {line.strip()}")
    assert offenders == [], "run WebDriver page JavaScript through consentinel.selenium.evaluate:\n" + \
        "\n".join(offenders)


_SCRIPT_NAME = re.compile(r"(?:evaluate_script|script_source)\([^\"\n]*\"([a-z_]+)\"")


def test_every_named_script_exists_and_every_script_is_used() -> None:
    # the one door names a script itself too (the DOM history it installs in every page)
    sources = [path.read_text(encoding="utf-8") for path in (*_package_sources(), EVALUATE_MODULE)]
    used = {name for source in sources for name in _SCRIPT_NAME.findall(source)}
    shipped = {p.stem for p in JS_DIR.glob("*.js")}
    assert used, "no evaluate_script call found: the pattern above is out of date"
    assert used - shipped == set(), "scripts named in code but missing from gather/js/"
    assert shipped - used == set(), "scripts in gather/js/ that no module runs"
