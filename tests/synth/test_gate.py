"""The synthetic-data disclosure gate: copies are blocked, independent samples pass.

The stand-in for a perfect generator is a third of the breast-cancer table the
"generator" never saw: it leaks nothing about train, so every risk should be
near 0 and the gate must release it. A copy of train, and train plus noise of
1% of each column's standard deviation, must be blocked.
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

import numpy as np
import pandas as pd
import pytest

from custos.core._errors import InvalidInput
from custos.synth import _gate
from custos.synth._gate import (
    DisclosureLimits,
    DisclosureReport,
    RiskResult,
    assess_disclosure,
    decide,
    membership_inference,
)

# A category value that must never reach a reason, a note or the report.
MARKER = "PATIENT-VALUE-7731"
N_ATTACKS = 100


@pytest.fixture(scope="module")
def split() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from sklearn.datasets import load_breast_cancer

    df = load_breast_cancer(as_frame=True).frame
    df["target"] = df["target"].map({0: f"malignant {MARKER}", 1: f"benign {MARKER}"})
    perm = np.random.default_rng(0).permutation(len(df))
    third = len(df) // 3
    parts = (perm[:third], perm[third : 2 * third], perm[2 * third :])
    train, control, independent = (df.iloc[p].reset_index(drop=True) for p in parts)
    return train, control, independent


def _near_copy(train: pd.DataFrame) -> pd.DataFrame:
    numeric = [c for c in train.columns if c != "target"]
    noise = np.random.default_rng(1).normal(size=(len(train), len(numeric)))
    near = train.copy()
    near[numeric] = near[numeric] + noise * train[numeric].std().to_numpy() * 0.01
    return near


def _assess(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], synthetic: pd.DataFrame, **kw: Any
) -> DisclosureReport:
    train, control, _ = split
    kw.setdefault("n_attacks", N_ATTACKS)
    return assess_disclosure(
        train, control, synthetic, categorical=["target"], target="target", **kw
    )


@pytest.fixture(scope="module")
def reports(split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> dict[str, DisclosureReport]:
    train, _, independent = split
    return {
        "copy": _assess(split, train.copy()),
        "near": _assess(split, _near_copy(train)),
        "independent": _assess(split, independent),
    }


def _clauses(reasons: tuple[str, ...]) -> set[str]:
    return {r.split(":", 1)[0] for r in reasons}


def test_a_copy_of_the_training_rows_is_blocked_on_every_risk(
    reports: dict[str, DisclosureReport],
) -> None:
    report = reports["copy"]
    decision = decide(report)
    assert not decision.released
    assert _clauses(decision.reasons) == {
        "synthetic.max_singling_out_risk",
        "synthetic.max_linkability_risk",
        "synthetic.max_inference_risk",
        "synthetic.max_mia_auc",
    }
    assert report.linkability.value > 0.9
    assert report.membership["dcr"].auc > 0.99
    assert report.membership["dcr"].tpr_at_fpr[0.01] > 0.9
    assert report.dcr["exact_copies_of_train_rows"] == report.rows["train"]
    assert report.dcr["share_closer_to_train"] == 1.0
    assert any("exact copies" in note for note in decision.notes)


def test_a_near_copy_is_blocked_although_nothing_is_an_exact_copy(
    reports: dict[str, DisclosureReport],
) -> None:
    report = reports["near"]
    decision = decide(report)
    assert not decision.released
    clauses = _clauses(decision.reasons)
    assert {"synthetic.max_linkability_risk", "synthetic.max_mia_auc"} <= clauses
    assert report.dcr["exact_copies_of_train_rows"] == 0
    # Noise defeats the exact-threshold predicates of singling out: the other
    # risks must carry the decision, which is why the gate looks at all of them.
    assert report.singling_out["univariate"].value < 0.2


def test_an_independent_sample_passes_with_risks_near_zero(
    reports: dict[str, DisclosureReport],
) -> None:
    report = reports["independent"]
    decision = decide(report)
    assert decision.released, decision.reasons
    assert decision.reasons == ()
    for result in [*report.singling_out.values(), report.linkability]:
        assert result.value < 0.15
    assert report.inference["target"].value < 0.3
    for attack in report.membership.values():
        assert 0.4 < attack.auc < 0.6
        assert attack.auc_low < 0.5 < attack.auc_high
    assert 0.35 < report.dcr["share_closer_to_train"] < 0.65


def test_gating_on_the_upper_bound_is_stricter(reports: dict[str, DisclosureReport]) -> None:
    # The documented reason the default gates the estimate: on 190 control rows
    # the inference interval of a leak-free table reaches far above any limit.
    decision = decide(reports["independent"], DisclosureLimits(gate_on="upper_bound"))
    assert not decision.released
    assert "synthetic.max_inference_risk" in _clauses(decision.reasons)


def test_n_attacks_is_clamped_to_the_control_rows(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    small_control = control.iloc[:40]
    report = assess_disclosure(
        train,
        small_control,
        independent,
        categorical=["target"],
        target="target",
        n_attacks=10_000,
        multivariate=False,
    )
    assert report.n_attacks == 40
    assert report.n_attacks_clamped
    assert report.linkability.n_attacks == 40
    assert report.inference["target"].n_attacks == 40
    assert report.to_dict()["n_attacks"] == {"requested": 10_000, "used": 40, "clamped": True}
    assert any("clamped from 10000 to 40" in note for note in report.notes)
    # Membership inference: as many members as non-members.
    assert report.membership["dcr"].members == report.membership["dcr"].non_members == 40
    assert report.membership["density_ratio"].reference == 20


def test_a_failing_evaluator_blocks_and_names_no_value(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _gate._anonymeter

    class Exploding:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise RuntimeError(f"could not parse cell {MARKER}")

    class Module:
        def __getattr__(self, name: str) -> Any:
            return Exploding if name == "LinkabilityEvaluator" else getattr(real(), name)

    monkeypatch.setattr(_gate, "_anonymeter", lambda sub="": Module() if not sub else real(sub))
    independent = split[2]
    report = _assess(split, independent, n_attacks=30, multivariate=False)
    assert report.linkability.error == "RuntimeError"
    assert math.isnan(report.linkability.value)
    decision = decide(report)
    assert not decision.released
    assert any(
        r.startswith("synthetic.max_linkability_risk") and "RuntimeError" in r
        for r in decision.reasons
    )
    dumped = json.dumps([report.to_dict(), decision.to_dict()], allow_nan=False)
    assert MARKER not in dumped


def test_a_failing_membership_attack_blocks(
    reports: dict[str, DisclosureReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    failed = dataclasses.replace(
        reports["independent"].membership["density_ratio"], auc=math.nan, error="ValueError"
    )
    report = dataclasses.replace(
        reports["independent"],
        membership={**reports["independent"].membership, "density_ratio": failed},
    )
    decision = decide(report)
    assert not decision.released
    assert any("density_ratio" in r and "fail closed" in r for r in decision.reasons)


@pytest.mark.parametrize("field", ["value", "ci_high"])
def test_a_nan_risk_blocks(reports: dict[str, DisclosureReport], field: str) -> None:
    good = reports["independent"]
    nan_result = dataclasses.replace(good.inference["target"], **{field: math.nan})
    decision = decide(dataclasses.replace(good, inference={"target": nan_result}))
    assert not decision.released
    assert any(r.startswith("synthetic.max_inference_risk") for r in decision.reasons)
    assert decision.to_dict()["compared"]["inference risk on column 'target'"] is None


def test_no_evaluation_at_all_blocks(reports: dict[str, DisclosureReport]) -> None:
    empty = dataclasses.replace(reports["independent"], inference={}, membership={})
    decision = decide(empty)
    assert not decision.released
    assert {"synthetic.max_inference_risk", "synthetic.max_mia_auc"} <= _clauses(decision.reasons)


def test_a_confidence_mismatch_blocks_when_gating_the_upper_bound(
    reports: dict[str, DisclosureReport],
) -> None:
    limits = DisclosureLimits(
        gate_on="upper_bound",
        confidence=0.99,
        max_singling_out_risk=1.0,
        max_linkability_risk=1.0,
        max_inference_risk=1.0,
        max_mia_auc=1.0,
    )
    decision = decide(reports["independent"], limits)
    assert not decision.released
    assert _clauses(decision.reasons) == {"synthetic.confidence"}


def test_limits_are_frozen_and_reject_unknown_or_out_of_range_terms() -> None:
    limits = DisclosureLimits()
    with pytest.raises(Exception, match="frozen"):
        limits.max_mia_auc = 0.9  # type: ignore[misc]
    with pytest.raises(ValueError):
        DisclosureLimits(max_mia_auc=0.4)
    with pytest.raises(ValueError):
        DisclosureLimits(max_linkability_risk=0.1, typo=1)  # type: ignore[call-arg]
    assert limits.to_dict()["gate_on"] == "estimate"


def test_the_report_is_json_and_free_of_cell_values(
    reports: dict[str, DisclosureReport],
) -> None:
    for report in reports.values():
        decision = decide(report)
        dumped = json.dumps([report.to_dict(), decision.to_dict()], allow_nan=False)
        assert MARKER not in dumped
        assert json.loads(dumped)[0]["format"] == "custos.synthetic_disclosure/v1"


def test_the_same_seed_gives_the_same_report(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    _, _, independent = split
    first = _assess(split, independent, n_attacks=40, seed=7).to_dict()
    second = _assess(split, independent, n_attacks=40, seed=7).to_dict()
    # Singling out is not reproducible (anonymeter's polars queries come in no
    # defined order; see the module docstring); everything else is.
    for report in (first, second):
        assert report.pop("singling_out")["univariate"]["counts"]["attacks"] == 40
    assert first == second


def test_bad_input_is_refused_with_a_code(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    with pytest.raises(InvalidInput) as info:
        assess_disclosure(train, control, independent.drop(columns=["mean radius"]), target="x")
    assert info.value.code == "synth.invalid_tables"
    with pytest.raises(InvalidInput) as info:
        assess_disclosure(train, control, independent)  # target is a string column
    assert info.value.code == "synth.invalid_tables"
    with pytest.raises(InvalidInput) as info:
        assess_disclosure(train, control, independent, categorical=["target"])
    assert info.value.code == "synth.invalid_secrets"
    with pytest.raises(InvalidInput) as info:
        assess_disclosure(
            train, control, independent, categorical=["target"], target="target", n_attacks=0
        )
    assert info.value.code == "synth.invalid_arguments"


def test_membership_summary_on_known_scores() -> None:
    member = np.r_[np.ones(200, bool), np.zeros(200, bool)]
    perfect = membership_inference(
        member.astype(float), member, name="p", description="", confidence=0.95
    )
    assert perfect.auc == 1.0
    assert perfect.tpr_at_fpr == {0.01: 1.0, 0.1: 1.0}
    noise = np.random.default_rng(3).normal(size=400)
    chance = membership_inference(noise, member, name="c", description="", confidence=0.95)
    assert chance.auc_low < 0.5 < chance.auc_high
    assert chance.auc_high - chance.auc_low == pytest.approx(2 * 1.96 * 0.0289, abs=0.01)
    entries = chance.to_dict()["tpr_at_fpr"]
    assert [e["resolved"] for e in entries] == [True, True]


def test_risk_result_failed_is_not_ok() -> None:
    failed = RiskResult.failed("linkability", 10, "ValueError")
    assert not failed.ok
    assert failed.to_dict()["risk"] == {"estimate": None, "low": None, "high": None}
