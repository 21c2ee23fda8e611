"""Job intake, decision, approval and revocation on a real node."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custos.core import Conflict, PolicyDenied, SignatureError, SigningKey
from custos.jobs import JobSpec, JobState, parse_spec, sign_spec
from custos.node import (
    Node,
    add_dua,
    approve_job,
    get_job,
    list_jobs,
    register_dataset,
    reject_job,
    revoke_dua,
    submit_job,
)
from tests.conftest import dump_yaml, load_yaml


@pytest.fixture
def ready(node: Node, workdir: Path) -> Node:
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    return node


def spec_from(workdir: Path, **changes: Any) -> JobSpec:
    data = load_yaml(workdir / "job.yaml")
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        d = data
        for p in parents:
            d = d[p]
        d[leaf] = value
    return parse_spec(data)


def actions(node: Node, job_id: str) -> list[str]:
    with node.store.read() as conn:
        return [e.action for e in node.audit.entries(conn, subject=f"job:{job_id}")]


def test_signed_job_goes_to_pending_approval_then_approved_with_approver(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    spec = spec_from(workdir)
    job = submit_job(ready, sign_spec(spec, vendor_key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL
    assert job.dua_version == 1
    assert job.spec_hash == spec.spec_hash
    job = approve_job(ready, job.id, approver="dr-lee")
    assert job.state is JobState.APPROVED
    assert job.decided_by == "dr-lee"
    assert actions(ready, job.id) == ["job.submitted", "job.pending_approval", "job.approved"]
    with ready.store.read() as conn:
        assert ready.audit.verify(conn, ready.key.public_key).ok


def test_job_signed_by_another_key_is_refused_audited_and_not_stored(
    ready: Node, workdir: Path
) -> None:
    spec = spec_from(workdir)
    with pytest.raises(SignatureError):
        submit_job(ready, sign_spec(spec, SigningKey.generate()))
    assert list_jobs(ready) == []
    with ready.store.read() as conn:
        refused = ready.audit.entries(conn, action="job.refused")
    assert len(refused) == 1
    assert refused[0].details["code"] == "signature.invalid"


def test_payload_swapped_after_signing_is_refused(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    import base64

    env = sign_spec(spec_from(workdir), vendor_key)
    greedy = spec_from(workdir, privacy__epsilon=2.0)
    env["payload"] = base64.b64encode(greedy.canonical()).decode()
    with pytest.raises(SignatureError):
        submit_job(ready, env)


def test_yaml_edited_after_signing_is_refused(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    env = sign_spec(spec_from(workdir), vendor_key)
    edited = spec_from(workdir, training__epochs=99)
    with pytest.raises(SignatureError, match="differs from what was signed"):
        submit_job(ready, env, expected=edited)


def test_replaying_a_signed_spec_is_refused(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    env = sign_spec(spec_from(workdir), vendor_key)
    submit_job(ready, env)
    with pytest.raises(Conflict, match="nonce"):
        submit_job(ready, env)
    again = submit_job(ready, sign_spec(spec_from(workdir, nonce="2"), vendor_key))
    assert again.state is JobState.PENDING_APPROVAL
    assert len(list_jobs(ready)) == 2


def test_over_limit_job_is_rejected_with_every_reason_recorded(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    spec = spec_from(workdir, privacy__epsilon=5.0, task__target="patient_id")
    job = submit_job(ready, sign_spec(spec, vendor_key))
    assert job.state is JobState.REJECTED
    assert {"privacy.max_epsilon_per_job", "card.excluded_columns"} <= job.decision.failed_clauses
    with ready.store.read() as conn:
        rejected = ready.audit.entries(conn, action="job.rejected")
    failed = {f["clause"] for f in rejected[0].details["failed"]}
    assert "privacy.max_epsilon_per_job" in failed


def test_approvals_cannot_together_exceed_the_lifetime_budget(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    # lifetime 8, per job up to 2: four approved jobs of 2 use it all.
    ids = []
    for i in range(5):
        spec = spec_from(workdir, privacy__epsilon=2.0, nonce=str(i))
        ids.append(submit_job(ready, sign_spec(spec, vendor_key)).id)
    for job_id in ids[:4]:
        approve_job(ready, job_id, approver="dr-lee")
    with pytest.raises(PolicyDenied) as info:
        approve_job(ready, ids[4], approver="dr-lee")
    assert any("lifetime_epsilon_per_dataset" in d for d in info.value.details)
    assert get_job(ready, ids[4]).state is JobState.REJECTED


def test_revoking_the_dua_rejects_open_jobs_and_refuses_new_ones(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job = submit_job(ready, sign_spec(spec_from(workdir), vendor_key))
    _, rejected = revoke_dua(ready, "acme-wdbc-2026", "vendor breached notice terms")
    assert rejected == [job.id]
    assert get_job(ready, job.id).state is JobState.REJECTED
    late = submit_job(ready, sign_spec(spec_from(workdir, nonce="late"), vendor_key))
    assert late.state is JobState.REJECTED
    assert "status" in late.decision.failed_clauses


def test_reject_needs_a_reason_and_terminal_jobs_cannot_be_approved(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job = submit_job(ready, sign_spec(spec_from(workdir), vendor_key))
    with pytest.raises(PolicyDenied):
        reject_job(ready, job.id, reason="  ", by="dr-lee")
    reject_job(ready, job.id, reason="not this quarter", by="dr-lee")
    with pytest.raises(Conflict, match="REJECTED"):
        approve_job(ready, job.id, approver="dr-lee")


def test_unknown_dua_is_refused_and_audited(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    with pytest.raises(PolicyDenied, match="no DUA"):
        submit_job(node, sign_spec(spec_from(workdir), vendor_key))
    with node.store.read() as conn:
        assert [e.action for e in node.audit.entries(conn, action="job.refused")] == ["job.refused"]


def test_missing_bubblewrap_rejects_a_job_that_requires_it(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custos.policy import IsolationKind

    monkeypatch.setattr(
        "custos.node._jobs.available_isolation", lambda *_: frozenset({IsolationKind.NONE})
    )
    job = submit_job(ready, sign_spec(spec_from(workdir), vendor_key))
    assert job.decision.failed_clauses == {"isolation.accepted"}


def test_crash_inside_an_operation_leaves_no_partial_job(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    import custos.node._jobs as jobs_mod

    def boom(*a: Any, **k: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(jobs_mod, "transition", boom)
    with pytest.raises(RuntimeError):
        submit_job(ready, sign_spec(spec_from(workdir), vendor_key))
    assert list_jobs(ready) == []
    with ready.store.read() as conn:
        assert ready.audit.entries(conn, action="job.submitted") == []
        assert ready.audit.verify(conn, ready.key.public_key).ok


def test_dua_edit_after_registration_is_a_new_version_used_for_new_jobs(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    dua = load_yaml(workdir / "dua.yaml")
    dua["privacy"]["max_epsilon_per_job"] = 0.5
    dump_yaml(dua, workdir / "dua.yaml")
    add_dua(ready, workdir / "dua.yaml")
    job = submit_job(ready, sign_spec(spec_from(workdir), vendor_key))
    assert job.dua_version == 2
    assert job.decision.failed_clauses == {"privacy.max_epsilon_per_job"}
    assert json.loads(json.dumps(job.to_dict()))["dua_hash"] == job.dua_hash
