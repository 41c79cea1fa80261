"""Journey rules that keep a contributed journey from attacking the machine running it.

Aliases (a "billion laughs" bomb), oversized files, environment variables outside the allowed
set, environment values steering a URL's scheme or host, and ``file:`` URLs: each is one
``file:line: what is wrong`` error before any browser starts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consentinel.journeys import JourneyError, load_journey_text, load_journeys
from consentinel.journeys.loader import MAX_JOURNEY_BYTES

ENV = {"CONSENTINEL_EMAIL": "ada@example.org", "GITHUB_TOKEN": "ghp_secret", "CONSENTINEL_HOST": "evil.test",
       "CONSENTINEL_PATH": "/evil.test/steal", "CONSENTINEL_SCHEMELESS": "s://evil.test/"}


def errors(text: str, **kwargs: object) -> list[str]:
    _, found = load_journey_text(text, Path("flow.yaml"), environ=ENV, **kwargs)  # type: ignore[arg-type]
    return found


def goto(url: str) -> str:
    return f'version: 1\nname: x\nsteps:\n  - goto: "{url}"\n'


ALIAS_BOMB = "\n".join(
    ["version: 1", "name: bomb", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    + ["steps: [{goto: /}]"]
)


def test_an_alias_bomb_is_refused_at_its_first_anchor_without_expanding() -> None:
    assert errors(ALIAS_BOMB) == [
        "flow.yaml:3: YAML anchor '&a' is not allowed in a journey (write the value out; journeys do not "
        "share nodes)"]


def test_an_alias_is_refused_with_its_line() -> None:
    text = "version: 1\nname: x\nsteps:\n  - goto: /\n  - audit: *label\n"
    assert errors(text) == [
        "flow.yaml:5: YAML alias '*label' is not allowed in a journey (write the value out; journeys do not "
        "share nodes)"]


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(goto("/") + "#" * MAX_JOURNEY_BYTES, encoding="utf-8")
    with pytest.raises(JourneyError) as info:
        load_journeys([path], environ=ENV)
    [message] = info.value.errors
    assert message.startswith(f"{path}:1: journey file is ")
    assert f"the limit is {MAX_JOURNEY_BYTES:,} bytes" in message
    assert errors(goto("/") + "#" * MAX_JOURNEY_BYTES)[0].startswith("flow.yaml:1: journey file is ")


def test_only_consentinel_names_are_read_unless_allowed() -> None:
    fill = 'version: 1\nname: x\nsteps:\n  - goto: /\n  - fill: {label: T, value: "${GITHUB_TOKEN}"}\n'
    assert errors(fill) == [
        "flow.yaml:5: 'value': environment variable GITHUB_TOKEN may not be read by a journey (only "
        "CONSENTINEL_* names; allow it with --allow-env GITHUB_TOKEN)"]
    journey, found = load_journey_text(fill, Path("flow.yaml"), environ=ENV, allow_env=["GITHUB_TOKEN"])
    assert found == [] and journey is not None
    assert journey.steps[1].args["value"] == "ghp_secret"
    assert journey.redactor.names == ["GITHUB_TOKEN"]
    assert errors(fill.replace("GITHUB_TOKEN", "CONSENTINEL_EMAIL")) == []


@pytest.mark.parametrize("url", ["https://${CONSENTINEL_HOST}/x", "http://127.0.0.1:${CONSENTINEL_EMAIL}/",
                                 "${CONSENTINEL_PATH}", "h${CONSENTINEL_EMAIL}://127.0.0.1/"])
def test_a_reference_in_the_scheme_or_host_as_written_is_an_error(url: str) -> None:
    [message] = errors(goto(url))
    assert message.startswith("flow.yaml:4: 'goto': ${NAME} is not allowed in a URL's scheme or host")


@pytest.mark.parametrize("url, name", [("/${CONSENTINEL_PATH}", "CONSENTINEL_PATH"),
                                       ("http${CONSENTINEL_SCHEMELESS}", "CONSENTINEL_SCHEMELESS")])
def test_a_value_that_would_change_the_scheme_or_host_is_an_error(url: str, name: str) -> None:
    assert errors(goto(url)) == [
        f"flow.yaml:4: 'goto': the value of {name} changes the URL's scheme or host; ${{NAME}} may only "
        "fill a path or query"]


def test_references_in_path_and_query_are_fine_and_base_url_follows_the_same_rule() -> None:
    assert errors(goto("http://127.0.0.1:1/u/${CONSENTINEL_EMAIL}?e=${CONSENTINEL_EMAIL}")) == []
    text = 'version: 1\nname: x\nbase_url: "https://${CONSENTINEL_HOST}"\nsteps: [{goto: /}]\n'
    assert errors(text)[0].startswith(
        "flow.yaml:3: 'base_url': ${NAME} is not allowed in a URL's scheme or host")


def test_file_urls_need_an_explicit_allowance() -> None:
    assert errors(goto("file:///etc/passwd")) == [
        "flow.yaml:4: 'goto': file: URLs read this machine's files; pass --allow-file-urls to allow them"]
    assert errors(goto("file:///tmp/page.html"), allow_file_urls=True) == []
    start = "version: 1\nname: x\nstart: file:///tmp/a.html\nsteps: [{audit: x}]\n"
    assert errors(start)[0].startswith("flow.yaml:3: 'start': file: URLs")
