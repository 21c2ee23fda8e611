"""The evidence pack, the data map and export destinations, on a real node that ran jobs."""

from __future__ import annotations

import base64
import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from custos.audit._html import CONTENT_SECURITY_POLICY
from custos.core import PolicyDenied, SigningKey, dsse_sign
from custos.core._errors import IntegrityError, InvalidInput, SignatureError
from custos.core._schema import artefacts, deletion_certificates, incident_events, incidents
from custos.governance._datamap import data_map
from custos.governance._destinations import REFUSED_CODE, export_audit_log
from custos.governance._report import (
    HTML_FILE,
    PACK_FILE,
    PACK_TYPE,
    evidence_pack,
    verify_pack,
    verify_pack_dir,
    write_pack,
)
from custos.jobs import JobState, sign_spec
from custos.node import (
    Node,
    add_dua,
    approve_job,
    budget_status,
    fetch_bundle,
    init_node,
    register_dataset,
    run_job,
    submit_job,
)
from custos.policy import InstitutionalPolicy, IsolationKind
from custos.policy._evaluate import Outcome
from tests.conftest import EXAMPLES, dump_yaml, load_yaml
from tests.governance._clock import FakeClock
from tests.node.test_jobs import spec_from

pytestmark = pytest.mark.integration

# Values planted in the dataset: neither may ever appear in anything the pack or map shows.
PLANTED_ID = "MRN-ZEBRA-424242"
PLANTED_VALUE = "17.77771"
START = datetime(2026, 5, 1, tzinfo=UTC)
END = datetime(2026, 7, 1, tzinfo=UTC)


@dataclass
class World:
    node: Node
    clock: FakeClock
    work: Path
    old_job: str
    new_job: str
    rejected_job: str
    receipts: dict[str, dict[str, Any]]


def _plant(src: Path, dst: Path) -> None:
    rows = list(csv.reader(src.open(newline="")))
    rows[1][0] = PLANTED_ID
    rows[1][1] = PLANTED_VALUE
    with dst.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _released(node: Node, work: Path, key: SigningKey, nonce: str, seed: int) -> str:
    spec = spec_from(work, nonce=nonce, training__epochs=5)
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    approve_job(node, job.id, approver="dr-lee")
    report = run_job(node, job.id, rng_seed=seed)
    assert report.job.state is JobState.RELEASED
    return job.id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[World]:
    work = tmp_path_factory.mktemp("gov")
    key = SigningKey.generate()
    for name in ("card.yaml", "dua.yaml", "job.yaml"):
        shutil.copy(EXAMPLES / name, work / name)
    _plant(wdbc_csv, work / "wdbc.csv")
    key.save(work / "vendor.key")
    (work / "vendor.pub").write_text(key.public_key.to_text() + "\n")
    dua = load_yaml(work / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dua["leakage_audit"] = {"required": False}
    dump_yaml(dua, work / "dua.yaml")
    clock = FakeClock(datetime(2026, 3, 1, 9, tzinfo=UTC))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            "custos.node._jobs.available_isolation",
            lambda *_: frozenset({IsolationKind.BUBBLEWRAP, IsolationKind.NONE}),
        )
        node = init_node(
            work / "home", clock=clock, policy=InstitutionalPolicy(allow_isolation_none=True)
        )
        register_dataset(node, "wdbc", work / "wdbc.csv", work / "card.yaml")
        shutil.copy(work / "wdbc.csv", work / "other.csv")
        card = load_yaml(work / "card.yaml")
        card["name"] = "unused"
        dump_yaml(card, work / "unused-card.yaml")
        register_dataset(node, "unused", work / "other.csv", work / "unused-card.yaml")
        add_dua(node, work / "dua.yaml")
        old = _released(node, work, key, "old", 1)
        clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
        new = _released(node, work, key, "new", 2)
        too_much = spec_from(work, nonce="greedy", privacy__epsilon=5.0)
        rejected = submit_job(node, sign_spec(too_much, key), expected=too_much)
        assert rejected.state is JobState.REJECTED
    receipts = {}
    for job_id in (old, new):
        b = work / "home" / "releases" / job_id / "receipt.dsse.json"
        payload = json.loads(base64.b64decode(json.loads(b.read_text())["payload"]))
        receipts[job_id] = payload["predicate"]
    yield World(node, clock, work, old, new, rejected.id, receipts)
    node.close()


def _pack_text(folder: Path) -> str:
    env = json.loads((folder / PACK_FILE).read_text())
    return (
        (folder / PACK_FILE).read_text()
        + base64.b64decode(env["payload"]).decode()
        + (folder / HTML_FILE).read_text()
    )


# -- the pack -------------------------------------------------------------------


