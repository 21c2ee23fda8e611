"""A deployed federation: one Flower SuperLink at the coordinator, one SuperNode per site.

Who runs what (every box a separate process, talking HTTPS):

* **Coordinator** (``custos fed coordinator ...``): ``init`` makes a private
  CA, the SuperLink's TLS certificate for the addresses the sites dial, and
  the Ed25519 key that signs the global bundle; ``superlink`` runs Flower's
  SuperLink with TLS and SuperNode authentication on; ``register`` enrols a
  site's SuperNode public key under the site's name; ``run`` submits the
  federation (Flower's ``flwr run`` of a small Flower App whose ServerApp is
  :func:`custos.fed._flower.make_deployed_server_app`), waits for it, and
  writes and verifies the global release bundle.
* **Site** (``custos fed site-key``, ``custos fed serve``): a hospital makes
  its own SuperNode key pair and sends the public half; once its custodian
  approved the site's share, ``serve`` starts a SuperNode pinned to the
  coordinator's CA, authenticated with the site key, whose ClientApp is the
  custos harness (:mod:`custos.fed._clientapp`: the coordinator's code is
  never run at the site), by default one long-lived process per site that
  ``serve`` starts and stops with the SuperNode. ``serve`` returns when the
  share is settled.

Flower 1.41 also opens its legacy gRPC Fleet and Control servers (default
``0.0.0.0:9092``/``9093``); custos binds them to loopback ports it picks,
so that the SuperLink listens on the network only where it was told to.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from custos.core._errors import ConfigError, CustosError, InvalidInput, NotFound
from custos.core._keys import SigningKey
from custos.fed._pki import (
    CA_CERT,
    SERVER_CERT,
    SERVER_KEY,
    make_server_credentials,
    read_site_public_key,
)

COORDINATOR_FILE = "coordinator.json"
CONNECTION = "custos"  # the name of the SuperLink connection in FLWR_HOME/config.toml
APP_NAME = "custos-federation"

_APP_PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "{name}"
version = "1.0.0"
description = "custos federation: SecAgg+ FedAvg over sites that enforce their own DP"
dependencies = []

[tool.hatch.build.targets.wheel]
packages = ["."]

[tool.flwr.app]
publisher = "custos"

[tool.flwr.app.components]
serverapp = "custos_fedapp:serverapp"
clientapp = "custos_fedapp:clientapp"

[tool.flwr.app.config]
fed-hash = ""
fed-job = ""
out = ""
wait-s = 120.0
stage-timeout-s = 600.0
resume = false
"""

_APP_MODULE = '''\
"""The Flower App custos submits: both halves are custos' installed code.

Sites never import this file (their ``flwr-clientapp`` is custos' own); the
coordinator's SuperLink runs ``serverapp`` from it.
"""

from custos.fed._flower import make_client_app, make_deployed_server_app

serverapp = make_deployed_server_app()
clientapp = make_client_app()
'''


class FederationRunError(CustosError):
    code = "fed.run_failed"
    exit_code = 70


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _tool(name: str) -> str:
    """A Flower command from this environment (the one custos is installed in)."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        raise ConfigError(
            f"'{name}' is not installed; install custos with its 'fed' extra",
            code="fed.flower_missing",
        )
    return str(path)


def _env(flwr_home: Path, bin_first: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    path = [str(Path(sys.executable).parent), env.get("PATH", "")]
    if bin_first is not None:
        path.insert(0, str(bin_first))
    env["PATH"] = os.pathsep.join(p for p in path if p)
    env["FLWR_HOME"] = str(flwr_home)
    env["FLWR_TELEMETRY_ENABLED"] = "0"
    env["FLWR_DISABLE_UPDATE_CHECK"] = "1"
    # Flower's process launcher polls for work once a second by default.
    env.setdefault("FLWR_SUPEREXEC_TASK_POLL_INTERVAL", "0.2")
    return env


# ---------------------------------------------------------------------------
# coordinator


@dataclass(frozen=True)
class Coordinator:
    """A coordinator's directory and what ``init`` decided."""

    root: Path
    listen_host: str
    port: int
    hosts: tuple[str, ...]
    legacy_fleet: str
    legacy_control: str

    @property
    def tls(self) -> Path:
        return self.root / "tls"

    @property
    def flwr_home(self) -> Path:
        return self.root / "flwr"

    @property
    def app(self) -> Path:
        return self.root / "app"

    @property
    def key_file(self) -> Path:
        return self.root / "coordinator.key"

    @property
    def address(self) -> str:
        """The address this machine uses to reach its own SuperLink."""
        wildcard = self.listen_host in ("0.0.0.0", "::")  # noqa: S104 (compared, not bound)
        host = "127.0.0.1" if wildcard else self.listen_host
        return f"{host}:{self.port}"

    def to_json(self) -> dict[str, Any]:
        return {
            "listen_host": self.listen_host,
            "port": self.port,
            "hosts": list(self.hosts),
            "legacy_fleet": self.legacy_fleet,
            "legacy_control": self.legacy_control,
        }


