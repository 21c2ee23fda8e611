"""The privacy accountant: known values, monotonicity, calibration, fail-closed."""

from __future__ import annotations

import ast
import dataclasses
import json
import math
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dp_accounting = pytest.importorskip("dp_accounting")

from custos.core import canonical_json, loads  # noqa: E402
from custos.core._errors import CustosError, IntegrityError, InvalidInput  # noqa: E402
from custos.training import _accounting  # noqa: E402
from custos.training._accounting import (  # noqa: E402
    SIGMA_MAX,
    SIGMA_MIN,
    AccountingError,
    DpSgdPlan,
    EpsilonBounds,
    Mechanism,
    calibrate,
    epsilon,
)

MODULE = Path(_accounting.__file__)


def dpsgd(sigma: float, q: float, steps: int) -> Mechanism:
    return Mechanism("poisson_gaussian", sigma, q, steps)


def phi(z: float) -> float:
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def exact_gaussian_epsilon(sigma: float, delta: float) -> float:
    """Exact epsilon of one Gaussian mechanism, sensitivity 1 (Balle & Wang 2018)."""

    def delta_at(eps: float) -> float:
        return phi(0.5 / sigma - eps * sigma) - math.exp(eps) * phi(-0.5 / sigma - eps * sigma)

    lo, hi = 0.0, 200.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if delta_at(mid) > delta:
            lo = mid
        else:
            hi = mid
    return hi


# ---------------------------------------------------------------------------
# Known values


@pytest.mark.parametrize(
    ("sigma", "count", "delta"), [(1.0, 1, 1e-5), (5.0, 10, 1e-6), (30.0, 400, 1e-7)]
)
def test_gaussian_composition_matches_the_exact_analytic_epsilon(
    sigma: float, count: int, delta: float
) -> None:
    # count Gaussians at sigma compose exactly into one at sigma / sqrt(count).
    exact = exact_gaussian_epsilon(sigma / math.sqrt(count), delta)
    bounds = epsilon([Mechanism("gaussian", sigma, 1.0, count)], delta)
    assert exact <= bounds.pld <= exact * 1.002  # pessimistic, and tight
    assert bounds.pld <= bounds.rdp
    assert bounds.delta == delta


def test_poisson_gaussian_at_rate_one_is_the_plain_gaussian_composition() -> None:
    a = epsilon([dpsgd(3.0, 1.0, 50)], 1e-5)
    b = epsilon([Mechanism("gaussian", 3.0, 1.0, 50)], 1e-5)
    assert a == b


def test_epsilon_of_nothing_is_zero() -> None:
    assert epsilon([], 1e-5) == EpsilonBounds(delta=1e-5, pld=0.0, rdp=0.0)


@pytest.fixture(scope="module")
def opacus_accountants() -> Any:
    pytest.importorskip("opacus")
    from opacus import accountants

    return accountants


