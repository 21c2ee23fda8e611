"""Running an approved synthesis job (#10): plan, reserve, generate, gate, release.

::

    APPROVED ──(re-check, plan MST's noise, reserve)──> RUNNING
                                                          │ load + verify, split
                                                          │ (control rows stay in the node)
                                                          │ generator in the sandbox
                                                          v
                          BLOCKED <── disclosure gate ── AUDITING ──> RELEASED

The same lifecycle, ledger, egress rules and receipts as a training job
(:mod:`custos.node._run`). What differs:

- the noise is MST's (:func:`custos.synth.plan_mst`): Gaussian measurements
  and pure-DP selections, reserved in the dataset's ledger like DP-SGD's;
- the sandbox receives only the ``train`` rows, on the declared domain, and
  returns the synthetic table; the node checks it against the domain;
- the node runs the disclosure gate (Anonymeter's three risks, membership
  inference, DCR as a sanity check) against its held-out ``control`` rows
  and the utility report; the DUA's ``synthesis.disclosure`` limits decide.
  A block keeps the report at the hospital (``reports/<job>/``), writes an
  audit entry and opens an incident; the budget is spent either way;
- the bundle holds ``synthetic.csv`` with ``synthesis_report.json``/``.html``
  (and ``privacy_report.json`` if asked); the receipt pins the report's hash.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custos.core._errors import CustosError, IntegrityError, InvalidInput, PolicyDenied
from custos.jobs._lifecycle import JobState
from custos.jobs._spec import Output, SynthesisSpec
from custos.ledger._receipt import file_sha256, write_bundle_receipt
from custos.node._jobs import JobRecord, get_job, transition
from custos.node._node import Node
from custos.node._registry import DatasetRecord, DUAEntry
from custos.node._run import (
    BUNDLE_FILES,
    MAX_REPORT_BYTES,
    RunReport,
    _fail,
    _hidden_paths,
    _phase,
    _refuse_if_withdrawn,
    _reserve_and_start,
    _write_json,
    block_egress,
    choose_isolation,
    predicate_common,
    read_verified_table,
    release,
    seal_bundle,
)
from custos.policy._dua import DUA, IsolationKind

if TYPE_CHECKING:
    import pandas as pd

    from custos.synth._mst import MstPlan
    from custos.synth._pipeline import SynthesisOutcome
    from custos.training._accounting import Mechanism

MAX_SYNTHETIC_BYTES = 256 << 20
# A synthetic table larger than this many times the train rows is refused: MST's
# row count is its noisy estimate of the cohort, never far from it.
MAX_ROWS_FACTOR = 4
REPORT_FILES = ("synthesis_report.json", "synthesis_report.html")


@dataclass(frozen=True)
class SynthesisPlan:
    """What the node decided before reading a row."""

    columns: list[str]
    n_rows: int
    n_train: int
    n_control: int
    isolation: IsolationKind
    mst: MstPlan | None
    mechanisms: list[Mechanism]
    epsilon: float
    epsilon_rdp: float

    @property
    def private(self) -> bool:
        return self.mst is not None

    def report(self) -> dict[str, Any]:
        return {
            "generator": "mst" if self.mst is not None else "gaussian_copula",
            "epsilon": self.epsilon,
            "epsilon_rdp": self.epsilon_rdp,
            "n_train": self.n_train,
            "n_control": self.n_control,
            "mechanisms": [m.to_json() for m in self.mechanisms],
        }


def plan_synthesis(
    spec: SynthesisSpec, ds: DatasetRecord, dua: DUA, isolation: IsolationKind
) -> SynthesisPlan:
    """Calibrate the generator's noise to the request (PLD, as the ledger composes it).

    Raises
    ------
    PolicyDenied
        Too few rows for the split the gate needs, or the plan exceeds the request.
    AccountingError
        The budget cannot be met.
    """
    from custos.synth._mst import plan_mst

    req = spec.synthesis
    n_control = round(ds.rows * req.control_fraction)
    n_train = ds.rows - n_control
    if n_control < max(20, dua.synthesis.min_control_rows) or n_train < 20:
        raise PolicyDenied(
            f"too few rows to hold out {max(20, dua.synthesis.min_control_rows)} control rows "
            "for the disclosure gate and train on the rest",
            code="synthesis.too_few_control_rows",
        )
    columns = list(req.domain.columns)
    if req.generator != "mst":
        return SynthesisPlan(
            columns, ds.rows, n_train, n_control, isolation, None, [], math.inf, math.inf
        )
    mst = plan_mst(len(columns), spec.privacy.epsilon, spec.privacy.delta)
    if mst.epsilon > spec.privacy.epsilon * (1 + 1e-9):
        raise IntegrityError("the accountant's plan exceeds the request", code="accounting.plan")
    return SynthesisPlan(
        columns,
        ds.rows,
        n_train,
        n_control,
        isolation,
        mst,
        mst.mechanisms(),
        mst.epsilon,
        mst.epsilon_rdp,
    )


def load_synthesis_table(ds: DatasetRecord, spec: SynthesisSpec) -> pd.DataFrame:
    """The registered file, verified, as the domain's columns with declared categories.

    Raises
    ------
    IntegrityError
        The file changed since registration.
    InvalidInput
        A declared column is missing, or holds a value outside its domain
        (the message names the column, never the value).
    """
    from custos.synth._pipeline import prepare

    domain = spec.synthesis.domain
    table = read_verified_table(ds)
    excluded = [c for c in domain.columns if c in ds.card.excluded_columns]
    if excluded:
        raise PolicyDenied("the domain declares excluded columns", code="synthesis.column_excluded")
    domain.check_columns(list(table.schema.names))
    frame = table.select(domain.names).to_pandas()
    return prepare(frame, domain)


def run_synthesis(
    node: Node,
    job: JobRecord,
    ds: DatasetRecord,
    dua_entry: DUAEntry,
    *,
    on_phase: Callable[[str], None] | None,
    rng_seed: int | None,
) -> RunReport:
    """Run an APPROVED synthesis job to RELEASED (or REJECTED/FAILED/BLOCKED, raising).

    Called by :func:`custos.node.run_job` under the worker lock.
    """
    import numpy as np

    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    spec = job.spec
    assert isinstance(spec, SynthesisSpec)  # the caller dispatched on it
    dua = dua_entry.dua
    job_id = job.id
    _phase(on_phase, "planning: calibrating MST's noise with the PLD accountant")
    refusal: CustosError | None = None
    plan: SynthesisPlan | None = None
    try:
        plan = plan_synthesis(spec, ds, dua, choose_isolation(node, dua))
    except CustosError as exc:
        refusal = exc
    timings["plan"] = time.perf_counter() - t0
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
        refusal=refusal
        if plan is not None
        else refusal or PolicyDenied("the job could not be planned", code="plan.failed"),
    )
    assert plan is not None  # _reserve_and_start raised otherwise
    # -- load and split (refusals here spend nothing) --------------------------
    _phase(on_phase, "loading the registered dataset and checking its fingerprint")
    t1 = time.perf_counter()
    req = spec.synthesis
    domain = req.domain
    try:
        frame = load_synthesis_table(ds, spec)
        if len(frame) != plan.n_rows:
            raise IntegrityError("row count changed", code="dataset.changed")
        _refuse_if_withdrawn(node, spec.dataset)
        from custos.synth._pipeline import split_control

        # rng_seed is the tests' and benchmarks' hook; a release draws fresh
        # OS entropy (the vendor can set no seed: it would reveal the noise).
        seeds = np.random.default_rng(rng_seed)
        train, control = split_control(
            frame, req.control_fraction, seed=int(seeds.integers(0, 2**31 - 1))
        )
        matrix = domain.to_matrix(train)
    except CustosError as exc:
        _fail(node, job_id, attempt, exc, spent=False)
        raise
    timings["load"] = time.perf_counter() - t1
    # -- generate -------------------------------------------------------------
    from custos.node._execute import limits_for, synthesize_in_process, synthesize_sandboxed
    from custos.sandbox._bwrap import SandboxUnavailable, SandboxViolation

    where = "in-process, no sandbox" if plan.isolation is IsolationKind.NONE else "sandboxed"
    _phase(on_phase, f"generating with {req.generator} ({where})")
    t2 = time.perf_counter()
    gen_seed = int(seeds.integers(0, 2**31 - 1)) if rng_seed is not None else None
    plan_json = _mst_fields(plan.mst)
    try:
        if plan.isolation is IsolationKind.NONE:
            run = synthesize_in_process(
                domain.to_json(), matrix, req.generator, plan_json, rng_seed=gen_seed
            )
        else:
            hide_dirs, hide_files = _hidden_paths(node)
            run = synthesize_sandboxed(
                domain.to_json(),
                matrix,
                req.generator,
                plan_json,
                limits=limits_for(node.policy),
                hide_dirs=hide_dirs,
                hide_files=hide_files,
                rng_seed=gen_seed,
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
    except Exception as exc:  # JAX/mbi failures: never show their text
        err = CustosError(
            f"the generator failed ({type(exc).__name__}); the budget it reserved is spent",
            code="synthesis.error",
        )
        _fail(node, job_id, attempt, err, spent=True)
        raise err from exc
    timings["generate"] = time.perf_counter() - t2
    with node.operation() as conn:
        transition(
            node,
            conn,
            job_id,
            JobState.AUDITING,
            actor="node:runner",
            details={
                "synthetic_rows": int(run.matrix.shape[0]),
                "generate_seconds": round(timings["generate"], 3),
            },
        )
    # -- disclosure gate ------------------------------------------------------
    _phase(on_phase, "disclosure gate: singling out, linkability, inference, membership")
    t3 = time.perf_counter()
    outcome = _gate(node, job, dua, plan, run, train, control, attempt, seeds)
    timings["gate"] = time.perf_counter() - t3
    # -- egress ---------------------------------------------------------------
    _phase(on_phase, "egress gate and signed receipt")
    t4 = time.perf_counter()
    remaining = dua.privacy.lifetime_epsilon_per_dataset - lifetime_after
    privacy = _privacy_report(spec, dua, plan, lifetime_after, remaining)
    workspace = node.settings.home / "work" / job_id
    bundle = node.settings.home / "releases" / job_id
    shutil.rmtree(workspace, ignore_errors=True)
    workspace.mkdir(parents=True, mode=0o700)
    try:
        hashes = outcome.write(workspace)
        if Output.PRIVACY_REPORT in spec.outputs:
            _write_json(workspace / "privacy_report.json", privacy)
        files = synthesis_egress_gate(workspace, spec, dua, domain.names, len(outcome.synthetic))
    except CustosError as exc:
        block_egress(node, job_id, attempt, exc)
        raise
    evidence = seal_bundle(
        node, job, ds, dua_entry, attempt, plan.isolation, run.execution, workspace, bundle, files
    )
    predicate = predicate_common(
        node,
        job,
        ds,
        dua_entry.version,
        dua_entry.content_hash,
        evidence,
        isolation=plan.isolation,
        features=plan.columns,
        privacy={
            "differentially_private": plan.private,
            "epsilon_spent": plan.epsilon if plan.private else None,
            "delta": spec.privacy.delta,
            "accountant": "pld",
            "epsilon_rdp": plan.epsilon_rdp if plan.private else None,
            "dataset_epsilon_spent": lifetime_after,
            "dataset_epsilon_remaining": max(remaining, 0.0),
            "dataset_lifetime_epsilon": dua.privacy.lifetime_epsilon_per_dataset,
        },
        model_code={
            "kind": "generator",
            "generator": req.generator,
            "approved_hash": job.model_hash,
        },
    )
    predicate["disclosure_gate"] = {
        "status": "passed",
        "report_sha256": hashes["synthesis_report.json"].removeprefix("sha256:"),
        "limits": dua.synthesis.disclosure.to_dict(),
        "synthetic_rows": len(outcome.synthetic),
    }
    receipt_hash = write_bundle_receipt(bundle, predicate, node.key)
    release(
        node,
        job_id,
        attempt,
        bundle,
        receipt_hash,
        predicate,
        files,
        plan.epsilon if plan.private else 0.0,
        lifetime_after,
    )
    timings["egress"] = time.perf_counter() - t4
    utility = outcome.utility
    return RunReport(
        job=get_job(node, job_id),
        bundle=bundle,
        receipt_hash=receipt_hash,
        metrics={
            "synthetic_rows": len(outcome.synthetic),
            "mean_marginal_tvd": utility["marginal"]["mean"],
            "downstream": utility["downstream"],
        },
        privacy=privacy,
        train_seconds=timings["generate"],
        total_seconds=time.perf_counter() - t0,
        timings=timings,
    )


def _mst_fields(plan: MstPlan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    from dataclasses import asdict

    return asdict(plan)


def _gate(
    node: Node,
    job: JobRecord,
    dua: DUA,
    plan: SynthesisPlan,
    run: Any,
    train: pd.DataFrame,
    control: pd.DataFrame,
    attempt: int | None,
    seeds: Any,
) -> SynthesisOutcome:
    """Check the table against the domain, measure its risks and utility, decide.

    Fails closed: a table that does not fit the domain, or a gate that cannot
    run, blocks the release (the budget is spent: the generator ran).
    """
    from custos.synth._pipeline import Generated, assess

    spec = job.spec
    assert isinstance(spec, SynthesisSpec)
    req = spec.synthesis
    terms = dua.synthesis
    limit = MAX_ROWS_FACTOR * plan.n_train + 1000
    try:
        if run.matrix.shape[0] > limit:
            raise InvalidInput(
                "the generator returned far more rows than the cohort", code="synth.too_many_rows"
            )
        synthetic = req.domain.from_matrix(run.matrix, strict=True)
    except InvalidInput as exc:
        err = PolicyDenied(
            "the generator's table does not fit the declared domain; nothing is released",
            code="synthesis.bad_table",
            details=[exc.code],
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED, incident=True)
        raise err from exc
    privacy: dict[str, Any] = (
        {"differentially_private": True, **plan.mst.to_json()}
        if plan.mst is not None
        else {
            "differentially_private": False,
            "generator": req.generator,
            "note": "non-private baseline: exact quantiles and correlations of real rows",
        }
    )
    try:
        outcome = assess(
            train,
            control,
            Generated(synthetic, _clean_generation(run.generation, req.domain.names), privacy),
            req.domain,
            req.generator,
            target=req.target,
            secrets=req.secrets,
            limits=terms.disclosure,
            n_attacks=terms.n_attacks,
            allow_non_private=terms.allow_non_private,
            gate_seed=int(seeds.integers(0, 2**31 - 1)),
            utility_seed=int(seeds.integers(0, 2**31 - 1)),
        )
    except Exception as exc:  # anonymeter/sklearn failures: never show their text
        code = exc.code if isinstance(exc, CustosError) else type(exc).__name__
        err = PolicyDenied(
            "the disclosure gate could not run, so nothing is released",
            code="synthesis.gate_failed",
            details=[code],
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED)
        raise err from exc
    kept = node.settings.home / "reports" / job.id
    shutil.rmtree(kept, ignore_errors=True)
    kept.mkdir(parents=True, mode=0o700)
    outcome.write(kept, table=False)  # the reports stay; the table never does
    released = outcome.released
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor="node:audit",
            action="disclosure_gate.passed" if released else "disclosure_gate.blocked",
            subject=f"job:{job.id}",
            details={
                "released": released,
                "reasons": list(outcome.reasons)[:20],
                "report_sha256": file_sha256(kept / "synthesis_report.json"),
            },
        )
    if not released:
        err = PolicyDenied(
            "the disclosure gate blocked the synthetic table; the report stays at the hospital",
            code="synthesis.blocked",
            details=list(outcome.reasons),
        )
        _fail(node, job.id, attempt, err, spent=True, state=JobState.BLOCKED, incident=True)
        raise err
    return outcome


def _clean_generation(generation: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Keep only the run summary fields the report shows, checked for type.

    The sandbox ran the node's own generator, but what it says is still
    checked: column names must be the domain's, numbers must be numbers.
    """
    known = set(names)
    out: dict[str, Any] = {}
    tree = generation.get("tree")
    if isinstance(tree, list) and all(
        isinstance(e, list) and len(e) == 2 and all(c in known for c in e) for e in tree
    ):
        out["tree"] = tree
    compressed = generation.get("compressed_domain")
    if isinstance(compressed, dict) and all(
        k in known and isinstance(v, int) and not isinstance(v, bool) for k, v in compressed.items()
    ):
        out["compressed_domain"] = compressed
    for key in ("estimated_rows", "synthetic_rows", "seconds"):
        v = generation.get(key)
        if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
            out[key] = v
    return out


