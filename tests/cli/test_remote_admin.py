"""The people's node commands under ``--node``: datasets, DUAs, incidents, audit, purge.

One real ``custos serve`` for the module (its own node home, as these tests
change it), the CLI as real subprocesses; where practical a remote command's
output is compared with the same command run locally on the same node home.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from custos.cli._remote import Remote
from custos.core import PublicKey, SigningKey
from custos.core._errors import PolicyDenied
from custos.core._keys import load_envelope
from custos.governance._report import verify_pack
from tests.cli._procs import together
from tests.cli.test_remote import DUA, EXAMPLES, PASSWORD, Server, _build_home, runner, serving

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[Server]:
    from custos.api import add_user
    from custos.core._config import load_settings
    from custos.node import open_node

    srv = _build_home(tmp_path_factory.mktemp("remote-admin"), wdbc_csv)
    node = open_node(load_settings(home=srv.home))
    add_user(node, "pia", "privacy_officer", PASSWORD, actor="custodian:setup")
    node.close()
    (srv.home / "imports").mkdir()
    shutil.copy(wdbc_csv, srv.home / "imports" / "wdbc2.csv")
    with serving(srv.home) as srv.url:
        yield srv


@pytest.fixture
def cli(server: Server, tmp_path: Path) -> Any:
    return runner(server.url, tmp_path)


@pytest.fixture
def local(server: Server) -> Any:
    """Run ``custos ARGS`` locally on the server's node home (no --node)."""

    def run(*args: str) -> Any:
        env = {**os.environ, "CUSTOS_HOME": str(server.home)}
        for var in ("CUSTOS_DEBUG", "CUSTOS_NODE_URL", "CUSTOS_NODE_CA"):
            env.pop(var, None)
        p = subprocess.run(
            [sys.executable, "-m", "custos", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert p.returncode == 0, p.stderr
        return p

    return run


def _login(cli: Any, user: str) -> None:
    p = cli("login", "--user", user, stdin=PASSWORD + "\n")
    assert p.returncode == 0, p.stderr


def _refused(p: Any, code: str, exit_code: int) -> None:
    """One clear error line (plus details), the given code and exit code, no output."""
    assert p.returncode == exit_code, (p.returncode, p.stderr)
    assert p.stderr.startswith(f"error[{code}]"), p.stderr
    assert p.stdout == ""


def _without(rows: Any, *keys: str) -> Any:
    if isinstance(rows, list):
        return [_without(r, *keys) for r in rows]
    return {k: v for k, v in rows.items() if k not in keys}


# -- datasets ---------------------------------------------------------------------------


def test_datasets_remotely_as_locally(server: Server, cli: Any, local: Any, tmp_path: Path) -> None:
    _login(cli, "alice")
    reads = (("data", "list"), ("data", "show", "wdbc"))
    # Every read, remote and local, at once (none changes the node).
    results = together(
        *(
            call
            for args in reads
            for call in (
                lambda args=args: cli(*args, "--json"),
                lambda args=args: local(*args, "--json"),
                lambda args=args: cli(*args),
                lambda args=args: local(*args),
            )
        )
    )
    for i in range(len(reads)):
        remote, here, human, human_here = results[4 * i : 4 * i + 4]
        assert remote.returncode == 0, remote.stderr
        # The API leaves out only the file's path on the node.
        assert json.loads(remote.stdout) == _without(json.loads(here.stdout), "path")
        assert human.returncode == 0, human.stderr
        assert human.stdout == human_here.stdout

    card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
    (tmp_path / "card2.yaml").write_text(yaml.safe_dump({**card, "name": "wdbc2"}))
    # Only the base name travels: the file is the one in the node's imports/ folder.
    p = cli("data", "add", "wdbc2", "somewhere/wdbc2.csv", "--card", str(tmp_path / "card2.yaml"))
    assert p.returncode == 0, p.stderr
    assert "registered dataset wdbc2: 569 rows" in p.stdout
    shown = json.loads(local("data", "show", "wdbc2", "--json").stdout)
    assert shown["path"] == str((server.home / "imports" / "wdbc2.csv").resolve())
    assert shown["registered_by"] == "alice"


def test_dataset_bad_input_is_one_clear_line(
    server: Server, cli: Any, local: Any, tmp_path: Path
) -> None:
    _login(cli, "alice")
    before = local("data", "list", "--json").stdout
    card = str(server.root / "card.yaml")
    (tmp_path / "bad.yaml").write_text("name: [unclosed\n")
    missing, dots, passwd, dots_add, bad_card = together(
        lambda: cli("data", "show", "no-such-data"),
        lambda: cli("data", "show", ".."),
        lambda: cli("data", "add", "x", "../../etc/passwd", "--card", card),
        lambda: cli("data", "add", "x", "..", "--card", card),
        lambda: cli("data", "add", "x", "wdbc2.csv", "--card", str(tmp_path / "bad.yaml")),
    )
    _refused(missing, "dataset.not_found", 66)
    _refused(dots, "input.name", 65)
    # A path is never sent: "../../etc/passwd" is "passwd", which is not in imports/.
    _refused(passwd, "input.path", 65)
    _refused(dots_add, "input.name", 65)
    _refused(bad_card, "input.yaml", 65)
    assert local("data", "list", "--json").stdout == before


def test_people_only_and_role_refusals(server: Server, cli: Any) -> None:
    # A vendor's signed request for the dataset list is refused by the node.
    remote = Remote(server.url)
    with pytest.raises(PolicyDenied) as caught:
        remote.call("GET", "datasets", key=SigningKey.load(server.key_a))
    assert caught.value.code == "auth.forbidden"
    # Nobody logged in: told how to log in.
    _refused(cli("data", "list"), "remote.not_logged_in", 77)
    _login(cli, "carl")  # an auditor reads but does not add or purge
    listed, purge, add, revoke = together(
        lambda: cli("data", "list"),
        lambda: cli("node", "purge"),
        lambda: cli("dua", "add", str(server.root / f"{DUA}.json")),
        lambda: cli("dua", "revoke", DUA, "--reason", "x"),
    )
    assert listed.returncode == 0
    _refused(purge, "auth.forbidden", 77)
    _refused(add, "auth.forbidden", 77)
    _refused(revoke, "auth.forbidden", 77)


# -- DUAs -------------------------------------------------------------------------------


def test_duas_remotely_as_locally(server: Server, cli: Any, local: Any, tmp_path: Path) -> None:
    _login(cli, "alice")
    shows = (("dua", "show", DUA), ("dua", "show", DUA, "--version", "1"))
    # Every read, remote and local, at once (none changes the node).
    listed, listed_here, no_version, *results = together(
        lambda: cli("dua", "list", "--json"),
        lambda: local("dua", "list", "--json"),
        lambda: cli("dua", "show", DUA, "--version", "9"),
        *(
            call
            for args in shows
            for call in (
                lambda args=args: cli(*args, "--json"),
                lambda args=args: local(*args, "--json"),
                lambda args=args: cli(*args),
                lambda args=args: local(*args),
            )
        ),
    )
    remote = json.loads(listed.stdout)
    assert remote == json.loads(listed_here.stdout)
    assert {d["id"]: d["valid_until"] for d in remote}[DUA] == "2030-12-31"
    assert {d["id"]: d["vendor"] for d in remote}[DUA] == "acme-ai"
    for i in range(len(shows)):
        shown, shown_here, human, human_here = results[4 * i : 4 * i + 4]
        assert shown.stdout == shown_here.stdout
        assert human.stdout == human_here.stdout
    _refused(no_version, "dua.not_found", 66)

    # A DUA file with public_key_file: the key is read here and sent inline.
    doc = yaml.safe_load((EXAMPLES / "dua.yaml").read_text())
    doc["id"] = "new-dua"
    doc["parties"]["vendor"].pop("public_key", None)
    doc["parties"]["vendor"]["public_key_file"] = "keys/new.pub"
    key = SigningKey.generate()
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "new.pub").write_text(key.public_key.to_text() + "\n")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(doc))
    p = cli("dua", "add", str(tmp_path / "new.yaml"))
    assert p.returncode == 0, p.stderr
    assert "registered DUA new-dua version 1" in p.stdout
    shown, again = together(
        lambda: local("dua", "show", "new-dua", "--json"),
        lambda: cli("dua", "add", str(tmp_path / "new.yaml")),
    )
    stored = json.loads(shown.stdout)
    assert stored["dua"]["parties"]["vendor"]["public_key"] == key.public_key.to_text()
    assert stored["added_by"] == "alice"
    _refused(again, "dua.exists", 75)

    p = cli("dua", "revoke", "new-dua", "--reason", "test over", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"id": "new-dua", "status": "revoked", "rejected_jobs": []}


