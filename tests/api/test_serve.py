"""``custos serve`` and ``custos user`` as real processes on a real node home."""

from __future__ import annotations

import json
import signal
import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from tests._serve import free_port, run_custos, serve_process
from tests.api.conftest import copy_home

pytestmark = pytest.mark.integration

PASSWORD = "a long enough password"

T = TypeVar("T")


def together(*calls: Callable[[], T]) -> list[T]:
    """Run independent ``custos`` processes at once; their results, in order."""
    with ThreadPoolExecutor(len(calls)) as pool:
        futures = [pool.submit(c) for c in calls]
        return [f.result() for f in futures]


@pytest.fixture(scope="module")
def initialised_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A node home made once by ``custos node init``; each test gets its own copy."""
    home = tmp_path_factory.mktemp("serve") / "home"
    assert run_custos(home, "node", "init").returncode == 0
    return home


@pytest.fixture
def home(initialised_home: Path, tmp_path: Path) -> Path:
    return copy_home(initialised_home, tmp_path / "home")


def test_user_add_and_list(home: Path, tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    p = run_custos(home, "user", "add", "alice", "--role", "custodian", "--password-file", str(pw))
    assert p.returncode == 0, p.stderr
    p = run_custos(home, "user", "add", "bob", "--role", "auditor", stdin=PASSWORD + "\n")
    assert p.returncode == 0, p.stderr
    # The listing and three refused additions (none changes the node) at once.
    listed, vendor, again, short = together(
        lambda: run_custos(home, "user", "list", "--json"),
        lambda: run_custos(home, "user", "add", "eve", "--role", "vendor", stdin=PASSWORD + "\n"),
        lambda: run_custos(
            home, "user", "add", "alice", "--role", "auditor", stdin=PASSWORD + "\n"
        ),
        lambda: run_custos(home, "user", "add", "short", "--role", "auditor", stdin="short\n"),
    )
    users = json.loads(listed.stdout)
    assert [(u["name"], u["role"]) for u in users] == [("alice", "custodian"), ("bob", "auditor")]
    assert PASSWORD not in json.dumps(users)
    assert vendor.returncode == 65
    assert "error[user.role]" in vendor.stderr
    assert (again.returncode, "error[user.exists]" in again.stderr) == (75, True)
    assert "error[user.password]" in short.stderr


def test_serve_refuses_plain_http_off_loopback(home: Path) -> None:
    p = run_custos(home, "serve", "--host", "0.0.0.0", "--port", "9")
    assert p.returncode == 65
    assert "error[serve.tls_required]" in p.stderr


def test_serve_runs_as_a_process_and_stops_cleanly(home: Path) -> None:
    assert (
        run_custos(home, "user", "add", "alice", "--role", "custodian", stdin=PASSWORD).returncode
        == 0
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with serve_process(home, "--host", "127.0.0.1", "--port", str(port), base=base) as proc:
        r = httpx.post(f"{base}/api/v1/session", json={"username": "alice", "password": PASSWORD})
        assert r.status_code == 201
        token = r.json()["token"]
        who = httpx.get(f"{base}/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
        assert who.json()["actor"] == "custodian:alice"
        assert httpx.get(f"{base}/api/v1/jobs").status_code == 401
        # A Host header naming another server is refused (DNS rebinding, replays).
        r = httpx.get(f"{base}/healthz", headers={"Host": "evil.example"})
        assert (r.status_code, r.json()["error"]["code"]) == (400, "request.host")
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    assert "Traceback" not in out
    assert PASSWORD not in out and token not in out


def test_serve_off_loopback_needs_its_server_names(home: Path, tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    tls = ("--tls-cert", str(cert), "--tls-key", str(key))
    serve = ("serve", "--host", "0.0.0.0", "--port", "9", *tls)
    bad_names = ("https://node.example", "node.example:8443", "node example", "a/b")
    p, *named = together(
        lambda: run_custos(home, *serve),
        *(lambda bad=bad: run_custos(home, *serve, "--server-name", bad) for bad in bad_names),
    )
    assert (p.returncode, "error[serve.server_name_required]" in p.stderr) == (65, True)
    for bad, p in zip(bad_names, named, strict=True):
        assert (p.returncode, "error[serve.server_name]" in p.stderr) == (65, True), bad
    assert "Traceback" not in p.stderr


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (PEM), and its key."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "node.crt", tmp_path / "node.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def test_tls_with_a_real_certificate_end_to_end(home: Path, tmp_path: Path) -> None:
    """A node serving HTTPS with a certificate the client trusts through --ca: people log
    in and act over TLS, the session cookie is Secure, and a client without the CA
    gets a clear error (no traceback) instead of talking to an unverified server."""
    assert (
        run_custos(home, "user", "add", "alice", "--role", "custodian", stdin=PASSWORD).returncode
        == 0
    )
    cert, key = _self_signed(tmp_path)
    port = free_port()
    base = f"https://localhost:{port}"
    trust = ssl.create_default_context(cafile=str(cert))
    args = ("--host", "127.0.0.1", "--port", str(port), "--server-name", "localhost")
    tls = ("--tls-cert", str(cert), "--tls-key", str(key))
    with serve_process(home, *args, *tls, base=base, verify=trust):
        r = httpx.post(
            f"{base}/api/v1/session",
            json={"username": "alice", "password": PASSWORD},
            verify=trust,
        )
        assert r.status_code == 201
        assert "secure" in r.headers["set-cookie"].lower()
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{base}/healthz")  # the system store does not know this certificate
        # Only the configured name is served: 127.0.0.1 is not one of them here.
        r = httpx.get(f"https://127.0.0.1:{port}/healthz", verify=trust)
        assert (r.status_code, r.json()["error"]["code"]) == (400, "request.host")
        pw = tmp_path / "pw"
        pw.write_text(PASSWORD + "\n")
        cfg = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
        remote = ("--node", base, "--ca", str(cert))
        p = run_custos(
            home, *remote, "login", "--user", "alice", "--password-file", str(pw), env=cfg
        )
        assert p.returncode == 0, p.stderr
        p, untrusted = together(
            lambda: run_custos(home, *remote, "job", "list", "--json", env=cfg),
            lambda: run_custos(home, "--node", base, "job", "list", "--json", env=cfg),
        )
        assert (p.returncode, json.loads(p.stdout)) == (0, [])
        p = untrusted
        assert p.returncode == 69, p.stderr
        assert "error[remote.tls]" in p.stderr and "Traceback" not in p.stderr


def test_disabled_user_and_new_password_end_sessions(home: Path, tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    assert (
        run_custos(home, "user", "add", "bob", "--role", "auditor", stdin=PASSWORD).returncode == 0
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with serve_process(home, "--host", "127.0.0.1", "--port", str(port), base=base):

        def login(password: str = PASSWORD) -> httpx.Response:
            return httpx.post(
                f"{base}/api/v1/session", json={"username": "bob", "password": password}
            )

        def whoami(token: str) -> int:
            h = {"Authorization": f"Bearer {token}"}
            return httpx.get(f"{base}/api/v1/whoami", headers=h).status_code

        token = login().json()["token"]
        assert whoami(token) == 200
        p = run_custos(home, "user", "disable", "bob", "--json")
        assert (p.returncode, json.loads(p.stdout)["disabled"]) == (0, True), p.stderr
        assert whoami(token) == 401
        assert login().status_code == 401
        p = run_custos(home, "user", "disable", "bob")
        assert (p.returncode, "error[user.unchanged]" in p.stderr) == (75, True)
        assert run_custos(home, "user", "enable", "bob").returncode == 0
        assert whoami(token) == 401  # a disabled account's sessions stay ended
        token = login().json()["token"]
        new = "another long enough password"
        p = run_custos(home, "user", "passwd", "bob", stdin=new + "\n")
        assert p.returncode == 0, p.stderr
        assert "1 session(s) ended" in p.stdout
        assert whoami(token) == 401
        assert login().status_code == 401
        assert login(new).status_code == 201
        p = run_custos(home, "user", "disable", "nobody")
        assert (p.returncode, "error[user.not_found]" in p.stderr) == (66, True)
    rows = run_custos(home, "audit", "log", "--json").stdout
    assert "user.password_set" in rows and "user.disabled" in rows
    assert new not in rows and PASSWORD not in rows
