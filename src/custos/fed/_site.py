"""A site's side of a federation: join (evaluate), approve, and its local plan.

A hospital joins a federation by submitting the vendor's signed federation
job for one of its site names (:func:`join_federation`). The node verifies
the vendor's signature with the key in the *site's own* DUA, derives its
share (:func:`custos.fed._spec.site_spec`) and decides it exactly like a
local job: every DUA clause, the institutional policy, the dataset's budget.
The custodian then approves it with ``custos job approve`` as usual. Only an
APPROVED share is ever given work (:func:`approved_share`).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, select

from custos.core._canonical import canonical_json
from custos.core._errors import (
    Conflict,
    CustosError,
    InvalidInput,
    NotFound,
    PolicyDenied,
    SignatureError,
)
from custos.core._keys import dsse_verify
from custos.core._schema import jobs
from custos.fed._spec import FEDJOB_PAYLOAD_TYPE, FedJobSpec, parse_fed, site_spec, unverified_fed
from custos.jobs._lifecycle import JobState
from custos.jobs._spec import FederationRef
from custos.node._jobs import JobRecord, _job_row, _record_submission, get_job, training_spec
from custos.node._node import Node
from custos.node._registry import find_dataset, find_dua


def share_id(fed_hash: str, site: str) -> str:
    from custos.core._canonical import content_hash

    return (
        "job-" + content_hash({"federation": fed_hash, "site": site}).removeprefix("sha256:")[:16]
    )


def join_federation(
    node: Node, envelope: Any, site: str, *, expected: FedJobSpec | None = None
) -> JobRecord:
    """Submit this node's share of a signed federation job; returns the local job.

    Raises
    ------
    SignatureError, InvalidInput, PolicyDenied, Conflict
    """
    claimed = unverified_fed(envelope)
    try:
        claimed_site = claimed.site(site)
    except KeyError:
        raise PolicyDenied(
            f"the federation job does not name the site '{site}'", code="fed.site_unknown"
        ) from None
    refusal: CustosError | None = None
    fed: FedJobSpec | None = None
    with node.operation() as conn:
        dua_entry = find_dua(conn, claimed_site.dua)
        if dua_entry is None:
            refusal = PolicyDenied(
                f"no DUA '{claimed_site.dua}' on this node", code="dua.not_found"
            )
        else:
            try:
                payload = dsse_verify(
                    envelope, dua_entry.dua.parties.vendor.key, payload_type=FEDJOB_PAYLOAD_TYPE
                )
                fed = parse_fed(json.loads(payload))
            except SignatureError as exc:
                refusal = exc
        if fed is not None and expected is not None and expected.canonical() != fed.canonical():
            refusal = SignatureError(
                "the federation job differs from what was signed; sign it again",
                code="fedjob.changed",
            )
        if refusal is not None or fed is None:
            node.audit.append(
                conn,
                actor=f"vendor:{claimed.vendor}?",
                action="fed.join_refused",
                subject=f"dua:{claimed_site.dua}",
                details={"code": refusal.code if refusal else "unknown", "site": site},
            )
        else:
            spec = site_spec(fed, site)
            job_id = share_id(fed.fed_hash, site)
            if conn.execute(select(jobs.c.id).where(jobs.c.id == job_id)).first():
                refusal = Conflict(
                    f"this site already joined the federation as {job_id}",
                    code="fed.duplicate",
                )
            else:
                _record_submission(node, conn, job_id, spec, envelope)
                node.audit.append(
                    conn,
                    actor=f"vendor:{fed.vendor}",
                    action="fed.joined",
                    subject=f"job:{job_id}",
                    details={
                        "federation": fed.name,
                        "fed_hash": fed.fed_hash,
                        "site": site,
                        "sites": [s.site for s in fed.sites],
                        "rounds": fed.rounds,
                    },
                )
    if refusal is not None:
        raise refusal
    return get_job(node, job_id)


def approved_share(node: Node, fed_hash: str, site: str) -> JobRecord:
    """This site's share of the federation, if (and only if) it may be given work.

    Raises
    ------
    NotFound
        The site never joined this federation.
    PolicyDenied
        It joined, but its share is not approved (or already ran).
    """
    with node.store.read() as conn:
        row = conn.execute(select(jobs).where(jobs.c.id == share_id(fed_hash, site))).first()
    if row is None:
        raise NotFound("this site has not joined the federation", code="fed.not_joined")
    job = _job_row(row)
    if job.spec.federation is None or job.spec.federation.hash != fed_hash:
        raise PolicyDenied("not this federation's share", code="fed.mismatch")
    if job.state not in (JobState.APPROVED, JobState.RUNNING):
        raise PolicyDenied(
            f"this site's share is {job.state.value}; only an approved share takes part",
            code="fed.not_approved",
        )
    return job


# ---------------------------------------------------------------------------
# the site's runtime: what its Flower ClientApp calls


def _split_seed(node: Node, job_id: str) -> int:
    """A seed only this node can compute (its key signs the job id; Ed25519 is
    deterministic): every round sees the same hospital-side split, and the
    vendor cannot predict it."""
    sig = node.key.sign(b"custos.fed.split:" + job_id.encode())
    return int.from_bytes(hashlib.sha256(sig).digest()[:8], "big") >> 1


def _real_arrays(values: Any) -> list[np.ndarray[Any, Any]] | None:
    """``values`` as arrays of real numbers, or None if any is not one (strings,
    objects, complex numbers, ragged nesting: the coordinator's message is
    untrusted and a site refuses what it cannot read as a model)."""
    try:
        arrays = [np.asarray(v) for v in values]
    except (TypeError, ValueError):
        return None
    return arrays if all(a.dtype.kind in "fiu" for a in arrays) else None


def round_steps(total: int, rounds: int, r: int) -> int:
    """DP-SGD steps of round ``r`` (1-based): the plan's steps spread evenly."""
    base, extra = divmod(total, rounds)
    return base + (1 if r <= extra else 0)


