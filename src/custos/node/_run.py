"""Running approved jobs: plan, reserve budget, train, gate egress, sign the release.

::

    APPROVED ──(re-check, plan, reserve)──> RUNNING ──(load + verify data)──┐
       │ budget/DUA no longer allows: REJECTED, nothing reserved            │
       │                                 refused before a row is read:      │
       │                                 FAILED, reservation released <─────┤
       │                                 training error: FAILED, committed <┤
       └────────────────────────────────────────── AUDITING <───────────────┘
                                                     │ egress gate, receipt
                                                     └──> RELEASED (committed)

One worker per node at a time (an exclusive lock file in the node home); on
start it recovers jobs a dead worker left RUNNING or AUDITING: their budget
reservation is committed (the data may have been read) and the job goes back
to APPROVED, or to FAILED if it was past training.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import math
import os
import platform
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select

from custos.core._canonical import content_hash
from custos.core._errors import (
    Conflict,
    CustosError,
    IntegrityError,
    InvalidInput,
    NotFound,
    PolicyDenied,
)
from custos.core._schema import jobs, releases
from custos.jobs._lifecycle import JobState
from custos.jobs._spec import AnySpec, JobSpec, Output, SynthesisSpec, split_sizes
from custos.ledger import _budget as budget
from custos.ledger._receipt import file_sha256, write_bundle_receipt
from custos.node._jobs import (
    JobRecord,
    _decide,
    _decision_summary,
    find_job,
    get_job,
    training_spec,
    transition,
)
from custos.node._node import Node
from custos.node._registry import DatasetRecord, find_dataset, find_dua
from custos.policy._dua import DUA, IsolationKind
from custos.policy._evaluate import Outcome

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

    from custos.audit._gate import AuditOutcome
    from custos.node._execute import Execution
    from custos.training._accounting import DpSgdPlan, Mechanism
    from custos.training._harness import ProgressFn, ScalerFit, Split, TrainPlan, TrainResult

# Shares of the job's privacy budget (in the Gaussian-DP sense: fractions of
# mu^2, which add up under composition) for the DP feature centre and spread;
# DP-SGD gets what is left, calibrated by PLD over all three mechanisms.
# Chosen on synthetic proxy data, not on any hospital dataset (BENCHMARKS.md).
SCALER_MEAN_SHARE = 0.20
SCALER_SPREAD_SHARE = 0.05
# Hard limits of the egress gate.
MAX_WEIGHTS_BYTES = 256 << 20
MAX_JSON_BYTES = 64 << 10
METRIC_KEYS = frozenset({"accuracy", "auroc", "log_loss"})
MAX_REPORT_BYTES = 1 << 20
BUNDLE_FILES = {
    Output.WEIGHTS: ("weights.safetensors", "model.json"),
    Output.AGGREGATE_METRICS: ("metrics.json",),
    Output.PRIVACY_REPORT: ("privacy_report.json", "leakage_report.json", "leakage_report.html"),
    # The disclosure and utility report always travels with the table.
    Output.SYNTHETIC_DATA: ("synthetic.csv", "synthesis_report.json", "synthesis_report.html"),
}
LEAKAGE_FILES = ("leakage_report.json", "leakage_report.html")
ENV_PACKAGES = ("custos", "torch", "opacus", "dp-accounting", "numpy", "safetensors")


# ---------------------------------------------------------------------------
# worker lock and recovery


@contextmanager
def worker_lock(node: Node) -> Iterator[None]:
    """Hold the node's exclusive worker lock (non-blocking).

    Raises
    ------
    Conflict
        Another process is running jobs on this node.
    """
    path = node.settings.home / "worker.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise Conflict(
                "another worker is running jobs on this node; wait for it to finish",
                code="worker.busy",
            ) from exc
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor drops the lock


def recover(node: Node) -> list[str]:
    """Settle jobs a dead worker left behind. Call while holding :func:`worker_lock`."""
    recovered: list[str] = []
    with node.operation() as conn:
        stale = conn.execute(
            select(jobs.c.id, jobs.c.state, jobs.c.spec_json).where(
                jobs.c.state.in_([JobState.RUNNING.value, JobState.AUDITING.value])
            )
        ).all()
        for job_id, state, spec_json in stale:
            if json.loads(spec_json).get("federation") is not None:
                # A federation share is not this worker's: its site runtime
                # resumes it, or `custos fed leave` settles it.
                continue
            for entry in budget.open_reservations(conn, job_id):
                budget.settle(
                    conn,
                    job_id,
                    entry.attempt,
                    budget.EntryStatus.COMMITTED,
                    now=node.clock(),
                    note="worker died; counted in full because the data may have been read",
                )
            target = JobState.APPROVED if state == JobState.RUNNING.value else JobState.FAILED
            transition(
                node,
                conn,
                job_id,
                target,
                actor="node:recovery",
                details={"reason": "worker.died", "budget": "reservation committed"},
                decided_reason="worker died; recovered on restart",
            )
            recovered.append(job_id)
    return recovered


# ---------------------------------------------------------------------------
# planning


@dataclass(frozen=True)
class JobPlan:
    features: list[str]
    n_rows: int
    n_train: int
    n_validation: int
    isolation: IsolationKind
    scaler: ScalerFit
    mechanisms: list[Mechanism]
    dpsgd: DpSgdPlan
    epsilon: float
    epsilon_rdp: float
    # DP-SGD's own epsilon at the job's delta (what the canary audit tests).
    dpsgd_epsilon: float = math.nan

    def train_plan(self, max_grad_norm: float) -> TrainPlan:
        """What the harness needs of this plan (its DP-SGD noise, sampling and scaler)."""
        from custos.training._harness import TrainPlan

        return TrainPlan(
            noise_multiplier=self.dpsgd.noise_multiplier,
            sample_rate=self.dpsgd.sample_rate,
            steps=self.dpsgd.steps,
            max_grad_norm=max_grad_norm,
            scaler=self.scaler,
        )

    def report(self) -> dict[str, Any]:
        return {
            "epsilon": self.epsilon,
            "epsilon_rdp": self.epsilon_rdp,
            "delta": self.dpsgd.delta,
            "noise_multiplier": self.dpsgd.noise_multiplier,
            "sample_rate": self.dpsgd.sample_rate,
            "steps": self.dpsgd.steps,
            "mechanisms": [m.to_json() for m in self.mechanisms],
        }


def _features(spec: JobSpec, ds: DatasetRecord) -> list[str]:
    target = spec.task.target
    return [c for c in ds.card.usable_columns if c != target]


def _bounds(
    spec: JobSpec, ds: DatasetRecord, features: list[str]
) -> tuple[list[float], list[float]]:
    missing = [f for f in features if ds.card.columns[f].bounds is None]
    if missing:
        raise InvalidInput.from_violations(
            "the data card must declare public bounds for every feature the job uses",
            [f"{f}: no bounds" for f in missing],
            code="card.bounds_missing",
        )
    lower = [float(ds.card.columns[f].bounds[0]) for f in features]  # type: ignore[index]
    upper = [float(ds.card.columns[f].bounds[1]) for f in features]  # type: ignore[index]
    return lower, upper


def plan_mechanisms(
    eps: float, delta: float, *, sample_rate: float, steps: int
) -> tuple[list[Mechanism], DpSgdPlan]:
    """The feature-statistics mechanisms at their fixed budget shares, and DP-SGD's plan."""
    from custos.training._accounting import Mechanism, calibrate

    sigma_all = calibrate_gaussian(eps, delta)
    stats = [
        Mechanism(kind="gaussian", noise_multiplier=sigma_all / math.sqrt(SCALER_MEAN_SHARE)),
        Mechanism(kind="gaussian", noise_multiplier=sigma_all / math.sqrt(SCALER_SPREAD_SHARE)),
    ]
    return stats, calibrate(eps, delta, sample_rate=sample_rate, steps=steps, already_spent=stats)


