"""The audit's model runs: what the leakage audit needs from PyTorch.

Runs where the job's training ran (inside the sandbox, or in-process for
``isolation: none``) and returns only numbers the node turns into the
report (:mod:`custos.audit._gate`):

- the released model's logit for every hospital row (members: the training
  split; non-members: the validation split);
- the logits of ``k`` *reference models*, each trained with the job's own
  recipe (same model, DP plan and harness) on a half of the rows the node
  chose (:func:`custos.audit._stats.assign_reference_membership`), for the
  LiRA and RMIA attacks;
- the canary scores of one more run of the recipe with gradient canaries
  (:class:`custos.training._harness.CanaryPlan`).

None of these models leaves the process; nothing here spends the dataset's
budget, because nothing computed from them is released except the audit's
aggregate statistics (which the privacy report lists as not covered by DP).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from custos.jobs._spec import JobSpec

AuditProgressFn = Callable[[int, int], None]
"""Called after each model run with (runs done, runs in all)."""


@dataclass(frozen=True)
class AuditRequest:
    """What the node asks the audit to run (its randomness is the node's)."""

    reference_in: np.ndarray  # bool (k, n): row j in reference model i's training set
    canaries: np.ndarray | None  # bool (m,): canary i included in the canary run

    @property
    def runs(self) -> int:
        return len(self.reference_in) + (1 if self.canaries is not None else 0)


@dataclass
class AuditSignals:
    target_logits: np.ndarray  # (n,)
    reference_logits: np.ndarray  # (k, n)
    canary_scores: np.ndarray | None  # (m,)
    timings: dict[str, float] = field(default_factory=dict)


def predict_logits(spec: JobSpec, n_features: int, state: dict[str, Any], x: np.ndarray) -> Any:
    """The logits of the model ``spec`` with weights ``state`` on ``x`` (float64 array)."""
    import torch

    from custos.training._catalog import build_model

    model = build_model(spec.model, n_features)
    model.load_state_dict(state, strict=True)
    model.eval()
    with torch.no_grad():
        out = model(torch.as_tensor(x, dtype=torch.float32))
    return out.double().numpy().reshape(-1)


def run_audit_models(
    spec: JobSpec,
    x: np.ndarray,
    y: np.ndarray,
    split: Any,
    plan: Any,
    target_state: dict[str, Any],
    request: AuditRequest,
    *,
    rng_seed: int | None = None,
    threads: int | None = None,
    progress: AuditProgressFn | None = None,
) -> AuditSignals:
    """Score the released model, train the reference models and run the canary audit."""
    from custos.training._harness import CanaryPlan, Split, train

    n, d = x.shape
    if request.reference_in.ndim != 2 or request.reference_in.shape[1] != n:
        raise ValueError("reference membership does not match the rows")
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    target = predict_logits(spec, d, target_state, x)
    k = len(request.reference_in)
    runs = request.runs
    refs = np.empty((k, n), dtype=np.float64)
    t1 = time.perf_counter()
    for i, inside in enumerate(request.reference_in):
        ref_split = Split(train=np.flatnonzero(inside), validation=np.flatnonzero(~inside))
        seed = None if rng_seed is None else rng_seed + 1 + i
        result = train(spec, x, y, plan, ref_split, rng_seed=seed, threads=threads)
        refs[i] = predict_logits(spec, d, result.state_dict, x)
        if progress is not None:
            progress(i + 1, runs)
    timings["reference_models"] = time.perf_counter() - t1
    scores: np.ndarray | None = None
    if request.canaries is not None:
        t2 = time.perf_counter()
        seed = None if rng_seed is None else rng_seed + 1 + k
        result = train(
            spec,
            x,
            y,
            plan,
            split,
            rng_seed=seed,
            threads=threads,
            canaries=CanaryPlan(included=np.asarray(request.canaries, dtype=bool)),
        )
        assert result.canary_scores is not None  # a canary run always scores its canaries
        scores = np.asarray(result.canary_scores, dtype=np.float64)
        timings["canary_run"] = time.perf_counter() - t2
        if progress is not None:
            progress(runs, runs)
    timings["total"] = time.perf_counter() - t0
    return AuditSignals(
        target_logits=target, reference_logits=refs, canary_scores=scores, timings=timings
    )
