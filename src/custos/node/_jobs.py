"""Job intake, decision and approval on the node."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from custos.core._canonical import canonical_json
from custos.core._errors import Conflict, CustosError, NotFound, PolicyDenied, SignatureError
from custos.core._keys import dsse_verify
from custos.core._schema import jobs
from custos.jobs._lifecycle import JobState, check_transition
from custos.jobs._spec import (
    JOBSPEC_PAYLOAD_TYPE,
    AnySpec,
    JobSpec,
    load_spec,
    parse_spec,
    unverified_payload,
)
from custos.ledger import _budget as budget
from custos.node._node import Node, available_isolation
from custos.node._registry import find_dataset, find_dua
from custos.policy._evaluate import Decision, Outcome, evaluate

# The node runs the membership-inference gate (custos.audit) before release,
# so a DUA may require it. Kept as a flag so a build without the audit's
# dependencies refuses such DUAs at decision time instead of releasing unaudited.
LEAKAGE_AUDIT_AVAILABLE = importlib.util.find_spec("scipy") is not None
# Likewise the synthetic-data generator and disclosure gate (custos[synth]).
SYNTHESIS_AVAILABLE = all(
    importlib.util.find_spec(m) is not None for m in ("mbi", "anonymeter", "pandas")
)

# Approved jobs that have not started hold no ledger reservation yet; for
# decisions their full requested epsilon counts, so approving two jobs can
# never together exceed the lifetime budget.


@dataclass(frozen=True)
class JobRecord:
    id: str
    state: JobState
    spec: AnySpec
    spec_hash: str
    model_hash: str
    dua_id: str
    dua_version: int | None
    dua_hash: str | None
    decision: Decision
    submitted_at: str
    updated_at: str
    decided_by: str | None
    decided_at: str | None
    decision_reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state.value,
            "name": self.spec.name,
            "vendor": self.spec.vendor,
            "dataset": self.spec.dataset,
            "dua": self.dua_id,
            "dua_version": self.dua_version,
            "dua_hash": self.dua_hash,
            "spec_hash": self.spec_hash,
            "model_hash": self.model_hash,
            "epsilon": self.spec.privacy.epsilon,
            "delta": self.spec.privacy.delta,
            "submitted_at": self.submitted_at,
            "updated_at": self.updated_at,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "decision_reason": self.decision_reason,
            "decision": self.decision.to_dict(),
            "spec": self.spec.to_json(),
        }


def training_spec(job: JobRecord) -> JobSpec:
    """The job's training spec (refuses a synthesis job where training is meant)."""
    if not isinstance(job.spec, JobSpec):
        raise Conflict(
            f"job {job.id} is a synthesis job, not a training job", code="job.not_training"
        )
    return job.spec


def _iso(v: Any) -> str | None:
    return None if v is None else str(v.isoformat())


def _job_row(r: Any) -> JobRecord:
    return JobRecord(
        id=r.id,
        state=JobState(r.state),
        spec=load_spec(json.loads(r.spec_json)),
        spec_hash=r.spec_hash,
        model_hash=r.model_hash,
        dua_id=r.dua_id,
        dua_version=r.dua_version,
        dua_hash=r.dua_hash,
        decision=Decision.from_dict(json.loads(r.decision_json)),
        submitted_at=_iso(r.submitted_at) or "",
        updated_at=_iso(r.updated_at) or "",
        decided_by=r.decided_by,
        decided_at=_iso(r.decided_at),
        decision_reason=r.decision_reason,
    )


def epsilon_committed(
    conn: Connection, dataset: str, *, delta: float, exclude_job: str | None = None
) -> float:
    """Conservative epsilon already committed on ``dataset``, for decisions.

    The budget ledger's PLD composition (reserved and committed rows) at
    ``delta``, plus the requested epsilon of every APPROVED job that has not
    started (simple addition: an upper bound of their composition).
    ``exclude_job`` leaves out the job being decided.

    Raises
    ------
    AccountingError
        The ledger could not be composed (callers refuse).
    """
    q = select(func.coalesce(func.sum(jobs.c.epsilon), 0.0)).where(
        jobs.c.dataset == dataset, jobs.c.state == JobState.APPROVED.value
    )
    if exclude_job is not None:
        q = q.where(jobs.c.id != exclude_job)
    pending = float(conn.execute(q).scalar_one())
    return budget.spent(conn, dataset, delta) + pending


def _decide(
    node: Node,
    conn: Connection,
    spec: AnySpec,
    *,
    signature_valid: bool,
    exclude_job: str | None = None,
) -> tuple[Decision, Any]:
    dua_entry = find_dua(conn, spec.dua)
    ds = find_dataset(conn, spec.dataset)
    delta = dua_entry.dua.privacy.delta if dua_entry is not None else spec.privacy.delta
    decision = evaluate(
        spec=spec,
        signature_valid=signature_valid,
        dua=None if dua_entry is None else dua_entry.record(),
        dataset=None if ds is None else ds.facts(),
        policy=node.policy,
        epsilon_spent=epsilon_committed(conn, spec.dataset, delta=delta, exclude_job=exclude_job),
        today=node.clock().date(),
        available_isolation=available_isolation(node.policy),
        leakage_audit_available=LEAKAGE_AUDIT_AVAILABLE,
        synthesis_available=SYNTHESIS_AVAILABLE,
    )
    return decision, dua_entry


