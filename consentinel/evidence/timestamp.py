"""RFC 3161 trusted time over manifest.json, with the maintained ``rfc3161-client`` library.

A manifest says when it was written, but anyone could edit that line. A time-stamping
authority (TSA) signs the manifest's SHA-512 with its own clock: the token proves the manifest,
and so every file hash in it, existed unchanged at that time. The token is kept beside the
manifest as ``manifest.tsr``; the TSA's CA certificates (``--tsa-ca``) as ``manifest.tsa.pem``.

Verifying with the CA stored in the pack proves the token matches the manifest and was signed
under that CA; a sceptic passes the TSA's root obtained independently (``verify --tsa-ca``).
"""

from __future__ import annotations

import hashlib
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

REQUEST_CONTENT_TYPE = "application/timestamp-query"
TIMEOUT_S = 30
MAX_RESPONSE_BYTES = 1 << 20


class TimestampError(RuntimeError):
    """The TSA could not be reached, refused, or answered something that does not verify."""


@dataclass(frozen=True, slots=True)
class TimestampInfo:
    """What a verified token says."""

    gen_time: datetime
    serial_number: int
    tsa_root_sha256: str  # fingerprint of the root the token was verified against


def request_timestamp(url: str, data: bytes) -> bytes:
    """Ask the TSA at ``url`` to time-stamp ``data``; returns the DER TimeStampResp.

    The response's nonce and message imprint are checked against the request before it is kept.
    """
    request = TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA512).build()
    http = urllib.request.Request(url, data=request.as_bytes(), method="POST",
                                  headers={"Content-Type": REQUEST_CONTENT_TYPE})
    try:
        with urllib.request.urlopen(http, timeout=TIMEOUT_S) as reply:
            body = reply.read(MAX_RESPONSE_BYTES + 1)
    except OSError as exc:
        raise TimestampError(f"time-stamping authority {url} unreachable: {exc}") from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise TimestampError(f"time-stamping authority {url} sent more than {MAX_RESPONSE_BYTES} bytes")
    try:
        response = decode_timestamp_response(body)
    except Exception as exc:  # the library raises ValueError subclasses from Rust
        raise TimestampError(f"time-stamping authority {url} sent no RFC 3161 response: {exc}") from None
    if PKIStatus(response.status) not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        raise TimestampError(f"time-stamping authority {url} refused: status {response.status} "
                             f"{' '.join(response.status_string)}")
    if response.tst_info.nonce != request.nonce:
        raise TimestampError("time-stamp response nonce does not match the request")
    if response.tst_info.message_imprint.message != hashlib.sha512(data).digest():
        raise TimestampError("time-stamp response is over other data than the manifest")
    return body


def load_certificates(pem: bytes) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(pem)


def verify_timestamp(token: bytes, data: bytes, ca_certificates: list[x509.Certificate]) -> TimestampInfo:
    """Check that ``token`` is a TSA signature over ``data`` chaining to one of ``ca_certificates``.

    Self-signed certificates are trusted roots, others intermediates. Raises TimestampError.
    """
    roots = [c for c in ca_certificates if c.issuer == c.subject]
    if not roots:
        raise TimestampError("no self-signed root among the TSA certificates")
    builder = VerifierBuilder()
    for cert in roots:
        builder = builder.add_root_certificate(cert)
    for cert in ca_certificates:
        if cert.issuer != cert.subject:
            builder = builder.add_intermediate_certificate(cert)
    try:
        response = decode_timestamp_response(token)
        builder.build().verify_message(response, data)
    except (VerificationError, ValueError) as exc:
        raise TimestampError(f"timestamp does not verify: {exc}") from None
    fingerprints = ", ".join(c.fingerprint(hashes.SHA256()).hex() for c in roots)
    return TimestampInfo(response.tst_info.gen_time, response.tst_info.serial_number, fingerprints)


def timestamp_manifest(manifest: Path, url: str, ca_pem: bytes | None) -> Path:
    """Write ``manifest.tsr`` (and ``manifest.tsa.pem`` from ``ca_pem``) beside ``manifest``.

    With ``ca_pem`` the token is verified at once, so a wrong CA fails the run, not a later audit.
    """
    from consentinel.evidence.manifest import TIMESTAMP_NAME, TSA_CERTS_NAME

    data = manifest.read_bytes()
    token = request_timestamp(url, data)
    if ca_pem:
        verify_timestamp(token, data, load_certificates(ca_pem))
        (manifest.parent / TSA_CERTS_NAME).write_bytes(ca_pem)
    path = manifest.parent / TIMESTAMP_NAME
    path.write_bytes(token)
    return path


def tsa_certificates(path: Path) -> bytes:
    """Read a PEM file of CA certificates; raises TimestampError when it holds none."""
    try:
        pem = Path(path).read_bytes()
        load_certificates(pem)
    except (OSError, ValueError) as exc:
        raise TimestampError(f"--tsa-ca {path}: not a PEM certificate file ({exc})") from None
    return pem


__all__ = [
    "TimestampError",
    "TimestampInfo",
    "request_timestamp",
    "timestamp_manifest",
    "tsa_certificates",
    "verify_timestamp",
]