@pytest.mark.parametrize(
    ("sigma", "q", "steps", "delta"),
    [(1.0, 0.01, 1000, 1e-5), (1.1, 0.004, 5000, 1e-5), (2.0, 0.05, 500, 1e-6)],
)
def test_agrees_with_opacus_accountants(
    opacus_accountants: Any, sigma: float, q: float, steps: int, delta: float
) -> None:
    rdp = opacus_accountants.RDPAccountant()
    rdp.history = [(sigma, q, steps)]
    prv = opacus_accountants.PRVAccountant()
    prv.history = [(sigma, q, steps)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        opacus_rdp = rdp.get_epsilon(delta)
        opacus_prv = prv.get_epsilon(delta, eps_error=0.01)

    ours = epsilon([dpsgd(sigma, q, steps)], delta)
    # Same RDP analysis, slightly different orders.
    assert ours.rdp == pytest.approx(opacus_rdp, rel=0.02)
    # PRV and PLD are both near-exact numerical accountants.
    assert abs(ours.pld - opacus_prv) <= 0.02 + 0.005 * opacus_prv
    # And PLD is the tighter one: clearly below RDP here.
    assert ours.pld < ours.rdp * 0.95


def test_calibrated_noise_agrees_with_opacus_prv_calibration(opacus_accountants: Any) -> None:
    from opacus.accountants.utils import get_noise_multiplier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = get_noise_multiplier(
            target_epsilon=1.0, target_delta=1e-5, sample_rate=0.01, steps=1000, accountant="prv"
        )
    plan = calibrate(1.0, 1e-5, sample_rate=0.01, steps=1000)
    assert plan.noise_multiplier == pytest.approx(theirs, rel=0.03)


# ---------------------------------------------------------------------------
# Monotonicity and composition


def test_more_steps_cost_more_epsilon() -> None:
    values = [epsilon([dpsgd(1.2, 0.01, t)], 1e-5).pld for t in (10, 100, 1000, 5000)]
    assert values == sorted(values) and len(set(values)) == len(values)


def test_more_noise_costs_less_epsilon() -> None:
    for q in (0.01, 1.0):
        bounds = [epsilon([dpsgd(s, q, 500)], 1e-5) for s in (0.8, 1.0, 2.0, 8.0)]
        pld = [b.pld for b in bounds]
        rdp = [b.rdp for b in bounds]
        assert pld == sorted(pld, reverse=True) and len(set(pld)) == len(pld)
        assert rdp == sorted(rdp, reverse=True)


def test_larger_sample_rate_and_smaller_delta_cost_more() -> None:
    by_q = [epsilon([dpsgd(1.5, q, 300)], 1e-5).pld for q in (0.005, 0.05, 0.5, 1.0)]
    assert by_q == sorted(by_q)
    by_delta = [epsilon([dpsgd(1.5, 0.05, 300)], d).pld for d in (1e-5, 1e-6, 1e-7)]
    assert by_delta == sorted(by_delta)


def test_two_jobs_compose_to_less_than_the_sum_and_at_least_the_max() -> None:
    a, b = dpsgd(1.0, 0.01, 1000), dpsgd(1.5, 0.02, 500)
    ea, eb = epsilon([a], 1e-5).pld, epsilon([b], 1e-5).pld
    both = epsilon([a, b], 1e-5)
    assert max(ea, eb) <= both.pld < ea + eb
    assert both.pld <= both.rdp
    # Composition does not depend on the order, to the last bit (a ledger may
    # recompute a budget in another order and compare it with a target).
    assert epsilon([b, a], 1e-5) == both


def test_order_and_grouping_of_releases_do_not_change_the_epsilon() -> None:
    stats = [Mechanism("gaussian", s, 1.0, c) for s, c in ((7.0, 1), (13.0, 3), (29.0, 2))]
    steps = [dpsgd(1.3, 0.02, 100), dpsgd(1.3, 0.02, 150)]
    forward = epsilon([*stats, *steps], 1e-6)
    assert epsilon([steps[1], stats[2], steps[0], stats[0], stats[1]], 1e-6) == forward
    # Same (sigma, q) runs merge into one run of the summed steps.
    assert epsilon([*stats, dpsgd(1.3, 0.02, 250)], 1e-6) == forward


def test_preprocessing_release_composes_with_training() -> None:
    stats = Mechanism("gaussian", 20.0, 1.0, 3)
    train = dpsgd(1.0, 0.01, 1000)
    alone = epsilon([train], 1e-5).pld
    assert epsilon([stats, train], 1e-5).pld > alone


# ---------------------------------------------------------------------------
# Calibration


@settings(
    max_examples=10,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    target=st.floats(0.1, 10.0),
    log_q=st.one_of(st.just(0.0), st.floats(math.log(0.005), 0.0)),
    log_steps=st.floats(math.log(10), math.log(20_000)),
    delta=st.sampled_from([1e-5, 1e-6, 1e-7]),
)
def test_calibrate_never_exceeds_the_target_and_is_tight(
    target: float, log_q: float, log_steps: float, delta: float
) -> None:
    q, steps = math.exp(log_q), round(math.exp(log_steps))
    plan = calibrate(target, delta, sample_rate=q, steps=steps)
    assert plan.epsilon <= target
    assert plan.epsilon_rdp >= plan.epsilon
    # The reported epsilon is what epsilon() recomputes from the ledger record.
    again = epsilon([plan.mechanism()], delta)
    assert again.pld == plan.epsilon and again.rdp == plan.epsilon_rdp
    # The smallest noise within ~1 %: 2 % less noise breaks the budget.
    if plan.noise_multiplier > SIGMA_MIN * 1.02:
        less = dpsgd(plan.noise_multiplier / 1.02, q, steps)
        assert epsilon([less], delta).pld > target


def test_calibrate_handles_rate_one_like_the_analytic_gaussian() -> None:
    plan = calibrate(1.0, 1e-5, sample_rate=1.0, steps=100)
    # 100 full-batch steps at sigma = one Gaussian at sigma / 10.
    assert plan.epsilon <= 1.0
    assert exact_gaussian_epsilon(plan.noise_multiplier / 10.0, 1e-5) <= 1.0
    assert exact_gaussian_epsilon(plan.noise_multiplier / 10.0 / 1.01, 1e-5) > 1.0 * 0.995


def test_calibrate_spends_what_is_left_after_preprocessing() -> None:
    spent = [Mechanism("gaussian", 10.0, 1.0, 2)]
    plain = calibrate(2.0, 1e-5, sample_rate=0.01, steps=1000)
    plan = calibrate(2.0, 1e-5, sample_rate=0.01, steps=1000, already_spent=spent)
    assert plan.noise_multiplier > plain.noise_multiplier
    assert plan.epsilon <= 2.0
    assert epsilon([*spent, plan.mechanism()], 1e-5).pld == plan.epsilon


def test_an_unreachable_target_is_infeasible() -> None:
    with pytest.raises(AccountingError) as info:
        calibrate(0.01, 1e-7, sample_rate=1.0, steps=20_000)
    assert info.value.code == "accounting.infeasible"
    assert f"{SIGMA_MAX:g}" in info.value.message


def test_a_budget_already_spent_is_infeasible() -> None:
    spent = [Mechanism("gaussian", 0.5, 1.0, 1)]
    with pytest.raises(AccountingError) as info:
        calibrate(1.0, 1e-5, sample_rate=0.01, steps=100, already_spent=spent)
    assert info.value.code == "accounting.infeasible"


def test_a_huge_target_is_clamped_to_the_minimum_noise() -> None:
    plan = calibrate(2000.0, 1e-5, sample_rate=1.0, steps=1)
    assert plan.noise_multiplier == SIGMA_MIN
    assert plan.epsilon <= 2000.0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"target_epsilon": 0.0}, "target_epsilon"),
        ({"target_epsilon": math.nan}, "target_epsilon"),
        ({"target_epsilon": math.inf}, "target_epsilon"),
        ({"delta": 0.0}, "delta"),
        ({"delta": 1.0}, "delta"),
        ({"delta": True}, "delta"),
        ({"sample_rate": 0.0}, "sample_rate"),
        ({"sample_rate": 1.5}, "sample_rate"),
        ({"sample_rate": "0.1"}, "sample_rate"),
        ({"steps": 0}, "steps"),
        ({"steps": 10.0}, "steps"),
        ({"steps": True}, "steps"),
    ],
)
def test_calibrate_rejects_bad_arguments(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"target_epsilon": 1.0, "delta": 1e-5, "sample_rate": 0.01, "steps": 10}
    args.update(kwargs)
    with pytest.raises(InvalidInput) as info:
        calibrate(args.pop("target_epsilon"), args.pop("delta"), **args)
    assert info.value.code == "accounting.invalid_calibration"
    assert [d for d in info.value.details if d.startswith(f"{field}:")]


