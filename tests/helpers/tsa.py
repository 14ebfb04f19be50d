"""A real RFC 3161 time-stamping authority on 127.0.0.1, never the internet: a throwaway CA and
TSA certificate (extendedKeyUsage critical timeStamping) made with `cryptography`, and
`openssl ts -reply` run once per request behind a tiny http.server.

    with running_tsa(tmp_path / "tsa") as tsa:
        tsa.url        http://127.0.0.1:<port>/tsr
        tsa.ca_pem     the CA's certificate (PEM): the anchor a verifier is given
        tsa.requests   how many requests it answered

`dead_url()` is a port on 127.0.0.1 that nothing listens on.
"""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

TSA_NAME = "Skver Test TSA"
CONFIG = """\
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {folder}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
{certs}signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@dataclass
class LocalTsa:
    folder: Path
    url: str = ""
    ca_pem: bytes = b""
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reply(self, query: bytes) -> bytes | None:
        """`openssl ts -reply` for one query; None when openssl refuses it."""
        with self.lock:
            self.requests += 1
            query_file = self.folder / f"query-{self.requests}.tsq"
            reply_file = self.folder / f"reply-{self.requests}.tsr"
            query_file.write_bytes(query)
            done = subprocess.run(
                ["openssl", "ts", "-reply", "-config", str(self.folder / "tsa.cnf"),
                 "-queryfile", str(query_file), "-out", str(reply_file)],
                capture_output=True, check=False)
            return reply_file.read_bytes() if done.returncode == 0 else None


def make_authority(folder: Path, *, name: str = TSA_NAME, expired: bool = False,
                   chain: bool = False) -> LocalTsa:
    """A CA, the TSA's certificate it issues, their keys and openssl's configuration; with
    `expired`, the TSA's certificate ran out yesterday (openssl signs with it all the same);
    with `chain`, its replies carry the CA's certificate too, after the TSA's (chain order,
    not DER's, as OpenSSL-based authorities send them)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} Root CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa = (x509.CertificateBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Skver tests")]))
           .issuer_name(ca_name).public_key(tsa_key.public_key())
           .serial_number(x509.random_serial_number())
           .not_valid_before(now - dt.timedelta(days=30 if expired else 1))
           .not_valid_after(now + dt.timedelta(days=-1 if expired else 30))
           .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                          critical=True)
           .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "tsa.pem").write_bytes(tsa.public_bytes(pem))
    (folder / "tsa.key").write_bytes(tsa_key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (folder / "serial").write_text("01\n")
    (folder / "tsa.cnf").write_text(CONFIG.format(
        folder=folder, certs="certs = $dir/ca.pem\n" if chain else ""))
    return LocalTsa(folder, ca_pem=ca.public_bytes(pem))


@contextmanager
def running_tsa(folder: Path, *, name: str = TSA_NAME, expired: bool = False,
                chain: bool = False) -> Iterator[LocalTsa]:
    """A TSA answering on 127.0.0.1 until the block ends."""
    authority = make_authority(folder, name=name, expired=expired, chain=chain)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            answer = authority.reply(query)
            if answer is None:
                self.send_error(400, "openssl ts refused the query")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    authority.url = f"http://127.0.0.1:{server.server_address[1]}/tsr"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield authority
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def dead_url() -> str:
    """A URL on 127.0.0.1 at a port nothing listens on (taken, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"