def _decision_summary(decision: Decision) -> dict[str, Any]:
    return {
        "outcome": decision.outcome.value,
        "failed": [{"clause": r.clause, "code": r.code} for r in decision.failures],
    }


def submit_job(node: Node, envelope: Any, *, expected: AnySpec | None = None) -> JobRecord:
    """Verify a signed job spec, decide on it, and record the job.

    A spec whose signature cannot be verified against its DUA's vendor key
    is not stored as a job; the refusal is audited and raised.

    Parameters
    ----------
    envelope:
        The DSSE envelope (parsed JSON) the vendor signed.
    expected:
        The spec as the submitter sees it (e.g. the YAML next to the
        envelope); refused if it differs from what was signed.

    Raises
    ------
    SignatureError, InvalidInput, PolicyDenied, Conflict
    """
    claimed = unverified_payload(envelope)
    refusal: CustosError | None = None
    with node.operation() as conn:
        dua_entry = find_dua(conn, claimed.dua)
        spec: AnySpec | None = None
        if dua_entry is None:
            refusal = PolicyDenied(f"no DUA '{claimed.dua}' on this node", code="dua.not_found")
        else:
            try:
                payload = dsse_verify(
                    envelope, dua_entry.dua.parties.vendor.key, payload_type=JOBSPEC_PAYLOAD_TYPE
                )
                spec = parse_spec(json.loads(payload))
            except SignatureError as exc:
                refusal = exc
        if spec is not None and spec.federation is not None:
            refusal = SignatureError(
                "a site's share of a federation job comes only from the signed federation "
                "job (custos fed join)",
                code="jobspec.federation_share",
            )
        if (
            spec is not None
            and expected is not None
            and canonical_json(expected.to_json()) != spec.canonical()
        ):
            refusal = SignatureError(
                "the job spec differs from what was signed; sign it again", code="jobspec.changed"
            )
        if refusal is not None or spec is None:
            node.audit.append(
                conn,
                actor=f"vendor:{claimed.vendor}?",
                action="job.refused",
                subject=f"dua:{claimed.dua}",
                details={
                    "code": refusal.code if refusal else "unknown",
                    "spec_hash": claimed.spec_hash,
                },
            )
        else:
            job_id = "job-" + spec.spec_hash.removeprefix("sha256:")[:16]
            if conn.execute(select(jobs.c.id).where(jobs.c.spec_hash == spec.spec_hash)).first():
                refusal = Conflict(
                    f"this signed job spec was already submitted as {job_id}; change its nonce "
                    "to run it again",
                    code="job.duplicate",
                )
                node.audit.append(
                    conn,
                    actor=f"vendor:{spec.vendor}",
                    action="job.replay_refused",
                    subject=f"job:{job_id}",
                    details={"spec_hash": spec.spec_hash},
                )
            else:
                _record_submission(node, conn, job_id, spec, envelope)
        # Bad signatures and repeated refusals open incidents, in this transaction.
        from custos.governance._incidents import after_intake

        after_intake(
            node,
            conn,
            vendor=claimed.vendor,
            dua_id=claimed.dua,
            spec_hash=claimed.spec_hash,
            refusal=refusal,
            job_id=None if refusal is not None or spec is None else job_id,
        )
    if refusal is not None:
        raise refusal
    return get_job(node, job_id)


def _record_submission(
    node: Node, conn: Connection, job_id: str, spec: AnySpec, envelope: Any
) -> None:
    decision, dua_entry = _decide(node, conn, spec, signature_valid=True)
    now = node.clock()
    conn.execute(
        insert(jobs).values(
            id=job_id,
            vendor_id=spec.vendor,
            dua_id=spec.dua,
            dua_version=dua_entry.version,
            dua_hash=dua_entry.content_hash,
            dataset=spec.dataset,
            spec_json=json.dumps(spec.to_json()),
            spec_hash=spec.spec_hash,
            envelope_json=json.dumps(envelope),
            model_hash=spec.model_hash,
            epsilon=spec.privacy.epsilon,
            delta=spec.privacy.delta,
            state=JobState.SUBMITTED.value,
            decision_json=json.dumps(decision.to_dict()),
            submitted_at=now,
            updated_at=now,
        )
    )
    node.audit.append(
        conn,
        actor=f"vendor:{spec.vendor}",
        action="job.submitted",
        subject=f"job:{job_id}",
        details={
            "spec_hash": spec.spec_hash,
            "model_hash": spec.model_hash,
            "dua": spec.dua,
            "dua_version": dua_entry.version,
            "dua_hash": dua_entry.content_hash,
            "dataset": spec.dataset,
            "epsilon": spec.privacy.epsilon,
            "delta": spec.privacy.delta,
            "policy_hash": node.policy.content_hash,
            "settings_sources": dict(node.settings.sources),
        },
    )
    target = {
        Outcome.REJECTED: JobState.REJECTED,
        Outcome.PENDING_APPROVAL: JobState.PENDING_APPROVAL,
        Outcome.APPROVED: JobState.APPROVED,
    }[decision.outcome]
    transition(
        node,
        conn,
        job_id,
        target,
        actor="node:policy",
        details=_decision_summary(decision),
        decided_reason=None if target is JobState.PENDING_APPROVAL else "decided by policy",
        decided_by="policy" if target is not JobState.PENDING_APPROVAL else None,
    )