@dataclass
class SiteRuntime:
    """A site's share of a running federation, as its ClientApp uses it."""

    node: Node
    job: JobRecord
    plan: Any
    x: Any
    y: Any
    split: Any
    tplan: Any
    attempt: int
    lower: tuple[float, ...]
    upper: tuple[float, ...]

    @property
    def fed(self) -> FederationRef:
        assert self.job.spec.federation is not None  # a share always has one
        return self.job.spec.federation

    # -- setup -------------------------------------------------------------

    def scaler_statistics(self) -> tuple[Any, Any]:
        """The DP centre and scale of this site's rows (mechanisms in its plan)."""
        import torch

        from custos.training._catalog import build_model
        from custos.training._harness import _fit_scaler

        model = build_model(training_spec(self.job).model, self.x.shape[1])
        xt = torch.as_tensor(self.x[self.split.train], dtype=torch.float32)
        gen = torch.Generator().manual_seed(secrets.randbits(63))
        _fit_scaler(model, xt, self.tplan.scaler, len(self.split.train), gen)
        with self.node.operation() as conn:
            # Released to the coordinator from here on: if the share leaves
            # now, its budget is spent (see _leave_in).
            self.node.audit.append(
                conn,
                actor="node:fed",
                action="fed.scaler_released",
                subject=f"job:{self.job.id}",
                details={"mechanisms": "dp scaler (in the share's plan)"},
            )
        return model.scaler.centre.double().numpy(), model.scaler.scale.double().numpy()

    # -- rounds ------------------------------------------------------------

    def start_state(self, net: list[Any], centre: Any, scale: Any) -> dict[str, Any]:
        import torch

        from custos.training._catalog import build_model

        d = self.x.shape[1]
        model = build_model(training_spec(self.job).model, d)
        state = model.state_dict()
        keys = [k for k in state if not k.startswith("scaler.")]
        # Everything here comes from the coordinator: refuse it before a round
        # is claimed, so a malformed message costs the site nothing.
        arrays = _real_arrays(net)
        scaler = _real_arrays([centre, scale])
        if (
            arrays is None
            or scaler is None
            or len(arrays) != len(keys)
            or any(a.shape != tuple(state[k].shape) for a, k in zip(arrays, keys, strict=True))
            or any(a.shape != (d,) for a in scaler)
        ):
            raise InvalidInput(
                "the global model's parameters do not match the federation's model",
                code="fed.bad_update",
            )
        out = {
            k: torch.as_tensor(a, dtype=torch.float32) for a, k in zip(arrays, keys, strict=True)
        }
        out["scaler.centre"] = torch.as_tensor(scaler[0], dtype=torch.float32)
        out["scaler.scale"] = torch.as_tensor(scaler[1], dtype=torch.float32)
        # Checked as float32, what training uses (1e300 is finite only in float64).
        if not all(bool(torch.isfinite(t).all()) for t in out.values()) or not bool(
            (out["scaler.scale"] > 0).all()
        ):
            raise InvalidInput(
                "the global model holds non-finite values or a scale that is not positive",
                code="fed.bad_update",
            )
        out["scaler.lower"] = torch.tensor(self.lower)
        out["scaler.upper"] = torch.tensor(self.upper)
        return out

    def rounds_done(self) -> list[int]:
        """Rounds this site has trained (or claimed and is training)."""
        with self.node.store.read() as conn:
            entries = self.node.audit.entries(
                conn, subject=f"job:{self.job.id}", action="fed.round_claimed"
            )
        return [int(e.details["round"]) for e in entries]

    def _claim(self, r: int) -> None:
        """Claim round ``r`` in one write transaction, so that two concurrent
        requests for the same round (a coordinator replaying it) cannot both
        train: the second sees the first's claim and is refused (and two
        writers appending at once cannot both extend the audit chain).

        Only a RUNNING share trains, and only while its DUA is in force: a
        share whose DUA was revoked or expired since it started leaves the
        federation here (in the same transaction, see :func:`_leave`).
        """
        gone: CustosError | None = None
        with self.node.operation() as conn:
            state = conn.execute(select(jobs.c.state).where(jobs.c.id == self.job.id)).scalar_one()
            if state != JobState.RUNNING.value:
                raise PolicyDenied(
                    f"this site's share is {state}; it takes no more part", code="fed.not_running"
                )
            gone = _in_force(self.node, conn, self.job)
            if gone is not None:
                _leave_in(self.node, conn, self.job.id, self.attempt, gone)
            else:
                claimed = self.node.audit.entries(
                    conn, subject=f"job:{self.job.id}", action="fed.round_claimed"
                )
                if not 1 <= r <= self.fed.rounds or r in {int(e.details["round"]) for e in claimed}:
                    raise PolicyDenied(
                        f"round {r} is not one this site agreed to train", code="fed.round_refused"
                    )
                self.node.audit.append(
                    conn,
                    actor="node:fed",
                    action="fed.round_claimed",
                    subject=f"job:{self.job.id}",
                    details={"round": r},
                )
        if gone is not None:
            raise gone

    def train_round(self, r: int, net: list[Any], centre: Any, scale: Any) -> list[Any]:
        """One round: this site's DP-SGD steps from the global model; returns its parameters.

        Refuses a round outside ``1..rounds`` or one it already trained: the
        coordinator cannot make a site spend more than its plan accounted for.
        """
        from custos.node._execute import limits_for, train_in_process, train_sandboxed
        from custos.node._run import _hidden_paths
        from custos.policy._dua import IsolationKind

        start = self.start_state(net, centre, scale)  # a malformed model is refused first
        self._claim(r)
        steps = round_steps(self.tplan.steps, self.fed.rounds, r)
        if self.plan.isolation is IsolationKind.NONE:
            result, _ = train_in_process(
                self.job.spec,
                self.x,
                self.y,
                self.split,
                self.tplan,
                progress=None,
                rng_seed=None,
                start=start,
                steps=steps,
            )
        else:
            from safetensors.torch import save as save_safetensors

            dirs, files = _hidden_paths(self.node)
            result, _ = train_sandboxed(
                self.job.spec.to_json(),
                self.x,
                self.y,
                self.split,
                self.tplan,
                limits=limits_for(self.node.policy),
                hide_dirs=dirs,
                hide_files=files,
                start=save_safetensors(start),
                steps=steps,
            )
        # In the model's parameter order (what came back from the sandbox is a
        # safetensors file, whose key order is not the model's).
        out = [result.state_dict[k].double().numpy() for k in start if not k.startswith("scaler.")]
        if [a.shape for a in out] != [tuple(np.shape(a)) for a in net]:
            raise InvalidInput(
                "the round's model does not match the global model", code="fed.bad_update"
            )
        digest = hashlib.sha256(b"".join(np.ascontiguousarray(a).tobytes() for a in out))
        with self.node.operation() as conn:
            self.node.audit.append(
                conn,
                actor="node:fed",
                action="fed.round",
                subject=f"job:{self.job.id}",
                details={
                    "round": r,
                    "steps": steps,
                    "update_sha256": digest.hexdigest(),
                    "metrics": dict(result.metrics),
                },
            )
        return out


