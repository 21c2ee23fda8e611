"""Where a job's training runs: in the sandbox, or (development only) in-process.

The runner (:mod:`custos.node._run`) decides *whether* a job may run and
accounts for it; this module runs the harness under the isolation the plan
chose, measures what ran and turns the measurement into attestation
evidence for the receipt.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custos.core._errors import CustosError
from custos.policy._dua import IsolationKind
from custos.policy._institutional import InstitutionalPolicy
from custos.sandbox._attest import (
    MEASUREMENT_FORMAT,
    Attester,
    SoftwareAttester,
    TsmAttester,
    harness_hash,
)
from custos.sandbox._bwrap import (
    Limits,
    Outcome,
    SandboxViolation,
    bwrap_version,
    config_hash,
    probe_cached,
    run_sandboxed,
)
from custos.sandbox._protocol import Frame, encode

if TYPE_CHECKING:
    import numpy as np

    from custos.audit._models import AuditProgressFn, AuditRequest, AuditSignals
    from custos.training._harness import ProgressFn, Split, TrainPlan, TrainResult

TEE_KINDS = {IsolationKind.SEV_SNP: "sev-snp", IsolationKind.TDX: "tdx"}
# Error codes the trusted harness raises; anything else from a sandbox is
# reported by its kind only.
HARNESS_CODES = frozenset(
    {
        "training.diverged",
        "training.error",
        "training.failed",
        "model.unsupported",
        "input.invalid",
        "synth.no_plan",
        "synth.plan_mismatch",
        "synth.bad_value",
        "synth.shape",
        "synth.out_of_domain",
    }
)


# What the harness reports when the job's code hit a wall, with the node's own
# wording (the sandbox's text is not trusted when vendor code ran there).
VIOLATION_MESSAGES = {
    "sandbox.denied": "the job attempted an operation the sandbox forbids "
    "(network, files outside its workspace, new processes or another system call)",
    "sandbox.memory_limit": "the job ran out of its memory limit",
    "model.tampered": "the model changed its parameters or buffers outside the DP optimiser step",
}


def limits_for(policy: InstitutionalPolicy) -> Limits:
    s = policy.sandbox
    return Limits(
        memory_bytes=s.memory_mb << 20,
        cpu_seconds=s.cpu_seconds,
        wall_seconds=float(s.wall_seconds),
        file_bytes=s.file_mb << 20,
        scratch_bytes=s.scratch_mb << 20,
        threads=s.threads,
    )


def attester_for(kind: IsolationKind, policy: InstitutionalPolicy) -> Attester:
    if kind in TEE_KINDS:
        return TsmAttester(TEE_KINDS[kind], policy.tee_verifier)
    return SoftwareAttester()


def isolation_status(policy: InstitutionalPolicy) -> dict[IsolationKind, tuple[bool, str]]:
    """What each isolation kind would need on this node, and whether it is there."""
    ok, detail = probe_cached()
    status: dict[IsolationKind, tuple[bool, str]] = {
        IsolationKind.NONE: (True, "in-process harness, no sandbox (development only)"),
        IsolationKind.BUBBLEWRAP: (ok, f"bubblewrap {detail}" if ok else detail),
    }
    for kind in TEE_KINDS:
        if not ok:
            status[kind] = (False, f"needs the bubblewrap sandbox inside the TEE: {detail}")
        else:
            status[kind] = attester_for(kind, policy).available()
    status[IsolationKind.NVIDIA_CC] = (False, "no NVIDIA confidential-computing back-end")
    return status


@dataclass
class Execution:
    """What ran and how: goes into the measurement and the privacy report."""

    isolation: IsolationKind
    sandbox: dict[str, Any] = field(default_factory=dict)


def _job_frame(
    spec_json: dict[str, Any],
    x: np.ndarray,
    y: np.ndarray,
    split: Split,
    plan: TrainPlan,
    rng_seed: int | None,
    threads: int,
    *,
    kind: str = "job",
    extra: dict[str, np.ndarray] | None = None,
    tail: bytes = b"",
    steps: int | None = None,
) -> bytes:
    """The frame that starts a sandboxed run: ``job`` (training) or ``audit``.

    ``extra`` arrays follow the four common ones in the payload; ``tail``
    (the released weights, for an audit) comes last.
    """
    import numpy as np

    arrays = {
        "x": np.ascontiguousarray(x, dtype="<f8"),
        "y": np.ascontiguousarray(y, dtype="<f4"),
        "train": np.ascontiguousarray(split.train, dtype="<i8"),
        "validation": np.ascontiguousarray(split.validation, dtype="<i8"),
        **(extra or {}),
    }
    header: dict[str, Any] = {
        "type": kind,
        "spec": spec_json,
        "plan": {
            "noise_multiplier": plan.noise_multiplier,
            "sample_rate": plan.sample_rate,
            "steps": plan.steps,
            "max_grad_norm": plan.max_grad_norm,
            "scaler": {
                "lower": list(plan.scaler.lower),
                "upper": list(plan.scaler.upper),
                "mean_noise": plan.scaler.mean_noise,
                "spread_noise": plan.scaler.spread_noise,
            },
        },
        "rng_seed": rng_seed,
        "threads": threads,
    }
    for name, arr in arrays.items():
        header[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape)}
    if kind == "audit":
        header["weights_bytes"] = len(tail)
        header.setdefault("canaries", None)
    elif tail:
        header["start_bytes"] = len(tail)  # a federated round's global model
    if steps is not None:
        header["steps"] = steps
    return encode(header, b"".join(a.tobytes() for a in arrays.values()) + tail)


def train_sandboxed(
    spec_json: dict[str, Any],
    x: np.ndarray,
    y: np.ndarray,
    split: Split,
    plan: TrainPlan,
    *,
    limits: Limits,
    hide_dirs: list[Path],
    hide_files: list[Path],
    progress: ProgressFn | None = None,
    rng_seed: int | None = None,
    custom_code: bool = False,
    start: bytes = b"",
    steps: int | None = None,
) -> tuple[TrainResult, Execution]:
    """Train in a fresh bubblewrap sandbox; the harness talks only through the pipe.

    ``start`` (safetensors bytes) and ``steps``: a federated round, see
    :func:`custos.training._harness.train`.

    Raises
    ------
    SandboxUnavailable
        The sandbox could not be set up (nothing was trained).
    SandboxViolation
        The job broke a rule or limit (protocol, time, memory, a crash).
    CustosError
        The harness inside reported a training error.
    """
    import torch
    from safetensors.torch import load as load_safetensors

    from custos.sandbox._seccomp import build_filter
    from custos.training._harness import TrainResult

    frame = _job_frame(
        spec_json, x, y, split, plan, rng_seed, limits.threads, tail=start, steps=steps
    )

    def on_frame(f: Frame) -> None:
        if progress is not None and f.type == "progress":
            progress(int(f.header["step"]), int(f.header["steps"]), float(f.header["loss"]))

    seccomp = build_filter()
    # -I: ignore PYTHON* variables and the user site; the venv still loads.
    command = [sys.executable, "-I", "-m", "custos.sandbox._entry"]
    outcome, argv = run_sandboxed(
        command,
        frame,
        limits=limits,
        hide_dirs=hide_dirs,
        hide_files=hide_files,
        on_frame=on_frame,
        seccomp=seccomp,
    )
    execution = _sandbox_execution(outcome, argv, limits, seccomp)
    _raise_for_outcome(outcome, custom_code, what="job")
    assert outcome.result is not None  # _raise_for_outcome raised otherwise
    r = outcome.result
    try:
        state = load_safetensors(r.payload)
    except Exception as exc:  # safetensors raises its own error types
        raise SandboxViolation(
            "the sandbox returned weights that are not a safetensors file",
            code="sandbox.bad_weights",
        ) from exc
    if any(not isinstance(v, torch.Tensor) for v in state.values()):
        raise SandboxViolation(
            "the sandbox returned non-tensor weights", code="sandbox.bad_weights"
        )
    declared = {k: list(v) for k, v in r.header["parameters"].items()}
    if declared != {k: list(v.shape) for k, v in state.items()}:
        raise SandboxViolation(
            "the sandbox's weights differ from the parameters it declared",
            code="sandbox.bad_weights",
        )
    metrics = r.header["metrics"]
    bad = [k for k, v in metrics.items() if isinstance(v, bool) or not isinstance(v, int | float)]
    if bad:
        raise SandboxViolation(
            "the sandbox returned non-numeric metrics", code="sandbox.bad_metrics"
        )
    result = TrainResult(
        state_dict=state,
        metrics=dict(metrics),
        steps_taken=int(r.header["steps_taken"]),
        train_seconds=float(r.header["train_seconds"]),
        n_train=len(split.train),
        n_validation=len(split.validation),
    )
    return result, execution


def _raise_for_outcome(outcome: Outcome, custom_code: bool, *, what: str) -> None:
    """Turn a sandboxed run that did not deliver its final frame into an error."""
    if outcome.violation is not None:
        raise SandboxViolation(
            f"the {what} broke the sandbox protocol: {outcome.violation.message}",
            code=outcome.violation.code,
        )
    if outcome.killed is not None:
        stopped = {
            "wall_clock": "ran past its wall-clock limit",
            "cpu_time": "used up its CPU-time limit",
            "file_size": "wrote a file past its size limit",
            "killed": "was killed (memory or another limit)",
            "crashed": "crashed",
        }.get(outcome.killed, f"was stopped ({outcome.killed})")
        raise SandboxViolation(f"the sandboxed {what} {stopped}", code=f"sandbox.{outcome.killed}")
    if outcome.error is not None:
        code = str(outcome.error.header["code"])
        if code in VIOLATION_MESSAGES:
            raise SandboxViolation(VIOLATION_MESSAGES[code], code=code)
        if custom_code or code not in HARNESS_CODES:
            raise CustosError(
                f"{ {'job': 'training', 'audit': 'the audit'}.get(what, what) } failed inside "
                "the sandbox "
                "(the job's code raised an error)",
                code="training.error",
            )
        raise CustosError(str(outcome.error.header["message"])[:500], code=code)
    if outcome.result is None:
        raise SandboxViolation(
            f"the sandboxed {what} ended (status {outcome.returncode}) without a result",
            code="sandbox.no_result",
        )


def train_in_process(
    spec: Any,
    x: np.ndarray,
    y: np.ndarray,
    split: Split,
    plan: TrainPlan,
    *,
    progress: ProgressFn | None,
    rng_seed: int | None,
    start: dict[str, Any] | None = None,
    steps: int | None = None,
) -> tuple[TrainResult, Execution]:
    from custos.training._harness import train

    result = train(
        spec, x, y, plan, split, progress=progress, rng_seed=rng_seed, start=start, steps=steps
    )
    return result, Execution(
        isolation=IsolationKind.NONE,
        sandbox={"backend": "none", "note": "the harness ran in the node's own process"},
    )


def measurement(
    *,
    spec_hash: str,
    model_hash: str,
    dua_hash: str,
    dataset_fingerprint: str,
    execution: Execution,
    environment: dict[str, str],
) -> dict[str, Any]:
    return {
        "format": MEASUREMENT_FORMAT,
        "harness_sha256": harness_hash(),
        "spec_hash": spec_hash,
        "model_hash": model_hash,
        "dua_hash": dua_hash,
        "dataset_fingerprint": dataset_fingerprint,
        "isolation": execution.isolation.value,
        "sandbox": execution.sandbox,
        "environment": environment,
    }


# ---------------------------------------------------------------------------
# the leakage audit's model runs


def audit_limits(limits: Limits, runs: int) -> Limits:
    """The training run's limits, with time for ``runs`` more runs of the recipe."""
    from dataclasses import replace

    return replace(
        limits,
        wall_seconds=limits.wall_seconds * (runs + 1),
        cpu_seconds=limits.cpu_seconds * (runs + 1),
    )


