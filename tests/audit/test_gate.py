"""The gate's decision rule on controlled signals (no training)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from custos.audit._gate import evaluate, plan_request
from custos.audit._models import AuditRequest, AuditSignals
from custos.policy._dua import LeakageAuditTerms


def _signals(
    n: int, members: int, shift: float, seed: int = 0, canary_shift: float = 0.0
) -> tuple[AuditSignals, np.ndarray, np.ndarray, AuditRequest]:
    """Logits where members' true-label logit is ``shift`` higher, references alike."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.5).astype(np.float32)
    train_rows = np.sort(rng.permutation(n)[:members])
    is_member = np.zeros(n, dtype=bool)
    is_member[train_rows] = True
    terms = LeakageAuditTerms()
    request = plan_request(n, terms, seed=seed)
    difficulty = rng.normal(0.0, 1.0, n)
    sign = np.where(y == 1, 1.0, -1.0)
    target = sign * (difficulty + shift * is_member + rng.normal(0, 0.2, n))
    refs = sign * (difficulty + shift * request.reference_in + rng.normal(0, 0.2, (8, n)))
    assert request.canaries is not None
    canaries = rng.normal(0, 1, len(request.canaries)) + canary_shift * request.canaries
    return (
        AuditSignals(target_logits=target, reference_logits=refs, canary_scores=canaries),
        y,
        train_rows,
        request,
    )


def _run(
    signals: AuditSignals,
    y: np.ndarray,
    train_rows: np.ndarray,
    request: AuditRequest,
    **terms: object,
) -> object:
    return evaluate(
        signals,
        y,
        train_rows,
        request,
        LeakageAuditTerms(**terms),  # type: ignore[arg-type]
        epsilon=1.0,
        dpsgd_epsilon=0.9,
        delta=1e-5,
        seed=1,
    )


def test_no_leakage_passes_and_the_report_is_json() -> None:
    out = _run(*_signals(3000, 1500, shift=0.0))
    assert out.passed and out.reasons == []  # type: ignore[attr-defined]
    report = out.report  # type: ignore[attr-defined]
    json.dumps(report, allow_nan=False)
    assert report["decision"] == "pass"
    assert report["population"] == {
        "members": 1500,
        "non_members": 1500,
        "min_resolvable_fpr": round(1 / 1500, 6),
    }
    # Thresholds are held-out rows' scores: they never leave the node.
    for attack in report["attacks"]:
        assert all("threshold" not in e for e in attack["tpr_at_fpr"])


def test_leakage_over_a_limit_blocks_and_names_the_attack_and_metric() -> None:
    out = _run(*_signals(3000, 1500, shift=1.5))
    assert not out.passed  # type: ignore[attr-defined]
    assert any(r.startswith("lira attack: auc") for r in out.reasons)  # type: ignore[attr-defined]
    lira = next(a for a in out.report["attacks"] if a["name"] == "lira")  # type: ignore[attr-defined]
    assert "auc" in lira["over_threshold"]


def test_the_lower_bound_rule_tolerates_noise_the_estimate_rule_does_not() -> None:
    args = _signals(300, 150, shift=0.3, seed=4)
    probe = _run(*args).report  # type: ignore[attr-defined]
    lows = [a["auc"]["low"] for a in probe["attacks"]]
    estimates = [a["auc"]["estimate"] for a in probe["attacks"]]
    # A limit between the intervals' lower ends and the highest estimate.
    limit = (max(lows) + max(estimates)) / 2
    assert max(lows) < limit < max(estimates)
    tpr_off = {"max_tpr_at_fpr_0_1_percent": 1.0, "max_tpr_at_fpr_1_percent": 1.0}
    strict = _run(*args, max_auc=limit, gate_on="estimate", **tpr_off)
    lenient = _run(*args, max_auc=limit, gate_on="lower_bound", **tpr_off)
    assert not strict.passed  # type: ignore[attr-defined]
    assert lenient.passed  # type: ignore[attr-defined]


def test_an_fpr_the_cohort_cannot_resolve_is_reported_but_not_gated() -> None:
    out = _run(*_signals(400, 300, shift=0.0), max_tpr_at_fpr_0_1_percent=0.0, gate_on="estimate")
    report = out.report  # type: ignore[attr-defined]
    assert any("0.1% FPR is reported but not gated" in note for note in report["notes"])
    assert not any("fpr 0.001" in r for r in report["reasons"])
    for attack in report["attacks"]:
        assert "tpr_at_fpr_0.001" not in attack["over_threshold"]


def test_a_canary_bound_above_the_accounted_epsilon_contradicts_dp() -> None:
    out = _run(*_signals(3000, 1500, shift=0.0, canary_shift=20.0))
    assert not out.passed  # type: ignore[attr-defined]
    assert out.contradicts_dp  # type: ignore[attr-defined]
    canary = out.report["canary_audit"]  # type: ignore[attr-defined]
    assert canary["passed"] is False and canary["lower_bound"] > 0.9
    assert canary["tested_epsilon"] == 0.9


def test_plan_request_is_secret_seeded_and_balanced() -> None:
    terms = LeakageAuditTerms(reference_models=6, canaries=500)
    a, b, c = plan_request(100, terms, 1), plan_request(100, terms, 1), plan_request(100, terms, 2)
    assert np.array_equal(a.reference_in, b.reference_in)
    assert not np.array_equal(a.reference_in, c.reference_in)
    assert (a.reference_in.sum(0) == 3).all()
    assert a.canaries is not None and len(a.canaries) == 500
    assert 150 < a.canaries.sum() < 350
    assert a.runs == 7
    assert plan_request(100, LeakageAuditTerms(canary_audit=False), 1).canaries is None


@pytest.mark.parametrize("k", [3, 2])
def test_reference_model_counts_that_cannot_work_are_refused_by_the_dua(k: int) -> None:
    with pytest.raises(ValueError):
        LeakageAuditTerms(reference_models=k)


def test_the_gated_tpr_bounds_its_threshold_fpr_by_the_target() -> None:
    from custos.audit._gate import gated_tpr

    rng = np.random.default_rng(0)
    member = rng.random(6000) < 0.5
    scores = rng.normal(0, 1, 6000) + 0.8 * member
    g = gated_tpr(scores, member, 0.01, 0.95)
    assert g["resolved"] and g["fpr_high"] <= 0.01
    fp = int(np.count_nonzero(np.sort(scores[~member])[::-1] > 0)) and g["false_positives"]
    assert fp >= 1  # with thousands of non-members some false positives are allowed
    assert g["tpr_low"] <= g["tpr"]
    # The reported TPR (observed FPR <= 1%) is at least the gated one.
    from custos.audit._stats import tpr_at_fpr

    assert tpr_at_fpr(scores, member, 0.01).tpr.estimate >= g["tpr"]
    small = gated_tpr(scores[:228], member[:228], 0.01, 0.95)
    assert not small["resolved"] and small["non_members_needed"] > 114
