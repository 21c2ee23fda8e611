"""MST: a differentially private synthesiser for tabular data.

MST (McKenna, Miklau and Sheldon, "Winning the NIST Contest: A scalable and
general approach to differentially private synthetic data", 2021) won the
2018 NIST differential privacy synthetic data challenge and, with its
successor AIM, is among the strongest generators on tabular benchmarks. It:

1. measures every one-way marginal with Gaussian noise;
2. merges the values whose noisy count is small (below three noise standard
   deviations) into one bucket per column, as post-processing;
3. picks a maximum spanning tree over the columns, one edge at a time with the
   exponential mechanism, scoring a pair by how badly the model fitted to the
   one-way measurements gets its two-way marginal wrong;
4. measures the chosen two-way marginals with Gaussian noise;
5. fits a graphical model to all measurements (Private-PGM) and samples rows.

Why MST and why this file. MST is fast (seconds on a few dozen columns), has
no hyper-parameters a custodian must tune, and its output keeps every one-way
and the most informative two-way relationships. AIM is better when a workload
of marginals is known in advance, at many times the run time; it is a natural
second generator. The estimation and sampling engine is the reference library
of the method's authors, Private-PGM (package ``mbi``). The MST mechanism
itself is about a hundred lines around it: the packages that wrap it
(smartnoise-synth, dpmm) pin NumPy < 2, pandas < 3 or Opacus < 0.15 and cannot
be installed beside this project's stack, so we write the selection and
measurement loop here, after the authors' published algorithm.

Privacy. Under add-or-remove-one neighbours a marginal's counts change by one
in one cell: L2 sensitivity 1 for a measurement, and an L1-error score of
sensitivity 1 for a selection. The run is described to the node's accountant
as mechanisms (:class:`custos.training._accounting.Mechanism`): ``2d - 1``
Gaussian measurements and ``d - 1`` pure-DP exponential-mechanism choices
(``d`` columns), composed by PLD with everything else ever released from the
dataset. :func:`plan_mst` finds the smallest noise for which that composition
stays within the requested epsilon at the DUA's delta. The number of rows is
never used unnoised: the model's total is estimated from the noisy marginals.
"""

from __future__ import annotations

import itertools
import math
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from custos.core._errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd

    from custos.synth._domain import SynthDomain
    from custos.training._accounting import Mechanism

__all__ = ["MstPlan", "MstResult", "plan_mst", "run_mst"]

# Share of the run's zCDP-equivalent budget per phase, as in the published
# MST: one third each to the one-way measurements, the tree selection and the
# two-way measurements.
_SIGMA_MIN = 0.5
_SIGMA_MAX = 1e4
_SEARCH_STEPS = 40
# Mirror-descent iterations (the published defaults: 2,500 to fit the one-way
# model used for selection, 10,000 for the final model).
SELECT_ITERS = 2500
FINAL_ITERS = 10000


@dataclass(frozen=True)
class MstPlan:
    """The noise of one MST run, calibrated to a privacy budget.

    Attributes
    ----------
    sigma:
        Standard deviation of the Gaussian noise on every marginal cell.
    selection_epsilon:
        Epsilon of each exponential-mechanism choice of a tree edge.
    columns:
        Number of columns ``d``.
    epsilon, delta:
        The run's own budget, as the ledger's accountant computes it (PLD,
        cross-checked by RDP).
    """

    sigma: float
    selection_epsilon: float
    columns: int
    epsilon: float
    delta: float
    epsilon_rdp: float

    def mechanisms(self) -> list[Mechanism]:
        return _mechanisms(self.sigma, self.selection_epsilon, self.columns)

    def to_json(self) -> dict[str, Any]:
        return {
            "generator": "mst",
            "sigma": self.sigma,
            "selection_epsilon": self.selection_epsilon,
            "columns": self.columns,
            "one_way_measurements": self.columns,
            "two_way_measurements": self.columns - 1,
            "selections": self.columns - 1,
            "epsilon": self.epsilon,
            "epsilon_rdp": self.epsilon_rdp,
            "delta": self.delta,
            "accountant": "pld (dp_accounting), cross-checked by rdp",
            "neighbouring_relation": "add_or_remove_one",
        }


def _mechanisms(sigma: float, selection_epsilon: float, d: int) -> list[Mechanism]:
    from custos.training._accounting import Mechanism

    out = [Mechanism("gaussian", sigma, count=2 * d - 1)]
    if d > 1:
        out.append(Mechanism.pure(selection_epsilon, count=d - 1))
    return out