def test_calibrate_lists_every_bad_argument_at_once() -> None:
    with pytest.raises(InvalidInput) as info:
        calibrate(-1.0, 2.0, sample_rate=0.0, steps=0)
    assert len(info.value.details) == 4


def test_plan_json_and_mechanism() -> None:
    plan = calibrate(3.0, 1e-5, sample_rate=0.02, steps=200)
    assert isinstance(plan, DpSgdPlan)
    assert plan.mechanism() == dpsgd(plan.noise_multiplier, 0.02, 200)
    d = plan.to_json()
    assert json.loads(json.dumps(d)) == d
    assert d["epsilon"] == plan.epsilon and d["target_epsilon"] == 3.0
    assert d["neighboring_relation"] == "add_or_remove_one"
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.epsilon = 0.0  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Mechanism JSON


def test_mechanism_json_round_trips_through_canonical_json() -> None:
    for m in (dpsgd(1.1, 0.004, 5000), Mechanism("gaussian", 2.0), dpsgd(3, 1, 7)):
        assert Mechanism.from_json(m.to_json()) == m
        # RFC 8785 writes 1.0 as 1: integers are fine for the float fields.
        assert Mechanism.from_json(loads(canonical_json(m.to_json()))) == m
    assert isinstance(dpsgd(3, 1, 7).noise_multiplier, float)


