"""TC string decoding, checked against strings the IAB's own encoder (@iabtcf/core) produced.

The strings were encoded once with node and saved (``data/iabtcf_encoded.json`` says how), so
the decoder tests need neither node nor npm; the ``npm``-marked test encodes the same cases
again with the pinned @iabtcf/core and checks the saved strings still say the same.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from consentinel.facts.tcf import consented_purposes, decode_tc_string

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "pages/tracking/tc_strings.json"
SAVED = json.loads((HERE / "data" / "iabtcf_encoded.json").read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = SAVED["cases"]
ENCODED: list[str] = SAVED["encoded"]
# When a string was made, not what it says: these differ between two encodings of one case.
WHEN = ("created", "last_updated")


@pytest.mark.parametrize("index", range(len(CASES)))
def test_decodes_what_iabtcf_core_encoded(index: int) -> None:
    case = CASES[index]
    decoded = decode_tc_string(ENCODED[index])
    assert decoded["version"] == 2
    assert decoded["purposes_consent"] == sorted(case["purposes"])
    assert decoded["purposes_legitimate_interest"] == sorted(case.get("li", []))
    assert decoded["vendors_consent"] == sorted(case["consentVendors"])
    assert decoded["cmp_id"] == case.get("cmpId", 300)
    assert decoded["vendor_list_version"] == 150


def test_page_fixture_strings_match_the_encoder() -> None:
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for key, index in (("purposes_1_3_4", 0), ("purpose_1", 1), ("all_purposes", 2), ("no_purposes", 3)):
        ours, theirs = decode_tc_string(fixture[key]), decode_tc_string(ENCODED[index])
        assert ours["purposes_consent"] == theirs["purposes_consent"], key
        assert ours["vendors_consent"] == theirs["vendors_consent"], key


@pytest.mark.npm
def test_saved_strings_match_a_fresh_encoding(tracking_npm: Path) -> None:
    node = shutil.which("node")
    assert node, "node is needed to run @iabtcf/core"
    proc = subprocess.run([node, str(HERE / "encode_tc.cjs"), str(tracking_npm), json.dumps(CASES)],
                          capture_output=True, text=True, timeout=60, check=True)
    fresh = json.loads(proc.stdout)
    assert len(fresh) == len(ENCODED)
    for saved, again in zip(ENCODED, fresh, strict=True):
        meaning_saved, meaning_again = (
            {k: v for k, v in decode_tc_string(tc).items() if k not in WHEN} for tc in (saved, again))
        assert "error" not in meaning_saved
        assert meaning_saved == meaning_again


@pytest.mark.parametrize("bad", ["", "not a tc string", "BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA"])
def test_malformed_or_v1_strings_are_errors_not_exceptions(bad: str) -> None:
    assert "error" in decode_tc_string(bad)


def test_consented_purposes_prefers_the_decoded_string() -> None:
    facts = {"present": True, "decoded": {"purposes_consent": [1, 2]},
             "tc_data": {"purposeConsents": {"1": True, "5": True}}}
    assert consented_purposes(facts) == [1, 2]
    facts.pop("decoded")
    assert consented_purposes(facts) == [1, 5]
    assert consented_purposes({"present": False}) == []
    assert consented_purposes(None) == []