def _reserve_share(node: Node, job: JobRecord) -> tuple[Any, int]:
    """APPROVED -> RUNNING: re-check, plan over every round, reserve the whole budget."""
    from custos.ledger import _budget as budget
    from custos.node._jobs import _decide, transition
    from custos.node._run import audit_precheck, choose_isolation, plan_job
    from custos.policy._evaluate import Outcome

    with node.operation() as conn:
        ds = find_dataset(conn, job.spec.dataset)
        dua_entry = find_dua(conn, job.spec.dua)
        if ds is None or dua_entry is None:
            raise PolicyDenied("the share's dataset or DUA is gone", code="job.recheck_failed")
        isolation = choose_isolation(node, dua_entry.dua)
        plan = plan_job(training_spec(job), ds, isolation)
        audit_precheck(dua_entry.dua, plan)
        decision, _ = _decide(node, conn, job.spec, signature_valid=True, exclude_job=job.id)
        if decision.outcome is Outcome.REJECTED:
            raise PolicyDenied(
                "this site's share no longer satisfies its DUA",
                code="job.recheck_failed",
                details=[f"{r.clause}: {r.message}" for r in decision.failures],
            )
        d = dua_entry.dua
        attempt, after = budget.reserve(
            conn,
            dataset=job.spec.dataset,
            job_id=job.id,
            mechanisms=plan.mechanisms,
            job_epsilon=plan.epsilon,
            job_delta=job.spec.privacy.delta,
            lifetime_epsilon=d.privacy.lifetime_epsilon_per_dataset,
            lifetime_delta=d.privacy.delta,
            now=node.clock(),
        )
        transition(
            node,
            conn,
            job.id,
            JobState.RUNNING,
            actor="node:fed",
            details={"attempt": attempt, "plan": plan.report(), "budget_after": after},
        )
    return plan, attempt


