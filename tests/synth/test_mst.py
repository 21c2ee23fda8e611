"""MST: its privacy plan against the ledger's accountant, and what it preserves."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from custos.core._errors import InvalidInput
from custos.synth._domain import SynthDomain
from custos.synth._mst import MstPlan, _exponential, _mechanisms, plan_mst, run_mst
from custos.training._accounting import AccountingError, Mechanism, epsilon


@pytest.mark.parametrize(("columns", "eps"), [(4, 1.0), (31, 1.0), (31, 4.0), (11, 0.3)])
def test_the_plan_spends_the_budget_and_no_more(columns: int, eps: float) -> None:
    plan = plan_mst(columns, eps, 1e-5)
    # What the ledger will compute for the plan's mechanisms is within the target...
    ledger = epsilon(plan.mechanisms(), 1e-5)
    assert ledger.pld == pytest.approx(plan.epsilon)
    assert ledger.pld <= eps
    # ...and the plan is tight: 2 % less noise would exceed it.
    sigma = plan.sigma * 0.98
    tighter = _mechanisms(sigma, plan.selection_epsilon / 0.98, columns)
    assert epsilon(tighter, 1e-5).pld > eps
    kinds = sorted((m.kind, m.count) for m in plan.mechanisms())
    assert kinds == [("gaussian", 2 * columns - 1), ("pure_dp", columns - 1)]


def test_more_budget_means_less_noise_and_prior_spend_means_more() -> None:
    a, b = plan_mst(8, 1.0, 1e-5), plan_mst(8, 4.0, 1e-5)
    assert b.sigma < a.sigma and b.selection_epsilon > a.selection_epsilon
    spent = [Mechanism("gaussian", 10.0)]
    c = plan_mst(8, 1.0, 1e-5, already_spent=spent)
    assert c.sigma > a.sigma
    assert epsilon([*spent, *c.mechanisms()], 1e-5).pld <= 1.0


def test_an_impossible_budget_fails_closed() -> None:
    with pytest.raises(AccountingError):
        plan_mst(8, 1.0, 1e-5, already_spent=[Mechanism("gaussian", 0.5)])
    with pytest.raises(InvalidInput):
        plan_mst(1, 1.0, 1e-5)
    with pytest.raises(InvalidInput):
        plan_mst(5, 0.0, 1e-5)


def test_the_exponential_mechanism_prefers_high_scores_as_epsilon_grows() -> None:
    rng = np.random.default_rng(0)
    scores = np.array([0.0, 0.0, 0.0, 200.0])
    picks = [_exponential(scores, 1.0, rng) for _ in range(200)]
    assert picks.count(3) == 200
    flat = [_exponential(scores, 1e-6, rng) for _ in range(2000)]
    assert 350 < flat.count(3) < 650  # about a quarter: no preference


def _tvd(a: pd.Series, b: pd.Series) -> float:
    pa, pb = a.value_counts(normalize=True), b.value_counts(normalize=True)
    return float(0.5 * pa.subtract(pb, fill_value=0).abs().sum())


@pytest.fixture(scope="module")
def run(table: pd.DataFrame, structured_domain: SynthDomain) -> tuple[MstPlan, object]:
    plan = plan_mst(4, 4.0, 1e-5)
    return plan, run_mst(table, structured_domain, plan, seed=7)


def test_mst_keeps_marginals_and_the_strong_dependence(
    run: tuple[MstPlan, object], table: pd.DataFrame
) -> None:
    _plan, result = run
    synth = result.synthetic  # type: ignore[attr-defined]
    assert list(synth.columns) == ["y", "x1", "x2", "grp"]
    # Size: the model's noisy estimate of the row count, near the truth.
    assert abs(len(synth) - len(table)) < 0.05 * len(table)
    assert _tvd(synth["y"], table["y"]) < 0.05
    assert _tvd(synth["grp"], table["grp"]) < 0.05
    # The y-x1 and x2-grp dependences are tree edges, and the synthetic table
    # keeps the y-x1 correlation.
    edges = {frozenset(e) for e in result.tree}  # type: ignore[attr-defined]
    assert frozenset({"y", "x1"}) in edges and frozenset({"x2", "grp"}) in edges
    real = table["x1"].corr(table["y"].astype(float))
    assert abs(synth["x1"].corr(synth["y"].astype(float)) - real) < 0.1
    assert abs(synth["x2"].corr(synth["y"].astype(float))) < 0.1
    # Values stay inside the declared ranges.
    assert synth["x1"].between(-3.0, 5.0).all() and set(synth["grp"]) <= {"a", "b", "c"}


def test_mst_is_reproducible_for_a_seed(
    run: tuple[MstPlan, object], table: pd.DataFrame, structured_domain: SynthDomain
) -> None:
    plan, first = run
    again = run_mst(table, structured_domain, plan, seed=7)
    pd.testing.assert_frame_equal(again.synthetic, first.synthetic)  # type: ignore[attr-defined]


def test_a_plan_for_another_table_is_refused(
    table: pd.DataFrame, structured_domain: SynthDomain
) -> None:
    with pytest.raises(InvalidInput):
        run_mst(table, structured_domain, plan_mst(5, 1.0, 1e-5), seed=1)
