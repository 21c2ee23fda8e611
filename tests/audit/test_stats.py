"""Attack scores and audit statistics: against scikit-learn, known values and simulations."""

from __future__ import annotations

import json
import math
import time
from typing import Any

import numpy as np
import pytest

pytest.importorskip("scipy")
sklearn_metrics = pytest.importorskip("sklearn.metrics")

from custos.audit import _stats as S  # noqa: E402


def tied_scores(seed: int, n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Scores with many ties (rounded) and a membership that leans on them."""
    rng = np.random.default_rng(seed)
    member = rng.random(n) < 0.4
    member[:2] = [True, False]
    scores = np.round(rng.normal(size=n) + 0.7 * member, 1)
    return scores, member


def to_logits(phi: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.where(y == 1, phi, -phi)


# --------------------------------------------------------------------------- scores


def test_signed_logit_flips_for_label_zero_in_one_and_two_dimensions() -> None:
    h = np.array([2.0, -1.0, 0.5])
    y = np.array([1, 0, 0])
    assert S.signed_logit(h, y).tolist() == [2.0, 1.0, -0.5]
    two = S.signed_logit(np.stack([h, -h]), y)
    assert two.shape == (2, 3)
    assert two.tolist() == [[2.0, 1.0, -0.5], [-2.0, -1.0, 0.5]]


def test_loss_scores_are_minus_cross_entropy_and_stable() -> None:
    rng = np.random.default_rng(0)
    h = rng.normal(scale=3, size=50)
    y = rng.integers(0, 2, size=50)
    p = 1 / (1 + np.exp(-h))
    bce = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    np.testing.assert_allclose(S.loss_scores(h, y), -bce, rtol=1e-10)
    extreme = S.loss_scores(np.array([1000.0, 1000.0]), np.array([0, 1]))
    assert np.all(np.isfinite(extreme))
    assert extreme[0] == pytest.approx(-1000.0)
    assert extreme[1] == 0.0


# --------------------------------------------------------------------------- ROC and AUC


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_roc_curve_matches_sklearn_with_ties(seed: int) -> None:
    scores, member = tied_scores(seed)
    roc = S.roc_curve(scores, member)
    fpr, tpr, thr = sklearn_metrics.roc_curve(member, scores, drop_intermediate=False)
    np.testing.assert_allclose(roc.fpr, fpr)
    np.testing.assert_allclose(roc.tpr, tpr)
    assert roc.thresholds[0] == np.inf
    np.testing.assert_array_equal(roc.thresholds[1:], thr[1:])
    assert (roc.fpr[0], roc.tpr[0], roc.fpr[-1], roc.tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert roc.thresholds.size == np.unique(scores).size + 1


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_auc_matches_sklearn_with_ties(seed: int) -> None:
    scores, member = tied_scores(seed)
    result = S.auc(scores, member, bootstrap=200, seed=seed)
    assert result.estimate == pytest.approx(sklearn_metrics.roc_auc_score(member, scores))
    assert result.low <= result.estimate <= result.high


def test_auc_interval_narrows_with_more_rows_and_is_seeded() -> None:
    rng = np.random.default_rng(5)

    def width(n: int) -> float:
        member = np.arange(n) % 2 == 0
        scores = rng.normal(size=n) + 0.5 * member
        r = S.auc(scores, member, bootstrap=500)
        assert r.low <= r.estimate <= r.high
        return r.high - r.low

    assert width(4000) < 0.6 * width(400)
    scores, member = tied_scores(9)
    assert S.auc(scores, member, seed=3) == S.auc(scores, member, seed=3)
    assert S.auc(scores, member, seed=3) != S.auc(scores, member, seed=4)


def test_auc_of_identical_distributions_is_one_half() -> None:
    rng = np.random.default_rng(11)
    member = rng.random(3000) < 0.5
    scores = rng.normal(size=3000)
    r = S.auc(scores, member)
    assert r.estimate == pytest.approx(0.5, abs=0.03)
    assert r.low <= 0.5 <= r.high


def test_constant_scores_give_auc_one_half_exactly() -> None:
    member = np.array([True, False] * 20)
    r = S.auc(np.zeros(40), member, bootstrap=50)
    assert (r.estimate, r.low, r.high) == (0.5, 0.5, 0.5)


def test_bootstraps_are_fast() -> None:
    rng = np.random.default_rng(0)
    member = rng.random(2000) < 0.5
    scores = rng.normal(size=2000) + member
    start = time.perf_counter()
    S.auc(scores, member, bootstrap=1000)
    S.advantage(scores, member, bootstrap=1000)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_advantage_is_the_largest_gap_between_tpr_and_fpr(seed: int) -> None:
    scores, member = tied_scores(seed)
    fpr, tpr, _ = sklearn_metrics.roc_curve(member, scores, drop_intermediate=False)
    r = S.advantage(scores, member, bootstrap=300, seed=seed)
    assert r.estimate == pytest.approx(float(np.max(tpr - fpr)))
    assert r.low <= r.estimate <= r.high
    assert r.low >= 0.0


def test_advantage_of_perfect_and_reversed_scores() -> None:
    member = np.arange(100) < 50
    assert S.advantage(member.astype(float), member, bootstrap=50).estimate == 1.0
    # Reversed scores: no threshold beats flagging nothing.
    assert S.advantage(-member.astype(float), member, bootstrap=50).estimate == 0.0


def test_downsample_roc_keeps_ends_and_low_fpr_points() -> None:
    rng = np.random.default_rng(2)
    member = rng.random(1500) < 0.5
    roc = S.roc_curve(rng.normal(size=1500) + member, member)
    assert 20 < np.count_nonzero(roc.fpr <= 0.01) < 150 < roc.fpr.size
    out = S.downsample_roc(roc, max_points=200)
    assert len(out["fpr"]) == len(out["tpr"]) <= 200
    assert (out["fpr"][0], out["tpr"][0]) == (0.0, 0.0)
    assert (out["fpr"][-1], out["tpr"][-1]) == (1.0, 1.0)
    low = [round(float(v), 6) for v in roc.fpr[roc.fpr <= 0.01]]
    assert set(low) <= set(out["fpr"])
    assert any(v > 0.5 for v in out["fpr"])
    assert out["fpr"] == sorted(out["fpr"])

    # A budget smaller than the low-FPR points: they are thinned, ends still kept.
    tight = S.downsample_roc(roc, max_points=20)
    assert len(tight["fpr"]) <= 20
    assert tight["fpr"][0] == 0.0 and tight["fpr"][-1] == 1.0

    small = S.roc_curve([0.1, 0.2, 0.3], [False, True, True])
    assert S.downsample_roc(small)["fpr"] == [0.0, 0.0, 0.0, 1.0]


# --------------------------------------------------------------------------- Clopper-Pearson


def test_clopper_pearson_known_values() -> None:
    low, high = S.clopper_pearson(0, 10, 0.95)
    assert low == 0.0
    assert high == pytest.approx(0.3085, abs=1e-4)
    low, high = S.clopper_pearson(5, 10, 0.95)
    assert (low, high) == (pytest.approx(0.1871, abs=1e-4), pytest.approx(0.8129, abs=1e-4))
    assert S.clopper_pearson(10, 10, 0.95) == (pytest.approx(1 - 0.3085, abs=1e-4), 1.0)
    assert S.clopper_pearson(0, 0, 0.95) == (0.0, 1.0)
    narrow = S.clopper_pearson(5, 10, 0.5)
    assert narrow[0] > low and narrow[1] < high


# --------------------------------------------------------------------------- TPR at FPR


@pytest.mark.parametrize("target", [0.001, 0.01, 0.1])
def test_tpr_at_fpr_never_exceeds_the_target(target: float) -> None:
    scores, member = tied_scores(3, n=4000)
    r = S.tpr_at_fpr(scores, member, target)
    assert r.fpr_achieved <= target
    neg, pos = scores[~member], scores[member]
    assert r.fpr_achieved == np.mean(neg >= r.threshold)
    assert r.tpr.estimate == np.mean(pos >= r.threshold)
    assert r.tpr.low <= r.tpr.estimate <= r.tpr.high
    # The largest achievable FPR: the next lower non-member score would exceed the target.
    lower = neg[neg < r.threshold]
    if lower.size:
        assert np.mean(neg >= lower.max()) > target


def test_tpr_at_fpr_resolution_and_extremes() -> None:
    member = np.arange(200) < 100
    r = S.tpr_at_fpr(np.arange(200.0) % 7, member, 0.001)
    assert not r.resolved
    assert r.fpr_achieved == 0.0

    perfect = S.tpr_at_fpr(member.astype(float), member, 0.01)
    assert perfect.tpr.estimate == 1.0
    assert perfect.fpr_achieved == 0.0

    rng = np.random.default_rng(0)
    big = rng.random(20000) < 0.5
    noise = S.tpr_at_fpr(rng.normal(size=20000), big, 0.01)
    assert noise.resolved
    assert noise.tpr.estimate < 0.03
    assert noise.tpr.low < 0.01 < noise.tpr.high or noise.tpr.estimate < 0.02

    as_json = perfect.to_json()
    assert as_json["threshold"] is not None
    json.dumps(as_json)


# --------------------------------------------------------------------------- empirical epsilon


def test_empirical_epsilon_of_random_scores_is_near_zero() -> None:
    bounds = []
    for seed in range(20):
        rng = np.random.default_rng(seed)
        member = rng.random(1000) < 0.5
        bounds.append(S.empirical_epsilon(rng.normal(size=1000), member, 1e-5, seed=seed))
    assert sum(b.lower_bound == 0.0 for b in bounds) >= 17
    assert max(b.lower_bound for b in bounds) < 0.3


def test_empirical_epsilon_of_perfect_scores_is_large() -> None:
    member = np.arange(1000) % 2 == 0
    r = S.empirical_epsilon(member.astype(float), member, 1e-5)
    assert r.lower_bound > 2.0
    assert r.threshold_rows + r.bound_rows == 1000
    assert r.tpr_low > 0.95 and r.fpr_high < 0.05
    json.dumps(r.to_json())


def test_empirical_epsilon_is_valid_for_randomized_response() -> None:
    eps = 1.0
    keep = math.exp(eps) / (1 + math.exp(eps))
    over = 0
    for seed in range(200):
        rng = np.random.default_rng(1000 + seed)
        member = rng.random(2000) < 0.5
        truthful = rng.random(2000) < keep
        scores = np.where(truthful, member, ~member).astype(float)
        if S.empirical_epsilon(scores, member, 0.0, seed=seed).lower_bound > eps:
            over += 1
    assert over <= 10


def test_empirical_epsilon_split_is_seeded() -> None:
    scores, member = tied_scores(1, n=600)
    a = S.empirical_epsilon(scores, member, 1e-5, seed=7)
    assert a == S.empirical_epsilon(scores, member, 1e-5, seed=7)


# --------------------------------------------------------------------------- one-run audit


def binomial_tail(r: int, q: float, v: int) -> float:
    return sum(math.comb(r, i) * q**i * (1 - q) ** (r - i) for i in range(v, r + 1))


def test_one_run_p_value_without_delta_is_the_binomial_tail() -> None:
    for v in (0, 20, 35, 50):
        q = math.exp(0.7) / (1 + math.exp(0.7))
        assert S.one_run_p_value(100, 50, v, 0.7, 0.0) == pytest.approx(binomial_tail(50, q, v))


def test_one_run_p_value_delta_term_follows_the_theorem() -> None:
    m, r, v, eps, delta = 200, 60, 45, 0.5, 1e-3
    q = math.exp(eps) / (1 + math.exp(eps))

    def pmf(i: int) -> float:
        return math.comb(r, i) * q**i * (1 - q) ** (r - i)

    spread = max(sum(pmf(j) for j in range(v - i, v)) / i for i in range(1, v + 1))
    expected = binomial_tail(r, q, v) + 2 * m * delta * spread
    assert S.one_run_p_value(m, r, v, eps, delta) == pytest.approx(expected, rel=1e-9)


def test_one_run_epsilon_grows_with_correct_guesses() -> None:
    bounds = [S.one_run_epsilon(1000, 1000, v, 1e-5, 0.95) for v in range(500, 1001, 50)]
    assert bounds == sorted(bounds)
    assert bounds[0] == 0.0
    assert bounds[-1] > 5.0
    # The bound is where the p-value crosses the level.
    e = S.one_run_epsilon(1000, 200, 180, 1e-5, 0.95)
    assert S.one_run_p_value(1000, 200, 180, e, 1e-5) < 0.05
    assert S.one_run_p_value(1000, 200, 180, e + 2e-4, 1e-5) >= 0.05


def randomized_response_canaries(eps: float, seed: int, m: int = 1000) -> tuple[Any, Any]:
    rng = np.random.default_rng(seed)
    included = rng.random(m) < 0.5
    flip = rng.random(m) < 1 / (1 + math.exp(eps))
    scores = (included ^ flip).astype(float) + 1e-3 * rng.random(m)
    return scores, included


def test_one_run_audit_is_valid_for_an_eps_one_mechanism() -> None:
    over = sum(
        S.one_run_audit(*randomized_response_canaries(1.0, seed), 1e-5).lower_bound > 1.0
        for seed in range(100)
    )
    assert over <= 5


def test_one_run_audit_has_power() -> None:
    results = [S.one_run_audit(*randomized_response_canaries(2.0, s), 1e-5) for s in range(20)]
    assert sum(r.lower_bound > 0.5 for r in results) >= 15
    r = results[0]
    assert r.canaries == 1000
    assert r.guesses == r.k_positive + r.k_negative
    assert r.correct <= r.guesses
    json.dumps(r.to_json())


def test_one_run_audit_never_breaks_ties_by_position() -> None:
    # Included canaries listed first, all scores equal: any guess would be luck of the order.
    included = np.arange(100) < 50
    r = S.one_run_audit(np.zeros(100), included, 1e-5)
    assert r.guesses == 0
    assert r.lower_bound == 0.0


def test_one_run_audit_guess_counts() -> None:
    scores, included = randomized_response_canaries(3.0, 0, m=200)
    r = S.one_run_audit(scores, included, 1e-5, guess_counts=[50])
    assert (r.k_positive, r.k_negative, r.guesses) == (50, 50, 100)
    with pytest.raises(ValueError):
        S.one_run_audit(scores, included, 1e-5, guess_counts=[101])
    with pytest.raises(ValueError):
        S.one_run_audit(scores[:9], included[:9], 1e-5)


# --------------------------------------------------------------------------- reference attacks


def simulated_attack(seed: int, n: int = 2000, k: int = 16) -> dict[str, Any]:
    """Rows of very different difficulty; membership shifts phi by 1.5."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=n)
    difficulty = rng.normal(0, 2, size=n)
    member = rng.random(n) < 0.5
    ref_in = S.assign_reference_membership(n, k, seed)
    ref_phi = difficulty + 1.5 * ref_in + rng.normal(0, 0.3, size=(k, n))
    phi = difficulty + 1.5 * member + rng.normal(0, 0.3, size=n)
    return {
        "target": to_logits(phi, y),
        "y": y,
        "ref": to_logits(ref_phi, y),
        "ref_in": ref_in,
        "member": member,
    }


@pytest.mark.parametrize("seed", [0, 1])
def test_reference_attacks_beat_the_loss_threshold(seed: int) -> None:
    sim = simulated_attack(seed)
    args = (sim["target"], sim["y"], sim["ref"], sim["ref_in"])

    def auc_of(scores: np.ndarray) -> float:
        return float(sklearn_metrics.roc_auc_score(sim["member"], scores))

    loss = auc_of(S.loss_scores(sim["target"], sim["y"]))
    assert auc_of(S.lira_scores(*args)) > loss + 0.1
    assert auc_of(S.lira_scores(*args, online=False)) > loss + 0.1
    assert auc_of(S.rmia_scores(*args)) > loss + 0.1
    assert auc_of(S.rmia_scores(*args, offline_a=0.5)) > loss + 0.1


def test_lira_online_matches_the_gaussian_formula() -> None:
    rng = np.random.default_rng(0)
    n, k = 5, 4
    y = np.ones(n, dtype=int)
    ref_in = S.assign_reference_membership(n, k, 0)
    ref = rng.normal(size=(k, n)) + ref_in
    target = rng.normal(size=n)
    mu_in = np.array([ref[ref_in[:, j], j].mean() for j in range(n)])
    mu_out = np.array([ref[~ref_in[:, j], j].mean() for j in range(n)])
    s_in = math.sqrt(np.mean([ref[ref_in[:, j], j].var(ddof=1) for j in range(n)]))
    s_out = math.sqrt(np.mean([ref[~ref_in[:, j], j].var(ddof=1) for j in range(n)]))

    def log_normal(x: np.ndarray, mu: np.ndarray, s: float) -> np.ndarray:
        return -0.5 * ((x - mu) / s) ** 2 - math.log(s * math.sqrt(2 * math.pi))

    expected = log_normal(target, mu_in, s_in) - log_normal(target, mu_out, s_out)
    np.testing.assert_allclose(S.lira_scores(target, y, ref, ref_in), expected, rtol=1e-10)


def test_lira_requires_in_and_out_models() -> None:
    y = np.ones(3, dtype=int)
    ref = np.zeros((4, 3))
    all_out = np.zeros((4, 3), dtype=bool)
    with pytest.raises(ValueError):
        S.lira_scores(np.zeros(3), y, ref + np.arange(4)[:, None], all_out)
    offline = S.lira_scores(np.zeros(3), y, ref + np.arange(4)[:, None], all_out, online=False)
    assert offline.shape == (3,)
    with pytest.raises(ValueError):
        S.lira_scores(np.zeros(3), y, ref, ~all_out, online=False)


def test_rmia_counts_dominated_rows_excluding_itself() -> None:
    rng = np.random.default_rng(4)
    n, k = 60, 6
    y = rng.integers(0, 2, size=n)
    ref_in = S.assign_reference_membership(n, k, 4)
    ref = rng.normal(size=(k, n))
    target = np.round(rng.normal(size=n), 1)  # ties among the ratios
    for gamma, a in [(1.0, None), (2.0, None), (0.5, None), (1.0, 0.3), (1.5, 1.0)]:
        got = S.rmia_scores(target, y, ref, ref_in, gamma=gamma, offline_a=a)
        p_ref = 1 / (1 + np.exp(-S.signed_logit(ref, y)))
        if a is None:
            pr = p_ref.mean(axis=0)
        else:
            mean_out = np.array([p_ref[~ref_in[:, j], j].mean() for j in range(n)])
            pr = ((1 + a) * mean_out + (1 - a)) / 2
        ratio = (1 / (1 + np.exp(-S.signed_logit(target, y)))) / pr
        brute = [
            np.mean([ratio[x] / ratio[z] >= gamma - 1e-12 for z in range(n) if z != x])
            for x in range(n)
        ]
        np.testing.assert_allclose(got, brute)


def test_assign_reference_membership_is_balanced_and_seeded() -> None:
    ref_in = S.assign_reference_membership(500, 8, seed=3)
    assert ref_in.shape == (8, 500) and ref_in.dtype == np.bool_
    assert np.all(ref_in.sum(axis=0) == 4)
    np.testing.assert_array_equal(ref_in, S.assign_reference_membership(500, 8, seed=3))
    assert not np.array_equal(ref_in, S.assign_reference_membership(500, 8, seed=4))
    # Every model sees about half the rows: the permutation is random per row.
    assert np.all(np.abs(ref_in.mean(axis=1) - 0.5) < 0.1)
    for bad in (3, 0, 1):
        with pytest.raises(ValueError):
            S.assign_reference_membership(10, bad, seed=0)


# --------------------------------------------------------------------------- inputs and summary


def test_attack_summary_is_json_ready() -> None:
    scores, member = tied_scores(0, n=1000)
    out = S.attack_summary("loss", scores, member, 1e-5, confidence=0.95, seed=0)
    assert set(out) == {"name", "auc", "tpr_at_fpr", "advantage", "empirical_epsilon", "roc"}
    assert [t["target_fpr"] for t in out["tpr_at_fpr"]] == [0.001, 0.01]
    assert json.loads(json.dumps(out)) == out


SECRET = 987.654321


@pytest.mark.parametrize(
    "call",
    [
        lambda: S.auc([SECRET, math.nan, 1.0], [True, False, True]),
        lambda: S.auc([SECRET, 2.0, 1.0], [True, True, True]),
        lambda: S.auc([SECRET, 2.0, 1.0], [True, False]),
        lambda: S.roc_curve([[SECRET, 1.0]], [[True, False]]),
        lambda: S.tpr_at_fpr([SECRET, math.inf], [True, False], 0.01),
        lambda: S.tpr_at_fpr([SECRET, 1.0], [True, False], 1.5),
        lambda: S.advantage([SECRET, 1.0], [True, 2]),
        lambda: S.empirical_epsilon([SECRET, 1.0, 2.0], [True, False, False], 1e-5),
        lambda: S.one_run_audit([SECRET] * 12, [True] * 12, 1e-5),
        lambda: S.loss_scores([SECRET, 1.0], [1, 2]),
        lambda: S.loss_scores([SECRET, math.nan], [1, 0]),
        lambda: S.lira_scores([SECRET], [1], [[1.0, 2.0]], [[True, False]]),
        lambda: S.rmia_scores([SECRET, 1.0], [1, 0], [[1.0, 2.0]], [[True, False]], gamma=0),
        lambda: S.clopper_pearson(11, 10, 0.95),
        lambda: S.clopper_pearson(1, 10, 1.0),
    ],
)
def test_bad_inputs_raise_without_data_in_the_message(call: Any) -> None:
    with pytest.raises(ValueError) as info:
        call()
    message = str(info.value)
    assert message
    assert not any(ch.isdigit() for ch in message), message
