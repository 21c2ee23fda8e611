"""``custos serve`` and ``custos user`` as real processes on a real node home."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.integration

PASSWORD = "a long enough password"


def _custos(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CUSTOS_HOME": str(home), "CUSTOS_USER": "root-admin"}
    env.pop("CUSTOS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert _custos(home, "node", "init").returncode == 0
    return home


def test_user_add_and_list(home: Path, tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    p = _custos(home, "user", "add", "alice", "--role", "custodian", "--password-file", str(pw))
    assert p.returncode == 0, p.stderr
    p = _custos(home, "user", "add", "bob", "--role", "auditor", stdin=PASSWORD + "\n")
    assert p.returncode == 0, p.stderr
    users = json.loads(_custos(home, "user", "list", "--json").stdout)
    assert [(u["name"], u["role"]) for u in users] == [("alice", "custodian"), ("bob", "auditor")]
    assert PASSWORD not in json.dumps(users)
    p = _custos(home, "user", "add", "eve", "--role", "vendor", stdin=PASSWORD + "\n")
    assert p.returncode == 65
    assert "error[user.role]" in p.stderr
    p = _custos(home, "user", "add", "alice", "--role", "auditor", stdin=PASSWORD + "\n")
    assert (p.returncode, "error[user.exists]" in p.stderr) == (75, True)
    p = _custos(home, "user", "add", "short", "--role", "auditor", stdin="short\n")
    assert "error[user.password]" in p.stderr


def test_serve_refuses_plain_http_off_loopback(home: Path) -> None:
    p = _custos(home, "serve", "--host", "0.0.0.0", "--port", "9")
    assert p.returncode == 65
    assert "error[serve.tls_required]" in p.stderr


def test_serve_runs_as_a_process_and_stops_cleanly(home: Path) -> None:
    assert (
        _custos(home, "user", "add", "alice", "--role", "custodian", stdin=PASSWORD).returncode == 0
    )
    port = _free_port()
    env = {**os.environ, "CUSTOS_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "custos", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, "custos serve did not come up"
            time.sleep(0.2)
        r = httpx.post(f"{base}/api/v1/session", json={"username": "alice", "password": PASSWORD})
        assert r.status_code == 201
        token = r.json()["token"]
        who = httpx.get(f"{base}/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
        assert who.json()["actor"] == "custodian:alice"
        assert httpx.get(f"{base}/api/v1/jobs").status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert proc.returncode == 0, out
    assert "Traceback" not in out
    assert PASSWORD not in out and token not in out
