"""Secrets in HAR files and in the encoded forms pages and traffic give them."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import quote

from consentinel.gather.observe import cookies_set_by_har
from consentinel.har import REMOVED, finalise_har, scrub_har
from consentinel.redact import Redactor

SECRET = "s3cr&t/pässword\"1"


def test_the_redactor_finds_url_encoded_json_escaped_and_base64_forms() -> None:
    redactor = Redactor({"CONSENTINEL_PASSWORD": SECRET})
    placeholder = "${CONSENTINEL_PASSWORD}"
    as_json_ascii = json.dumps({"password": SECRET})
    as_json_utf8 = json.dumps({"password": SECRET}, ensure_ascii=False)
    as_json_slashes = as_json_ascii.replace("/", "\\/")  # PHP's json_encode escapes slashes
    for text in (as_json_ascii, as_json_utf8, as_json_slashes):
        assert json.loads(redactor.mask(text)) == {"password": placeholder}
    assert redactor.mask(f"https://x.test/?p={quote(SECRET, safe='')}") == f"https://x.test/?p={placeholder}"
    assert redactor.mask(base64.b64encode(SECRET.encode()).decode()) == placeholder
    assert redactor.mask(base64.urlsafe_b64encode(SECRET.encode()).decode()) == placeholder
    for user in ("a", "ab", "abc"):  # every alignment inside a longer base64 text
        basic = base64.b64encode(f"{user}:{SECRET}".encode()).decode()
        masked = redactor.mask(f"Basic {basic}")
        assert placeholder in masked
        assert basic not in masked


def test_short_values_do_not_mask_unrelated_base64_by_chance() -> None:
    redactor = Redactor({"CONSENTINEL_PIN": "12"})
    assert redactor.mask("eyJhbGciOiJIUzI1NiJ9") == "eyJhbGciOiJIUzI1NiJ9"


def har() -> dict:
    return {"log": {"version": "1.2", "entries": [{
        "startedDateTime": "2026-01-01T00:00:00.000Z",
        "request": {
            "method": "POST", "url": f"https://127.0.0.1/login?p={quote(SECRET, safe='')}",
            "headers": [{"name": "cookie", "value": "sid=abc123; _ga=GA1.1.99"},
                        {"name": "Authorization", "value": "Bearer tok-xyz"},
                        {"name": "Accept", "value": "text/html"}],
            "cookies": [{"name": "sid", "value": "abc123"}],
            "postData": {"mimeType": "application/json", "text": json.dumps({"p": SECRET})},
        },
        "response": {
            "status": 200,
            "headers": [{"name": "Set-Cookie",
                         "value": "sid=new456; Path=/; HttpOnly\n_ga=GA1.1.42; Max-Age=63072000"}],
            "cookies": [{"name": "sid", "value": "new456", "httpOnly": True},
                        {"name": "_ga", "value": "GA1.1.42"}],
        },
    }]}}


def test_har_loses_credential_values_but_keeps_names_attributes_and_schemes() -> None:
    original = har()
    scrubbed = scrub_har(original, Redactor({"CONSENTINEL_PASSWORD": SECRET}))
    text = json.dumps(scrubbed, ensure_ascii=False)
    for secret in ("abc123", "new456", "GA1.1.99", "GA1.1.42", "tok-xyz", SECRET, quote(SECRET, safe="")):
        assert secret not in text and json.dumps(secret)[1:-1] not in text
    entry = scrubbed["log"]["entries"][0]
    headers = {h["name"]: h["value"] for h in entry["request"]["headers"]}
    assert headers == {"cookie": f"sid={REMOVED}; _ga={REMOVED}", "Authorization": f"Bearer {REMOVED}",
                       "Accept": "text/html"}
    assert entry["response"]["headers"][0]["value"] == (
        f"sid={REMOVED}; Path=/; HttpOnly\n_ga={REMOVED}; Max-Age=63072000")
    assert entry["response"]["cookies"] == [{"name": "sid", "value": REMOVED, "httpOnly": True},
                                            {"name": "_ga", "value": REMOVED}]
    assert "${CONSENTINEL_PASSWORD}" in entry["request"]["url"]
    assert original["log"]["entries"][0]["request"]["cookies"][0]["value"] == "abc123"  # a copy


def test_har_full_keeps_credentials_but_still_masks_a_journeys_secrets() -> None:
    scrubbed = scrub_har(har(), Redactor({"CONSENTINEL_PASSWORD": SECRET}), keep_credentials=True)
    text = json.dumps(scrubbed)
    assert "abc123" in text and "tok-xyz" in text
    assert json.dumps(SECRET)[1:-1] not in text


def test_finalise_har_rewrites_the_file_and_tracking_still_reads_who_set_each_cookie(tmp_path: Path) -> None:
    path = tmp_path / "landing.har"
    path.write_text(json.dumps(har()), encoding="utf-8")
    finalise_har(path, None)
    text = path.read_text(encoding="utf-8")
    assert "new456" not in text and "abc123" not in text
    assert set(cookies_set_by_har(path)) == {"sid", "_ga"}
    broken = tmp_path / "broken.har"
    broken.write_text('{"log": {"entries": [{"request": {"headers": [{"name": "Cookie", "value": "sid=1',
                      "utf-8")
    finalise_har(broken, None)
    assert not broken.exists()  # never kept unscrubbed
    finalise_har(tmp_path / "absent.har", None)
    assert not (tmp_path / "absent.har").exists()
