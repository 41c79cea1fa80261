"""RFC 3161 timestamps over manifest.json against a local TSA made with `openssl ts` (offline).

The TSA is a throw-away CA and time-stamping certificate made in the test's tmp folder, served
on 127.0.0.1 by a tiny HTTP handler that shells `openssl ts -reply` per request.
"""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from consentinel.cli import main
from consentinel.evidence import verify_pack
from consentinel.evidence.timestamp import (
    TimestampError,
    load_certificates,
    timestamp_manifest,
    verify_timestamp,
)

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")

TSA_CONFIG = """\
[ tsa ]
default_tsa = local
[ local ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""
TSA_EXTENSIONS = """\
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca(folder: Path, name: str) -> Path:
    """A self-signed root CA; returns its PEM path (key beside it)."""
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.pem",
             "-days", "2", "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    return folder / f"{name}.pem"


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``(url, ca.pem)`` of a TSA on 127.0.0.1 answering RFC 3161 queries with `openssl ts`."""
    folder = tmp_path_factory.mktemp("tsa")
    ca = make_ca(folder, "root")
    (folder / "tsa.ext").write_text(TSA_EXTENSIONS, encoding="utf-8")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
             "-subj", "/CN=Test TSA", cwd=folder)
    _openssl("x509", "-req", "-in", "tsa.csr", "-CA", "root.pem", "-CAkey", "root.key", "-CAcreateserial",
             "-out", "tsa.pem", "-days", "2", "-extfile", "tsa.ext", cwd=folder)
    (folder / "serial").write_text("01\n", encoding="utf-8")
    config = folder / "tsa.cnf"
    config.write_text(TSA_CONFIG.format(dir=folder), encoding="utf-8")
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers["Content-Length"]))
            with lock:
                (folder / "query.tsq").write_bytes(query)
                _openssl("ts", "-reply", "-config", str(config), "-queryfile", "query.tsq",
                         "-out", "reply.tsr", cwd=folder)
                reply = (folder / "reply.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", ca
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def stamped(tmp_path: Path, tsa: tuple[str, Path]) -> Path:
    """An evidence folder (one file, a manifest) time-stamped by the local TSA."""
    from consentinel.evidence import Invocation, write_manifest
    from consentinel.results import RunResult

    (tmp_path / "report.html").write_text("<html>r</html>", encoding="utf-8")
    manifest = write_manifest(tmp_path, RunResult("r1", "run", "0.1.0"), Invocation(argv=["run"]))
    url, ca = tsa
    timestamp_manifest(manifest, url, ca.read_bytes())
    return tmp_path


def test_timestamp_verifies_and_names_its_time(stamped: Path) -> None:
    result = verify_pack(stamped)
    assert result.ok, result.problems
    assert "TSA root SHA-256" in result.timestamp


def test_timestamp_fails_after_the_manifest_changes(stamped: Path, tsa: tuple[str, Path]) -> None:
    token = (stamped / "manifest.tsr").read_bytes()
    data = (stamped / "manifest.json").read_bytes()
    certificates = load_certificates(tsa[1].read_bytes())
    verify_timestamp(token, data, certificates)  # unchanged: verifies
    with pytest.raises(TimestampError, match="does not verify"):
        verify_timestamp(token, data.replace(b'"run"', b'"RUN"', 1), certificates)


def test_forged_manifest_with_recomputed_hashes_still_fails_the_timestamp(stamped: Path) -> None:
    """Rewriting a file *and* the manifest (digest recomputed) is what the timestamp is for."""
    import json

    from consentinel.evidence.manifest import DIGEST_KEY, manifest_digest, serialise, sha256_of

    (stamped / "report.html").write_text("<html>forged</html>", encoding="utf-8")
    manifest = json.loads((stamped / "manifest.json").read_bytes())
    manifest["files"]["report.html"]["sha256"] = sha256_of(stamped / "report.html")
    manifest[DIGEST_KEY] = manifest_digest(manifest)
    (stamped / "manifest.json").write_bytes(serialise(manifest))
    result = verify_pack(stamped)
    assert not result.altered and any(p.startswith("timestamp:") for p in result.problems)


def test_a_root_the_token_does_not_chain_to_is_refused(
    stamped: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    other = make_ca(tmp_path_factory.mktemp("other"), "other")
    assert main(["verify", str(stamped), "--tsa-ca", str(other)]) == 1
    assert "timestamp:" in capsys.readouterr().out
    assert main(["verify", str(stamped)]) == 0


def test_unreachable_tsa_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(TimestampError, match="unreachable"):
        timestamp_manifest(tmp_path / "manifest.json", "http://127.0.0.1:9/", None)
