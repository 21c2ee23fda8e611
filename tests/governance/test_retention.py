"""Retention and provable deletion on a real node: deadlines, purges, certificates, withdrawal."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from custos.core import Conflict, InvalidInput, NotFound, PolicyDenied, SignatureError, SigningKey
from custos.core._canonical import canonical_json
from custos.core._schema import artefacts, budget_entries, deletion_certificates, releases
from custos.governance import (
    _retention,
    list_artefacts,
    list_certificates,
    purge,
    record_job_artefacts,
    verify_certificate,
    withdraw_dataset,
)
from custos.jobs import JobState, sign_spec
from custos.ledger import _budget as budget
from custos.node import (
    Node,
    add_dua,
    approve_job,
    get_dataset,
    get_job,
    register_dataset,
    submit_job,
    transition,
)
from tests.governance._clock import FakeClock
from tests.node.test_jobs import spec_from

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def ready(node: Node, workdir: Path, clock: FakeClock) -> Node:
    node.clock = clock
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")  # job_artifact_days 30, blocked_bundle_days 90
    return node


def submitted(node: Node, workdir: Path, key: SigningKey, nonce: str) -> str:
    spec = spec_from(workdir, nonce=nonce)
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    return job.id


def move(node: Node, job_id: str, *states: JobState) -> None:
    with node.operation() as conn:
        for s in states:
            transition(node, conn, job_id, s, actor="test")


def ended_job(
    node: Node,
    workdir: Path,
    key: SigningKey,
    nonce: str,
    final: JobState = JobState.RELEASED,
    files: dict[str, bytes] | None = None,
) -> str:
    """A job moved through its lifecycle to ``final``, with files where the runner leaves them."""
    job_id = submitted(node, workdir, key, nonce)
    approve_job(node, job_id, approver="dr-lee")
    move(node, job_id, JobState.RUNNING, JobState.AUDITING, final)
    home = node.settings.home
    default = {
        "releases/{j}/weights.safetensors": b"weights " + nonce.encode(),
        "reports/{j}/leakage_report.json": b'{"job": "%s"}' % nonce.encode(),
    }
    for rel, data in (files or default).items():
        path = home / rel.format(j=job_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if final is JobState.RELEASED:
        with node.operation() as conn:
            conn.execute(
                insert(releases).values(
                    job_id=job_id,
                    path=str(home / "releases" / job_id),
                    receipt_hash="sha256:" + "ab" * 32,
                    statement_json="{}",
                    released_at=node.clock(),
                )
            )
    return job_id


def statuses(node: Node) -> dict[str, str]:
    return {a.path: a.status for a in list_artefacts(node)}


def audit_actions(node: Node, action: str) -> list[Any]:
    with node.store.read() as conn:
        return node.audit.entries(conn, action=action)


# -- deadlines -------------------------------------------------------------------


def test_nothing_is_deleted_before_the_deadline_and_everything_due_is_after(
    ready: Node, workdir: Path, vendor_key: SigningKey, clock: FakeClock
) -> None:
    home = ready.settings.home
    released = ended_job(ready, workdir, vendor_key, "rel")
    blocked = ended_job(
        ready,
        workdir,
        vendor_key,
        "blk",
        JobState.BLOCKED,
        files={"work/{j}/weights.safetensors": b"held back", "reports/{j}/r.json": b"{}"},
    )
    record_job_artefacts(ready, released)
    rows = record_job_artefacts(ready, blocked)
    assert {r.clause for r in rows} == {"retention.blocked_bundle_days"}
    rel_rows = list_artefacts(ready, job_id=released)
    assert {r.clause for r in rel_rows} == {"retention.job_artifact_days"}
    assert {r.kind for r in rel_rows} == {"release", "report"}
    weights = home / "releases" / released / "weights.safetensors"
    by_path = {r.path: r for r in rel_rows}
    assert by_path[f"releases/{released}/weights.safetensors"].sha256 == (
        hashlib.sha256(weights.read_bytes()).hexdigest()
    )
    assert by_path[f"releases/{released}/weights.safetensors"].size == weights.stat().st_size

    # One day before the 30-day deadline: nothing goes.
    report = purge(ready, T0 + timedelta(days=29, hours=23))
    assert report.certificates == []
    assert set(statuses(ready).values()) == {"pending"}
    assert weights.exists()
    assert list_certificates(ready) == []

    # After it: the released job's files go, the blocked job's (90 days) stay.
    clock.now = T0 + timedelta(days=30, minutes=1)
    report = purge(ready)
    assert report.certificates
    assert sorted(d["path"] for d in report.deleted) == sorted(by_path)
    assert not (home / "releases" / released).exists()
    assert not (home / "reports" / released).exists()
    assert (home / "work" / blocked / "weights.safetensors").exists()
    assert get_job(ready, released).state is JobState.PURGED
    assert get_job(ready, blocked).state is JobState.BLOCKED

    report = purge(ready, T0 + timedelta(days=90, minutes=1))
    assert report.certificates
    assert not (home / "work" / blocked).exists()
    assert not (home / "reports" / blocked).exists()
    assert set(statuses(ready).values()) == {"deleted"}
    assert len(list_certificates(ready)) == 2
    assert get_job(ready, blocked).state is JobState.PURGED
    with ready.store.read() as conn:
        assert ready.audit.verify(conn, ready.key.public_key).ok
    assert len(audit_actions(ready, "retention.purged")) == 2
    # Nothing left to do: a further purge signs nothing.
    assert purge(ready, T0 + timedelta(days=400)).certificates == []


def test_files_a_dead_worker_never_registered_are_swept_and_purged(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = ended_job(ready, workdir, vendor_key, "swept", JobState.FAILED)
    assert list_artefacts(ready) == []  # the worker died before registering
    report = purge(ready, T0 + timedelta(days=1))
    assert report.registered_jobs == [job_id]
    assert report.certificates == []
    assert set(statuses(ready).values()) == {"pending"}
    report = purge(ready, T0 + timedelta(days=31))
    assert len(report.deleted) == 2
    assert not (ready.settings.home / "reports" / job_id).exists()


def test_a_path_outside_the_job_folders_is_never_deleted_nor_certified(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    home = ready.settings.home
    job_id = ended_job(ready, workdir, vendor_key, "evil")
    record_job_artefacts(ready, job_id)
    with ready.operation() as conn:
        for path in ("node.key", "../outside.txt", "reports/../node.key", "reports/lnk/node.key"):
            conn.execute(
                insert(artefacts).values(
                    job_id=job_id,
                    kind="report",
                    path=path,
                    created_at=T0,
                    delete_after=T0,
                    status="pending",
                )
            )
    # A job folder that is a link back to the home: deleting through it would take the key.
    (home / "reports" / "lnk").symlink_to(home, target_is_directory=True)
    report = purge(ready, T0 + timedelta(days=31))
    assert (home / "node.key").exists()
    assert sorted(f["path"] for f in report.failed) == [
        "../outside.txt",
        "node.key",
        "reports/../node.key",
        "reports/lnk/node.key",
    ]
    assert all(f["reason"] for f in report.failed)
    assert {d["path"] for d in report.deleted} == {
        f"releases/{job_id}/weights.safetensors",
        f"reports/{job_id}/leakage_report.json",
    }
    assert len(audit_actions(ready, "retention.purge_incomplete")) == 1
    # The job keeps artefacts not deleted, so it is not PURGED.
    assert get_job(ready, job_id).state is JobState.RELEASED


# -- certificates ------------------------------------------------------------------


def _repack(envelope: dict[str, Any], change: Any) -> dict[str, Any]:
    stmt = json.loads(base64.b64decode(envelope["payload"]))
    change(stmt)
    return {**envelope, "payload": base64.b64encode(canonical_json(stmt)).decode()}


def test_the_certificate_verifies_offline_and_fails_when_tampered(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = ended_job(ready, workdir, vendor_key, "cert")
    rows = record_job_artefacts(ready, job_id)
    report = purge(ready, T0 + timedelta(days=31))
    assert len(report.certificates) == 1
    # What an auditor holds: the JSON text of the envelope and the node's public key.
    envelope = json.loads(json.dumps(report.certificates[0].envelope))
    verified = verify_certificate(envelope, ready.key.public_key)
    pred = verified.predicate
    assert verified.certificate_id == report.certificate_ids[0]
    assert pred["node"] == {"id": ready.node_id, "public_key": ready.key.public_key.to_text()}
    items = {i["path"]: i for i in verified.items}
    assert set(items) == {r.path for r in rows}
    for r in rows:
        item = items[r.path]
        assert item["sha256"] == r.sha256
        assert item["size"] == r.size
        assert item["job"] == job_id
        assert item["dataset"] == "wdbc"
        assert item["dua"] == "acme-wdbc-2026"
        assert item["clause"] == "retention.job_artifact_days"
        assert item["deleted_at"].startswith("2026-04-01")
        assert not item["path"].startswith("/")
    assert "SSD" in pred["limits"] and "backups" in pred["limits"]
    assert pred["outside_reach"]["release_receipts"] == [
        {"job": job_id, "receipt_hash": "sha256:" + "ab" * 32}
    ]
    stored = list_certificates(ready)
    assert [c.id for c in stored] == report.certificate_ids
    assert stored[0].envelope == envelope

    with pytest.raises(SignatureError):
        verify_certificate(envelope, SigningKey.generate().public_key)
    for change in (
        lambda s: s["predicate"]["items"].pop(),
        lambda s: s["predicate"]["items"][0].update(path="reports/other/x.json"),
        lambda s: s["subject"][0]["digest"].update(sha256="00" * 32),
    ):
        with pytest.raises(SignatureError) as e:
            verify_certificate(_repack(envelope, change), ready.key.public_key)
        assert e.value.code == "signature.invalid"
    with pytest.raises(SignatureError):
        verify_certificate({**envelope, "payloadType": "text/plain"}, ready.key.public_key)
    # A receipt-shaped statement signed by the same key is not a certificate.
    other = _retention.dsse_sign(
        _retention.PAYLOAD_TYPE,
        canonical_json({"_type": _retention.STATEMENT_TYPE, "subject": [], "predicate": {}}),
        ready.key,
    )
    with pytest.raises(SignatureError) as e:
        verify_certificate(other, ready.key.public_key)
    assert e.value.code == "certificate.type"


# -- crash safety ------------------------------------------------------------------


def test_a_purge_cut_off_between_deletions_resumes_without_a_false_certificate(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = ready.settings.home
    a = ended_job(ready, workdir, vendor_key, "crash-a")
    b = ended_job(ready, workdir, vendor_key, "crash-b")
    record_job_artefacts(ready, a)
    record_job_artefacts(ready, b)
    real_remove = _retention._remove
    calls: list[Path] = []

    def remove_then_die(path: Path) -> None:
        if len(calls) == 2:
            raise RuntimeError("power cut")
        calls.append(path)
        real_remove(path)

    monkeypatch.setattr(_retention, "_remove", remove_then_die)
    with pytest.raises(RuntimeError):
        purge(ready, T0 + timedelta(days=31))
    assert len(calls) == 2 and not any(p.exists() for p in calls)
    assert list_certificates(ready) == []  # nothing certified by the cut-off run
    assert set(statuses(ready).values()) == {"deleting"}
    assert any((home / p).exists() for p in statuses(ready))

    monkeypatch.setattr(_retention, "_remove", real_remove)
    # Resumes whatever the clock says: these were due when the purge began.
    report = purge(ready, T0)
    assert report.certificates
    certs = list_certificates(ready)
    assert len(certs) == 1 and certs[0].items == 4
    assert set(statuses(ready).values()) == {"deleted"}
    assert not any((home / p).exists() for p in statuses(ready))
    assert get_job(ready, a).state is JobState.PURGED


def test_a_crash_after_deleting_but_before_signing_certifies_on_the_next_run(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = ended_job(ready, workdir, vendor_key, "late")
    record_job_artefacts(ready, job_id)

    def die(*_: Any) -> None:
        raise RuntimeError("killed before the certificate was written")

    monkeypatch.setattr(_retention, "_certify", die)
    with pytest.raises(RuntimeError):
        purge(ready, T0 + timedelta(days=31))
    monkeypatch.undo()
    assert list_certificates(ready) == []
    assert set(statuses(ready).values()) == {"deleting"}
    report = purge(ready, T0 + timedelta(days=31))
    assert len(report.deleted) == 2
    assert len(list_certificates(ready)) == 1


_KILLED_PURGE = """
import sys, time
from datetime import datetime
from pathlib import Path
from custos.core._config import load_settings
from custos.governance import _retention
from custos.node import open_node