def _selection_epsilon(sigma: float, d: int) -> float:
    # Equal zCDP shares: the d one-way measurements cost d / (2 sigma^2); the
    # d - 1 choices, as pure-DP (eps^2 / 2 each), the same.
    return math.sqrt(d / (d - 1)) / sigma if d > 1 else 0.0


def plan_mst(
    columns: int,
    epsilon: float,
    delta: float,
    *,
    already_spent: list[Mechanism] | None = None,
) -> MstPlan:
    """The smallest noise that keeps an MST run on ``columns`` columns within ``epsilon``.

    ``already_spent`` composes in (mechanisms of the same job); the search
    is a bisection on ``log(sigma)`` with the ledger's accountant, so the
    plan's epsilon is exactly what the ledger will compute for it.

    Raises
    ------
    InvalidInput
        Fewer than two columns, or a budget outside ``(0, 100]`` / ``(0, 1)``.
    AccountingError
        The budget cannot be met even at the largest noise, or accounting failed.
    """
    from custos.training._accounting import AccountingError
    from custos.training._accounting import epsilon as compose

    if columns < 2:
        raise InvalidInput("MST needs at least two columns", code="synth.invalid_domain")
    if not (0.0 < epsilon <= 100.0) or not (0.0 < delta < 1.0):
        raise InvalidInput(
            "MST needs 0 < epsilon <= 100 and 0 < delta < 1", code="synth.invalid_budget"
        )
    spent = list(already_spent or [])

    def eps_at(sigma: float) -> Any:
        return compose(
            [*spent, *_mechanisms(sigma, _selection_epsilon(sigma, columns), columns)], delta
        )

    lo, hi = math.log(_SIGMA_MIN), math.log(_SIGMA_MAX)
    if eps_at(math.exp(hi)).pld > epsilon:
        raise AccountingError(
            "privacy budget infeasible: MST cannot run within the requested epsilon",
            code="accounting.infeasible",
        )
    if eps_at(math.exp(lo)).pld <= epsilon:
        hi = lo
    else:
        for _ in range(_SEARCH_STEPS):
            mid = (lo + hi) / 2.0
            if eps_at(math.exp(mid)).pld <= epsilon:
                hi = mid
            else:
                lo = mid
            if hi - lo < 1e-3:  # sigma within 0.1 %
                break
    sigma = math.exp(hi)
    bounds = eps_at(sigma)
    return MstPlan(
        sigma=sigma,
        selection_epsilon=_selection_epsilon(sigma, columns),
        columns=columns,
        epsilon=float(bounds.pld),
        delta=delta,
        epsilon_rdp=float(bounds.rdp),
    )


@dataclass
class MstResult:
    """What a run produced: the table and what the privacy officer should see."""

    synthetic: pd.DataFrame
    tree: list[tuple[str, str]]
    compressed: dict[str, int]  # column -> domain size after merging rare values
    estimated_rows: float
    seconds: float

    def summary(self) -> dict[str, Any]:
        return {
            "tree": [list(e) for e in self.tree],
            "compressed_domain": dict(self.compressed),
            "estimated_rows": round(self.estimated_rows, 1),
            "synthetic_rows": len(self.synthetic),
            "seconds": round(self.seconds, 3),
        }


def _mbi() -> Any:
    # Private-PGM runs on JAX: keep it on the CPU, in float64 (the library
    # warns that float32 stalls its estimators), with no compilation cache
    # written to the (read-only) sandbox.
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    import jax

    config: Any = jax.config
    config.update("jax_enable_x64", True)
    config.update("jax_enable_compilation_cache", False)
    import mbi

    return mbi


def _exponential(
    scores: np.ndarray, epsilon: float, rng: np.random.Generator, sensitivity: float = 1.0
) -> int:
    """The exponential mechanism: index ``i`` with probability ~ exp(eps * s_i / (2 * sens))."""
    logits = (epsilon / (2.0 * sensitivity)) * scores
    logits = logits - logits.max()
    p = np.exp(logits)
    return int(rng.choice(scores.size, p=p / p.sum()))