def plan_job(spec: JobSpec, ds: DatasetRecord, isolation: IsolationKind) -> JobPlan:
    """Calibrate the job's noise before any row is read.

    The sampling rate and steps follow from the registered row count (public
    to the node), the requested batch size and epochs. The feature statistics
    take fixed shares of the budget; DP-SGD's noise is then calibrated with
    PLD over all mechanisms so the total never exceeds the request.
    """
    from custos.training._accounting import epsilon
    from custos.training._harness import ScalerFit, sampling

    features = _features(spec, ds)
    if not features:
        raise InvalidInput("the job has no feature columns to learn from", code="model.no_features")
    lower, upper = _bounds(spec, ds, features)
    n_train, n_val = split_sizes(ds.rows, spec.training.validation_fraction)
    if n_train < 2:
        raise PolicyDenied("too few rows to train on", code="cohort.too_small")
    q, steps = sampling(n_train, spec.training.batch_size, spec.training.epochs)
    eps, delta = spec.privacy.epsilon, spec.privacy.delta
    stats, dpsgd = plan_mechanisms(eps, delta, sample_rate=q, steps=steps)
    mechanisms = [*stats, dpsgd.mechanism()]
    bounds = epsilon(mechanisms, delta)
    if bounds.pld > eps * (1 + 1e-9):
        raise IntegrityError("the accountant's plan exceeds the request", code="accounting.plan")
    scaler = ScalerFit(
        lower=tuple(lower),
        upper=tuple(upper),
        mean_noise=stats[0].noise_multiplier,
        spread_noise=stats[1].noise_multiplier,
    )
    return JobPlan(
        features=features,
        n_rows=ds.rows,
        n_train=n_train,
        n_validation=n_val,
        isolation=isolation,
        scaler=scaler,
        mechanisms=mechanisms,
        dpsgd=dpsgd,
        epsilon=bounds.pld,
        epsilon_rdp=bounds.rdp,
        dpsgd_epsilon=epsilon([dpsgd.mechanism()], delta).pld,
    )


def _gaussian_delta(eps: float, sigma: float) -> float:
    """Exact delta(eps) of one Gaussian mechanism with sensitivity 1 (Balle & Wang 2018)."""
    a = 1.0 / (2.0 * sigma)
    return _phi(-eps * sigma + a) - math.exp(eps) * _phi(-eps * sigma - a)


def _phi(z: float) -> float:
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def calibrate_gaussian(target_epsilon: float, delta: float) -> float:
    """Smallest noise multiplier (to 0.01%) of one Gaussian release within (eps, delta).

    Closed form (analytic Gaussian mechanism) rather than PLD: it only sets
    the budget *shares*; the plan's epsilon is always re-computed by PLD.
    """
    lo, hi = 1e-3, 1.0
    while _gaussian_delta(target_epsilon, hi) > delta:
        lo, hi = hi, hi * 2
        if hi > 1e6:
            raise PolicyDenied("epsilon too small to plan for", code="accounting.infeasible")
    while hi / lo > 1.0001:
        mid = math.sqrt(lo * hi)
        if _gaussian_delta(target_epsilon, mid) > delta:
            lo = mid
        else:
            hi = mid
    return hi


# Isolation kinds the runner applies, in order of preference: a TEE (when its
# evidence verifies on this node), the bubblewrap sandbox, and last the
# in-process harness, which needs both the DUA and the policy to allow it.
RUNNER_ISOLATION: tuple[IsolationKind, ...] = (
    IsolationKind.SEV_SNP,
    IsolationKind.TDX,
    IsolationKind.BUBBLEWRAP,
    IsolationKind.NONE,
)


def choose_isolation(node: Node, dua: DUA, *, custom_code: bool = False) -> IsolationKind:
    from custos.node._execute import isolation_status

    status = isolation_status(node.policy)
    why: list[str] = []
    for kind in RUNNER_ISOLATION:
        if kind not in dua.isolation.accepted:
            continue
        if kind is IsolationKind.NONE and not node.policy.allow_isolation_none:
            why.append("none: the institutional policy does not allow it")
            continue
        if kind is IsolationKind.NONE and custom_code:
            why.append("none: custom model code runs only in a sandbox")
            continue
        ok, detail = status.get(kind, (False, "not supported by this node"))
        if ok:
            return kind
        why.append(f"{kind.value}: {detail}")
    raise PolicyDenied(
        "this node cannot run the job under any isolation its DUA and policy accept",
        code="isolation.unavailable",
        details=why,
    )


# ---------------------------------------------------------------------------
# data


@dataclass
class LoadedData:
    x: np.ndarray
    y: np.ndarray


def read_verified_table(ds: DatasetRecord) -> pa.Table:
    """Read the registered file after checking it is byte-for-byte what was registered.

    Raises
    ------
    IntegrityError
        The file is unreadable or changed since registration.
    """
    from custos.data._loader import read_table

    path = Path(ds.path)
    try:
        digest = file_sha256(path)
    except OSError as exc:
        raise IntegrityError(
            f"dataset '{ds.name}' cannot be read at its registered location",
            code="dataset.unreadable",
        ) from exc
    if digest != ds.file_sha256:
        raise IntegrityError(
            f"dataset '{ds.name}' changed since it was registered (fingerprint mismatch); "
            "register it again",
            code="dataset.fingerprint_mismatch",
        )
    table = read_table(path, ds.format)
    if table.num_rows != ds.rows or list(table.schema.names) != ds.columns:
        raise IntegrityError(
            f"dataset '{ds.name}' no longer matches its registration", code="dataset.changed"
        )
    return table