def audit_sandboxed(
    spec_json: dict[str, Any],
    x: np.ndarray,
    y: np.ndarray,
    split: Split,
    plan: TrainPlan,
    weights: bytes,
    request: AuditRequest,
    *,
    limits: Limits,
    hide_dirs: list[Path],
    hide_files: list[Path],
    progress: AuditProgressFn | None = None,
    rng_seed: int | None = None,
    custom_code: bool = False,
) -> AuditSignals:
    """Run the audit's models (:mod:`custos.audit._models`) in a fresh sandbox.

    Same sandbox, seccomp filter and protocol as training; the answer is
    checked array by array against what the node asked for.

    Raises
    ------
    SandboxUnavailable, SandboxViolation, CustosError
        As :func:`train_sandboxed`.
    """
    import numpy as np

    from custos.audit._models import AuditSignals
    from custos.sandbox._seccomp import build_filter

    extra = {"reference_in": np.ascontiguousarray(request.reference_in, dtype="u1")}
    if request.canaries is not None:
        extra["canaries"] = np.ascontiguousarray(request.canaries, dtype="u1")
    frame = _job_frame(
        spec_json,
        x,
        y,
        split,
        plan,
        rng_seed,
        limits.threads,
        kind="audit",
        extra=extra,
        tail=weights,
    )

    def on_frame(f: Frame) -> None:
        if progress is not None and f.type == "progress":
            progress(int(f.header["step"]), int(f.header["steps"]))

    outcome, _ = run_sandboxed(
        [sys.executable, "-I", "-m", "custos.sandbox._entry"],
        frame,
        limits=limits,
        hide_dirs=hide_dirs,
        hide_files=hide_files,
        on_frame=on_frame,
        seccomp=build_filter(),
        final="audit_result",
    )
    _raise_for_outcome(outcome, custom_code, what="audit")
    assert outcome.result is not None  # _raise_for_outcome raised otherwise
    r = outcome.result
    n, k = len(x), len(request.reference_in)
    expected: dict[str, list[int]] = {"target_logits": [n], "reference_logits": [k, n]}
    if request.canaries is not None:
        expected["canary_scores"] = [len(request.canaries)]
    declared = r.header["arrays"]
    if list(declared) != list(expected) or any(
        declared[name] != shape for name, shape in expected.items()
    ):
        raise SandboxViolation(
            "the sandbox's audit result does not match what the node asked for",
            code="sandbox.bad_audit",
        )
    sizes = [int(np.prod(shape)) for shape in expected.values()]
    if sum(sizes) * 8 != len(r.payload):
        raise SandboxViolation(
            "the sandbox's audit result has the wrong size", code="sandbox.bad_audit"
        )
    values = np.frombuffer(r.payload, dtype="<f8")
    if not np.isfinite(values).all():
        raise SandboxViolation(
            "the sandbox's audit result holds values that are not finite",
            code="sandbox.bad_audit",
        )
    parts = dict(zip(expected, np.split(values, np.cumsum(sizes)[:-1]), strict=True))
    timings = r.header["timings"]
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in timings.values()):
        raise SandboxViolation("the sandbox returned non-numeric timings", code="sandbox.bad_audit")
    return AuditSignals(
        target_logits=parts["target_logits"].copy(),
        reference_logits=parts["reference_logits"].reshape(k, n).copy(),
        canary_scores=parts["canary_scores"].copy() if "canary_scores" in parts else None,
        timings={str(key): float(v) for key, v in timings.items()}
        | {"sandbox_wall": outcome.wall_seconds},
    )


