"""Job evaluation against DUA, data card and institutional policy (pure)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custos.core import InvalidInput, SigningKey
from custos.data import DataCard
from custos.jobs import JobSpec, parse_spec
from custos.policy import (
    DUA,
    DatasetFacts,
    DUARecord,
    InstitutionalPolicy,
    IsolationKind,
    Outcome,
    evaluate,
)
from tests.conftest import EXAMPLES, load_yaml

TODAY = date(2026, 11, 22)
KEY = SigningKey.generate()
ROWS = 569
COLUMNS: tuple[str, ...] = tuple(load_yaml(EXAMPLES / "card.yaml")["columns"])


def base_dua() -> dict[str, Any]:
    d = load_yaml(EXAMPLES / "dua.yaml")
    vendor = d["parties"]["vendor"]
    vendor.pop("public_key_file")
    vendor["public_key"] = KEY.public_key.to_text()
    return d


def base_spec() -> dict[str, Any]:
    return load_yaml(EXAMPLES / "job.yaml")


def decide(
    spec: dict[str, Any] | None = None,
    dua: dict[str, Any] | None = None,
    *,
    card: dict[str, Any] | None = None,
    rows: int = ROWS,
    spent: float = 0.0,
    policy: InstitutionalPolicy | None = None,
    revoked: bool = False,
    signature_valid: bool = True,
    today: date = TODAY,
    isolation: frozenset[IsolationKind] = frozenset({IsolationKind.BUBBLEWRAP}),
    has_dua: bool = True,
    has_dataset: bool = True,
    leakage_audit: bool = True,
) -> Any:
    s: JobSpec = parse_spec(spec or base_spec())
    d = DUA.model_validate(dua or base_dua())
    c = DataCard.model_validate(card or load_yaml(EXAMPLES / "card.yaml"))
    return evaluate(
        spec=s,
        signature_valid=signature_valid,
        dua=DUARecord(d, 1, d.content_hash, revoked) if has_dua else None,
        dataset=DatasetFacts("wdbc", c, rows, COLUMNS) if has_dataset else None,
        policy=policy or InstitutionalPolicy(),
        epsilon_spent=spent,
        today=today,
        available_isolation=isolation,
        leakage_audit_available=leakage_audit,
    )


def test_example_job_inside_every_bound_waits_for_a_human() -> None:
    d = decide()
    assert d.outcome is Outcome.PENDING_APPROVAL
    assert d.failures == ()
    assert any(r.clause == "approval.mode" for r in d.reasons)


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    for p in parents:
        doc = doc[p]
    doc[leaf] = value


# Each case moves exactly one field outside its bound: (what to change, clause expected).
ONE_FIELD_OUT = [
    ("spec", "privacy.epsilon", 2.5, "privacy.max_epsilon_per_job"),
    ("spec", "privacy.delta", 2e-5, "privacy.delta"),
    ("spec", "vendor", "evil-corp", "parties.vendor.id"),
    ("spec", "dataset", "other", "datasets"),
    ("spec", "purpose", "Training anything we like", "purpose"),
    ("spec", "outputs", ["weights", "aggregate_metrics", "privacy_report", "records"], None),
    ("spec", "task.target", "no_such_column", "task.target"),
    ("spec", "task.target", "patient_id", "card.excluded_columns"),
    ("dua", "privacy.min_cohort_size", 600, "privacy.min_cohort_size"),
    ("dua", "validity.not_after", "2026-06-30", "validity.not_after"),
    ("dua", "validity.not_before", "2027-01-01", "validity.not_before"),
    ("dua", "permitted_outputs", ["weights"], "permitted_outputs"),
    ("dua", "use_terms.product_improvement", True, "use_terms.product_improvement"),
    ("dua", "use_terms.secondary_use", True, "use_terms.secondary_use"),
    (
        "dua",
        "breach_notification.notify_within_hours",
        96,
        "breach_notification.notify_within_hours",
    ),
    ("dua", "isolation.accepted", ["sev-snp"], "isolation.accepted"),
]


@pytest.mark.parametrize(("doc", "path", "value", "clause"), ONE_FIELD_OUT)
def test_moving_one_field_out_of_bounds_rejects_naming_its_clause(
    doc: str, path: str, value: Any, clause: str | None
) -> None:
    spec, dua = base_spec(), base_dua()
    if doc == "dua" and path == "validity.not_before":
        dua["validity"]["not_after"] = "2030-12-31"
    _set(spec if doc == "spec" else dua, path, value)
    if clause is None:  # not even representable: records can never be requested
        with pytest.raises(InvalidInput) as info:
            parse_spec(spec)
        assert any(d.startswith("outputs.3") for d in info.value.details)
        return
    d = decide(spec, dua)
    assert d.outcome is Outcome.REJECTED
    assert clause in d.failed_clauses, d.failed_clauses


def test_every_failure_is_listed_not_just_the_first() -> None:
    spec = base_spec()
    spec["privacy"]["epsilon"] = 3.0
    spec["task"]["target"] = "patient_id"
    spec["model"] = {"arch": "mlp", "hidden": [16]}
    policy = InstitutionalPolicy(allowed_models=["logistic_regression"])
    d = decide(spec, policy=policy, spent=7.5)
    assert {
        "privacy.max_epsilon_per_job",
        "privacy.lifetime_epsilon_per_dataset",
        "card.excluded_columns",
        "policy.allowed_models",
    } <= d.failed_clauses


def test_revoked_expired_or_unsigned_refuses() -> None:
    assert "status" in decide(revoked=True).failed_clauses
    assert "validity.not_after" in decide(today=date(2031, 1, 1)).failed_clauses
    assert "parties.vendor.public_key" in decide(signature_valid=False).failed_clauses
    assert decide(has_dua=False).outcome is Outcome.REJECTED
    assert "datasets" in decide(has_dataset=False).failed_clauses


def test_lifetime_budget_counts_what_other_jobs_spent() -> None:
    assert decide(spent=7.0).outcome is Outcome.PENDING_APPROVAL  # 7 + 1 = 8, exactly the limit
    d = decide(spent=7.5)
    assert d.failed_clauses == {"privacy.lifetime_epsilon_per_dataset"}


def test_delta_must_be_below_one_over_n() -> None:
    dua = base_dua()
    dua["privacy"]["delta"] = 1e-3
    dua["privacy"]["min_cohort_size"] = 1
    spec = base_spec()
    spec["privacy"]["delta"] = 1e-3
    policy = InstitutionalPolicy(max_delta=1e-2)
    d = decide(spec, dua, rows=1000, policy=policy)
    assert "privacy.delta" in d.failed_clauses
    assert any(r.code == "delta.too_large_for_cohort" for r in d.failures)


def test_isolation_none_needs_both_dua_and_institution() -> None:
    dua = base_dua()
    dua["isolation"]["accepted"] = ["none"]
    only_none = frozenset({IsolationKind.NONE})
    assert "isolation.accepted" in decide(dua=dua, isolation=only_none).failed_clauses
    ok = decide(dua=dua, isolation=only_none, policy=InstitutionalPolicy(allow_isolation_none=True))
    assert ok.outcome is Outcome.PENDING_APPROVAL


def test_bubblewrap_required_but_missing_is_refused() -> None:
    d = decide(isolation=frozenset({IsolationKind.NONE}))
    assert d.failed_clauses == {"isolation.accepted"}


def test_vague_purpose_is_refused_by_institutional_policy() -> None:
    dua, spec = base_dua(), base_spec()
    card = load_yaml(EXAMPLES / "card.yaml")
    vague = "Service improvement and analytics"
    dua["purpose"] = spec["purpose"] = vague
    card["allowed_purposes"].append(vague)
    d = decide(spec, dua, card=card)
    assert d.failed_clauses == {"policy.forbidden_purpose_terms"}


def _auto_dua(spec: dict[str, Any]) -> dict[str, Any]:
    dua = base_dua()
    dua["approval"] = {
        "mode": "automatic",
        "auto_max_epsilon": 1.0,
        "allowed_code_hashes": [parse_spec(spec).model_hash],
    }
    return dua


def test_automatic_approval_only_when_policy_bounds_and_hash_allow() -> None:
    spec = base_spec()
    allow = InstitutionalPolicy(allow_automatic_approval=True)
    assert decide(spec, _auto_dua(spec), policy=allow).outcome is Outcome.APPROVED
    # institution says humans decide
    assert decide(spec, _auto_dua(spec)).outcome is Outcome.PENDING_APPROVAL
    # model not on the allow-list
    other = base_spec()
    other["model"] = {"arch": "mlp", "hidden": [8]}
    assert decide(other, _auto_dua(spec), policy=allow).outcome is Outcome.PENDING_APPROVAL
    # epsilon above the automatic bound but within the DUA
    bigger = base_spec()
    bigger["privacy"]["epsilon"] = 1.5
    assert decide(bigger, _auto_dua(spec), policy=allow).outcome is Outcome.PENDING_APPROVAL


def test_automatic_mode_without_bounds_is_an_invalid_dua() -> None:
    dua = base_dua()
    dua["approval"] = {"mode": "automatic"}
    with pytest.raises(ValueError, match="auto_max_epsilon"):
        DUA.model_validate(dua)


# -- properties ---------------------------------------------------------------

BOUNDS = st.fixed_dictionaries(
    {
        "max_eps": st.floats(0.1, 10, allow_nan=False),
        "lifetime_factor": st.floats(1, 5, allow_nan=False),
        "delta_exp": st.integers(6, 9),
        "min_cohort": st.integers(1, ROWS),
    }
)


def _within(bounds: dict[str, Any], frac: float) -> tuple[dict[str, Any], dict[str, Any]]:
    dua, spec = base_dua(), base_spec()
    dua["privacy"] = {
        "max_epsilon_per_job": bounds["max_eps"],
        "lifetime_epsilon_per_dataset": bounds["max_eps"] * bounds["lifetime_factor"],
        "delta": 10.0 ** -bounds["delta_exp"],
        "min_cohort_size": bounds["min_cohort"],
    }
    spec["privacy"] = {"epsilon": bounds["max_eps"] * frac, "delta": 10.0 ** -bounds["delta_exp"]}
    return spec, dua


@settings(max_examples=60, deadline=None)
@given(bounds=BOUNDS, frac=st.floats(0.01, 1.0, allow_nan=False))
def test_property_any_job_inside_every_bound_is_accepted(
    bounds: dict[str, Any], frac: float
) -> None:
    spec, dua = _within(bounds, frac)
    d = decide(spec, dua, policy=InstitutionalPolicy(max_epsilon_per_job=100))
    assert d.outcome is Outcome.PENDING_APPROVAL, d.failed_clauses


@settings(max_examples=80, deadline=None)
@given(
    bounds=BOUNDS,
    which=st.sampled_from(["epsilon", "delta", "cohort", "lifetime", "expired"]),
    excess=st.floats(1.01, 10, allow_nan=False),
)
def test_property_one_field_outside_its_bound_rejects_with_that_clause(
    bounds: dict[str, Any], which: str, excess: float
) -> None:
    spec, dua = _within(bounds, 1.0)
    rows, spent, today = ROWS, 0.0, TODAY
    if which == "epsilon":
        spec["privacy"]["epsilon"] = min(bounds["max_eps"] * excess, 100.0)
        if spec["privacy"]["epsilon"] <= bounds["max_eps"] * 1.000001:
            return
        dua["privacy"]["lifetime_epsilon_per_dataset"] = 1000.0
        clause = "privacy.max_epsilon_per_job"
    elif which == "delta":
        spec["privacy"]["delta"] = dua["privacy"]["delta"] * excess
        clause = "privacy.delta"
    elif which == "cohort":
        rows = max(1, int(bounds["min_cohort"] / excess) - 1)
        if rows >= bounds["min_cohort"]:
            return
        clause = "privacy.min_cohort_size"
    elif which == "lifetime":
        spent = dua["privacy"]["lifetime_epsilon_per_dataset"] - bounds["max_eps"] / excess / 2
        clause = "privacy.lifetime_epsilon_per_dataset"
    else:
        today = date(2031, 1, 1)
        clause = "validity.not_after"
    d = decide(
        spec,
        dua,
        rows=rows,
        spent=spent,
        today=today,
        policy=InstitutionalPolicy(max_epsilon_per_job=100, max_delta=1e-3),
    )
    assert d.outcome is Outcome.REJECTED
    assert clause in d.failed_clauses


def test_decision_round_trips_through_json() -> None:
    from custos.policy import Decision

    d = decide(spent=7.5)
    assert Decision.from_dict(d.to_dict()) == d


def test_example_dua_loads_with_key_file(tmp_path: Path) -> None:
    import shutil

    from custos.policy import load_dua

    shutil.copy(EXAMPLES / "dua.yaml", tmp_path / "dua.yaml")
    (tmp_path / "vendor.pub").write_text(KEY.public_key.to_text())
    dua = load_dua(tmp_path / "dua.yaml")
    assert dua.parties.vendor.public_key == KEY.public_key.to_text()


def test_a_required_leakage_audit_the_node_cannot_run_rejects_the_job() -> None:
    dua = base_dua()
    dua["leakage_audit"] = {"required": True}
    refused = decide(dua=dua, leakage_audit=False)
    assert refused.outcome is Outcome.REJECTED
    assert {r.code for r in refused.failures} == {"leakage_audit.unavailable"}
    assert decide(dua=dua, leakage_audit=True).outcome is Outcome.PENDING_APPROVAL