def _privacy_report(
    spec: SynthesisSpec,
    dua: DUA,
    plan: SynthesisPlan,
    lifetime_after: float,
    remaining: float,
) -> dict[str, Any]:
    gen: dict[str, Any] = (
        plan.mst.to_json()
        if plan.mst is not None
        else {"generator": spec.synthesis.generator, "differentially_private": False}
    )
    return {
        "format": "custos.privacy_report/v1",
        "kind": "synthesis",
        "differentially_private": plan.private,
        "epsilon": plan.epsilon if plan.private else None,
        "delta": spec.privacy.delta,
        "requested_epsilon": spec.privacy.epsilon,
        "accountant": "PLD (Google dp-accounting, pessimistic discretisation)",
        "cross_check": {
            "accountant": "RDP",
            "epsilon": plan.epsilon_rdp if plan.private else None,
        },
        "neighbouring": "add or remove one record",
        "generator": gen,
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
            "the disclosure report's risk rates and the utility report's fidelity and "
            "accuracy figures are computed on real rows (train and control) and are exact",
            "row counts (n_train, n_control) are those of the registered dataset",
            "the declared domain (ranges, bins, categories) is public by declaration",
            *(
                []
                if plan.private
                else ["the synthetic table itself: the generator is not differentially private"]
            ),
        ],
        "disclosure_gate": "passed (see synthesis_report.json)",
    }