def load_training_data(ds: DatasetRecord, spec: JobSpec, features: list[str]) -> LoadedData:
    """Load the registered file, check it is unchanged, and build X and y.

    Raises
    ------
    IntegrityError
        The file changed since registration.
    InvalidInput
        Missing/non-numeric columns, missing values, a target that is not binary.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    table = read_verified_table(ds)
    problems: list[str] = []
    target = spec.task.target
    if target not in table.schema.names:
        raise InvalidInput(f"target column '{target}' is not in the dataset", code="target.missing")
    if target in ds.card.excluded_columns:
        raise PolicyDenied(f"target column '{target}' is excluded", code="target.excluded")
    cols: list[np.ndarray] = []
    for name in features:
        col = table.column(name)
        if not (pa.types.is_integer(col.type) or pa.types.is_floating(col.type)):
            problems.append(f"{name}: not numeric ({col.type})")
            continue
        if col.null_count:
            problems.append(f"{name}: has missing values")
            continue
        arr = col.to_numpy().astype(np.float64)
        if not np.isfinite(arr).all():
            problems.append(f"{name}: has non-finite values")
            continue
        cols.append(arr)
    tcol = table.column(target)
    if tcol.null_count:
        problems.append(f"{target}: the target has missing values")
    if problems:
        raise InvalidInput.from_violations(
            "dataset cannot be used for this job", problems, code="dataset.unusable"
        )
    positive = spec.task.positive_label
    if positive is None:
        if pa.types.is_boolean(tcol.type):
            y = tcol.to_numpy(zero_copy_only=False).astype(np.float32)
        else:
            values = pc.unique(tcol).to_pylist()
            if not set(values) <= {0, 1}:
                raise InvalidInput(
                    f"target '{target}' is not 0/1; name the positive class in task.positive_label",
                    code="target.not_binary",
                )
            y = tcol.to_numpy(zero_copy_only=False).astype(np.float32)
    else:
        raw = tcol.to_pylist()
        as_text = str(positive)
        y = np.fromiter((str(v) == as_text for v in raw), dtype=np.float32, count=len(raw))
        if len(pc.unique(tcol)) != 2:
            raise InvalidInput(
                f"target '{target}' does not have exactly two classes", code="target.not_binary"
            )
    if not 0 < y.sum() < len(y):
        raise InvalidInput(
            f"target '{target}' has no rows of the positive label or no other rows",
            code="target.one_class",
        )
    return LoadedData(x=np.column_stack(cols) if cols else np.zeros((len(y), 0)), y=y)


# ---------------------------------------------------------------------------
# egress gate


def _write_outputs(
    workspace: Path, spec: JobSpec, plan: JobPlan, result: TrainResult, privacy: dict[str, Any]
) -> None:
    from safetensors.torch import save_file

    from custos.training._catalog import model_card

    if Output.WEIGHTS in spec.outputs:
        save_file(
            result.state_dict,
            str(workspace / "weights.safetensors"),
            metadata={"format": "custos.weights/v1", "job": spec.name},
        )
        card = model_card(spec.model, plan.features, spec.task.target, spec.task.positive_label)
        _write_json(workspace / "model.json", card)
    if Output.AGGREGATE_METRICS in spec.outputs:
        _write_json(
            workspace / "metrics.json",
            {
                "split": "hospital-held validation rows, never trained on",
                "n_validation": plan.n_validation,
                **result.metrics,
            },
        )
    if Output.PRIVACY_REPORT in spec.outputs:
        _write_json(workspace / "privacy_report.json", privacy)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def egress_gate(
    workspace: Path,
    spec: JobSpec,
    dua: DUA,
    plan: JobPlan,
    declared: dict[str, tuple[int, ...]] | None = None,
) -> list[str]:
    """Check everything a job produced against the DUA; return the files that may leave.

    Raises
    ------
    PolicyDenied
        Listing every file or field that may not leave.
    """
    from safetensors import safe_open

    from custos.training._catalog import build_model

    allowed_outputs = set(spec.outputs) & set(dua.permitted_outputs)
    allowed = {n for o in allowed_outputs for n in BUNDLE_FILES[o]}
    problems: list[str] = []
    present = sorted(p.name for p in workspace.iterdir())
    for name in present:
        path = workspace / name
        if name not in allowed or not path.is_file() or path.is_symlink():
            problems.append(f"{name}: not a permitted output")
    if "weights.safetensors" in present and "weights.safetensors" in allowed:
        path = workspace / "weights.safetensors"
        if path.stat().st_size > MAX_WEIGHTS_BYTES:
            problems.append("weights.safetensors: larger than the gate allows")
        else:
            if spec.model.arch == "custom":
                # Vendor code is never built outside the sandbox: the shapes
                # are those the harness declared (checked against the file).
                expected = dict(declared or {})
            else:
                expected = {
                    k: tuple(v.shape)
                    for k, v in build_model(spec.model, len(plan.features)).state_dict().items()
                }
            try:
                with safe_open(str(path), framework="pt") as fh:
                    got = {k: tuple(fh.get_slice(k).get_shape()) for k in fh.keys()}  # noqa: SIM118
            except Exception:  # safetensors raises its own error types
                got = None
                problems.append("weights.safetensors: not a valid safetensors file")
            if got is not None and got != expected:
                problems.append(
                    "weights.safetensors: tensors differ from the catalog model's parameters"
                )
    for name in ("metrics.json", "privacy_report.json", "model.json", *LEAKAGE_FILES):
        if name in present and name in allowed:
            path = workspace / name
            limit = MAX_REPORT_BYTES if name in LEAKAGE_FILES else MAX_JSON_BYTES
            if path.stat().st_size > limit:
                problems.append(f"{name}: larger than the gate allows")
    if "metrics.json" in present and "metrics.json" in allowed:
        m = json.loads((workspace / "metrics.json").read_text(encoding="utf-8"))
        extra = set(m) - METRIC_KEYS - {"split", "n_validation"}
        if extra:
            problems.append(f"metrics.json: fields that are not aggregate metrics: {sorted(extra)}")
    if problems:
        raise PolicyDenied(
            f"the egress gate blocked the release ({len(problems)} problems)",
            code="egress.blocked",
            details=problems,
        )
    return [n for n in present if n in allowed]


# ---------------------------------------------------------------------------
# the run


def environment() -> dict[str, str]:
    env = {"python": platform.python_version(), "platform": f"{sys.platform}-{platform.machine()}"}
    for pkg in ENV_PACKAGES:
        try:
            env[pkg] = importlib_metadata.version(pkg)
        except importlib_metadata.PackageNotFoundError:
            env[pkg] = "absent"
    return env


@dataclass
class RunReport:
    job: JobRecord
    bundle: Path
    receipt_hash: str
    metrics: dict[str, Any]
    privacy: dict[str, Any]
    train_seconds: float
    total_seconds: float
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job": self.job.id,
            "state": self.job.state.value,
            "bundle": str(self.bundle),
            "receipt_hash": self.receipt_hash,
            "metrics": self.metrics,
            "privacy": self.privacy,
            "train_seconds": round(self.train_seconds, 3),
            "total_seconds": round(self.total_seconds, 3),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


def _fail(
    node: Node,
    job_id: str,
    attempt: int | None,
    error: CustosError,
    *,
    spent: bool,
    state: JobState = JobState.FAILED,
    incident: bool = False,
) -> None:
    """End a job that did not release: settle its budget, open an incident if it
    broke a rule, and move it to ``state``, all in one transaction."""
    with node.operation() as conn:
        if incident:
            from custos.governance._incidents import open_for_job_failure

            open_for_job_failure(
                node,
                conn,
                job_id=job_id,
                error=error,
                blocked=state is JobState.BLOCKED,
                spent=spent,
            )
        if attempt is not None:
            budget.settle(
                conn,
                job_id,
                attempt,
                budget.EntryStatus.COMMITTED if spent else budget.EntryStatus.RELEASED,
                now=node.clock(),
                note=("failed after reading the data: " if spent else "refused before training: ")
                + error.code,
            )
        transition(
            node,
            conn,
            job_id,
            state,
            actor="node:runner",
            details={"code": error.code, "budget": "committed" if spent else "released"},
            decided_reason=error.message,
        )
    _record_artefacts(node, job_id)


def _record_artefacts(node: Node, job_id: str) -> None:
    """Register what the ended job left on disk with its DUA deletion deadline (#7).

    Never changes the job's outcome: if it fails, the next purge's sweep registers them.
    """
    from custos.governance._retention import record_job_artefacts

    with contextlib.suppress(CustosError):
        record_job_artefacts(node, job_id)


def _refuse_if_withdrawn(node: Node, dataset: str, conn: Connection | None = None) -> None:
    """A dataset withdrawn while its job runs: the job stops at this check (#7).

    With ``conn`` the check runs inside the caller's write transaction: the
    release does, so a withdrawal commits either before it (and the release
    is refused) or after it (and finds the job RELEASED, its copy due at once).
    """
    from custos.governance._retention import dataset_withdrawn

    if conn is None:
        with node.store.read() as read:
            withdrawn = dataset_withdrawn(read, dataset)
    else:
        withdrawn = dataset_withdrawn(conn, dataset)
    if withdrawn:
        raise PolicyDenied(
            f"dataset '{dataset}' was withdrawn while the job ran; nothing is released",
            code="dataset.withdrawn",
        )


def run_job(
    node: Node,
    job_id: str,
    *,
    progress: ProgressFn | None = None,
    on_phase: Callable[[str], None] | None = None,
    rng_seed: int | None = None,
) -> RunReport:
    """Run an APPROVED job to RELEASED (or FAILED/REJECTED, raising the reason).

    Raises
    ------
    Conflict
        The job is not APPROVED, or another worker holds the node.
    PolicyDenied
        Re-check or budget refused the job (it is REJECTED), or the egress
        gate blocked it.
    IntegrityError, InvalidInput
        The dataset changed or cannot serve this job (FAILED, nothing spent).
    """
    with worker_lock(node):
        recover(node)
        return _run_locked(node, job_id, progress=progress, on_phase=on_phase, rng_seed=rng_seed)


def _phase(on_phase: Callable[[str], None] | None, text: str) -> None:
    if on_phase is not None:
        on_phase(text)


def _run_locked(
    node: Node,
    job_id: str,
    *,
    progress: ProgressFn | None,
    on_phase: Callable[[str], None] | None,
    rng_seed: int | None,
) -> RunReport:
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    # -- plan (reads only) ---------------------------------------------------
    with node.store.read() as conn:
        job = find_job(conn, job_id)
        if job.state is not JobState.APPROVED:
            raise Conflict(
                f"job {job_id} is {job.state.value}; only APPROVED jobs run",
                code="job.not_approved",
            )
        ds = find_dataset(conn, job.spec.dataset)
        dua_entry = find_dua(conn, job.spec.dua)
    if ds is None or dua_entry is None:
        raise PolicyDenied("the job's dataset or DUA is gone", code="job.recheck_failed")
    spec = job.spec
    if isinstance(spec, SynthesisSpec):
        from custos.node._synthesis import run_synthesis

        return run_synthesis(node, job, ds, dua_entry, on_phase=on_phase, rng_seed=rng_seed)
    _phase(on_phase, "planning: calibrating noise with the PLD accountant")
    refusal: CustosError | None = None
    plan: JobPlan | None = None
    try:
        isolation = choose_isolation(node, dua_entry.dua, custom_code=spec.model.arch == "custom")
        plan = plan_job(spec, ds, isolation)
        audit_precheck(dua_entry.dua, plan)
    except CustosError as exc:
        refusal = exc
    timings["plan"] = time.perf_counter() - t0
    # -- re-check and reserve (one write transaction) -------------------------
    dua = dua_entry.dua
    attempt, lifetime_after = _reserve_and_start(
        node,
        job_id,
        spec,
        dua,
        mechanisms=plan.mechanisms if plan is not None else [],
        epsilon=plan.epsilon if plan is not None else math.nan,
        details=(
            {"isolation": plan.isolation.value, "plan": plan.report()} if plan is not None else {}
        ),
        refusal=refusal if plan is not None else refusal or _NO_PLAN,
    )
    # _reserve_and_start raised otherwise
    assert plan is not None
    assert attempt is not None
    # -- load and verify the data (refusals here spend nothing) --------------
    _phase(on_phase, "loading the registered dataset and checking its fingerprint")
    t1 = time.perf_counter()
    try:
        data = load_training_data(ds, spec, plan.features)
        if len(data.y) != plan.n_rows:
            raise IntegrityError("row count changed", code="dataset.changed")
        _refuse_if_withdrawn(node, spec.dataset)
    except CustosError as exc:
        _fail(node, job_id, attempt, exc, spent=False)
        raise
    timings["load"] = time.perf_counter() - t1
    # -- train ----------------------------------------------------------------
    from custos.node._execute import limits_for, train_in_process, train_sandboxed
    from custos.sandbox._bwrap import SandboxUnavailable, SandboxViolation
    from custos.training._harness import stratified_split_sized

    where = "in-process, no sandbox" if plan.isolation is IsolationKind.NONE else "sandboxed"
    _phase(on_phase, f"training with DP-SGD ({where})")
    try:
        import numpy as np

        split = stratified_split_sized(data.y, plan.n_validation, np.random.default_rng(rng_seed))
        tplan = plan.train_plan(spec.training.max_grad_norm)
        if plan.isolation is IsolationKind.NONE:
            result, execution = train_in_process(
                spec, data.x, data.y, split, tplan, progress=progress, rng_seed=rng_seed
            )
        else:
            hide_dirs, hide_files = _hidden_paths(node)
            result, execution = train_sandboxed(
                spec.to_json(),
                data.x,
                data.y,
                split,
                tplan,
                limits=limits_for(node.policy),
                hide_dirs=hide_dirs,
                hide_files=hide_files,
                progress=progress,
                rng_seed=rng_seed,
                custom_code=spec.model.arch == "custom",
            )
    except SandboxUnavailable as exc:
        _fail(node, job_id, attempt, exc, spent=False)  # nothing ran
        raise
    except SandboxViolation as exc:
        _fail(node, job_id, attempt, exc, spent=True, incident=True)
        raise
    except CustosError as exc:
        _fail(node, job_id, attempt, exc, spent=True)
        raise
    except Exception as exc:  # any failure inside torch/opacus: never show its text
        err = CustosError(
            f"training failed ({type(exc).__name__}); the budget it reserved is spent",
            code="training.error",
        )
        _fail(node, job_id, attempt, err, spent=True)
        raise err from exc
    # -- audit stage and egress ---------------------------------------------
    with node.operation() as conn:
        transition(
            node,
            conn,
            job_id,
            JobState.AUDITING,
            actor="node:runner",
            details={"steps": result.steps_taken, "train_seconds": round(result.train_seconds, 3)},
        )
    audit: AuditOutcome | None = None
    if dua.leakage_audit.required:
        _phase(on_phase, "leakage audit: membership inference and canaries")
        t3 = time.perf_counter()
        audit = _leakage_audit(
            node, job, dua, plan, data, split, tplan, result, attempt, rng_seed, None
        )
        timings["audit"] = time.perf_counter() - t3
    _phase(on_phase, "egress gate and signed receipt")
    t2 = time.perf_counter()
    workspace = node.settings.home / "work" / job_id
    bundle = node.settings.home / "releases" / job_id
    shutil.rmtree(workspace, ignore_errors=True)
    workspace.mkdir(parents=True, mode=0o700)
    remaining = dua.privacy.lifetime_epsilon_per_dataset - lifetime_after
    privacy = {
        "format": "custos.privacy_report/v1",
        "epsilon": plan.epsilon,
        "delta": spec.privacy.delta,
        "requested_epsilon": spec.privacy.epsilon,
        "accountant": "PLD (Google dp-accounting, pessimistic discretisation)",
        "cross_check": {"accountant": "RDP", "epsilon": plan.epsilon_rdp},
        "neighbouring": "add or remove one record",
        "dp_sgd": {
            "noise_multiplier": plan.dpsgd.noise_multiplier,
            "sample_rate": plan.dpsgd.sample_rate,
            "sampling": "Poisson",
            "steps": plan.dpsgd.steps,
            "max_grad_norm": spec.training.max_grad_norm,
            "expected_batch_size": round(plan.dpsgd.sample_rate * plan.n_train, 2),
            "epsilon_alone": plan.dpsgd_epsilon,
        },
        "preprocessing": {
            "kind": "bounded log transform with the data card's public bounds, then DP "
            "centre (mean) and scale (mean absolute deviation) per feature",
            "mean_noise_multiplier": plan.scaler.mean_noise,
            "spread_noise_multiplier": plan.scaler.spread_noise,
            "budget_shares_mu2": {"mean": SCALER_MEAN_SHARE, "spread": SCALER_SPREAD_SHARE},
        },
        "mechanisms": [m.to_json() for m in plan.mechanisms],
        "dataset_budget": {
            "dataset": spec.dataset,
            "lifetime_epsilon": dua.privacy.lifetime_epsilon_per_dataset,
            "delta": dua.privacy.delta,
            "spent_after_this_job": lifetime_after,
            "remaining": max(remaining, 0.0),
            "composition": "PLD over every mechanism ever run on this dataset",
        },
        "not_covered_by_dp": [
            "aggregate metrics are exact values on the hospital's validation rows",
            "row counts (n_train, n_validation) are those of the registered dataset",
            *(audit.report["not_covered_by_dp"] if audit is not None else []),
        ],
        "leakage_audit": _audit_summary(dua, audit),
    }
    try:
        _write_outputs(workspace, spec, plan, result, privacy)
        if audit is not None and Output.PRIVACY_REPORT in spec.outputs:
            _write_reports(workspace, audit)
        declared = {k: tuple(v.shape) for k, v in result.state_dict.items()}
        files = egress_gate(workspace, spec, dua, plan, declared)
    except CustosError as exc:
        block_egress(node, job_id, attempt, exc)
        raise
    evidence = seal_bundle(
        node, job, ds, dua_entry, attempt, plan.isolation, execution, workspace, bundle, files
    )
    predicate = _predicate(
        node, job, ds, dua_entry.version, dua_entry.content_hash, plan, privacy, evidence
    )
    predicate["leakage_audit"] = _audit_predicate(dua, audit)
    receipt_hash = write_bundle_receipt(bundle, predicate, node.key)
    # -- release ------------------------------------------------------------
    release(
        node, job_id, attempt, bundle, receipt_hash, predicate, files, plan.epsilon, lifetime_after
    )
    timings["egress"] = time.perf_counter() - t2
    total = time.perf_counter() - t0
    return RunReport(
        job=get_job(node, job_id),
        bundle=bundle,
        receipt_hash=receipt_hash,
        metrics=dict(result.metrics),
        privacy=privacy,
        train_seconds=result.train_seconds,
        total_seconds=total,
        timings=timings,
    )


def block_egress(node: Node, job_id: str, attempt: int | None, error: CustosError) -> None:
    """The egress gate refused what a job produced: audit it, spend the budget
    (the job ran), BLOCKED with an incident."""
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor="node:egress",
            action="egress.blocked",
            subject=f"job:{job_id}",
            details={"code": error.code, "problems": list(error.details)[:50]},
        )
    _fail(node, job_id, attempt, error, spent=True, state=JobState.BLOCKED, incident=True)


def seal_bundle(
    node: Node,
    job: JobRecord,
    ds: DatasetRecord,
    dua_entry: Any,
    attempt: int | None,
    isolation: IsolationKind,
    execution: Execution,
    workspace: Path,
    bundle: Path,
    files: list[str],
) -> dict[str, Any]:
    """Move the files the egress gate passed into the bundle and attest what ran.

    Returns the attestation evidence; if it cannot be produced, the bundle is
    removed and the job BLOCKED (fail closed).
    """
    shutil.rmtree(bundle, ignore_errors=True)
    bundle.mkdir(parents=True, mode=0o700)
    for name in files:
        shutil.copyfile(workspace / name, bundle / name)
    shutil.rmtree(workspace, ignore_errors=True)
    try:
        return _attest(node, job, ds, dua_entry.content_hash, isolation, execution)
    except CustosError as exc:
        shutil.rmtree(bundle, ignore_errors=True)
        _fail(node, job.id, attempt, exc, spent=True, state=JobState.BLOCKED, incident=True)
        raise


def release(
    node: Node,
    job_id: str,
    attempt: int | None,
    bundle: Path,
    receipt_hash: str,
    predicate: dict[str, Any],
    files: list[str],
    epsilon: float,
    lifetime_after: float,
) -> None:
    """RELEASED in one transaction, unless the dataset was withdrawn meanwhile
    (then the bundle goes and the job is BLOCKED); registers its artefacts."""
    dataset = predicate["dataset"]["name"]
    try:
        with node.operation() as conn:
            _refuse_if_withdrawn(node, dataset, conn)
            _release(
                node,
                conn,
                job_id,
                attempt,
                bundle,
                receipt_hash,
                predicate,
                files,
                epsilon,
                lifetime_after,
            )
    except PolicyDenied as exc:
        if exc.code != "dataset.withdrawn":
            raise
        shutil.rmtree(bundle, ignore_errors=True)
        _fail(node, job_id, attempt, exc, spent=True, state=JobState.BLOCKED)
        raise
    _record_artefacts(node, job_id)


_NO_PLAN = PolicyDenied("the job could not be planned", code="plan.failed")


def _reserve_and_start(
    node: Node,
    job_id: str,
    spec: AnySpec,
    dua: DUA,
    *,
    mechanisms: list[Mechanism],
    epsilon: float,
    details: dict[str, Any],
    refusal: CustosError | None,
) -> tuple[int | None, float]:
    """Re-check the job against its DUA and reserve its mechanisms, in one write
    transaction: RUNNING, or REJECTED with the reason raised.

    Returns ``(attempt, dataset epsilon after)``; ``attempt`` is ``None`` for
    a job that reserves nothing (a non-private baseline the DUA allows).
    """
    attempt: int | None = None
    lifetime_after = 0.0
    with node.operation() as conn:
        job = find_job(conn, job_id)
        if job.state is not JobState.APPROVED:
            raise Conflict(f"job {job_id} is {job.state.value}", code="job.not_approved")
        decision, _ = _decide(node, conn, spec, signature_valid=True, exclude_job=job_id)
        if decision.outcome is Outcome.REJECTED:
            refusal = PolicyDenied(
                f"job {job_id} no longer satisfies its DUA",
                code="job.recheck_failed",
                details=[f"{r.clause}: {r.message}" for r in decision.failures],
            )
        if refusal is None and mechanisms:
            try:
                attempt, lifetime_after = budget.reserve(
                    conn,
                    dataset=spec.dataset,
                    job_id=job_id,
                    mechanisms=mechanisms,
                    job_epsilon=epsilon,
                    job_delta=spec.privacy.delta,
                    lifetime_epsilon=dua.privacy.lifetime_epsilon_per_dataset,
                    lifetime_delta=dua.privacy.delta,
                    now=node.clock(),
                )
            except CustosError as exc:
                refusal = exc
        elif refusal is None:
            lifetime_after = budget.spent(conn, spec.dataset, dua.privacy.delta)
        if refusal is not None:
            transition(
                node,
                conn,
                job_id,
                JobState.REJECTED,
                actor="node:policy",
                details={"code": refusal.code, **_decision_summary(decision)},
                decided_by="policy",
                decided_reason=refusal.message[:2000],
            )
        else:
            transition(
                node,
                conn,
                job_id,
                JobState.RUNNING,
                actor="node:runner",
                details={"attempt": attempt, **details, "budget_after": lifetime_after},
            )
    if refusal is not None:
        raise refusal
    return attempt, lifetime_after


def _release(
    node: Node,
    conn: Connection,
    job_id: str,
    attempt: int | None,
    bundle: Path,
    receipt_hash: str,
    predicate: dict[str, Any],
    files: list[str],
    epsilon: float,
    lifetime_after: float,
) -> None:
    """Commit the spend, record the release and move the job to RELEASED (one transaction)."""
    if attempt is not None:
        budget.settle(
            conn, job_id, attempt, budget.EntryStatus.COMMITTED, now=node.clock(), note="released"
        )
    conn.execute(
        insert(releases).values(
            job_id=job_id,
            path=str(bundle),
            receipt_hash=receipt_hash,
            statement_json=json.dumps(predicate),
            released_at=node.clock(),
        )
    )
    transition(
        node,
        conn,
        job_id,
        JobState.RELEASED,
        actor="node:egress",
        details={
            "receipt_hash": receipt_hash,
            "files": files,
            "epsilon": epsilon,
            "dataset_epsilon_after": lifetime_after,
        },
    )


# ---------------------------------------------------------------------------
# leakage audit


def audit_precheck(dua: DUA, plan: JobPlan) -> None:
    """Refuse, before any row is read, a job whose audit could not measure anything."""
    terms = dua.leakage_audit
    if terms.required and plan.n_validation < terms.min_non_members:
        raise PolicyDenied(
            f"the DUA requires a leakage audit, which needs at least {terms.min_non_members} "
            f"held-out rows; this job would hold out {plan.n_validation}",
            code="leakage.too_few_non_members",
        )


def _leakage_audit(
    node: Node,
    job: JobRecord,
    dua: DUA,
    plan: JobPlan,
    data: LoadedData,
    split: Split,
    tplan: TrainPlan,
    result: TrainResult,
    attempt: int,
    rng_seed: int | None,
    progress: ProgressFn | None,
) -> AuditOutcome:
    """Attack the trained model under the job's isolation; block unless the DUA's terms hold.

    Fails closed: if the audit cannot run, the job is BLOCKED (its budget is
    spent: it trained). A block keeps the report at the hospital
    (``reports/<job>/``), writes an audit entry and opens an incident.
    """
    import secrets

    from custos.audit._gate import evaluate, plan_request
    from custos.node._execute import (
        audit_in_process,
        audit_limits,
        audit_sandboxed,
        limits_for,
    )
    from custos.sandbox._bwrap import SandboxViolation

    spec = training_spec(job)
    terms = dua.leakage_audit
    seed = rng_seed if rng_seed is not None else secrets.randbits(62)
    t0 = time.perf_counter()
    on_runs = None
    if progress is not None:
        reporter = progress

        def on_runs(done: int, runs: int) -> None:
            reporter(done, runs, 0.0)

    try:
        request = plan_request(len(data.y), terms, seed)
        if plan.isolation is IsolationKind.NONE:
            signals = audit_in_process(
                spec,
                data.x,
                data.y,
                split,
                tplan,
                result.state_dict,
                request,
                rng_seed=rng_seed,
                progress=on_runs,
            )
        else:
            from safetensors.torch import save as save_safetensors

            hide_dirs, hide_files = _hidden_paths(node)
            signals = audit_sandboxed(
                spec.to_json(),
                data.x,
                data.y,
                split,
                tplan,
                save_safetensors(result.state_dict),
                request,
                limits=audit_limits(limits_for(node.policy), request.runs),
                hide_dirs=hide_dirs,
                hide_files=hide_files,
                progress=on_runs,
                rng_seed=rng_seed,
                custom_code=spec.model.arch == "custom",
            )
        outcome = evaluate(
            signals,
            data.y,
            split.train,
            request,
            terms,
            epsilon=plan.epsilon,
            dpsgd_epsilon=plan.dpsgd_epsilon,
            delta=spec.privacy.delta,
            seed=seed,
        )
    except SandboxViolation as exc:
        _fail(node, job.id, attempt, exc, spent=True, state=JobState.BLOCKED, incident=True)
        raise
    except CustosError as exc:
        err = PolicyDenied(
            f"the leakage audit could not run, so nothing is released ({exc.message})",
            code="leakage.audit_failed",
            details=[exc.code],
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED)
        raise err from exc
    except Exception as exc:  # torch/scipy failures: never show their text
        err = PolicyDenied(
            f"the leakage audit could not run ({type(exc).__name__}), so nothing is released",
            code="leakage.audit_failed",
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED)
        raise err from exc
    outcome.report["job"] = {
        "id": job.id,
        "name": spec.name,
        "vendor": spec.vendor,
        "dataset": spec.dataset,
        "model": spec.model.arch,
    }
    outcome.report["created_at"] = node.clock().isoformat()
    outcome.report["model_outputs"] = (
        "computed by the vendor's model code inside the sandbox: the audit rests on the "
        "review of that code too"
        if spec.model.arch == "custom"
        else "computed by the node's catalog model"
    )
    outcome.report["cost"] = {
        "reference_models": terms.reference_models,
        "canaries": terms.canaries if terms.canary_audit else 0,
        "audit_seconds": round(time.perf_counter() - t0, 3),
        "training_seconds": round(result.train_seconds, 3),
        "model_runs": {k: round(v, 3) for k, v in signals.timings.items()},
    }
    kept = node.settings.home / "reports" / job.id
    shutil.rmtree(kept, ignore_errors=True)
    kept.mkdir(parents=True, mode=0o700)
    _write_reports(kept, outcome)
    summary = outcome.summary()
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor="node:audit",
            action="leakage_audit.passed" if outcome.passed else "leakage_audit.blocked",
            subject=f"job:{job.id}",
            details={
                **summary,
                "report_sha256": file_sha256(kept / "leakage_report.json"),
            },
        )
    if not outcome.passed:
        err = PolicyDenied(
            "the leakage audit blocked the release; the report stays at the hospital",
            code="leakage.dp_contradicted" if outcome.contradicts_dp else "leakage.blocked",
            details=outcome.reasons,
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED, incident=True)
        raise err
    return outcome


def _write_reports(folder: Path, audit: AuditOutcome) -> None:
    from custos.audit._html import render_html

    _write_json(folder / "leakage_report.json", audit.report)
    (folder / "leakage_report.html").write_text(render_html(audit.report), encoding="utf-8")


def _audit_summary(dua: DUA, audit: AuditOutcome | None) -> dict[str, Any]:
    if audit is None:
        return {"status": "not_run", "required_by_dua": dua.leakage_audit.required}
    return {"status": "passed", "required_by_dua": True, **audit.summary()}


def _audit_predicate(dua: DUA, audit: AuditOutcome | None) -> dict[str, Any]:
    """The receipt's statement about the leakage audit (the report is hashed, not inlined)."""
    out = _audit_summary(dua, audit)
    if audit is not None:
        raw = json.dumps(audit.report, indent=2, sort_keys=True) + "\n"
        out["report_sha256"] = hashlib.sha256(raw.encode()).hexdigest()
        out["thresholds"] = audit.report["gate"]
    return out


def _predicate(
    node: Node,
    job: JobRecord,
    ds: DatasetRecord,
    dua_version: int,
    dua_hash: str,
    plan: JobPlan,
    privacy: dict[str, Any],
    evidence: dict[str, Any],
) -> dict[str, Any]:
    budget_info = privacy["dataset_budget"]
    return predicate_common(
        node,
        job,
        ds,
        dua_version,
        dua_hash,
        evidence,
        isolation=plan.isolation,
        features=plan.features,
        privacy={
            "epsilon_spent": plan.epsilon,
            "delta": job.spec.privacy.delta,
            "accountant": "pld",
            "epsilon_rdp": plan.epsilon_rdp,
            "dataset_epsilon_spent": budget_info["spent_after_this_job"],
            "dataset_epsilon_remaining": budget_info["remaining"],
            "dataset_lifetime_epsilon": budget_info["lifetime_epsilon"],
        },
        model_code=(
            {
                "kind": "custom",
                "approved_hash": job.model_hash,
                "guarantee": "DP-SGD, clipping, noise and export were done by the node's "
                "harness, but the network was vendor code approved by its hash: the "
                "guarantee also rests on the review of that code",
            }
            if isinstance(job.spec, JobSpec) and job.spec.model.arch == "custom"
            else {"kind": "catalog", "approved_hash": job.model_hash}
        ),
    )


def predicate_common(
    node: Node,
    job: JobRecord,
    ds: DatasetRecord,
    dua_version: int,
    dua_hash: str,
    evidence: dict[str, Any],
    *,
    isolation: IsolationKind,
    features: list[str],
    privacy: dict[str, Any],
    model_code: dict[str, Any],
) -> dict[str, Any]:
    """The receipt's statement: who asked, under which agreement and approval,
    on which data, at what privacy cost, under which isolation."""
    return {
        "node": {"id": node.node_id, "public_key": node.key.public_key.to_text()},
        "job": {
            "id": job.id,
            "name": job.spec.name,
            "vendor": job.spec.vendor,
            "spec_hash": job.spec_hash,
            "model_hash": job.model_hash,
            "purpose": job.spec.purpose,
            "outputs": [o.value for o in job.spec.outputs],
        },
        "dua": {"id": job.dua_id, "version": dua_version, "hash": dua_hash},
        "approval": {
            "by": job.decided_by,
            "at": job.decided_at,
            "decision_hash": content_hash(job.decision.to_dict()),
        },
        "policy_hash": node.policy.content_hash,
        "dataset": {
            "name": ds.name,
            "fingerprint": ds.fingerprint,
            "card_hash": ds.card_hash,
            "rows": ds.rows,
            "features": features,
        },
        "privacy": privacy,
        "environment": environment(),
        "isolation": {
            "kind": isolation.value,
            "sandbox": evidence["measurement"]["sandbox"],
            "tee": evidence["tee"],
            "attestation": evidence,
        },
        "model_code": model_code,
        "released_at": node.clock().isoformat(),
    }


def _attest(
    node: Node,
    job: JobRecord,
    ds: DatasetRecord,
    dua_hash: str,
    isolation: IsolationKind,
    execution: Execution,
) -> dict[str, Any]:
    """Measure what ran and turn it into evidence (fails closed)."""
    from custos.node._execute import attester_for, measurement

    m = measurement(
        spec_hash=job.spec_hash,
        model_hash=job.model_hash,
        dua_hash=dua_hash,
        dataset_fingerprint=ds.fingerprint,
        execution=execution,
        environment=environment(),
    )
    return attester_for(isolation, node.policy).attest(m, node.key)


def _hidden_paths(node: Node) -> tuple[list[Path], list[Path]]:
    """What a sandbox must never see even if it lies under a mounted directory."""
    from custos.node._registry import list_datasets

    dirs = [node.settings.home]
    files = [Path(d.path) for d in list_datasets(node)]
    url = node.store.engine.url  # parsed by SQLAlchemy, not by hand
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        db = Path(url.database)
        files += [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    return dirs, files


def fetch_bundle(node: Node, job_id: str, out: Path, *, to: str | None = None) -> list[Path]:
    """Copy a released job's bundle to ``out`` (created; must be empty if it exists).

    ``to`` names who receives it: the DUA's vendor (the default) or a
    subprocessor the DUA lists; any other name is refused and audited
    (:func:`custos.governance.check_destination`).
    """
    from custos.governance._destinations import Destination, check_destination

    with node.store.read() as conn:
        job = find_job(conn, job_id)
        row = conn.execute(select(releases).where(releases.c.job_id == job_id)).first()
        dua_entry = find_dua(conn, job.dua_id)
    if job.state is not JobState.RELEASED or row is None:
        raise Conflict(
            f"job {job_id} is {job.state.value}; only RELEASED jobs have a bundle",
            code="job.not_released",
        )
    destination = check_destination(
        node,
        name=to,
        duas=[] if dua_entry is None else [dua_entry.dua],
        kind="release",
        subject=f"job:{job_id}",
        default=Destination(job.spec.vendor, "vendor", job.dua_id),
    )
    src = Path(row.path)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise Conflict(f"{out} exists and is not an empty directory", code="fetch.out_not_empty")
    out.mkdir(parents=True, exist_ok=True)
    copied = []
    for p in sorted(src.iterdir()):
        shutil.copyfile(p, out / p.name)
        copied.append(out / p.name)
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=node.actor("custodian"),
            action="release.fetched",
            subject=f"job:{job_id}",
            details={
                "receipt_hash": row.receipt_hash,
                "files": [p.name for p in copied],
                "destination": destination.to_dict(),
            },
        )
    return copied


def leakage_report(node: Node, job_id: str) -> tuple[Path, dict[str, Any]]:
    """The folder and JSON of a job's leakage-audit report (kept at the node)."""
    with node.store.read() as conn:
        find_job(conn, job_id)
    folder = node.settings.home / "reports" / job_id
    path = folder / "leakage_report.json"
    if not path.is_file():
        raise NotFound(
            f"job {job_id} has no leakage-audit report (the audit did not run)",
            code="leakage.no_report",
        )
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return folder, report


def job_report(node: Node, job_id: str) -> tuple[Path, dict[str, Any]]:
    """The report a job's gate kept at the hospital, passed or blocked: the HTML
    file and the JSON. A synthesis job's disclosure report, else the leakage audit's.

    Raises
    ------
    NotFound
        No such job, or its gate never ran.
    """
    from custos.node._synthesis import synthesis_report

    with node.store.read() as conn:
        job = find_job(conn, job_id)
    if isinstance(job.spec, SynthesisSpec):
        folder, report = synthesis_report(node, job_id)
        return folder / "synthesis_report.html", report
    folder, report = leakage_report(node, job_id)
    return folder / "leakage_report.html", report


def approved_jobs(conn: Connection) -> list[str]:
    q = (
        select(jobs.c.id)
        .where(jobs.c.state == JobState.APPROVED.value)
        .order_by(jobs.c.updated_at, jobs.c.id)
    )
    return [r.id for r in conn.execute(q)]


def _purge_due(node: Node) -> None:
    """Delete what the DUAs' retention terms make due (a busy purge is retried next cycle)."""
    from custos.governance._retention import purge

    with contextlib.suppress(Conflict):
        purge(node)


def work(
    node: Node,
    *,
    once: bool = False,
    poll_seconds: float = 2.0,
    max_jobs: int | None = None,
    on_job: Callable[[str, RunReport | CustosError], None] | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> int:
    """Worker mode: run APPROVED jobs in order until stopped (or once through the queue)."""
    done = 0
    with worker_lock(node):
        recover(node)
        while not should_stop():
            _purge_due(node)
            with node.store.read() as conn:
                queue = approved_jobs(conn)
            if not queue:
                if once:
                    break
                time.sleep(poll_seconds)
                continue
            for job_id in queue:
                try:
                    report: RunReport | CustosError = _run_locked(
                        node, job_id, progress=progress, on_phase=None, rng_seed=None
                    )
                except CustosError as exc:
                    report = exc
                done += 1
                if on_job is not None:
                    on_job(job_id, report)
                if (max_jobs is not None and done >= max_jobs) or should_stop():
                    return done
            if once:
                break
    return done


def budget_status(node: Node, dataset: str) -> dict[str, Any]:
    """The dataset's ledger and, per DUA covering it, spent and remaining epsilon."""
    from custos.node._jobs import epsilon_committed
    from custos.node._registry import list_duas

    duas = list_duas(node)
    with node.store.read() as conn:
        if find_dataset(conn, dataset) is None:
            raise NotFound(f"no dataset '{dataset}' on this node", code="dataset.not_found")
        rows = budget.entries(conn, dataset)
        per_dua = []
        for entry in duas:
            d = entry.dua
            if dataset not in d.datasets:
                continue
            spent = budget.spent(conn, dataset, d.privacy.delta)
            total = epsilon_committed(conn, dataset, delta=d.privacy.delta)
            per_dua.append(
                {
                    "dua": d.id,
                    "version": entry.version,
                    "status": entry.status,
                    "delta": d.privacy.delta,
                    "lifetime_epsilon": d.privacy.lifetime_epsilon_per_dataset,
                    "spent": spent,
                    "pending_approved": total - spent,
                    "remaining": max(d.privacy.lifetime_epsilon_per_dataset - total, 0.0),
                }
            )
    return {"dataset": dataset, "duas": per_dua, "entries": [r.to_dict() for r in rows]}