def _in_force(node: Node, conn: Connection, job: JobRecord) -> CustosError | None:
    """Why a started share may no longer use its data, or None.

    Its DUA revoked, or out of its validity today, its dataset withdrawn, or
    its dataset or DUA gone. (``revoke_dua`` and ``withdraw_dataset`` reject
    only shares that have not started; a RUNNING one learns of it here.)
    """
    from custos.governance._retention import dataset_withdrawn

    ds = find_dataset(conn, job.spec.dataset)
    entry = find_dua(conn, job.spec.dua)
    if ds is None or entry is None:
        return PolicyDenied("the share's dataset or DUA is gone", code="job.recheck_failed")
    if dataset_withdrawn(conn, job.spec.dataset):
        return PolicyDenied("the share's dataset has been withdrawn", code="dataset.withdrawn")
    if entry.status == "revoked":
        return PolicyDenied("the share's DUA has been revoked", code="dua.revoked")
    v = entry.dua.validity
    if not v.not_before <= node.clock().date() <= v.not_after:
        return PolicyDenied("the share's DUA is not in force today", code="dua.expired")
    return None


def _leave(node: Node, job_id: str, attempt: int, error: CustosError) -> None:
    """The share cannot go on: settle its budget and fail it (it takes no more part).

    Nothing is charged if nothing computed from its rows left the site (no
    scaler statistics, no round); otherwise the whole reservation is committed.
    """
    with node.operation() as conn:
        _leave_in(node, conn, job_id, attempt, error)


