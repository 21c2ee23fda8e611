"""Bad input to the deployment commands: a clear error code, no traceback, nothing made.

No Flower process is started here; every refusal comes before one would be.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from custos.core._errors import InvalidInput
from custos.fed._deploy import (
    clientapp_command,
    init_coordinator,
    serve_site,
    supernode_command,
)
from custos.fed._pki import make_server_credentials, make_site_key, read_site_public_key

pytestmark = pytest.mark.integration


def custos(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def clean(p: subprocess.CompletedProcess[str], code: str, exit_code: int) -> None:
    assert p.returncode == exit_code, (p.returncode, p.stderr)
    assert f"error[{code}]" in p.stderr
    assert "Traceback" not in p.stdout + p.stderr


def test_coordinator_commands_refuse_bad_input(tmp_path: Path) -> None:
    clean(
        custos(tmp_path, "fed", "coordinator", "run", "nowhere", "job.dsse.json"),
        "fed.no_coordinator",
        66,
    )
    clean(
        custos(tmp_path, "fed", "coordinator", "init", "c", "--host", "bad host/x"),
        "fed.bad_host",
        65,
    )
    assert not (tmp_path / "c" / "tls" / "ca.key").exists()
    clean(
        custos(
            tmp_path, "fed", "coordinator", "init", "c", "--host", "127.0.0.1", "--port", "70000"
        ),
        "fed.bad_port",
        65,
    )
    ok = custos(tmp_path, "fed", "coordinator", "init", "c", "--host", "127.0.0.1")
    assert ok.returncode == 0, ok.stderr
    # A second init never overwrites the CA or the bundle key.
    ca = (tmp_path / "c" / "tls" / "ca.key").read_bytes()
    clean(
        custos(tmp_path, "fed", "coordinator", "init", "c", "--host", "127.0.0.1"),
        "fed.coordinator_exists",
        65,
    )
    assert (tmp_path / "c" / "tls" / "ca.key").read_bytes() == ca
    # Registering something that is not a P-384 SuperNode key is refused before
    # the SuperLink is asked (none is running here).
    (tmp_path / "rsa.pub").write_text("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC site\n")
    clean(
        custos(tmp_path, "fed", "coordinator", "register", "c", "rsa.pub", "--site", "s1"),
        "fed.bad_key",
        65,
    )
    make_site_key(tmp_path / "k", "s1")
    clean(
        custos(
            tmp_path, "fed", "coordinator", "register", "c", "k/site.pub", "--site", "not a site!"
        ),
        "fed.bad_site",
        65,
    )


def test_credentials_are_never_overwritten_and_keys_are_private(tmp_path: Path) -> None:
    make_server_credentials(tmp_path / "tls", ["127.0.0.1", "fl.coordinator.example"])
    assert (tmp_path / "tls" / "ca.key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "tls" / "server.key").stat().st_mode & 0o777 == 0o600
    with pytest.raises(InvalidInput) as err:
        make_server_credentials(tmp_path / "tls", ["127.0.0.1"])
    assert err.value.code == "fed.credential_exists"
    key, pub = make_site_key(tmp_path / "site", "s1")
    assert key.stat().st_mode & 0o777 == 0o600
    assert read_site_public_key(pub).startswith("ecdsa-sha2-nistp384 ")
    (tmp_path / "two.pub").write_text(pub.read_text() + pub.read_text())
    with pytest.raises(InvalidInput):
        read_site_public_key(tmp_path / "two.pub")


def test_serve_refuses_before_starting_a_supernode(tmp_path: Path) -> None:
    init = custos(tmp_path, "--home", "h", "node", "init")
    assert init.returncode == 0, init.stderr
    env = {"payloadType": "application/vnd.custos.fedjob+json", "payload": "e30=", "signatures": []}
    (tmp_path / "job.dsse.json").write_text(json.dumps(env))
    p = custos(
        tmp_path,
        "--home",
        "h",
        "fed",
        "serve",
        "job.dsse.json",
        "--site",
        "s1",
        "--superlink",
        "127.0.0.1:1",
        "--ca",
        "missing.crt",
        "--key",
        "missing.key",
    )
    assert p.returncode != 0
    assert "Traceback" not in p.stdout + p.stderr
    assert not (tmp_path / "h" / "fed").exists()


def test_a_node_home_path_cannot_inject_node_config(tmp_path: Path) -> None:
    coord = init_coordinator(tmp_path / "c", hosts=["127.0.0.1"], port=9092)
    key, _ = make_site_key(tmp_path / "k", "s1")
    with pytest.raises(InvalidInput) as err:
        supernode_command(
            tmp_path / 'h" site="other',
            "s1",
            superlink=coord.address,
            ca=coord.tls / "ca.crt",
            key=key,
            runtime_port=1,
        )
    assert err.value.code == "fed.bad_path"


def test_the_supernode_runs_the_long_lived_clientapp_mode_on_loopback(tmp_path: Path) -> None:
    coord = init_coordinator(tmp_path / "c", hosts=["127.0.0.1"], port=9092)
    key, _ = make_site_key(tmp_path / "k", "s1")
    common = {"superlink": coord.address, "ca": coord.tls / "ca.crt", "key": key}
    secret = tmp_path / "secret"
    secret.write_text("x")
    per_message = supernode_command(tmp_path / "h", "s1", runtime_port=1, **common)
    long_lived = supernode_command(
        tmp_path / "h", "s1", runtime_port=1, superexec_secret=secret, **common
    )
    for cmd in (per_message, long_lived):
        assert cmd[cmd.index("--host") + 1] == "127.0.0.1"
    assert per_message[per_message.index("--isolation") + 1] == "subprocess"
    assert long_lived[long_lived.index("--isolation") + 1] == "process"
    assert long_lived[long_lived.index("--superexec-auth-secret-file") + 1] == str(secret.resolve())
    app = clientapp_command(1, secret, 4242)
    assert app[app.index("--runtime-api-address") + 1] == "127.0.0.1:1"
    assert app[app.index("--supernode-pid") + 1] == "4242"


def test_serve_refuses_an_unknown_clientapp_mode(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as err:
        serve_site(
            tmp_path / "h",
            {},
            "s1",
            superlink="127.0.0.1:1",
            ca=tmp_path / "ca.crt",
            key=tmp_path / "site.key",
            clientapp="threaded",
        )
    assert err.value.code == "fed.bad_clientapp"
    assert not (tmp_path / "h").exists()