GOOD: dict[str, Any] = {
    "kind": "poisson_gaussian",
    "noise_multiplier": 1.0,
    "sample_rate": 0.01,
    "count": 100,
}


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"noise_multiplier": -1.0}, "noise_multiplier"),
        ({"noise_multiplier": 0.0}, "noise_multiplier"),
        ({"noise_multiplier": math.nan}, "noise_multiplier"),
        ({"noise_multiplier": math.inf}, "noise_multiplier"),
        ({"noise_multiplier": "1.0"}, "noise_multiplier"),
        ({"noise_multiplier": True}, "noise_multiplier"),
        ({"noise_multiplier": None}, "noise_multiplier"),
        ({"noise_multiplier": 10**400}, "noise_multiplier"),
        ({"sample_rate": 1.5}, "sample_rate"),
        ({"sample_rate": 0.0}, "sample_rate"),
        ({"sample_rate": -0.1}, "sample_rate"),
        ({"sample_rate": math.nan}, "sample_rate"),
        ({"kind": "laplace"}, "kind"),
        ({"kind": 1}, "kind"),
        ({"kind": "gaussian"}, "sample_rate"),  # a plain Gaussian has no sampling
        ({"count": True}, "count"),
        ({"count": 10.0}, "count"),
        ({"count": "10"}, "count"),
        ({"count": 0}, "count"),
        ({"count": -5}, "count"),
        ({"count": 10**7}, "count"),
        ({"extra": 1}, "extra"),
    ],
)
def test_malformed_mechanism_json_is_rejected(patch: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Mechanism.from_json({**GOOD, **patch})
    assert info.value.code == "accounting.invalid_mechanism"
    assert [d for d in info.value.details if d.startswith(f"{field}:")]


@pytest.mark.parametrize("key", sorted(GOOD))
def test_every_mechanism_field_is_required(key: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Mechanism.from_json({k: v for k, v in GOOD.items() if k != key})
    assert info.value.details == (f"{key}: required",)


@pytest.mark.parametrize("value", [None, [], "x", 1, [GOOD]])
def test_mechanism_json_must_be_an_object(value: Any) -> None:
    with pytest.raises(InvalidInput):
        Mechanism.from_json(value)


def test_mechanism_constructor_validates_too() -> None:
    with pytest.raises(InvalidInput) as info:
        Mechanism("poisson_gaussian", -1.0, 2.0, 0)
    assert len(info.value.details) == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        dpsgd(1.0, 0.1, 1).count = 2  # type: ignore[misc]


@pytest.mark.parametrize("delta", [0.0, 1.0, -1e-5, math.nan, True, "1e-5"])
def test_epsilon_rejects_a_bad_delta(delta: Any) -> None:
    with pytest.raises(InvalidInput):
        epsilon([dpsgd(1.0, 0.1, 1)], delta)


@pytest.mark.parametrize("mechanisms", [dpsgd(1.0, 0.1, 1), "abc", {"kind": "gaussian"}, [GOOD]])
def test_epsilon_rejects_what_is_not_mechanisms(mechanisms: Any) -> None:
    with pytest.raises(InvalidInput):
        epsilon(mechanisms, 1e-5)


# ---------------------------------------------------------------------------
# Fail closed


def test_accounting_error_is_an_integrity_error() -> None:
    err = AccountingError("x")
    assert isinstance(err, IntegrityError) and isinstance(err, CustosError)
    assert err.code == "accounting.failed" and err.exit_code == 70


def _raise(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("boom")


@pytest.mark.parametrize(
    ("target", "attribute", "replacement"),
    [
        ("pld", "compose", _raise),
        ("pld", "get_epsilon", _raise),
        ("pld", "get_epsilon", lambda self, delta: math.nan),
        ("pld", "get_epsilon", lambda self, delta: math.inf),
        ("pld", "get_epsilon", lambda self, delta: -0.5),
        ("pld", "get_epsilon", lambda self, delta: "1.0"),
        ("rdp", "compose", _raise),
        ("rdp", "get_epsilon", lambda self, delta: math.nan),
        ("rdp", "get_epsilon", lambda self, delta: math.inf),
    ],
)
def test_any_failure_inside_dp_accounting_fails_closed(
    monkeypatch: pytest.MonkeyPatch, target: str, attribute: str, replacement: Any
) -> None:
    cls = dp_accounting.pld.PLDAccountant if target == "pld" else dp_accounting.rdp.RdpAccountant
    monkeypatch.setattr(cls, attribute, replacement)
    with pytest.raises(AccountingError) as info:
        epsilon([dpsgd(1.0, 0.01, 100)], 1e-5)
    assert info.value.code == "accounting.failed"
    with pytest.raises(AccountingError):
        calibrate(1.0, 1e-5, sample_rate=0.01, steps=100)


def test_pld_above_rdp_fails_the_cross_check(monkeypatch: pytest.MonkeyPatch) -> None:
    real = dp_accounting.rdp.RdpAccountant.get_epsilon
    monkeypatch.setattr(
        dp_accounting.rdp.RdpAccountant,
        "get_epsilon",
        lambda self, delta: real(self, delta) / 2.0,
    )
    with pytest.raises(AccountingError) as info:
        epsilon([dpsgd(1.0, 0.01, 100)], 1e-5)
    assert info.value.code == "accounting.failed"
    assert "disagree" in info.value.message


def test_an_unsupported_event_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        _accounting, "_event", lambda mechanisms, rdp=False: dp_accounting.UnsupportedDpEvent()
    )
    with pytest.raises(AccountingError):
        epsilon([dpsgd(1.0, 0.01, 100)], 1e-5)


# ---------------------------------------------------------------------------
# Dependencies


ALLOWED_IMPORTS = {
    "__future__",
    "collections",
    "dataclasses",
    "functools",
    "math",
    "numbers",
    "typing",
    "custos",
    "dp_accounting",
    "attr",
    "numpy",
}


def test_the_accountant_imports_neither_torch_nor_opacus() -> None:
    tree = ast.parse(MODULE.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            roots.add(node.module.split(".")[0])
    assert roots <= ALLOWED_IMPORTS, roots - ALLOWED_IMPORTS


def test_parsing_is_light_and_computing_loads_no_torch() -> None:
    # Load the module file on its own so the test does not depend on what
    # custos.training's __init__ imports.
    code = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("accounting_probe", {str(MODULE)!r})
mod = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = mod
spec.loader.exec_module(mod)
m = mod.Mechanism.from_json({GOOD!r})
before = [x for x in ("dp_accounting", "scipy", "torch", "opacus") if x in sys.modules]
mod.epsilon([m], 1e-5)
after = [x for x in ("torch", "opacus") if x in sys.modules]
print(",".join(before) + "|" + ",".join(after))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "|"


# ---------------------------------------------------------------------------
# Pure-DP releases (e.g. the exponential-mechanism selections of a synthesiser)


def _exact_pure_composition(eps0: float, k: int, delta: float) -> float:
    """Optimal composition of ``k`` eps0-DP mechanisms (Kairouz et al. 2015).

    The dominating pair of eps0-DP is binary randomized response; ``k`` of
    them compose to a privacy loss ``eps0 * (2 i - k)`` with ``i`` binomial.
    """
    from math import comb, exp

    p = exp(eps0) / (1.0 + exp(eps0))

    def delta_at(e: float) -> float:
        total = 0.0
        for i in range(k + 1):
            loss = eps0 * (2 * i - k)
            if loss > e:
                total += comb(k, i) * p**i * (1 - p) ** (k - i) * (1.0 - exp(e - loss))
        return total

    lo, hi = 0.0, eps0 * k
    for _ in range(100):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if delta_at(mid) > delta else (lo, mid)
    return hi


@pytest.mark.parametrize(("eps0", "k"), [(0.5, 1), (0.1, 10), (0.05, 30), (0.2, 40)])
def test_pure_dp_composition_matches_the_optimal_composition(eps0: float, k: int) -> None:
    exact = _exact_pure_composition(eps0, k, 1e-5)
    got = epsilon([Mechanism.pure(eps0, k)], 1e-5)
    # An upper bound (pessimistic), within the fine discretisation's error.
    assert exact * (1 - 1e-9) <= got.pld <= exact * 1.005 + 1e-4
    assert got.pld <= eps0 * k  # never worse than adding the epsilons up
    assert got.rdp >= got.pld


def test_pure_dp_composes_with_gaussians_in_any_order() -> None:
    mechs = [
        Mechanism.pure(0.1, 30),
        dpsgd(1.0, 0.01, 1000),
        Mechanism("gaussian", 8.0, count=3),
        Mechanism.pure(0.07, 20),
    ]
    forward = epsilon(mechs, 1e-5)
    assert epsilon(list(reversed(mechs)), 1e-5) == forward
    alone = epsilon([dpsgd(1.0, 0.01, 1000), Mechanism("gaussian", 8.0, count=3)], 1e-5)
    assert forward.pld > alone.pld


def test_pure_dp_json_is_strict_and_round_trips() -> None:
    m = Mechanism.pure(0.25, 7)
    assert m.to_json() == {"kind": "pure_dp", "epsilon": 0.25, "count": 7}
    assert Mechanism.from_json(m.to_json()) == m
    bad = [
        {"kind": "pure_dp", "epsilon": 0.25, "count": 7, "noise_multiplier": 1.0},
        {"kind": "pure_dp", "count": 7},
        {"kind": "pure_dp", "epsilon": 0.0, "count": 7},
        {"kind": "pure_dp", "epsilon": "0.1", "count": 7},
        {"kind": "pure_dp", "epsilon": 11.0, "count": 7},
        {"kind": "pure_dp", "epsilon": 0.1, "count": True},
    ]
    for d in bad:
        with pytest.raises(InvalidInput):
            Mechanism.from_json(d)
    with pytest.raises(InvalidInput):
        Mechanism("gaussian", 1.0, epsilon=0.5)
    with pytest.raises(InvalidInput):
        Mechanism("pure_dp", 1.0, epsilon=0.5)