def test_dua_bad_input_changes_nothing(
    server: Server, cli: Any, local: Any, tmp_path: Path
) -> None:
    _login(cli, "alice")
    before = local("dua", "list", "--json").stdout
    (tmp_path / "not.yaml").write_text("id: [unclosed\n")
    doc = yaml.safe_load((EXAMPLES / "dua.yaml").read_text())
    doc["parties"]["vendor"]["public_key_file"] = "../no-such.pub"
    (tmp_path / "nokey.yaml").write_text(yaml.safe_dump(doc))
    not_yaml, missing, p, revoke = together(
        lambda: cli("dua", "add", str(tmp_path / "not.yaml")),
        lambda: cli("dua", "add", str(tmp_path / "missing.yaml")),
        lambda: cli("dua", "add", str(tmp_path / "nokey.yaml")),
        lambda: cli("dua", "revoke", "no-such-dua", "--reason", "x"),
    )
    _refused(not_yaml, "input.yaml", 65)
    _refused(missing, "input.unreadable", 65)
    assert p.returncode == 65 and p.stderr.startswith("error[") and p.stdout == ""
    _refused(revoke, "dua.not_found", 66)
    assert local("dua", "list", "--json").stdout == before


# -- incidents ----------------------------------------------------------------------------


def test_incident_lifecycle_remotely(server: Server, cli: Any, local: Any, tmp_path: Path) -> None:
    _login(cli, "alice")  # a custodian reports one, only the privacy officer decides
    p = cli("incident", "open", "other", "--summary", "test-123", "--dua", DUA, "--json")
    assert p.returncode == 0, p.stderr
    inc = json.loads(p.stdout)
    assert (inc["status"], inc["dua"], inc["severity"]) == ("suspected", DUA, "medium")
    pia = runner(server.url, tmp_path / "pia")
    confirm, _ = together(
        lambda: cli("incident", "confirm", inc["id"]),
        lambda: _login(pia, "pia"),
    )
    _refused(confirm, "auth.forbidden", 77)
    p = pia("incident", "confirm", inc["id"], "--note", "seen")
    assert p.returncode == 0, p.stderr
    assert f"incident {inc['id']} confirmed: confirmed" in p.stdout
    p = pia("incident", "notified", inc["id"], "--to", "dpo@example.org", "--json")
    assert json.loads(p.stdout)["notified_at"] is not None
    p = pia("incident", "close", inc["id"], "--reason", "handled")
    assert p.returncode == 0, p.stderr
    assert "closed: closed" in p.stdout

    show = ("incident", "show", inc["id"])
    listed = ("incident", "list", "--status", "closed")
    # The reads, remote and local, and the refusals (none changes the node) at once.
    (
        shown, shown_here, human, human_here,
        listed_json, listed_json_here, listed_human, listed_human_here,
        nosuch, close_again, huge, update_closed,
    ) = together(
        lambda: cli(*show, "--json"),
        lambda: local(*show, "--json"),
        lambda: cli(*show),
        lambda: local(*show),
        lambda: cli(*listed, "--json"),
        lambda: local(*listed, "--json"),
        lambda: cli(*listed),
        lambda: local(*listed),
        lambda: pia("incident", "show", "inc-nosuch"),
        lambda: pia("incident", "close", inc["id"], "--reason", "again"),
        lambda: cli("incident", "open", "other", "--summary", "x", "--severity", "huge"),
        # A closed incident takes no update, remotely as locally.
        lambda: pia("incident", "update", inc["id"], "--note", "x"),
    )  # fmt: skip
    assert shown.stdout == shown_here.stdout  # closed: no clock
    assert human.stdout == human_here.stdout
    assert listed_json.stdout == listed_json_here.stdout
    assert listed_human.stdout == listed_human_here.stdout
    events = [e["event"] for e in json.loads(shown.stdout)["events"]]
    assert events[-3:] == ["confirmed", "notified", "closed"], events
    _refused(nosuch, "incident.not_found", 66)
    _refused(close_again, "incident.illegal_transition", 75)
    _refused(huge, "incident.severity", 65)
    _refused(update_closed, "incident.illegal_transition", 75)