def transition(
    node: Node,
    conn: Connection,
    job_id: str,
    target: JobState,
    *,
    actor: str,
    details: dict[str, Any] | None = None,
    decided_by: str | None = None,
    decided_reason: str | None = None,
) -> None:
    """Move a job to ``target`` (checked against the lifecycle) and audit it."""
    row = conn.execute(select(jobs.c.state).where(jobs.c.id == job_id).with_for_update()).first()
    if row is None:
        raise NotFound(f"no job '{job_id}' on this node", code="job.not_found")
    current = JobState(row.state)
    check_transition(current, target)
    now = node.clock()
    values: dict[str, Any] = {"state": target.value, "updated_at": now}
    if decided_by is not None:
        values.update(decided_by=decided_by, decided_at=now)
    if decided_reason is not None:
        values["decision_reason"] = decided_reason[:2000]
    conn.execute(update(jobs).where(jobs.c.id == job_id).values(**values))
    node.audit.append(
        conn,
        actor=actor,
        action=f"job.{target.value.lower()}",
        subject=f"job:{job_id}",
        details={"from": current.value, "to": target.value, **(details or {})},
    )


def approve_job(node: Node, job_id: str, *, approver: str) -> JobRecord:
    """Approve a PENDING_APPROVAL job after re-checking it against today's facts.

    If the DUA was revoked or expired, or the budget was spent by other jobs
    since submission, the job is rejected instead and PolicyDenied raised.
    """
    approver = approver.strip()
    if not approver:
        raise PolicyDenied("approval needs a named approver", code="job.approver_required")
    refusal: PolicyDenied | None = None
    with node.operation() as conn:
        job = find_job(conn, job_id)
        check_transition(job.state, JobState.APPROVED)
        decision, _ = _decide(node, conn, job.spec, signature_valid=True)
        if decision.outcome is Outcome.REJECTED:
            conn.execute(
                update(jobs)
                .where(jobs.c.id == job_id)
                .values(decision_json=json.dumps(decision.to_dict()))
            )
            transition(
                node,
                conn,
                job_id,
                JobState.REJECTED,
                actor="node:policy",
                details=_decision_summary(decision),
                decided_by="policy",
                decided_reason="re-check at approval failed",
            )
            refusal = PolicyDenied(
                f"job {job_id} no longer satisfies its DUA and was rejected",
                code="job.recheck_failed",
                details=[f"{r.clause}: {r.message}" for r in decision.failures],
            )
        else:
            transition(
                node,
                conn,
                job_id,
                JobState.APPROVED,
                actor=f"custodian:{approver}",
                details={"approver": approver},
                decided_by=approver,
                decided_reason="approved",
            )
    if refusal is not None:
        raise refusal
    return get_job(node, job_id)


def reject_job(node: Node, job_id: str, *, reason: str, by: str) -> JobRecord:
    reason = reason.strip()
    if not reason:
        raise PolicyDenied("a rejection needs a reason", code="job.reason_required")
    with node.operation() as conn:
        find_job(conn, job_id)
        transition(
            node,
            conn,
            job_id,
            JobState.REJECTED,
            actor=f"custodian:{by}",
            details={"reason": reason[:2000]},
            decided_by=by,
            decided_reason=reason,
        )
    return get_job(node, job_id)


def find_job(conn: Connection, job_id: str) -> JobRecord:
    r = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
    if r is None:
        raise NotFound(f"no job '{job_id}' on this node", code="job.not_found")
    return _job_row(r)


def get_job(node: Node, job_id: str) -> JobRecord:
    with node.store.read() as conn:
        return find_job(conn, job_id)


def list_jobs(node: Node, *, state: JobState | None = None) -> list[JobRecord]:
    q = select(jobs).order_by(jobs.c.submitted_at, jobs.c.id)
    if state is not None:
        q = q.where(jobs.c.state == state.value)
    with node.store.read() as conn:
        return [_job_row(r) for r in conn.execute(q)]