def run_mst(
    frame: pd.DataFrame,
    domain: SynthDomain,
    plan: MstPlan,
    *,
    rows: int | None = None,
    seed: int | None = None,
) -> MstResult:
    """Fit MST on ``frame`` with the noise of ``plan`` and sample a synthetic table.

    ``rows`` synthetic rows (default: the model's noisy estimate of the
    dataset's size). ``seed`` makes a run reproducible for tests and
    benchmarks; a release leaves it unset (fresh OS randomness).
    """
    started = time.perf_counter()
    if plan.columns != len(domain.columns):
        raise InvalidInput(
            "the MST plan was made for another number of columns", code="synth.plan_mismatch"
        )
    mbi = _mbi()
    rng = np.random.default_rng(seed)
    codes = domain.encode(frame)
    sizes = domain.sizes()
    attrs = domain.names
    mdomain = mbi.Domain(attrs, [sizes[a] for a in attrs])
    data = mbi.Dataset(codes, mdomain)
    sigma = plan.sigma

    def measure(cliques: Sequence[tuple[str, ...]], on: Any) -> list[Any]:
        out = []
        for clique in cliques:
            x = np.asarray(on.project(clique).datavector(), dtype=float)
            y = x + rng.normal(0.0, sigma, size=x.size)
            out.append(mbi.LinearMeasurement(y, clique, stddev=sigma))
        return out

    one_way = measure([(a,) for a in attrs], data)

    # Merge rare values (post-processing of the noisy one-way counts).
    mapping: dict[str, np.ndarray] = {}
    for m in one_way:
        (a,) = m.clique
        y = np.asarray(m.noisy_measurement)
        keep = y >= 3.0 * sigma
        if keep.all():
            continue
        new_index = np.cumsum(keep) - 1
        mapping[a] = np.where(keep, new_index, int(keep.sum())).astype(np.int64)
    small = data.compress(mapping) if mapping else data
    one_way = [m.compress(mapping, data.domain) for m in one_way]
    sdomain = small.domain
    estimator = mbi.estimation.MirrorDescent()

    # Tree selection with the exponential mechanism. The model fitted to
    # one-way measurements alone makes the columns independent, so its
    # two-way marginal is the outer product of its one-way marginals (the
    # same numbers as projecting the model, without compiling an inference
    # program per pair).
    est = estimator.estimate(sdomain, list(one_way), iters=SELECT_ITERS)
    total_hat = float(est.total)
    p_hat = {
        a: np.asarray(est.project((a,)).datavector(), dtype=float) / max(total_hat, 1e-12)
        for a in attrs
    }
    candidates = list(itertools.combinations(attrs, 2))
    weights = {}
    for a, b in candidates:
        x = np.asarray(small.project((a, b)).datavector(), dtype=float)
        xhat = total_hat * np.outer(p_hat[a], p_hat[b]).ravel()
        weights[a, b] = float(np.abs(x - xhat).sum())
    component = {a: a for a in attrs}

    def root(a: str) -> str:
        while component[a] != a:
            component[a] = component[component[a]]
            a = component[a]
        return a

    tree: list[tuple[str, str]] = []
    for _ in range(len(attrs) - 1):
        open_edges = [e for e in candidates if root(e[0]) != root(e[1])]
        scores = np.array([weights[e] for e in open_edges])
        a, b = open_edges[_exponential(scores, plan.selection_epsilon, rng)]
        component[root(a)] = root(b)
        tree.append((a, b))

    two_way = measure(tree, small)
    model = estimator.estimate(sdomain, [*one_way, *two_way], iters=FINAL_ITERS)
    total = float(model.total)
    n_rows = rows if rows is not None else max(1, round(total))
    # Sampling: Private-PGM's randomized rounding along the junction tree
    # (NumPy; its JAX sampler compiles one program per column, about a
    # minute on this table). Both it and the decompression draw from NumPy's
    # global generator: seed it from ours for the call, then restore it.
    state = np.random.get_state()
    np.random.seed(int(rng.integers(0, 2**31 - 1)))
    try:
        synth = model.synthetic_data(n_rows)
        if mapping:
            synth = synth.decompress(mapping)
    finally:
        np.random.set_state(state)
    out_codes: Mapping[str, np.ndarray] = {a: np.asarray(synth.data[a]) for a in attrs}
    table = domain.decode(out_codes, rng)
    return MstResult(
        synthetic=table,
        tree=tree,
        compressed={a: int(sdomain[a]) for a in attrs},
        estimated_rows=total,
        seconds=time.perf_counter() - started,
    )