def test_incident_update_and_notice_remotely(
    server: Server, cli: Any, local: Any, tmp_path: Path
) -> None:
    _login(cli, "alice")  # containment is the custodian's work too
    p = cli("incident", "open", "other", "--summary", "laptop-7", "--dua", DUA, "--json")
    inc = json.loads(p.stdout)["id"]
    p = cli(
        "incident", "update", inc, "--containment", "laptop wiped", "--scope", "rows=12",
        "--severity", "high", "--json",
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert (d["severity"], d["containment"], d["scope"]) == ("high", ["laptop wiped"], {"rows": 12})
    carl = runner(server.url, tmp_path / "carl")
    nothing, scope, _ = together(
        lambda: cli("incident", "update", inc),
        lambda: cli("incident", "update", inc, "--scope", "rows"),
        lambda: _login(carl, "carl"),
    )
    _refused(nothing, "incident.nothing_to_update", 65)
    _refused(scope, "incident.scope", 65)
    update, notice, notice_here, human = together(
        lambda: carl("incident", "update", inc, "--note", "x"),
        lambda: carl("incident", "notice", inc, "--json"),
        lambda: local("incident", "notice", inc, "--json"),
        lambda: carl("incident", "notice", inc),
    )
    _refused(update, "auth.forbidden", 77)
    # The notice reads the same from the node as locally (text built from stored facts).
    remote = json.loads(notice.stdout)
    here = json.loads(notice_here.stdout)
    assert _without(remote, "rendered_at", "clock") == _without(here, "rendered_at", "clock")
    assert human.returncode == 0, human.stderr
    assert "laptop wiped" in human.stdout


# -- audit and purge ------------------------------------------------------------------------


def test_auditor_exports_and_writes_an_evidence_pack(
    server: Server, cli: Any, local: Any, tmp_path: Path
) -> None:
    _login(cli, "carl")
    export = tmp_path / "log.jsonl"
    p = cli("audit", "export", "--out", str(export))
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("exported ") and str(export) in p.stdout
    refused = tmp_path / "refused.jsonl"
    verified, p = together(
        lambda: local(
            "audit", "verify-export", str(export), "--public-key", server.node_pub, "--json"
        ),
        # A recipient no DUA lists is refused (and audited at the node); no file is left.
        lambda: cli("audit", "export", "--out", str(refused), "--to", "nobody-at-all"),
    )
    assert json.loads(verified.stdout)["ok"] is True
    assert p.returncode == 77 and p.stderr.startswith("error["), p.stderr
    assert sorted(x.name for x in tmp_path.iterdir()) == ["config", "log.jsonl"]

    pack = tmp_path / "pack"
    args = ("audit", "report", "--from", "2020-01-01", "--to", "2099-12-31", "--out", str(pack))
    p = cli(*args, "--json")
    assert p.returncode == 0, p.stderr
    info = json.loads(p.stdout)
    assert set(info) == {"out", "pack_sha256", "period", "recipient", "summary"}
    assert info["summary"]["jobs"] >= 4
    signed = verify_pack(load_envelope(pack / "pack.json"), PublicKey.from_text(server.node_pub))
    assert signed["summary"] == info["summary"]
    # pack.html is rendered here from the signed pack; it is the page the pack names.
    assert sorted(x.name for x in pack.iterdir()) == ["pack.html", "pack.json"]
    # Reads only (none is audited), remote and local, at once.
    p, log, remote_log, short, short_here = together(
        lambda: local("audit", "report-verify", str(pack), "--public-key", server.node_pub),
        lambda: local("audit", "log", "--json", "--limit", "20").stdout,
        lambda: cli("audit", "log", "--json", "--limit", "20").stdout,
        lambda: cli("audit", "log", "--limit", "5").stdout,
        lambda: local("audit", "log", "--limit", "5").stdout,
    )
    assert "evidence pack verified" in p.stdout, p.stderr
    # The pack the node recorded writing is the pack.json written here.
    assert remote_log == log  # reads are not audited
    assert short == short_here
    assert info["pack_sha256"] in log
    alice = runner(server.url, tmp_path / "alice")
    not_empty, period, _ = together(
        # The folder is not empty now: refused before asking the node.
        lambda: cli(*args),
        lambda: cli(
            "audit",
            "report",
            "--from",
            "2030-01-01",
            "--to",
            "2020-01-01",
            "--out",
            str(tmp_path / "p2"),
        ),
        lambda: _login(alice, "alice"),
    )
    _refused(not_empty, "report.out_not_empty", 75)
    _refused(period, "report.period", 65)

    _refused(alice("audit", "export", "--out", str(tmp_path / "a.jsonl")), "auth.forbidden", 77)
    assert not (tmp_path / "a.jsonl").exists()


def test_custodian_purges_remotely(server: Server, cli: Any) -> None:
    _login(cli, "alice")
    p = cli("node", "purge")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "nothing is due for deletion"
    p = cli("node", "purge", "--json")
    assert set(json.loads(p.stdout)) == {
        "certificates",
        "deleted",
        "failed",
        "registered_jobs",
        "purged_jobs",
    }


def test_data_map_withdrawal_and_certificates_remotely(
    server: Server, cli: Any, local: Any, tmp_path: Path
) -> None:
    card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
    (tmp_path / "card3.yaml").write_text(yaml.safe_dump({**card, "name": "wdbc3"}))
    carl = runner(server.url, tmp_path / "carl")
    together(
        lambda: local("data", "add", "wdbc3", str(server.home / "imports" / "wdbc2.csv"),
                      "--card", str(tmp_path / "card3.yaml")),
        lambda: _login(carl, "carl"),
        lambda: _login(cli, "alice"),
    )  # fmt: skip
    mapped, mapped_here, human, human_here, withdraw = together(
        lambda: carl("data", "map", "--json"),
        lambda: local("data", "map", "--json"),
        lambda: carl("data", "map"),
        lambda: local("data", "map"),
        lambda: carl("data", "withdraw", "wdbc3", "--reason", "x"),
    )
    assert mapped.stdout == mapped_here.stdout
    assert human.stdout == human_here.stdout
    _refused(withdraw, "auth.forbidden", 77)

    p = cli("data", "withdraw", "wdbc3", "--reason", "consent withdrawn", "--json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert (report["dataset"], report["status"]) == ("wdbc3", "withdrawn")
    shown, nosuch, certs, certs_here, human, human_here, no_cert = together(
        lambda: local("data", "show", "wdbc3", "--json"),
        lambda: cli("data", "withdraw", "nosuch", "--reason", "x"),
        lambda: carl("node", "certificates", "--json"),
        lambda: local("node", "certificates", "--json"),
        lambda: carl("node", "certificates"),
        lambda: local("node", "certificates"),
        lambda: carl("node", "certificate", "dc-nosuch"),
    )
    assert json.loads(shown.stdout)["status"] == "withdrawn"
    _refused(nosuch, "dataset.not_found", 66)
    assert certs.stdout == certs_here.stdout
    assert human.stdout == human_here.stdout
    _refused(no_cert, "certificate.not_found", 66)