def _leave_in(node: Node, conn: Connection, job_id: str, attempt: int, error: CustosError) -> None:
    """:func:`_leave` inside the caller's write transaction."""
    from custos.ledger import _budget as budget
    from custos.node._jobs import transition

    trained = node.audit.entries(conn, subject=f"job:{job_id}", action="fed.round_claimed")
    # Anything DP-noised that left the site (its scaler statistics, a round's
    # update) spends the share's budget; only a share that released nothing
    # gets its reservation back.
    released = trained or node.audit.entries(
        conn, subject=f"job:{job_id}", action="fed.scaler_released"
    )
    budget.settle(
        conn,
        job_id,
        attempt,
        budget.EntryStatus.COMMITTED if released else budget.EntryStatus.RELEASED,
        now=node.clock(),
        note=f"left the federation: {error.code}",
    )
    transition(
        node,
        conn,
        job_id,
        JobState.FAILED,
        actor="node:fed",
        details={"code": error.code, "rounds_trained": len(trained)},
        decided_reason=error.message,
    )


def leave_federation(
    node: Node,
    fed_hash: str,
    site: str,
    *,
    actor: str,
    reason: str | None = None,
    code: str = "fed.left",
) -> JobRecord:
    """The custodian takes this site out of the federation (``custos fed leave``).

    An approved share that never started is withdrawn (REJECTED); a share
    left RUNNING or AUDITING (its federation stopped, or the coordinator is
    gone) is settled like any share that leaves: FAILED, its budget committed
    if anything computed from its rows was released, else given back.
    ``reason`` and ``code`` say why in the audit log (by default: ``actor``
    took the site out).

    Raises
    ------
    NotFound
        This site never joined the federation.
    Conflict
        The share is already settled.
    """
    from custos.ledger import _budget as budget
    from custos.node._jobs import transition

    job_id = share_id(fed_hash, site)
    with node.operation() as conn:
        row = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
        if row is None:
            raise NotFound("this site has not joined the federation", code="fed.not_joined")
        job = _job_row(row)
        if job.state is JobState.APPROVED or job.state is JobState.PENDING_APPROVAL:
            transition(
                node,
                conn,
                job_id,
                JobState.REJECTED,
                actor=actor,
                details={"reason": code},
                decided_reason=reason or "the site left the federation before it started",
            )
        elif job.state in (JobState.RUNNING, JobState.AUDITING):
            open_ = budget.open_reservations(conn, job_id)
            if not open_:
                raise Conflict("the share has no open reservation", code="fed.cannot_leave")
            _leave_in(
                node,
                conn,
                job_id,
                open_[0].attempt,
                PolicyDenied(reason or f"{actor} took the site out of the federation", code=code),
            )
        else:
            raise Conflict(f"the share is already {job.state.value}", code="fed.already_settled")
    return get_job(node, job_id)


def settle_on_stop(home: Path, fed_hash: str, site: str, reason: str) -> str:
    """The coordinator stopped the federation before its finish round: settle this share.

    What ``custos fed leave`` does, without waiting for the custodian: a share
    that released nothing gets its reservation back, one that released
    anything is charged; a share not yet started is withdrawn. A share already
    settled is left as it is. Returns the share's state.
    """
    return settle_open_share(
        home,
        fed_hash,
        site,
        actor="coordinator",
        reason=f"the coordinator stopped the federation: {reason}",
    )


