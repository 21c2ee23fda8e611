"""When an empirical lower bound may call the DP guarantee broken (``contradicts_dp``).

The claim is tested at :data:`custos.audit._gate.CONTRADICTION_CONFIDENCE`,
family-wise over the attacks and the canary audit, not at the gate's usual
95%: at 95% a correctly accounted pipeline is "contradicted" by chance in a
few audits out of a hundred at worst (see the gate module's docstring).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import stats

from custos.audit._gate import (
    CONTRADICTION_CONFIDENCE,
    contradiction_confidence,
    evaluate,
    plan_request,
)
from custos.audit._models import AuditRequest, AuditSignals
from custos.audit._stats import one_run_audit
from custos.policy._dua import LeakageAuditTerms

DELTA = 1e-5
# A federated WDBC site's DP-SGD (50 full-batch steps, noise multiplier 30.6):
# the accounted epsilon of the benchmark's blocked site.
DPSGD_EPSILON = 0.85


def _no_signal(
    n: int, seed: int, canary_scores: np.ndarray | None = None
) -> tuple[AuditSignals, np.ndarray, np.ndarray, AuditRequest]:
    """Logits that carry no membership signal at all; canaries as given (else noise)."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.5).astype(np.float32)
    train_rows = np.sort(rng.permutation(n)[: round(0.8 * n)])
    request = plan_request(n, LeakageAuditTerms(), seed=seed)
    assert request.canaries is not None
    difficulty = rng.normal(0.0, 1.0, n)
    sign = np.where(y == 1, 1.0, -1.0)
    target = sign * (difficulty + rng.normal(0, 0.2, n))
    refs = sign * (difficulty + rng.normal(0, 0.2, (len(request.reference_in), n)))
    canaries = rng.normal(0, 1, len(request.canaries)) if canary_scores is None else canary_scores
    signals = AuditSignals(target_logits=target, reference_logits=refs, canary_scores=canaries)
    return signals, y, train_rows, request


def _evaluate(
    signals: AuditSignals,
    y: np.ndarray,
    train_rows: np.ndarray,
    request: AuditRequest,
    *,
    delta: float = DELTA,
) -> object:
    return evaluate(
        signals,
        y,
        train_rows,
        request,
        LeakageAuditTerms(),
        epsilon=1.0,
        dpsgd_epsilon=DPSGD_EPSILON,
        delta=delta,
        seed=1,
    )


def _randomized_response(included: np.ndarray, epsilon: float, seed: int) -> np.ndarray:
    """Canary scores of a mechanism exactly (epsilon, 0)-DP per canary, the test's worst case.

    Each score says "included" truthfully with probability e^eps / (1 + e^eps);
    independent jitter breaks ties (post-processing: still epsilon-DP).
    """
    rng = np.random.default_rng(seed)
    truthful = rng.random(len(included)) < 1.0 / (1.0 + math.exp(-epsilon))
    said = np.where(truthful, included, ~included)
    return said.astype(np.float64) + 1e-3 * rng.random(len(included))


def test_a_chance_run_of_right_guesses_is_reported_but_does_not_contradict() -> None:
    """The benchmark's block: all 20 guesses right at k = 10, the other canaries at chance.

    At the gate's 95% that certifies 1.166 > 0.85, which used to block the
    release as ``leakage.dp_contradicted``. DP-SGD at the accounted epsilon
    does it in about 2 of 10,000 audits (Monte-Carlo in the gate's
    docstring), so it is not evidence of a broken pipeline at the
    contradiction's level.
    """
    signals, y, train_rows, request = _no_signal(400, seed=0)
    assert request.canaries is not None and signals.canary_scores is not None
    included = request.canaries
    scores = signals.canary_scores.copy()
    scores[np.flatnonzero(included)[:10]] = 10.0 + np.arange(10)
    scores[np.flatnonzero(~included)[:10]] = -10.0 - np.arange(10)
    out = _evaluate(
        AuditSignals(signals.target_logits, signals.reference_logits, scores),
        y,
        train_rows,
        request,
    )
    canary = out.report["canary_audit"]  # type: ignore[attr-defined]
    # Reported at the gate's confidence, as before ...
    assert (canary["guesses"], canary["correct"]) == (20, 20)
    assert canary["lower_bound"] > DPSGD_EPSILON
    # ... but no contradiction at the stricter level, so no block and no incident.
    assert canary["dp_contradiction"]["lower_bound"] <= DPSGD_EPSILON
    assert canary["passed"] is True
    assert not out.contradicts_dp  # type: ignore[attr-defined]
    assert out.passed  # type: ignore[attr-defined]
    assert any("does not block" in n for n in out.report["notes"])  # type: ignore[attr-defined]
    assert out.report["contradiction_confidence"] == CONTRADICTION_CONFIDENCE  # type: ignore[attr-defined]


