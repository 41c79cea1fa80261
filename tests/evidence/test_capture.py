"""MHTML never carries a journey's secret, even inside an encoded part."""

from __future__ import annotations

import base64

from consentinel.gather.capture import leaks_secret

SECRET = "hunter2-very-secret-password-value"


def _mhtml(body_headers: str, body: str) -> str:
    return ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
            f"--B\r\nContent-Type: text/html\r\n{body_headers}\r\n\r\n{body}\r\n--B--\r\n")


def test_a_secret_split_by_quoted_printable_is_found() -> None:
    split = f'<input value=3D"{SECRET[:10]}=\r\n{SECRET[10:]}">'
    mhtml = _mhtml("Content-Transfer-Encoding: quoted-printable", split)
    assert SECRET not in mhtml and leaks_secret(mhtml, [SECRET])


def test_a_secret_in_a_base64_part_is_found() -> None:
    body = base64.b64encode(f"<p>{SECRET}</p>".encode()).decode()
    assert leaks_secret(_mhtml("Content-Transfer-Encoding: base64", body), [SECRET])


def test_masked_mhtml_passes() -> None:
    mhtml = _mhtml("Content-Transfer-Encoding: quoted-printable", "<p>${PASSWORD}</p>")
    assert not leaks_secret(mhtml, [SECRET])
    assert not leaks_secret(mhtml, [])
