"""Journey loading: the documented example, every malformed case as exact ``file:line:`` errors,
env substitution and redaction. No browser; the device list comes from Playwright's driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentinel import checks
from consentinel.checks.base import Check, CheckMeta
from consentinel.journeys import Expectation, JourneyError, Target, load_journey_text, load_journeys
from consentinel.redact import Redactor, terminal_safe

DATA = Path(__file__).parent / "data" / "journeys"
ENV = {"CONSENTINEL_DEMO_EMAIL": "ada+demo@example.org"}


@pytest.fixture(autouse=True)
def fixed_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the implemented checks, so these tests do not change as checks land."""

    def no_findings(snapshot: object, options: object) -> list:
        return []

    registry = {cid: Check(CheckMeta(cid, "critical", cid, cid), no_findings)
                for cid in ("preselected-consent", "fine-print-consent", "no-reject-option")}
    monkeypatch.setattr(checks, "ALL_CHECKS", registry)


def errors_of(path: Path, **kwargs: object) -> list[str]:
    with pytest.raises(JourneyError) as info:
        load_journeys([path], environ=kwargs.pop("environ", ENV), **kwargs)  # type: ignore[arg-type]
    return info.value.errors


def test_documented_example_loads_with_lines_and_arguments() -> None:
    [journey] = load_journeys([DATA / "good.yaml"], environ=ENV)
    assert journey.name == "Annual bill (English)"
    assert journey.base_url == "http://127.0.0.1:8000"
    assert (journey.device, journey.locale, journey.timezone) == ("iPhone 13", "en-US", "Asia/Shanghai")
    kinds = [s.kind for s in journey.steps]
    assert kinds == ["goto", "goto", "click", "click", "click", "fill", "check", "select", "press", "scroll",
                     "wait", "audit", "audit", "audit", "expect"]
    assert [s.index for s in journey.steps] == list(range(1, 16))
    start, *_ = journey.steps
    assert (start.line, start.args["url"]) == (5, "/annual-bill/en.html")  # implicit goto from `start:`
    lines = {s.index: s.line for s in journey.steps}
    assert lines[3] == 11 and lines[15] == 23
    assert journey.steps[2].args["target"] == Target(by="role", value="button", name="View my bill")
    fill = journey.steps[5]
    assert fill.args["value"] == "ada+demo@example.org"
    assert "ada" not in fill.label  # labels never carry filled values
    assert journey.steps[7].args["values"] == ["CN"]
    assert journey.steps[8].args == {"key": "Enter", "target": None}
    assert journey.steps[10].args["selector"] == "#bill"
    assert journey.steps[11].args == {"label": "Annual bill summary", "checks": None, "expect": None}
    assert journey.steps[12].args["expect"] == Expectation(())
    assert journey.steps[13].args["expect"] == Expectation(("preselected-consent", "fine-print-consent"))
    assert journey.steps[14].args["expect"].describe() == "no findings"


def test_bundled_demo_journeys_are_valid() -> None:
    from consentinel.demo import demo_flows_dir

    real = {"preselected-consent", "fine-print-consent", "low-contrast-consent", "bundled-consent",
            "consent-wall", "language-mismatch",
            "implied-consent", "withdrawal-not-easy"}
    checks.ALL_CHECKS.update({cid: checks.ALL_CHECKS["preselected-consent"] for cid in real})
    journeys = load_journeys([demo_flows_dir()])
    assert len(journeys) >= 2
    assert all(j.steps and j.steps[0].kind == "goto" for j in journeys)


def test_every_error_in_one_file_is_reported_with_its_line() -> None:
    path = DATA / "many-errors.yaml"
    assert errors_of(path) == [
        f"{path}:3: unknown key 'nmae' in the journey file (did you mean 'name'?); allowed: version, name, "
        "description, base_url, start, device, locale, timezone, steps",
        f"{path}:4: unknown device 'iPhone 99' (did you mean 'iPhone X'?) (a Playwright device name, or "
        "Desktop; see `consentinel devices`)",
        f"{path}:6: unknown step 'clik' (did you mean 'click'?); steps are: goto, click, fill, check, "
        "uncheck, select, press, hover, scroll, wait, audit, expect, explore-consent, track-consent",
        f"{path}:7: 'click' target needs exactly one of role, text, label, placeholder, testid, css "
        "(found text, css)",
        f"{path}:8: 'fill' needs 'value' (the text to type; use \"\" to clear the field)",
        f"{path}:9: 'ms' must be a whole number, not a string",
        f"{path}:10: unknown check id 'preselected-consnet' (did you mean 'preselected-consent'?)",
        f"{path}:11: check 'trick-wording' is not implemented in this version",
        f"{path}:12: 'value': environment variable CONSENTINEL_TEST_UNSET_VAR is not set "
        "(referenced as ${CONSENTINEL_TEST_UNSET_VAR})",
        f"{path}:13: 'goto': URL scheme 'javascript:' is not allowed (use http:, https:, file:, about:)",
        f"{path}:14: a step has exactly one verb, found 2: click, text (are the arguments indented under "
        "the verb?)",
    ]