def test_a_broken_pipeline_still_contradicts_at_the_strict_level() -> None:
    """Every canary guess right (no noise at all) is far above any usual accounted epsilon."""
    signals, y, train_rows, request = _no_signal(400, seed=1)
    assert request.canaries is not None
    scores = request.canaries + np.random.default_rng(2).normal(0, 1e-3, len(request.canaries))
    out = _evaluate(
        AuditSignals(signals.target_logits, signals.reference_logits, scores),
        y,
        train_rows,
        request,
    )
    assert out.contradicts_dp  # type: ignore[attr-defined]
    canary = out.report["canary_audit"]  # type: ignore[attr-defined]
    assert canary["passed"] is False
    assert canary["dp_contradiction"]["lower_bound"] > 2.0


def test_no_signal_contradicts_at_most_at_the_stated_rate() -> None:
    """Attacks with no signal and canaries exactly at the tested epsilon, 30 seeded audits.

    Every bound may exceed by chance; the family-wise rate is at most
    ``1 - CONTRADICTION_CONFIDENCE`` (1%). The count is checked against the
    binomial quantile at that rate that a valid test exceeds once in a
    million (deterministic seeds, so the outcome is fixed).
    """
    trials, hits = 30, 0
    for seed in range(trials):
        signals, y, train_rows, request = _no_signal(200, seed=100 + seed)
        assert request.canaries is not None
        scores = _randomized_response(request.canaries, DPSGD_EPSILON, seed)
        out = _evaluate(
            AuditSignals(signals.target_logits, signals.reference_logits, scores),
            y,
            train_rows,
            request,
        )
        hits += bool(out.contradicts_dp)  # type: ignore[attr-defined]
    allowed = stats.binom.ppf(1 - 1e-6, trials, 1 - CONTRADICTION_CONFIDENCE)
    assert hits <= allowed


def test_the_canary_contradiction_holds_its_level_on_the_worst_case_mechanism() -> None:
    """300 seeded canary runs of an exactly (0.85, 0)-DP mechanism: rejections at the level."""
    _, per_bound = contradiction_confidence(LeakageAuditTerms(), tests=4)
    trials, hits = 300, 0
    for seed in range(trials):
        rng = np.random.default_rng(seed)
        included = rng.random(1000) < 0.5
        scores = _randomized_response(included, DPSGD_EPSILON, seed + 10_000)
        bound = one_run_audit(scores, included, DELTA, confidence=per_bound).lower_bound
        hits += bound > DPSGD_EPSILON
    allowed = stats.binom.ppf(1 - 1e-6, trials, 1 - per_bound)
    assert hits <= allowed


def test_the_contradiction_level_is_family_wise_and_never_below_the_dua() -> None:
    family, per_bound = contradiction_confidence(LeakageAuditTerms(), tests=4)
    assert family == CONTRADICTION_CONFIDENCE
    assert math.isclose(per_bound, 1 - (1 - CONTRADICTION_CONFIDENCE) / 4)
    family, _ = contradiction_confidence(LeakageAuditTerms(confidence=0.999), tests=4)
    assert family == 0.999


def test_a_canary_audit_that_cannot_contradict_says_so() -> None:
    """With delta 1e-3 the one-run bound's delta term swamps 1,000 canaries."""
    signals, y, train_rows, request = _no_signal(400, seed=3)
    out = _evaluate(signals, y, train_rows, request, delta=1e-3)
    notes = out.report["notes"]  # type: ignore[attr-defined]
    assert any("cannot detect a broken pipeline" in n for n in notes)
    assert out.report["canary_audit"]["dp_contradiction"]["ceiling"] <= DPSGD_EPSILON  # type: ignore[attr-defined]