def synthesis_egress_gate(
    workspace: Path, spec: SynthesisSpec, dua: DUA, columns: list[str], rows: int
) -> list[str]:
    """Check everything the synthesis produced against the DUA; return what may leave.

    Raises
    ------
    PolicyDenied
        Listing every file that may not leave.
    """
    import csv

    allowed_outputs = set(spec.outputs) & set(dua.permitted_outputs)
    allowed = {n for o in allowed_outputs for n in BUNDLE_FILES[o]} & {
        "synthetic.csv",
        "privacy_report.json",
        *REPORT_FILES,
    }
    problems: list[str] = []
    present = sorted(p.name for p in workspace.iterdir())
    for name in present:
        path = workspace / name
        if name not in allowed or not path.is_file() or path.is_symlink():
            problems.append(f"{name}: not a permitted output")
    if Output.SYNTHETIC_DATA not in allowed_outputs:
        problems.append("synthetic.csv: the DUA does not permit synthetic_data")
    for name in REPORT_FILES:
        if name not in present:
            problems.append(f"{name}: the disclosure report must travel with the table")
    table = workspace / "synthetic.csv"
    if "synthetic.csv" in present:
        if table.stat().st_size > MAX_SYNTHETIC_BYTES:
            problems.append("synthetic.csv: larger than the gate allows")
        else:
            with table.open(newline="", encoding="utf-8") as fh:
                reader = csv.reader(fh)
                header = next(reader, [])
                count = sum(1 for _ in reader)
            if header != columns:
                problems.append("synthetic.csv: columns differ from the declared domain")
            if count != rows:
                problems.append("synthetic.csv: row count differs from what the gate measured")
    else:
        problems.append("synthetic.csv: missing")
    for name in (*REPORT_FILES, "privacy_report.json"):
        path = workspace / name
        if name in present and path.stat().st_size > MAX_REPORT_BYTES:
            problems.append(f"{name}: larger than the gate allows")
    if problems:
        raise PolicyDenied(
            f"the egress gate blocked the release ({len(problems)} problems)",
            code="egress.blocked",
            details=problems,
        )
    return [n for n in present if n in allowed]


def synthesis_report(node: Node, job_id: str) -> tuple[Path, dict[str, Any]]:
    """The folder and JSON of a synthesis job's disclosure report (kept at the node)."""
    from custos.core._errors import NotFound
    from custos.node._jobs import find_job

    with node.store.read() as conn:
        find_job(conn, job_id)
    folder = node.settings.home / "reports" / job_id
    path = folder / "synthesis_report.json"
    if not path.is_file():
        raise NotFound(
            f"job {job_id} has no disclosure report (the gate did not run)",
            code="synthesis.no_report",
        )
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return folder, report


__all__ = [
    "SynthesisPlan",
    "load_synthesis_table",
    "plan_synthesis",
    "run_synthesis",
    "synthesis_egress_gate",
    "synthesis_report",
]