@pytest.mark.parametrize(("name", "expected"), [
    ("syntax-error.yaml",
     ["5: YAML syntax error: a quoted scalar that starts here is never closed (the file ends at line 7)"]),
    ("empty.yaml", ["1: empty journey file (expected 'version', 'name' and 'steps')"]),
    ("missing-name-version.yaml", ["2: missing 'version' (add 'version: 1' at the top)",
                                   "2: missing 'name' (the journey's name, shown in reports)"]),
    ("wrong-types.yaml", ["1: 'version' must be a whole number, not a string",
                          "2: 'name' must be a string, not a list",
                          "3: 'steps' must be a list, not a string"]),
    ("expect-first.yaml", [
        "5: 'expect' asserts on the previous audit, but no audit step comes before it",
        "6: expects fine-print-consent but the audit only runs preselected-consent"]),
])
def test_malformed_file_errors(name: str, expected: list[str]) -> None:
    path = DATA / name
    assert errors_of(path) == [f"{path}:{line}" for line in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("version: 2\nname: x\nsteps: [{goto: /}]\n",
     "1: unsupported vocabulary version 2 (this consentinel reads version 1)"),
    ("version: 1\nname: x\nsteps:\n  - goto: /\n  - goto: /b\n    goto: /c\n",
     "6: duplicate key 'goto' in a step"),
    ("version: 1\nname: !!python/object/apply:os.system [ls]\nsteps: [{goto: /}]\n",
     "2: YAML syntax error: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in a "
     "journey"),
    ("version: 1\nname: !!python/name:os.system x\nsteps: [{goto: /}]\n",
     "2: YAML syntax error: could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/name:os.system'"),
    ("version: 1\nname: x\nsteps:\n  - click: Continue\n",
     "4: 'click' target must be a mapping such as {text: Continue} or {role: button, name: Continue}"),
    ("version: 1\nname: x\nsteps:\n  - click: {role: buton}\n",
     "4: unknown ARIA role 'buton' (did you mean 'button'?)"),
    ("version: 1\nname: x\nsteps:\n  - click: {text: a, name: b}\n",
     "4: 'name' only refines 'role' (this target uses 'text')"),
    ("version: 1\nname: x\nsteps:\n  - scroll: middle\n",
     "4: 'scroll' must be one of top, bottom, not 'middle'"),
    ("version: 1\nname: x\nsteps:\n  - wait: {network: busy}\n",
     "4: 'network' must be one of idle, not 'busy'"),
    ("version: 1\nname: x\nsteps:\n  - wait: {ms: 100000000}\n",
     "4: 'ms' must be at most 600000, not 100000000"),
    ("version: 1\nname: x\ntimezone: Asia/Shanghia\nsteps: [{goto: /}]\n",
     "3: unknown timezone 'Asia/Shanghia' (an IANA name such as Asia/Shanghai) "
     "(did you mean 'Asia/Shanghai'?)"),
    ("version: 1\nname: x\nsteps:\n  - audit: {label: a, expect: some findings}\n",
     "4: 'expect' must be 'no findings' or a list of check ids, not 'some findings'"),
    ("version: 1\nname: x\nsteps:\n  - audit\n",
     "4: a step must be a mapping of one verb to its arguments, not a string (write '- audit: ...')"),
    ("version: 1\nname: x\nsteps: []\n", "3: 'steps' is empty"),
    ("version: 1\nname: x\nsteps:\n  - audit: a\n  - expect: [no-reject-option]\n",
     "5: expects no-reject-option, which a plain audit does not run; use explore-consent or list it "
     "under 'checks:'"),
    ("version: 1\nname: x\nsteps:\n  - fill: {label: a, value: \"${BAD NAME}\"}\n",
     "4: 'value': bad variable name in '${BAD NAME}' (letters, digits and _ only)"),
])
def test_single_mistakes(text: str, expected: str) -> None:
    journey, errors = load_journey_text(text, Path("flow.yaml"), environ={})
    assert journey is None
    assert errors == [f"flow.yaml:{expected}"]