def audit_in_process(
    spec: Any,
    x: np.ndarray,
    y: np.ndarray,
    split: Split,
    plan: TrainPlan,
    state: dict[str, Any],
    request: AuditRequest,
    *,
    progress: AuditProgressFn | None = None,
    rng_seed: int | None = None,
) -> AuditSignals:
    from custos.audit._models import run_audit_models

    return run_audit_models(
        spec, x, y, split, plan, state, request, rng_seed=rng_seed, progress=progress
    )


# ---------------------------------------------------------------------------
# synthesis (#10): the generator runs here; the disclosure gate runs in the node


@dataclass
class SynthesisRun:
    """What the generator returned: the synthetic table as the domain's float64
    matrix (checked against the domain by the caller) and its run summary."""

    matrix: np.ndarray
    generation: dict[str, Any]
    execution: Execution


def _sandbox_execution(
    outcome: Outcome, argv: list[str], limits: Limits, seccomp: bytes
) -> Execution:
    seccomp_sha256 = hashlib.sha256(seccomp).hexdigest()
    return Execution(
        isolation=IsolationKind.BUBBLEWRAP,
        sandbox={
            "backend": "bubblewrap",
            "version": bwrap_version(),
            "config_hash": config_hash(argv, limits, seccomp_sha256),
            "seccomp_sha256": seccomp_sha256,
            "limits": limits.to_json(),
            "namespaces": ["user", "network", "pid", "ipc", "uts", "cgroup", "mount"],
            "network": "none (own namespace; sockets other than AF_UNIX denied)",
            "process_creation": "denied (threads only)",
            "wall_seconds": round(outcome.wall_seconds, 3),
        },
    )