def test_pack_holds_the_jobs_active_in_the_period_and_no_other(world: World) -> None:
    pack = evidence_pack(world.node, START, END)
    ids = [j["id"] for j in pack["jobs"]]
    assert sorted(ids) == sorted([world.new_job, world.rejected_job])
    new = next(j for j in pack["jobs"] if j["id"] == world.new_job)
    assert new["approval"]["by"] == "dr-lee"
    assert new["decision"]["outcome"] == Outcome.PENDING_APPROVAL.value
    assert new["decision"]["reasons"]
    assert all(r["passed"] for r in new["decision"]["reasons"])
    assert new["release"]["receipt_hash"].startswith("sha256:")
    assert new["release"]["in_period"] is True
    assert new["run"]["released_run"]["isolation"] == "none"
    assert new["run"]["released_run"]["attestation_verified"] is True
    rejected = next(j for j in pack["jobs"] if j["id"] == world.rejected_job)
    assert rejected["state"] == "REJECTED"
    failed = {r["clause"] for r in rejected["decision"]["reasons"] if not r["passed"]}
    assert "privacy.max_epsilon_per_job" in failed
    assert pack["audit_log"]["log"]["ok"] is True
    period = pack["audit_log"]["period"]
    assert period["entries"] > 0
    assert period["first"]["seq"] <= period["last"]["seq"]
    assert period["anchored_by_checkpoint"]["seq"] >= period["last"]["seq"]
    # An earlier period sees only the old job.
    early = evidence_pack(world.node, datetime(2026, 2, 1, tzinfo=UTC), START)
    assert [j["id"] for j in early["jobs"]] == [world.old_job]


def test_budget_over_time_is_the_ledgers_composition(world: World) -> None:
    pack = evidence_pack(world.node, START, END)
    (series,) = [s for s in pack["budgets"] if s["dataset"] == "wdbc"]
    status = budget_status(world.node, "wdbc")
    (dua,) = status["duas"]
    assert series["dua"] == dua["dua"]
    assert series["spent_at_end"] == pytest.approx(dua["spent"], rel=1e-12)
    assert series["ledger_spent_now"] == pytest.approx(dua["spent"], rel=1e-12)
    # Before the period: the old job's spend, as its receipt stated it.
    old = world.receipts[world.old_job]["privacy"]
    new = world.receipts[world.new_job]["privacy"]
    assert series["spent_at_start"] == pytest.approx(old["dataset_epsilon_spent"], rel=1e-9)
    assert [p["job_id"] for p in series["points"]] == [world.new_job]
    assert series["points"][0]["epsilon_after"] == pytest.approx(
        new["dataset_epsilon_spent"], rel=1e-9
    )
    # Composition, not a sum: tighter than adding the two jobs' epsilons.
    assert series["spent_at_end"] < old["epsilon_spent"] + new["epsilon_spent"]
    assert series["spent_at_start"] < series["spent_at_end"]