def init_coordinator(
    root: Path, *, hosts: list[str], port: int, listen_host: str = "127.0.0.1"
) -> Coordinator:
    """Make a coordinator directory: TLS credentials, bundle key, Flower config, app."""
    if (root / COORDINATOR_FILE).exists():
        raise InvalidInput(f"{root} is already a coordinator", code="fed.coordinator_exists")
    if not 1 <= port <= 65535:
        raise InvalidInput("--port must be 1..65535", code="fed.bad_port")
    root.mkdir(parents=True, exist_ok=True)
    make_server_credentials(root / "tls", hosts)
    key = SigningKey.generate()
    key.save(root / "coordinator.key")
    (root / "coordinator.pub").write_text(key.public_key.to_text() + "\n")
    coord = Coordinator(
        root=root.resolve(),
        listen_host=listen_host,
        port=port,
        hosts=tuple(hosts),
        legacy_fleet=f"127.0.0.1:{free_port()}",
        legacy_control=f"127.0.0.1:{free_port()}",
    )
    coord.flwr_home.mkdir(parents=True, exist_ok=True)
    (coord.flwr_home / "config.toml").write_text(
        f'[superlink]\ndefault = "{CONNECTION}"\n\n'
        f"[superlink.{CONNECTION}]\n"
        f'address = "{coord.address}"\n'
        f"root-certificates = {json.dumps(str(coord.tls / CA_CERT))}\n"
    )
    coord.app.mkdir(parents=True, exist_ok=True)
    (coord.app / "pyproject.toml").write_text(_APP_PYPROJECT.format(name=APP_NAME))
    (coord.app / "custos_fedapp.py").write_text(_APP_MODULE)
    (root / COORDINATOR_FILE).write_text(json.dumps(coord.to_json(), indent=2) + "\n")
    return coord


def open_coordinator(root: Path) -> Coordinator:
    try:
        doc = json.loads((root / COORDINATOR_FILE).read_text())
    except FileNotFoundError:
        raise NotFound(
            f"{root} is not a coordinator directory (run 'custos fed coordinator init')",
            code="fed.no_coordinator",
        ) from None
    except json.JSONDecodeError:
        raise ConfigError(f"{COORDINATOR_FILE} is corrupt", code="fed.no_coordinator") from None
    return Coordinator(
        root=root.resolve(),
        listen_host=str(doc["listen_host"]),
        port=int(doc["port"]),
        hosts=tuple(doc["hosts"]),
        legacy_fleet=str(doc["legacy_fleet"]),
        legacy_control=str(doc["legacy_control"]),
    )


def superlink_command(coord: Coordinator) -> list[str]:
    tls = coord.tls
    return [
        _tool("flower-superlink"),
        "--ssl-ca-certfile",
        str(tls / CA_CERT),
        "--ssl-certfile",
        str(tls / SERVER_CERT),
        "--ssl-keyfile",
        str(tls / SERVER_KEY),
        "--enable-supernode-auth",
        "--isolation",
        "subprocess",
        # The app is custos' installed code: nothing is installed at run time.
        "--disable-runtime-dependency-installation",
        # Runs, registered SuperNodes and messages survive a SuperLink restart.
        "--database",
        str(coord.root / "superlink.db"),
        "--host",
        coord.listen_host,
        "--port",
        str(coord.port),
        "--fleet-api-address",
        coord.legacy_fleet,
        "--control-api-address",
        coord.legacy_control,
    ]


def start_superlink(coord: Coordinator, log_file: Path | None = None) -> subprocess.Popen[bytes]:
    """Start the SuperLink; its output goes to ``log_file`` (or this process's own)."""
    out = open(log_file, "ab") if log_file is not None else None  # noqa: SIM115
    try:
        return subprocess.Popen(
            superlink_command(coord),
            env=_env(coord.flwr_home),
            stdout=out,
            stderr=subprocess.STDOUT if out is not None else None,
            start_new_session=True,
        )
    finally:
        if out is not None:
            out.close()  # the child holds its own descriptor