def test_all_files_are_validated_before_raising(tmp_path: Path) -> None:
    with pytest.raises(JourneyError) as info:
        load_journeys([DATA / "good.yaml", DATA / "empty.yaml", DATA / "wrong-types.yaml",
                       tmp_path / "missing.yaml"], environ=ENV)
    files = [e.split(":", 1)[0] for e in info.value.errors]
    assert files.count(str(DATA / "wrong-types.yaml")) == 3
    assert not any("good.yaml" in f for f in files)
    assert str(DATA / "empty.yaml") in files
    assert f"{tmp_path / 'missing.yaml'}: no such file or folder" in info.value.errors


def test_folder_means_every_yaml_file_in_it(tmp_path: Path) -> None:
    for name in ("b.yml", "a.yaml"):
        (tmp_path / name).write_text(f"version: 1\nname: {name}\nsteps: [{{goto: http://127.0.0.1/}}]\n")
    (tmp_path / "notes.txt").write_text("not a journey")
    assert [j.name for j in load_journeys([tmp_path])] == ["a.yaml", "b.yml"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(JourneyError, match=r"no \*\.yaml or \*\.yml journey files"):
        load_journeys([empty])


def test_relative_goto_needs_a_base_url_when_asked() -> None:
    path = DATA / "relative.yaml"
    assert load_journeys([path])[0].steps[0].args["url"] == "/signup/dark.html"
    assert errors_of(path, require_base_url=True) == [
        f"{path}:4: relative URL '/signup/dark.html' needs a base URL (set 'base_url' in the file or pass "
        "--base-url)"]


def test_device_names_are_case_insensitive() -> None:
    journey, errors = load_journey_text("version: 1\nname: x\ndevice: pixel 7\nsteps: [{goto: /}]\n",
                                        Path("f.yaml"), environ={})
    assert errors == [] and journey is not None and journey.device == "Pixel 7"


def test_env_substitution_records_values_for_redaction() -> None:
    text = ('version: 1\nname: "Sign-up as ${WHO}"\nsteps:\n'
            '  - goto: "http://127.0.0.1:1/?u=${WHO}&literal=$${KEEP}"\n'
            '  - fill: {label: Password, value: "${PASSWORD}"}\n')
    env = {"WHO": "ada@example.org", "PASSWORD": "s3cr&t pass"}
    journey, errors = load_journey_text(text, Path("f.yaml"), environ=env, allow_env=["WHO", "PASSWORD"])
    assert errors == [] and journey is not None
    assert journey.name == "Sign-up as ada@example.org"
    assert journey.steps[0].args["url"] == "http://127.0.0.1:1/?u=ada@example.org&literal=${KEEP}"
    assert journey.redactor.names == ["PASSWORD", "WHO"]
    assert "s3cr" not in repr(journey)
    mask = journey.redactor.mask
    assert mask("Welcome ada@example.org") == "Welcome ${WHO}"
    assert mask("https://x.test/?email=ada%40example.org") == "https://x.test/?email=${WHO}"
    assert mask("q=s3cr%26t+pass") == "q=${PASSWORD}"
    assert mask("<b>s3cr&amp;t pass</b>") == "<b>${PASSWORD}</b>"
    masked = journey.redactor.mask_data({"ada@example.org": ["x s3cr&t pass", 3]})
    assert masked == {"${WHO}": ["x ${PASSWORD}", 3]}


def test_redactor_masks_longest_value_first_and_ignores_empty() -> None:
    redactor = Redactor({"SHORT": "abc", "LONG": "abcdef", "EMPTY": ""})
    assert redactor.mask("abcdef abc") == "${LONG} ${SHORT}"
    assert redactor.names == ["LONG", "SHORT"]
    assert Redactor().mask("abc") == "abc"


def test_terminal_safe_strips_escapes_controls_and_bidi() -> None:
    hostile = "ok\x1b[2J\x1b[31mred\x07 \u202eevil\u202c\r\nnext\tcol"
    assert terminal_safe(hostile) == "okred evil\nnext\tcol"
    assert terminal_safe(hostile, single_line=True) == "okred evil next col"