def settle_open_share(home: Path, fed_hash: str, site: str, *, actor: str, reason: str) -> str:
    """Settle this site's share if the federation left it open; return its state.

    A share still APPROVED, RUNNING or AUDITING leaves (code ``fed.stopped``):
    its reservation is given back if nothing left the site, charged if
    anything did. A share in any other state is left as it is.
    """
    from custos.core._config import load_settings
    from custos.node._node import open_node

    node = open_node(load_settings(home=home))
    try:
        job = get_job(node, share_id(fed_hash, site))
        if job.state in (JobState.APPROVED, JobState.RUNNING, JobState.AUDITING):
            job = leave_federation(
                node, fed_hash, site, actor=actor, reason=reason[:500], code="fed.stopped"
            )
        return job.state.value
    finally:
        node.close()


def open_runtime(node: Node, fed_hash: str, site: str) -> SiteRuntime:
    """This site's runtime for the federation (reserving its budget on first use).

    A site that restarts mid-federation finds its share RUNNING with its
    reservation open and carries on; it never reserves twice.
    """
    from custos.ledger import _budget as budget
    from custos.node._run import choose_isolation, load_training_data, plan_job
    from custos.training._harness import stratified_split_sized

    job = approved_share(node, fed_hash, site)
    if job.state is JobState.APPROVED:
        plan, attempt = _reserve_share(node, job)
        job = get_job(node, job.id)
    else:
        with node.store.read() as conn:
            ds = find_dataset(conn, job.spec.dataset)
            dua_entry = find_dua(conn, job.spec.dua)
            open_ = budget.open_reservations(conn, job.id)
            gone = _in_force(node, conn, job)
        if not open_:
            raise PolicyDenied("the share cannot resume", code="fed.cannot_resume")
        attempt = open_[0].attempt
        if gone is not None or ds is None or dua_entry is None:
            # Its DUA was revoked or expired (or its data is gone) while it was
            # down: it leaves instead of resuming.
            err = gone or PolicyDenied("the share cannot resume", code="fed.cannot_resume")
            _leave(node, job.id, attempt, err)
            raise err
        plan = plan_job(training_spec(job), ds, choose_isolation(node, dua_entry.dua))
    with node.store.read() as conn:
        ds = find_dataset(conn, job.spec.dataset)
    assert ds is not None  # checked above
    try:
        data = load_training_data(ds, training_spec(job), plan.features)
    except CustosError as exc:
        _leave(node, job.id, attempt, exc)
        raise

    split = stratified_split_sized(
        data.y, plan.n_validation, np.random.default_rng(_split_seed(node, job.id))
    )
    tplan = plan.train_plan(training_spec(job).training.max_grad_norm)
    return SiteRuntime(
        node=node,
        job=job,
        plan=plan,
        x=data.x,
        y=data.y,
        split=split,
        tplan=tplan,
        attempt=attempt,
        lower=plan.scaler.lower,
        upper=plan.scaler.upper,
    )


def state_digest(state: dict[str, Any]) -> str:
    """The global model's identity: SHA-256 over its tensors (float32, little-endian,
    sorted by name, names and shapes included). Sites and coordinator compute it alike."""
    h = hashlib.sha256()
    for k, v in sorted(state.items()):
        arr = np.ascontiguousarray(np.asarray(v.detach().cpu().numpy(), dtype="<f4"))
        h.update(k.encode() + b"\0" + str(arr.shape).encode() + b"\0" + arr.tobytes())
    return "sha256:" + h.hexdigest()


SITE_RECEIPT_TYPE = "https://custos.dev/fed-site-receipt/v1"