def superlink_ready(coord: Coordinator) -> bool:
    """Whether the SuperLink answers its health check over TLS (pinned to our CA)."""
    ctx = ssl.create_default_context(cafile=str(coord.tls / CA_CERT))
    try:
        with urllib.request.urlopen(
            f"https://{coord.address}/health", context=ctx, timeout=2
        ) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def wait_superlink(coord: Coordinator, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not superlink_ready(coord):
        if time.monotonic() > deadline:
            raise FederationRunError(
                f"the SuperLink at {coord.address} did not come up in {timeout_s:.0f} s",
                code="fed.superlink_down",
            )
        time.sleep(0.3)


def stop_process(proc: subprocess.Popen[bytes], grace_s: float = 10.0) -> None:
    """SIGTERM the process group, then SIGKILL what is left."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def _flwr(
    coord: Coordinator, args: list[str], timeout_s: float
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("flwr"), *args],
        env=_env(coord.flwr_home),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


def register_site(coord: Coordinator, site: str, public_key: Path) -> int:
    """Enrol a site's SuperNode key under the site's name; returns Flower's node id."""
    from custos.core._ids import is_identifier

    if not is_identifier(site):
        raise InvalidInput(f"'{site[:64]}' is not a valid site name", code="fed.bad_site")
    read_site_public_key(public_key)
    res = _flwr(
        coord,
        ["supernode", "register", str(public_key), CONNECTION, "--name", site, "--format", "json"],
        60,
    )
    try:
        doc = json.loads(res.stdout)
    except json.JSONDecodeError:
        doc = {}
    if res.returncode != 0 or not doc.get("success", False):
        reason = str(doc.get("error-message", "")) or "the SuperLink refused"
        raise FederationRunError(
            f"registering {site} failed: {reason[:300]}", code="fed.register_failed"
        )
    return int(doc["node-id"])


@dataclass
class RunResult:
    status: str
    run_dir: Path
    bundle: Path | None
    rounds: list[dict[str, Any]]
    co_signed_by: list[str]
    declined: list[str]
    resumed_at: int | None = None
    lost_rounds: list[int] | None = None


def run_federation(
    coord: Coordinator,
    envelope: dict[str, Any],
    *,
    timeout_s: float = 3600.0,
    stage_timeout_s: float = 600.0,
    wait_sites_s: float = 120.0,
    on_phase: Callable[[str], None] | None = None,
) -> RunResult:
    """Submit the federation to the running SuperLink, wait, release the global bundle.

    The coordinator is not a trust anchor: it reads the job without checking
    the vendor's signature (each site checks it against its own DUA before it
    approves, and the bundle carries the envelope for anyone to check).
    """
    from custos.fed._bundle import release_global
    from custos.fed._spec import unverified_fed

    fed = unverified_fed(envelope)
    run_dir = coord.root / "runs" / fed.fed_hash.split(":", 1)[-1][:16]
    out = run_dir / "coordinator"
    if (run_dir / "bundle").exists():
        raise InvalidInput(
            f"this federation was already released ({run_dir / 'bundle'})",
            code="fed.already_released",
        )
    run_dir.mkdir(parents=True, exist_ok=True)
    job_file = run_dir / "fedjob.dsse.json"
    job_file.write_text(json.dumps(envelope, indent=2) + "\n")
    # A checkpoint without a bundle: an earlier coordinator died mid-run.
    resume = (out / "checkpoint.json").exists()
    cfg = " ".join(
        [
            f"resume={'true' if resume else 'false'}",
            f"fed-hash={json.dumps(fed.fed_hash)}",
            f"fed-job={json.dumps(str(job_file))}",
            f"out={json.dumps(str(out))}",
            f"wait-s={float(wait_sites_s)}",
            f"stage-timeout-s={float(stage_timeout_s)}",
        ]
    )
    if on_phase is not None:
        how = "resuming from its checkpoint" if resume else "submitting"
        on_phase(f"{how} {fed.name} ({len(fed.sites)} sites, {fed.rounds} rounds)")
    (out / "coordinator.json").unlink(missing_ok=True)
    log = open(run_dir / "flwr-run.log", "ab")  # noqa: SIM115
    try:
        proc = subprocess.run(
            [_tool("flwr"), "run", str(coord.app), CONNECTION, "--run-config", cfg, "--stream"],
            env=_env(coord.flwr_home),
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise FederationRunError(
            f"the federation did not finish in {timeout_s:.0f} s", code="fed.run_timeout"
        ) from None
    finally:
        log.close()
    if not (out / "coordinator.json").exists():
        raise FederationRunError(
            f"the run ended (flwr exit {proc.returncode}) without a result; "
            f"see {run_dir / 'flwr-run.log'}",
            code="fed.run_failed",
        )
    key = SigningKey.load(coord.key_file)
    if on_phase is not None:
        on_phase("coordinator: global bundle with every site's receipt, signed")
    run, receipts, bundle = release_global(out, fed, envelope, key, run_dir / "bundle")
    return RunResult(
        status=str(run["status"]),
        run_dir=run_dir,
        bundle=bundle,
        rounds=list(run["rounds"]),
        co_signed_by=sorted(receipts),
        declined=list(run["declined"]),
        resumed_at=run.get("resumed_at"),
        lost_rounds=list(run.get("lost_rounds", [])),
    )


# ---------------------------------------------------------------------------
# site


_CLIENTAPP_SCRIPT = """#!/bin/sh
# custos: the SuperNode runs this instead of Flower's flwr-clientapp, so the
# coordinator's app bundle is never imported at this site.
exec {python} -m custos.fed._clientapp "$@"
"""

# How a site runs its ClientApp (see custos.fed._clientapp).
LONG_LIVED = "long-lived"  # one process per site, for every message (Flower's process isolation)
PER_MESSAGE = "per-message"  # a fresh process per message (Flower's subprocess isolation)
CLIENTAPP_MODES = (LONG_LIVED, PER_MESSAGE)
_CLIENTAPP_RESTARTS = 3  # a long-lived ClientApp that dies is started again, this often


def _clientapp_bin(home: Path) -> Path:
    bindir = home / "fed" / "bin"
    bindir.mkdir(parents=True, exist_ok=True)
    script = bindir / "flwr-clientapp"
    script.write_text(_CLIENTAPP_SCRIPT.format(python=shlex.quote(sys.executable)))
    script.chmod(0o755)
    return bindir


def _superexec_secret(home: Path) -> Path:
    """A fresh shared secret (mode 0600) that the SuperNode's Runtime API asks of
    whoever takes its tasks: only the ClientApp process ``serve`` starts can."""
    import secrets

    path = home / "fed" / "superexec.secret"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))
    return path


def _config_value(text: str, what: str) -> str:
    if any(c in text for c in "\"'\\\n\r") or any(c.isspace() for c in text.strip(" ")):
        raise InvalidInput(
            f"the {what} path must not contain quotes, backslashes or line breaks",
            code="fed.bad_path",
        )
    return f'"{text}"'


def supernode_command(
    home: Path,
    site: str,
    *,
    superlink: str,
    ca: Path,
    key: Path,
    runtime_port: int,
    superexec_secret: Path | None = None,
) -> list[str]:
    """The site's SuperNode: its Runtime API on loopback only.

    With ``superexec_secret`` it runs with Flower's ``--isolation process``
    (it starts no ClientApp; the long-lived one ``serve`` starts takes its
    tasks with that secret), without it with ``--isolation subprocess``.
    """
    node_config = (
        f"custos-home={_config_value(str(home.resolve()), 'node home')} "
        f"site={_config_value(site, 'site')}"
    )
    isolation = ["--isolation", "subprocess"]
    if superexec_secret is not None:
        isolation = [
            "--isolation",
            "process",
            "--superexec-auth-secret-file",
            str(superexec_secret.resolve()),
        ]
    return [
        _tool("flower-supernode"),
        "--superlink",
        superlink,
        "--root-certificates",
        str(ca.resolve()),
        "--auth-supernode-private-key",
        str(key.resolve()),
        "--node-config",
        node_config,
        *isolation,
        "--host",
        "127.0.0.1",
        "--port",
        str(runtime_port),
    ]


def clientapp_command(runtime_port: int, superexec_secret: Path, supernode_pid: int) -> list[str]:
    """The site's long-lived ClientApp process (:func:`custos.fed._clientapp.serve`)."""
    return [
        sys.executable,
        "-m",
        "custos.fed._clientapp",
        "serve",
        "--runtime-api-address",
        f"127.0.0.1:{runtime_port}",
        "--superexec-auth-secret-file",
        str(superexec_secret.resolve()),
        "--supernode-pid",
        str(supernode_pid),
    ]


def _linger(proc: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)


SETTLED = ("RELEASED", "BLOCKED", "FAILED", "REJECTED", "PURGED")