def test_pack_verifies_offline_and_any_tampering_fails(world: World, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    written = write_pack(world.node, START, END, out)
    pack = verify_pack_dir(out, world.node.key.public_key)
    assert pack["period"]["from"].startswith("2026-05-01")
    assert pack["summary"]["jobs"] == 2
    envelope = json.loads((out / PACK_FILE).read_text())
    assert verify_pack(envelope, world.node.key.public_key)["jobs"] == written.pack["jobs"]
    with pytest.raises(SignatureError):
        verify_pack(envelope, SigningKey.generate().public_key)
    # A job removed from the signed payload.
    doc = json.loads(base64.b64decode(envelope["payload"]))
    doc["jobs"] = doc["jobs"][:1]
    forged = {**envelope, "payload": base64.b64encode(json.dumps(doc).encode()).decode()}
    with pytest.raises(SignatureError):
        verify_pack(forged, world.node.key.public_key)
    # Re-signed by another key: still refused with the node's key.
    other = SigningKey.generate()
    with pytest.raises(SignatureError):
        verify_pack(
            dsse_sign(PACK_TYPE, json.dumps(doc).encode(), other), world.node.key.public_key
        )
    # The page edited after signing.
    html = (out / HTML_FILE).read_text()
    (out / HTML_FILE).write_text(html.replace("dr-lee", "dr-who"))
    with pytest.raises(IntegrityError):
        verify_pack_dir(out, world.node.key.public_key)
    # Writing a pack is audited with its hash.
    with world.node.store.read() as conn:
        entries = world.node.audit.entries(conn, action="audit.report_written")
    assert written.pack_sha256 in [e.details["pack_sha256"] for e in entries]


def test_the_page_renders_the_same_from_the_signed_pack(world: World, tmp_path: Path) -> None:
    """Whoever holds only pack.json (a remote ``audit report``) renders the page the
    pack names: its keys come back sorted, and the page must not depend on their order."""
    import hashlib

    from custos.core._canonical import loads
    from custos.governance._report_html import render_pack_html

    out = tmp_path / "pack"
    write_pack(world.node, START, END, out)
    envelope = json.loads((out / PACK_FILE).read_text())
    pack = loads(base64.b64decode(envelope["payload"]))
    assert list(pack["summary"]) == sorted(pack["summary"])  # as signed: sorted keys
    html = render_pack_html({k: v for k, v in pack.items() if k != "html"}).encode()
    assert "sha256:" + hashlib.sha256(html).hexdigest() == pack["html"]["sha256"]
    assert html == (out / HTML_FILE).read_bytes()


def test_html_is_self_contained_with_a_csp_and_a_budget_plot(world: World, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    write_pack(world.node, START, END, out)
    html = (out / HTML_FILE).read_text()
    assert "Content-Security-Policy" in html
    assert f'content="{escape(CONTENT_SECURITY_POLICY)}"' in html
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "<script" not in html.lower()
    for attr in (" src=", " href=", "url(", "@import"):
        assert attr not in html
    rest = html.replace("http://www.w3.org/2000/svg", "")
    assert "http://" not in rest
    assert "https://" not in rest
    assert "<svg" in html
    assert "<polyline" in html
    assert world.new_job in html
    assert world.old_job not in html.split("Artefacts past their deletion deadline")[0]


def test_no_patient_value_reaches_the_pack_or_the_data_map(world: World, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    write_pack(world.node, datetime(2026, 1, 1, tzinfo=UTC), END, out)
    text = _pack_text(out) + json.dumps(data_map(world.node))
    # The planted values really are in the dataset file.
    assert PLANTED_ID in (world.work / "wdbc.csv").read_text()
    assert PLANTED_ID not in text
    assert PLANTED_VALUE not in text
    assert "ZEBRA" not in text


def test_incidents_and_deletions_come_from_their_tables(world: World) -> None:
    node = world.node
    at = datetime(2026, 6, 2, tzinfo=UTC)
    cert = dsse_sign("application/vnd.custos.test+json", b'{"items":1}', node.key)
    with node.store.transaction() as conn:
        for iid, opened, closed in (
            ("inc-in-period", at, None),
            (
                "inc-closed-before",
                datetime(2026, 3, 2, tzinfo=UTC),
                datetime(2026, 3, 3, tzinfo=UTC),
            ),
        ):
            conn.execute(
                insert(incidents).values(
                    id=iid,
                    kind="egress",
                    severity="high",
                    status="suspected" if closed is None else "closed",
                    summary="egress gate blocked a bundle",
                    job_id=world.new_job,
                    dua_id="acme-wdbc-2026",
                    datasets_json='["wdbc"]',
                    categories_json='["clinical"]',
                    scope_json="{}",
                    containment_json="{}",
                    notify_within_hours=24,
                    opened_at=opened,
                    closed_at=closed,
                )
            )
            conn.execute(
                insert(incident_events).values(
                    incident_id=iid,
                    at=opened,
                    actor="node:egress",
                    event="opened",
                    details_json="{}",
                )
            )
        conn.execute(
            insert(deletion_certificates).values(
                id="cert-1", issued_at=at, items=1, envelope_json=json.dumps(cert)
            )
        )
        conn.execute(
            insert(artefacts).values(
                job_id=world.new_job,
                kind="work",
                path="work/x",
                sha256="0" * 64,
                created_at=at,
                delete_after=at,
                status="deleted",
                deleted_at=at,
                certificate_id="cert-1",
            )
        )
    pack = evidence_pack(node, START, END)
    assert [i["id"] for i in pack["incidents"]] == ["inc-in-period"]
    assert [e["event"] for e in pack["incidents"][0]["timeline"]] == ["opened"]
    (c,) = [c for c in pack["deletions"]["certificates"] if c["id"] == "cert-1"]
    assert c["signature_verified"] is True
    assert "cert-1" in [a["certificate_id"] for a in pack["deletions"]["deleted_artefacts"]]


def test_a_reversed_or_empty_period_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput):
        evidence_pack(world.node, END, START)
    with pytest.raises(InvalidInput):
        evidence_pack(world.node, START, START)


# -- the data map ------------------------------------------------------------------


def test_data_map_lists_every_dataset_its_fields_purposes_and_jobs(world: World) -> None:
    maps = {m["dataset"]: m for m in data_map(world.node)}
    assert set(maps) == {"wdbc", "unused"}
    wdbc = maps["wdbc"]
    assert wdbc["fields_by_category"]["direct_identifier"] == ["patient_id"]
    assert "diagnosis" in wdbc["fields_by_legal_category"]["gdpr_special_category"]
    assert wdbc["excluded_fields"] == ["patient_id"]
    (agreement,) = wdbc["agreements"]
    assert agreement["dua"] == "acme-wdbc-2026"
    assert agreement["purpose"].startswith("Training a classifier")
    assert [s["name"] for s in agreement["subprocessors"]] == ["Example Cloud GmbH"]
    jobs = {j["job"]: j for j in wdbc["jobs"]}
    assert set(jobs) == {world.old_job, world.new_job, world.rejected_job}
    assert jobs[world.old_job]["read_data"] is True
    assert jobs[world.rejected_job]["read_data"] is False
    assert maps["unused"]["jobs"] == []
    assert maps["unused"]["agreements"] == []


# -- destinations --------------------------------------------------------------------


def test_a_release_goes_only_to_the_vendor_or_a_listed_subprocessor(
    world: World, tmp_path: Path
) -> None:
    node = world.node
    fetch_bundle(node, world.new_job, tmp_path / "vendor")
    fetch_bundle(node, world.new_job, tmp_path / "store", to="example cloud  gmbh")
    with pytest.raises(PolicyDenied) as exc:
        fetch_bundle(node, world.new_job, tmp_path / "broker", to="Data Broker Inc")
    assert exc.value.code == REFUSED_CODE
    assert not (tmp_path / "broker").exists()
    with node.store.read() as conn:
        fetched = node.audit.entries(conn, subject=f"job:{world.new_job}", action="release.fetched")
        refused = node.audit.entries(conn, action="export.refused")
    assert [e.details["destination"]["role"] for e in fetched[-2:]] == ["vendor", "subprocessor"]
    assert refused[-1].details["destination"] == "Data Broker Inc"
    assert refused[-1].details["kind"] == "release"
    # The pack lists the deliveries and the refusal (entries stamped by the node's clock).
    pack = evidence_pack(node, START, END)
    actions = [e["action"] for e in pack["exports"]]
    assert "export.refused" in actions
    assert actions.count("release.fetched") >= 2


def test_an_audit_export_to_an_unlisted_recipient_is_refused(world: World, tmp_path: Path) -> None:
    node = world.node
    n, dest = export_audit_log(node, tmp_path / "log.jsonl", to="Acme Diagnostics AI Ltd")
    assert n > 0
    assert dest.role == "vendor"
    with pytest.raises(PolicyDenied) as exc:
        export_audit_log(node, tmp_path / "leak.jsonl", to="Some Newspaper")
    assert exc.value.code == REFUSED_CODE
    assert not (tmp_path / "leak.jsonl").exists()
    with pytest.raises(PolicyDenied):
        write_pack(node, START, END, tmp_path / "p", recipient="Some Newspaper")
    assert not (tmp_path / "p").exists()


# -- CLI --------------------------------------------------------------------------


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CUSTOS_HOME": str(cwd / "home"),
        "CUSTOS_USER": "auditor",
        "COLUMNS": "200",
    }
    env.pop("CUSTOS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_report_verify_and_clean_errors(tmp_path: Path) -> None:
    assert _cli(tmp_path, "node", "init").returncode == 0
    # Registering these commands leaves the others intact (`audit verify` uses a helper
    # of the same name as the module that holds them).
    assert _cli(tmp_path, "audit", "verify").returncode == 0
    for bad in (
        ("--from", "2026-13-01", "--to", "2026-12-31"),
        ("--from", "yesterday", "--to", "2026-12-31"),
        ("--from", "2026-06-01", "--to", "2026-05-01"),
    ):
        p = _cli(tmp_path, "audit", "report", *bad, "--out", "pack")
        assert p.returncode == 65, p.stderr
        assert "error[report." in p.stderr
        assert "Traceback" not in p.stderr + p.stdout
    assert not (tmp_path / "pack").exists()
    p = _cli(
        tmp_path,
        "audit",
        "report",
        "--from",
        "2020-01-01",
        "--to",
        "2099-12-31",
        "--out",
        "pack",
        "--json",
    )
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["summary"]["audit_log_ok"] is True
    p = _cli(tmp_path, "audit", "report-verify", "pack", "--public-key", "home/node.pub")
    assert p.returncode == 0, p.stderr
    assert "verified" in p.stdout
    html = tmp_path / "pack" / HTML_FILE
    html.write_text(html.read_text() + "<!-- edited -->")
    p = _cli(tmp_path, "audit", "report-verify", "pack", "--public-key", "home/node.pub")
    assert p.returncode == 70
    assert "error[report.html_mismatch]" in p.stderr
    assert "Traceback" not in p.stderr
    # Refused recipient: clean error, audited, nothing written.
    p = _cli(tmp_path, "audit", "export", "--out", "log.jsonl", "--to", "Nobody Ltd")
    assert p.returncode == 77
    assert f"error[{REFUSED_CODE}]" in p.stderr
    assert not (tmp_path / "log.jsonl").exists()
    p = _cli(tmp_path, "data", "map", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == []
