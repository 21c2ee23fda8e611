"""``custos --node URL ...`` against a real ``custos serve`` process (#8).

One server per module over a real node home (two vendors with their DUAs,
a custodian and an auditor); the CLI runs as real subprocesses with its own
config dir, and a CUSTOS_HOME that does not exist (nothing may act locally).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy import insert, update

from custos.cli._remote import (
    Sessions,
    error_from_response,
    normalize_url,
    unpack_bundle,
)
from custos.core import SigningKey
from custos.core._errors import IntegrityError, InvalidInput, NotFound
from custos.core._schema import jobs, releases
from custos.jobs import parse_spec, sign_spec
from tests._serve import free_port, serve_process
from tests.cli._procs import together

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wdbc"
PASSWORD = "correct horse battery staple"
VENDOR, DUA = "acme-ai", "acme-wdbc-2026"


@dataclass
class Server:
    url: str
    root: Path
    home: Path
    key_a: Path
    key_b: Path
    node_pub: str
    job_spec: dict[str, Any]
    pending: str  # vendor A, pending approval (for the custodian)
    pending_2: str  # vendor A, pending (for the refused auditor)
    other: str  # vendor B's job
    released: str  # vendor A, RELEASED with a bundle whose receipt does not verify


def _build_home(root: Path, wdbc_csv: Path) -> Server:
    from custos.api import add_user
    from custos.node import add_dua, init_node, register_dataset, submit_job
    from custos.policy import InstitutionalPolicy

    home = root / "home"
    node = init_node(home, policy=InstitutionalPolicy(allow_isolation_none=True))
    dua, job = (yaml.safe_load((EXAMPLES / f).read_text()) for f in ("dua.yaml", "job.yaml"))
    shutil.copy(EXAMPLES / "card.yaml", root / "card.yaml")
    register_dataset(node, "wdbc", wdbc_csv, root / "card.yaml")
    keys = {}
    for dua_id, vendor, name in ((DUA, VENDOR, "a"), ("other-wdbc", "other-ai", "b")):
        key = SigningKey.generate()
        key.save(root / f"vendor-{name}.key")
        keys[name] = key
        doc = json.loads(json.dumps(dua, default=str))
        doc["id"] = dua_id
        doc["parties"]["vendor"].pop("public_key_file", None)
        doc["parties"]["vendor"]["id"] = vendor
        doc["parties"]["vendor"]["public_key"] = key.public_key.to_text()
        doc["isolation"]["accepted"] = ["bubblewrap", "none"]
        (root / f"{dua_id}.json").write_text(json.dumps(doc))
        add_dua(node, root / f"{dua_id}.json")
    add_user(node, "alice", "custodian", PASSWORD, actor="custodian:setup")
    add_user(node, "carl", "auditor", PASSWORD, actor="custodian:setup")
    spec = json.loads(json.dumps(job, default=str))

    def submit(name: str, key: SigningKey, **over: Any) -> str:
        rec = submit_job(node, sign_spec(parse_spec({**spec, "name": name, **over}), key))
        assert rec.state.value == "PENDING_APPROVAL", rec.decision.to_dict()
        return rec.id

    pending, pending_2, released = (submit(n, keys["a"]) for n in ("p1", "p2", "rel"))
    other = submit("other", keys["b"], vendor="other-ai", dua="other-wdbc")
    bundle = root / "bundles" / released
    bundle.mkdir(parents=True)
    (bundle / "metrics.json").write_text('{"accuracy": 0.9}\n')
    with node.store.transaction() as conn:
        conn.execute(update(jobs).where(jobs.c.id == released).values(state="RELEASED"))
        conn.execute(
            insert(releases).values(
                job_id=released,
                path=str(bundle),
                receipt_hash="sha256:" + "0" * 64,
                statement_json="{}",
                released_at=node.clock(),
            )
        )
    node_pub = node.key.public_key.to_text()
    node.close()
    return Server(
        "",
        root,
        home,
        root / "vendor-a.key",
        root / "vendor-b.key",
        node_pub,
        spec,
        pending,
        pending_2,
        other,
        released,
    )


@contextmanager
def serving(home: Path) -> Iterator[str]:
    """A real ``custos serve`` over ``home`` on a free loopback port; its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with serve_process(home, "--port", str(port), "--login-rate", "1000", base=url):
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[Server]:
    srv = _build_home(tmp_path_factory.mktemp("remote"), wdbc_csv)
    with serving(srv.home) as srv.url:
        yield srv


def runner(url: str, tmp_path: Path) -> Any:
    """Run ``custos --node URL ARGS`` with its own config dir and no local node home."""
    config = tmp_path / "config"

    def run(*args: str, stdin: str | None = None, node: str | None = None) -> Any:
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(config),
            "CUSTOS_HOME": str(tmp_path / "no-local-home"),
        }
        for var in ("CUSTOS_DEBUG", "CUSTOS_NODE_URL", "CUSTOS_NODE_CA"):
            env.pop(var, None)
        p = subprocess.run(
            [sys.executable, "-m", "custos", "--node", node or url, *args],
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "Traceback" not in p.stdout + p.stderr, p.stderr
        assert not (tmp_path / "no-local-home").exists()
        return p

    run.config = config  # type: ignore[attr-defined]
    return run


@pytest.fixture
def cli(server: Server, tmp_path: Path) -> Any:
    return runner(server.url, tmp_path)


def _pw(tmp_path: Path) -> Path:
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    return pw


# -- vendors: signed requests -----------------------------------------------------------


@pytest.mark.integration
def test_vendor_submits_shows_and_lists_only_its_own_jobs(
    server: Server, cli: Any, tmp_path: Path
) -> None:
    job = tmp_path / "job.yaml"
    job.write_text(yaml.safe_dump({**server.job_spec, "name": "remote-submit"}))
    p = cli("job", "submit", str(job), "--key", str(server.key_a), "--json")
    assert p.returncode == 0, p.stderr
    submitted = json.loads(p.stdout)
    assert (submitted["vendor"], submitted["state"]) == (VENDOR, "PENDING_APPROVAL")
    assert "signed job.yaml" in p.stderr

    # Reads (none changes the node) at once.
    p, listing, other = together(
        lambda: cli("job", "show", submitted["id"], "--key", str(server.key_a)),
        lambda: cli("job", "list", "--key", str(server.key_a), "--json"),
        lambda: cli("job", "show", server.other, "--key", str(server.key_a)),
    )
    assert p.returncode == 0, p.stderr
    assert submitted["id"] in p.stdout and "PENDING_APPROVAL" in p.stdout

    p = listing
    assert p.returncode == 0, p.stderr
    listed = json.loads(p.stdout)
    ids = {j["id"] for j in listed}
    assert {submitted["id"], server.pending} <= ids
    assert server.other not in ids
    assert {j["vendor"] for j in listed} == {VENDOR}

    # Another vendor's job is "not found" for this vendor, as over the API.
    p = other
    assert p.returncode == 66
    assert "error[job.not_found]" in p.stderr

    # A spec changed after signing is refused before anything is sent.
    (tmp_path / "job.yaml.dsse.json").write_text(
        json.dumps(sign_spec(parse_spec(server.job_spec), SigningKey.load(server.key_a)))
    )
    p = cli("job", "submit", str(job), "--key", str(server.key_a))
    assert p.returncode == 77
    assert "error[jobspec.changed]" in p.stderr


@pytest.mark.integration
def test_vendor_fetch_refuses_a_bundle_that_does_not_verify(
    server: Server, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    args = ("job", "fetch", server.released, "--out", str(out), "--key", str(server.key_a))
    p = cli(*args)
    assert p.returncode == 65
    assert "error[remote.public_key_required]" in p.stderr
    p = cli(*args, "--public-key", server.node_pub)
    assert p.returncode == 77, p.stderr
    assert "error[receipt.missing]" in p.stderr
    assert not out.exists()
    assert [x.name for x in tmp_path.iterdir() if x.name.startswith(".custos-fetch")] == []


# -- people: sessions ---------------------------------------------------------------------


@pytest.mark.integration
def test_custodian_logs_in_approves_and_logs_out(server: Server, cli: Any, tmp_path: Path) -> None:
    p = cli("login", "--user", "alice", "--password-file", str(_pw(tmp_path)))
    assert p.returncode == 0, p.stderr
    assert "alice" in p.stdout and "custodian" in p.stdout
    sessions = cli.config / "custos" / "sessions.json"
    assert stat.S_IMODE(sessions.stat().st_mode) == 0o600
    token = json.loads(sessions.read_text())["nodes"][server.url]["token"]
    assert token

    listed = cli("job", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {server.pending, server.other} <= {j["id"] for j in json.loads(listed.stdout)}

    p = cli("job", "approve", server.pending)
    assert p.returncode == 0, p.stderr
    assert "APPROVED" in p.stdout and "alice" in p.stdout

    p, budget, incidents = together(
        lambda: cli("audit", "verify", "--json"),
        lambda: cli("budget", "show", "wdbc", "--json"),
        lambda: cli("incident", "list"),
    )
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["ok"] is True
    p = budget
    assert p.returncode == 0, p.stderr
    assert "duas" in json.loads(p.stdout)
    p = incidents
    assert p.returncode == 0, p.stderr

    p = cli("logout")
    assert p.returncode == 0, p.stderr
    assert server.url not in json.loads(sessions.read_text())["nodes"]
    p = cli("job", "list")
    assert p.returncode == 77
    assert "error[remote.not_logged_in]" in p.stderr
    # The token ended at the node too.
    r = httpx.get(f"{server.url}/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    for out in (p.stdout, p.stderr):
        assert token not in out


@pytest.mark.integration
def test_auditor_may_not_approve(server: Server, cli: Any) -> None:
    p = cli("login", "--user", "carl", stdin=PASSWORD + "\n")
    assert p.returncode == 0, p.stderr
    p = cli("job", "approve", server.pending_2)
    assert p.returncode == 77
    assert "error[auth.forbidden]" in p.stderr
    assert "auditor" in p.stderr


@pytest.mark.integration
def test_wrong_password(server: Server, cli: Any) -> None:
    p = cli("login", "--user", "alice", stdin="not the password\n")
    assert p.returncode == 77
    assert p.stderr.startswith("error[auth.")
    assert not (cli.config / "custos" / "sessions.json").exists()


# -- transport and scope -------------------------------------------------------------------


@pytest.mark.integration
def test_server_down_is_a_clear_error(server: Server, cli: Any) -> None:
    p = cli("job", "list", "--key", str(server.key_a), node=f"http://127.0.0.1:{free_port()}")
    assert p.returncode == 69
    assert "error[remote.unreachable]" in p.stderr


@pytest.mark.integration
def test_plain_http_off_loopback_is_refused(server: Server, cli: Any) -> None:
    p = cli("job", "list", "--key", str(server.key_a), node="http://node.example.org:8443")
    assert p.returncode == 65
    assert "error[remote.tls_required]" in p.stderr


@pytest.mark.integration
def test_local_only_commands_say_so(server: Server, cli: Any) -> None:
    commands = (("job", "run", server.pending), ("node", "init"), ("node", "migrate"))
    results = together(*(lambda args=args: cli(*args) for args in commands))
    for args, p in zip(commands, results, strict=True):
        assert p.returncode == 64, (args, p.stderr)
        assert "error[remote.unsupported]" in p.stderr


# -- units ------------------------------------------------------------------------------------


def _zip(entries: dict[str, bytes], *, link: str | None = None) -> io.BytesIO:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    buf.seek(0)
    return buf


def test_unpack_bundle_writes_flat_files(tmp_path: Path) -> None:
    job = "job-0123456789abcdef"
    files = unpack_bundle(
        _zip({f"{job}/metrics.json": b"{}", f"{job}/receipt.dsse.json": b"{}"}),
        tmp_path / "b",
        top=job,
    )
    assert sorted(f.name for f in files) == ["metrics.json", "receipt.dsse.json"]
    assert (tmp_path / "b" / "metrics.json").read_bytes() == b"{}"


@pytest.mark.parametrize(
    "entries",
    [
        {"job-x/../../evil.txt": b"x"},
        {"../evil.txt": b"x"},
        {"/etc/evil": b"x"},
        {"job-x/sub/deep.txt": b"x"},
        {"job-x\\..\\evil.txt": b"x"},
        {"C:/evil.txt": b"x"},
        {"job-x/a.json": b"1", "job-x/A.json": b"2"},
    ],
)
def test_unpack_bundle_refuses_hostile_archives(tmp_path: Path, entries: dict[str, bytes]) -> None:
    with pytest.raises(IntegrityError):
        unpack_bundle(_zip(entries), tmp_path / "b", top="job-x")
    assert not (tmp_path / "b").exists()
    assert not (tmp_path / "evil.txt").exists()


def test_unpack_bundle_refuses_links_and_non_zips(tmp_path: Path) -> None:
    with pytest.raises(IntegrityError, match="unsafe"):
        unpack_bundle(_zip({"job-x/a": b"1"}, link="job-x/passwd"), tmp_path / "b", top="job-x")
    with pytest.raises(IntegrityError, match="not a zip"):
        unpack_bundle(io.BytesIO(b"not a zip"), tmp_path / "c", top="job-x")


def test_node_urls() -> None:
    assert normalize_url("https://Node.Example.org:443/") == "https://node.example.org"
    assert normalize_url("http://127.0.0.1:8443") == "http://127.0.0.1:8443"
    assert normalize_url("http://[::1]:80") == "http://[::1]"
    assert normalize_url("http://10.0.0.5:80", insecure_http=True) == "http://10.0.0.5"
    for bad in ("ftp://x", "https://", "https://u:p@x", "https://x/api", "http://10.0.0.5"):
        with pytest.raises(InvalidInput):
            normalize_url(bad)


def test_error_bodies_become_local_errors() -> None:
    body = json.dumps(
        {"error": {"code": "job.not_found", "message": "no \x1b[31mjob", "details": ["a"]}}
    ).encode()
    e = error_from_response(404, body)
    assert isinstance(e, NotFound)
    assert (e.code, e.message, e.details, e.exit_code) == (
        "job.not_found",
        "no [31mjob",
        ("a",),
        66,
    )
    e = error_from_response(502, b"<html>bad gateway</html>")
    assert (e.code, e.exit_code) == ("remote.http_502", 69)


def test_sessions_file_is_private(tmp_path: Path) -> None:
    s = Sessions(tmp_path / "custos" / "sessions.json")
    s.put("https://n", {"token": "t", "user": "alice"})
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600
    assert s.get("https://n") == {"token": "t", "user": "alice"}
    s.path.chmod(0o644)
    with pytest.raises(Exception, match="readable by others"):
        s.get("https://n")
    s.path.chmod(0o600)
    assert s.drop("https://n") and s.get("https://n") is None