def _start_clientapp(
    runtime_port: int,
    secret: Path,
    supernode: subprocess.Popen[bytes],
    env: dict[str, str],
    log_file: Path,
) -> subprocess.Popen[bytes]:
    with open(log_file, "ab") as out:
        return subprocess.Popen(
            clientapp_command(runtime_port, secret, supernode.pid),
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def serve_site(
    home: Path,
    envelope: dict[str, Any],
    site: str,
    *,
    superlink: str,
    ca: Path,
    key: Path,
    runtime_port: int | None = None,
    timeout_s: float | None = None,
    log_file: Path | None = None,
    linger_s: float = 15.0,
    clientapp: str = PER_MESSAGE,
    on_phase: Callable[[str], None] | None = None,
) -> str:
    """Run this site's SuperNode until its share of the federation is settled.

    Refuses (before anything connects) unless this node joined the federation
    as ``site`` and its custodian approved the share. Returns the share's
    final state.

    ``clientapp``: :data:`PER_MESSAGE` (the default: the SuperNode starts one
    per message) or :data:`LONG_LIVED` (experimental: one ClientApp process
    for every message, started here after the SuperNode and stopped with it;
    started again if it dies, up to :data:`_CLIENTAPP_RESTARTS` times; see
    :mod:`custos.fed._clientapp` for its known problem).
    """
    from custos.core._config import load_settings
    from custos.fed._site import approved_share
    from custos.fed._spec import unverified_fed
    from custos.node import get_job
    from custos.node._node import open_node

    if clientapp not in CLIENTAPP_MODES:
        raise InvalidInput(
            f"--clientapp must be one of {', '.join(CLIENTAPP_MODES)}", code="fed.bad_clientapp"
        )
    fed = unverified_fed(envelope)
    for path, what in ((ca, "CA certificate"), (key, "SuperNode key")):
        if not path.is_file():
            raise InvalidInput(f"the {what} {path.name} does not exist", code="fed.bad_path")
    node = open_node(load_settings(home=home))
    try:
        job = approved_share(node, fed.fed_hash, site)
        bindir = _clientapp_bin(home)
        port = runtime_port or free_port()
        secret = _superexec_secret(home) if clientapp == LONG_LIVED else None
        cmd = supernode_command(
            home,
            site,
            superlink=superlink,
            ca=ca,
            key=key,
            runtime_port=port,
            superexec_secret=secret,
        )
        flwr_home = home / "fed" / "flwr"
        flwr_home.mkdir(parents=True, exist_ok=True)
        log_file = log_file or home / "fed" / "supernode.log"
        env = _env(flwr_home, bin_first=bindir)
        if on_phase is not None:
            on_phase(
                f"{site}: SuperNode connecting to {superlink} (share {job.id}; "
                f"{clientapp} ClientApp; log {log_file})"
            )
        with open(log_file, "ab") as out:
            proc = subprocess.Popen(
                cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        app: subprocess.Popen[bytes] | None = None
        restarts = 0
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        state = job.state.value
        try:
            if secret is not None:
                app = _start_clientapp(port, secret, proc, env, log_file)
            while True:
                state = get_job(node, job.id).state.value
                if state in SETTLED:
                    # The share is settled once the site's last step is done,
                    # but its reply (the co-signature) is still on its way
                    # through the SuperNode: give it time to leave.
                    _linger(proc, linger_s)
                    break
                if proc.poll() is not None:
                    raise FederationRunError(
                        f"the SuperNode exited ({proc.returncode}) before the share settled",
                        code="fed.supernode_exited",
                    )
                if app is not None and secret is not None and app.poll() is not None:
                    if restarts >= _CLIENTAPP_RESTARTS:
                        raise FederationRunError(
                            f"the ClientApp process exited ({app.returncode}) "
                            f"{restarts + 1} times before the share settled",
                            code="fed.clientapp_exited",
                        )
                    restarts += 1
                    if on_phase is not None:
                        on_phase(f"{site}: the ClientApp exited ({app.returncode}); restarting it")
                    app = _start_clientapp(port, secret, proc, env, log_file)
                if deadline is not None and time.monotonic() > deadline:
                    raise FederationRunError(
                        f"the share was not settled in {timeout_s:.0f} s (it is {state})",
                        code="fed.serve_timeout",
                    )
                time.sleep(1.0)
        finally:
            if app is not None:
                stop_process(app)
            stop_process(proc)
            if secret is not None:
                secret.unlink(missing_ok=True)
        if on_phase is not None:
            on_phase(f"{site}: share {state}")
        return state
    finally:
        node.close()