def synthesize_sandboxed(
    domain_json: dict[str, Any],
    train: np.ndarray,
    generator: str,
    plan_json: dict[str, Any] | None,
    *,
    limits: Limits,
    hide_dirs: list[Path],
    hide_files: list[Path],
    rng_seed: int | None = None,
) -> SynthesisRun:
    """Fit the generator on ``train`` (the domain's matrix) in a fresh sandbox.

    Raises
    ------
    SandboxUnavailable, SandboxViolation, CustosError
        As :func:`train_sandboxed`.
    """
    import numpy as np

    from custos.sandbox._seccomp import build_filter

    arr = np.ascontiguousarray(train, dtype="<f8")
    header = {
        "type": "synth",
        "domain": domain_json,
        "generator": generator,
        "plan": plan_json,
        "rng_seed": rng_seed,
        "threads": limits.threads,
        "train": {"dtype": arr.dtype.str, "shape": list(arr.shape)},
    }
    seccomp = build_filter()
    outcome, argv = run_sandboxed(
        [sys.executable, "-I", "-m", "custos.sandbox._entry"],
        encode(header, arr.tobytes()),
        limits=limits,
        hide_dirs=hide_dirs,
        hide_files=hide_files,
        seccomp=seccomp,
        final="synth_result",
    )
    execution = _sandbox_execution(outcome, argv, limits, seccomp)
    _raise_for_outcome(outcome, False, what="synthesis")
    assert outcome.result is not None  # _raise_for_outcome raised otherwise
    r = outcome.result
    shape = r.header.get("shape")
    if (
        not isinstance(shape, list)
        or len(shape) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in shape)
        or shape[0] * shape[1] * 8 != len(r.payload)
    ):
        raise SandboxViolation(
            "the sandbox's synthetic table does not match its declared shape",
            code="sandbox.bad_synthesis",
        )
    matrix = np.frombuffer(r.payload, dtype="<f8").reshape(shape).copy()
    generation = r.header.get("generation")
    return SynthesisRun(
        matrix=matrix,
        generation=generation if isinstance(generation, dict) else {},
        execution=execution,
    )


def synthesize_in_process(
    domain_json: dict[str, Any],
    train: np.ndarray,
    generator: str,
    plan_json: dict[str, Any] | None,
    *,
    rng_seed: int | None = None,
) -> SynthesisRun:
    """Development only (``isolation: none``): the generator in the node's process."""
    from custos.synth._domain import SynthDomain
    from custos.synth._mst import MstPlan
    from custos.synth._pipeline import generate

    domain = SynthDomain.model_validate(domain_json)
    plan = MstPlan(**plan_json) if plan_json else None
    generated = generate(
        domain.from_matrix(train),
        domain,
        "mst" if generator == "mst" else "gaussian_copula",
        plan=plan,
        seed=rng_seed,
    )
    return SynthesisRun(
        matrix=domain.to_matrix(generated.synthetic),
        generation=generated.generation,
        execution=Execution(
            isolation=IsolationKind.NONE,
            sandbox={"backend": "none", "note": "the generator ran in the node's own process"},
        ),
    )