home, marker, now = Path(sys.argv[1]), Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
real = _retention._remove
def remove(path):
    real(path)
    marker.write_text(str(path))
    time.sleep(600)  # killed here, after one file, before anything is certified
_retention._remove = remove
_retention.purge(open_node(load_settings(home=home)), now)
"""


@pytest.mark.integration
def test_a_purge_process_killed_mid_way_leaves_no_certificate_and_the_next_finishes(
    ready: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    home = ready.settings.home
    job_id = ended_job(ready, workdir, vendor_key, "kill")
    record_job_artefacts(ready, job_id)
    marker = tmp_path / "one-deleted"
    when = T0 + timedelta(days=31)
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_PURGE, str(home), str(marker), when.isoformat()],
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the purge process never deleted a file"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert not Path(marker.read_text()).exists()
    assert list_certificates(ready) == []
    assert set(statuses(ready).values()) == {"deleting"}
    report = purge(ready, when)
    assert report.certificates
    assert len(report.deleted) == 2
    assert set(statuses(ready).values()) == {"deleted"}
    assert not (home / "releases" / job_id).exists()
    assert not (home / "reports" / job_id).exists()
    with ready.store.read() as conn:
        assert conn.execute(select(deletion_certificates)).all()[0].items == 2


# -- withdrawal --------------------------------------------------------------------


def _reserve(node: Node, job_id: str) -> None:
    from custos.training import Mechanism

    with node.operation() as conn:
        attempt, _ = budget.reserve(
            conn,
            dataset="wdbc",
            job_id=job_id,
            mechanisms=[Mechanism(kind="gaussian", noise_multiplier=5.0)],
            job_epsilon=0.5,
            job_delta=1e-5,
            lifetime_epsilon=8.0,
            lifetime_delta=1e-5,
            now=node.clock(),
        )
        budget.settle(
            conn, job_id, attempt, budget.EntryStatus.COMMITTED, now=node.clock(), note="t"
        )


def test_withdrawal_rejects_open_jobs_purges_artefacts_and_freezes_the_budget(
    ready: Node, workdir: Path, vendor_key: SigningKey, clock: FakeClock
) -> None:
    home = ready.settings.home
    done = ended_job(ready, workdir, vendor_key, "w-done")
    _reserve(ready, done)
    record_job_artefacts(ready, done)
    pending = submitted(ready, workdir, vendor_key, "w-pending")
    approved = submitted(ready, workdir, vendor_key, "w-approved")
    approve_job(ready, approved, approver="dr-lee")
    running = submitted(ready, workdir, vendor_key, "w-running")
    approve_job(ready, running, approver="dr-lee")
    move(ready, running, JobState.RUNNING)
    clock.now = T0 + timedelta(days=2)  # long before the 30-day deadline

    report = withdraw_dataset(ready, "wdbc", actor="custodian:dpo", reason="consent withdrawn")
    assert sorted(report.rejected_jobs) == sorted([pending, approved])
    assert report.running_jobs == [running]
    assert get_job(ready, pending).state is JobState.REJECTED
    assert get_job(ready, approved).state is JobState.REJECTED
    assert get_job(ready, running).state is JobState.RUNNING
    assert get_dataset(ready, "wdbc").status == "withdrawn"
    # Its artefacts were due at once, deleted and certified under the withdrawal.
    assert report.purge is not None and report.purge.certificates
    assert {d["clause"] for d in report.purge.deleted} == {"dataset.withdrawn"}
    assert not (home / "releases" / done).exists()
    assert get_job(ready, done).state is JobState.PURGED
    # The budget is frozen; what was committed stays on the ledger.
    with pytest.raises(PolicyDenied) as e:
        _reserve(ready, "job-new")
    assert e.value.code == "budget.frozen"
    with ready.store.read() as conn:
        rows = conn.execute(select(budget_entries)).all()
    assert [(r.job_id, r.status) for r in rows] == [(done, "committed")]
    # New work on it is refused by the policy, and the running job at its next check.
    spec = spec_from(workdir, nonce="w-after")
    assert submit_job(ready, sign_spec(spec, vendor_key), expected=spec).state is JobState.REJECTED
    from custos.node._run import _refuse_if_withdrawn

    with pytest.raises(PolicyDenied) as e:
        _refuse_if_withdrawn(ready, "wdbc")
    assert e.value.code == "dataset.withdrawn"
    entry = audit_actions(ready, "dataset.withdrawn")[-1]
    assert entry.actor == "custodian:dpo"
    assert entry.details["reason"] == "consent withdrawn"
    assert entry.details["running_jobs"] == [running]
    # Whatever the running job leaves is due at once, whatever the DUA says.
    (home / "reports" / running).mkdir(parents=True)
    (home / "reports" / running / "leakage_report.json").write_text("{}")
    move(ready, running, JobState.AUDITING, JobState.BLOCKED)
    rows_after = record_job_artefacts(ready, running)
    assert [r.clause for r in rows_after] == ["dataset.withdrawn"]
    assert purge(ready).certificates
    assert not (home / "reports" / running).exists()


def test_withdrawal_bad_input_gives_clear_codes(ready: Node) -> None:
    with pytest.raises(NotFound) as nf:
        withdraw_dataset(ready, "nope", actor="custodian:x", reason="r")
    assert nf.value.code == "dataset.not_found"
    with pytest.raises(InvalidInput) as ii:
        withdraw_dataset(ready, "wdbc", actor="custodian:x", reason="   ")
    assert ii.value.code == "dataset.reason_required"
    withdraw_dataset(ready, "wdbc", actor="custodian:x", reason="r")
    with pytest.raises(Conflict) as c:
        withdraw_dataset(ready, "wdbc", actor="custodian:x", reason="again")
    assert c.value.code == "dataset.already_withdrawn"
    assert len(audit_actions(ready, "dataset.withdrawn")) == 1


def test_a_second_purge_at_the_same_time_is_refused(ready: Node) -> None:
    with _retention._purge_lock(ready), pytest.raises(Conflict) as e:
        purge(ready)
    assert e.value.code == "retention.purge_busy"


# -- the CLI -----------------------------------------------------------------------


@pytest.mark.integration
def test_cli_withdraw_purge_certificates_and_offline_verification(
    workdir: Path, vendor_key: SigningKey
) -> None:
    from tests.cli.test_cli import Custos, assert_clean_error

    custos = Custos(workdir)
    custos("node", "init", "--allow-isolation-none")
    custos("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml")
    custos("dua", "add", "dua.yaml")
    custos("job", "sign", "job.yaml", "--key", "vendor.key")
    job = custos.json("job", "submit", "job.yaml")
    home = workdir / "home"
    (home / "reports" / job["id"]).mkdir(parents=True)
    (home / "reports" / job["id"] / "leakage_report.json").write_text('{"x": 1}')

    assert custos.json("node", "purge")["certificates"] == []
    assert_clean_error(
        custos("data", "withdraw", "nope", "--reason", "r", ok=False), "dataset.not_found", 66
    )
    out = custos.json("data", "withdraw", "wdbc", "--reason", "patients opted out")
    assert out["rejected_jobs"] == [job["id"]]
    [cert] = out["purge"]["certificates"]  # swept, due at once, deleted
    cert_id = cert["id"]
    assert not (home / "reports" / job["id"]).exists()
    assert_clean_error(
        custos("data", "withdraw", "wdbc", "--reason", "r", ok=False),
        "dataset.already_withdrawn",
        75,
    )
    assert [c["id"] for c in custos.json("node", "certificates")] == [cert_id]
    custos("node", "certificate", cert_id, "--out", "cert.json")
    shown = custos("receipt", "verify-deletion", "cert.json", "--public-key", "home/node.pub")
    assert "verified" in shown.stdout
    verified = custos.json(
        "receipt", "verify-deletion", "cert.json", "--public-key", "home/node.pub"
    )
    assert verified["statement"]["predicate"]["items"][0]["path"].startswith("reports/")

    env = json.loads((workdir / "cert.json").read_text())
    stmt = json.loads(base64.b64decode(env["payload"]))
    stmt["predicate"]["items"][0]["deleted_at"] = "2020-01-01T00:00:00.000000Z"
    env["payload"] = base64.b64encode(canonical_json(stmt)).decode()
    (workdir / "forged.json").write_text(json.dumps(env))
    assert_clean_error(
        custos(
            "receipt", "verify-deletion", "forged.json", "--public-key", "home/node.pub", ok=False
        ),
        "signature.invalid",
        77,
    )
    (workdir / "junk.json").write_text("not json")
    p = custos("receipt", "verify-deletion", "junk.json", "--public-key", "home/node.pub", ok=False)
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert_clean_error(
        custos("node", "certificate", "cert-0000", ok=False), "certificate.not_found", 66
    )
    assert os.path.exists(home / "node.key")


# -- the runner's hook -------------------------------------------------------------


@pytest.mark.integration
def test_a_job_run_registers_what_it_leaves_and_a_withdrawal_mid_run_releases_nothing(
    node: Node, workdir: Path, vendor_key: SigningKey, clock: FakeClock
) -> None:
    from custos.node._run import run_job
    from custos.policy import InstitutionalPolicy
    from tests.conftest import dump_yaml, load_yaml

    node.clock = clock
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dua["leakage_audit"].update(reference_models=4, canary_audit=False)
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    home = node.settings.home

    def approved(nonce: str) -> str:
        spec = spec_from(workdir, nonce=nonce, training__epochs=5)
        job = submit_job(node, sign_spec(spec, vendor_key), expected=spec)
        return approve_job(node, job.id, approver="dr-lee").id

    first = approved("hook-a")
    run_job(node, first, rng_seed=1)
    rows = list_artefacts(node, job_id=first)
    assert {r.path.split("/")[0] for r in rows} == {"releases", "reports"}
    assert all(r.sha256 and r.clause == "retention.job_artifact_days" for r in rows)
    assert {r.delete_after[:10] for r in rows} == {"2026-03-31"}
    assert not (home / "work" / first).exists()

    second = approved("hook-b")

    def withdraw_while_training(text: str) -> None:
        if text.startswith("training"):
            withdraw_dataset(node, "wdbc", actor="custodian:dpo", reason="opt-out")

    with pytest.raises(PolicyDenied) as e:
        run_job(node, second, rng_seed=2, on_phase=withdraw_while_training)
    assert e.value.code == "dataset.withdrawn"
    assert get_job(node, second).state is JobState.BLOCKED
    assert not (home / "releases" / second).exists()
    with node.store.read() as conn:
        assert conn.execute(select(releases).where(releases.c.job_id == second)).first() is None
    # What it left is due at once and goes at the next purge, with the first job's.
    report = purge(node)
    assert report.certificates
    assert not (home / "reports" / second).exists()
    assert not (home / "releases" / first).exists()
    assert get_job(node, second).state is JobState.PURGED


def test_a_withdrawal_after_the_receipt_is_signed_still_stops_the_release(
    node: Node,
    workdir: Path,
    vendor_key: SigningKey,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last check runs in the release's own transaction: no window to slip through."""
    from custos.node import _run
    from custos.policy import InstitutionalPolicy
    from tests.conftest import dump_yaml, load_yaml

    node.clock = clock
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dua["leakage_audit"] = {"required": False}
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    spec = spec_from(workdir, nonce="late", training__epochs=5)
    job_id = approve_job(
        node, submit_job(node, sign_spec(spec, vendor_key), expected=spec).id, approver="dr-lee"
    ).id
    real_sign, real_operation = _run.write_bundle_receipt, node.operation
    armed: list[bool] = []

    def sign_and_arm(*args: Any, **kwargs: Any) -> str:
        armed.append(True)
        return real_sign(*args, **kwargs)

    @contextlib.contextmanager
    def withdraw_just_before(*args: Any) -> Iterator[Any]:
        # The custodian's withdrawal commits after every check outside the
        # release's transaction, just before that transaction begins.
        if armed:
            armed.clear()
            withdraw_dataset(node, "wdbc", actor="custodian:dpo", reason="opt-out")
        with real_operation() as conn:
            yield conn

    monkeypatch.setattr(_run, "write_bundle_receipt", sign_and_arm)
    monkeypatch.setattr(node, "operation", withdraw_just_before)
    with pytest.raises(PolicyDenied) as e:
        _run.run_job(node, job_id, rng_seed=3)
    assert e.value.code == "dataset.withdrawn"
    assert get_job(node, job_id).state is JobState.BLOCKED
    assert not (node.settings.home / "releases" / job_id).exists()
    with node.store.read() as conn:
        assert conn.execute(select(releases).where(releases.c.job_id == job_id)).first() is None
        spent = conn.execute(select(budget_entries.c.status)).scalars().all()
    assert spent == ["committed"]  # it trained: the spend stands