def finish(rt: SiteRuntime, net: list[Any], centre: Any, scale: Any) -> dict[str, Any]:
    """The site's last step: audit the global model on its rows, then co-sign or block.

    Returns the site's signed receipt (a DSSE envelope over an in-toto
    statement whose subject is the global model's digest). A blocked audit
    raises after keeping the report and opening an incident, like a local job.
    """
    from custos.audit._gate import AuditOutcome
    from custos.core._keys import dsse_sign
    from custos.ledger import _budget as budget
    from custos.ledger._receipt import PAYLOAD_TYPE
    from custos.node._jobs import transition
    from custos.node._run import _leakage_audit

    node, job = rt.node, rt.job
    state = rt.start_state(net, centre, scale)
    digest = state_digest(state)
    rounds_done = rt.rounds_done()
    with node.operation() as conn:
        gone = _in_force(node, conn, job)
        if gone is not None:  # no audit, no receipt: the share leaves
            _leave_in(node, conn, job.id, rt.attempt, gone)
        else:
            transition(
                node,
                conn,
                job.id,
                JobState.AUDITING,
                actor="node:fed",
                details={"global_model": digest, "rounds": rounds_done},
            )
    if gone is not None:
        raise gone
    with node.store.read() as conn:
        dua_entry = find_dua(conn, job.spec.dua)
        ds = find_dataset(conn, job.spec.dataset)
    assert dua_entry is not None  # checked when the share started
    assert ds is not None
    from custos.training._catalog import build_model
    from custos.training._harness import TrainResult, _metrics

    model = build_model(training_spec(job).model, rt.x.shape[1])
    model.load_state_dict(state, strict=True)
    import torch

    metrics = _metrics(
        model,
        torch.as_tensor(rt.x[rt.split.validation], dtype=torch.float32),
        torch.as_tensor(rt.y[rt.split.validation], dtype=torch.float32),
    )
    audit: AuditOutcome | None = None
    if dua_entry.dua.leakage_audit.required:
        result = TrainResult(
            state_dict=state,
            metrics=metrics,
            steps_taken=0,
            train_seconds=0.0,
            n_train=len(rt.split.train),
            n_validation=len(rt.split.validation),
        )
        from custos.node._run import LoadedData

        # Blocks (and settles the budget, opens the incident) by itself.
        audit = _leakage_audit(
            node,
            job,
            dua_entry.dua,
            rt.plan,
            LoadedData(x=rt.x, y=rt.y),
            rt.split,
            rt.tplan,
            result,
            rt.attempt,
            None,
            None,
        )
    with node.store.read() as conn:
        rounds = [
            {"round": int(e.details["round"]), "update_sha256": e.details["update_sha256"]}
            for e in node.audit.entries(conn, subject=f"job:{job.id}", action="fed.round")
        ]
    fed = rt.fed
    predicate = {
        "federation": {"job": fed.job, "hash": fed.hash, "site": fed.site, "rounds": fed.rounds},
        "node": {"id": node.node_id, "public_key": node.key.public_key.to_text()},
        "job": {"id": job.id, "spec_hash": job.spec_hash, "model_hash": job.model_hash},
        "dua": {"id": job.dua_id, "hash": job.dua_hash},
        "dataset": {"name": ds.name, "fingerprint": ds.fingerprint, "rows": ds.rows},
        "privacy": {
            "epsilon_spent": rt.plan.epsilon,
            "delta": job.spec.privacy.delta,
            "accountant": "pld",
            "noise_multiplier": rt.plan.dpsgd.noise_multiplier,
            "steps": rt.plan.dpsgd.steps,
        },
        "rounds": rounds,
        "global_model": digest,
        "validation": {"n": len(rt.split.validation), **metrics},
        "leakage_audit": (
            {"status": "passed", **audit.summary()}
            if audit is not None
            else {"status": "not_run", "required_by_dua": False}
        ),
        "signed_at": node.clock().isoformat(),
    }
    stmt = {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": "global-model", "digest": {"sha256": digest.split(":", 1)[1]}}],
        "predicateType": SITE_RECEIPT_TYPE,
        "predicate": predicate,
    }
    envelope = dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), node.key)
    with node.operation() as conn:
        budget.settle(
            conn,
            job.id,
            rt.attempt,
            budget.EntryStatus.COMMITTED,
            now=node.clock(),
            note="federation finished",
        )
        transition(
            node,
            conn,
            job.id,
            JobState.RELEASED,
            actor="node:fed",
            details={"global_model": digest, "epsilon": rt.plan.epsilon},
        )
    return envelope
