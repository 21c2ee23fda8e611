"""The leakage gate on a real node: a DP job passes, a broken pipeline is blocked.

These run the whole path in the node's own process (``isolation: none``);
tests/node/test_sandboxed.py runs the audit in the sandbox.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custos.core import PolicyDenied, SigningKey
from custos.jobs import JobState
from custos.ledger import verify_bundle
from custos.node import Node, get_job, leakage_report, run_job
from tests.conftest import dump_yaml
from tests.node.test_jobs import actions, spec_from
from tests.node.test_run import approved, in_process, ledger, ready  # noqa: F401 - fixture

pytestmark = pytest.mark.integration


def _incidents(node: Node, job_id: str) -> list[dict[str, Any]]:
    with node.store.read() as conn:
        entries = node.audit.entries(conn)
    return [
        e.details
        for e in entries
        if e.action == "incident.opened" and e.details.get("job") == job_id
    ]


def test_a_dp_job_passes_the_audit_and_ships_its_report(
    ready: Node,  # noqa: F811
    workdir: Path,
    vendor_key: SigningKey,
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="audit-pass")
    report = run_job(ready, job_id, rng_seed=11)
    assert report.job.state is JobState.RELEASED
    names = sorted(p.name for p in report.bundle.iterdir())
    assert "leakage_report.json" in names and "leakage_report.html" in names
    leak = json.loads((report.bundle / "leakage_report.json").read_text())
    assert leak["decision"] == "pass"
    assert [a["name"] for a in leak["attacks"]] == ["loss", "lira", "rmia"]
    eps = leak["claimed"]["epsilon"]
    for attack in leak["attacks"]:
        # A DP model: no attack shows evidence of leakage, and no empirical
        # lower bound contradicts the accounted epsilon.
        assert attack["auc"]["low"] <= 0.6
        assert attack["empirical_epsilon"]["lower_bound"] <= eps
        assert attack["reference_models"] == (0 if attack["name"] == "loss" else 8)
    canary = leak["canary_audit"]
    assert canary["canaries"] == 1000 and canary["passed"] is True
    assert canary["lower_bound"] <= leak["claimed"]["dpsgd_epsilon"]
    assert leak["population"]["members"] + leak["population"]["non_members"] == 569
    assert (
        leak["population"]["non_members"]
        == json.loads((report.bundle / "metrics.json").read_text())["n_validation"]
    )
    # The receipt binds the report by hash and states the outcome.
    pred = verify_bundle(report.bundle, ready.key.public_key).predicate
    assert pred["leakage_audit"]["status"] == "passed"
    assert pred["leakage_audit"]["decision"] == "pass"
    import hashlib

    assert (
        pred["leakage_audit"]["report_sha256"]
        == hashlib.sha256((report.bundle / "leakage_report.json").read_bytes()).hexdigest()
    )
    html = (report.bundle / "leakage_report.html").read_text()
    assert "<svg" in html and "PASS" in html
    # The hospital keeps its own copy; the audit log has the outcome.
    _, kept = leakage_report(ready, job_id)
    assert kept == leak
    assert actions(ready, job_id)[-3:] == ["job.auditing", "leakage_audit.passed", "job.released"]


def test_a_noise_bug_is_caught_by_the_canary_audit_and_blocks_the_release(
    ready: Node,  # noqa: F811
    workdir: Path,
    vendor_key: SigningKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The accountant says epsilon 1; the harness adds 1/100 of the noise it planned."""
    from custos.training import _harness

    real = _harness._gaussian_

    def buggy(buf: Any, std: float, gen: Any) -> Any:
        return real(buf, std / 100.0, gen)

    monkeypatch.setattr(_harness, "_gaussian_", buggy)
    job_id = approved(ready, workdir, vendor_key, nonce="audit-bug")
    with pytest.raises(PolicyDenied) as err:
        run_job(ready, job_id, rng_seed=12)
    assert err.value.code == "leakage.dp_contradicted"
    assert any("canary audit" in r for r in err.value.details)
    job = get_job(ready, job_id)
    assert job.state is JobState.BLOCKED
    assert not (ready.settings.home / "releases" / job_id).exists()
    # Kept at the hospital, with the evidence.
    _, report = leakage_report(ready, job_id)
    assert report["decision"] == "block"
    assert report["canary_audit"]["passed"] is False
    assert report["canary_audit"]["lower_bound"] > report["claimed"]["dpsgd_epsilon"]
    # Trained on the data: the budget is spent, and an incident is open.
    assert [r.status for r in ledger(ready, job_id)] == ["committed"]
    incidents = _incidents(ready, job_id)
    assert [i["code"] for i in incidents] == ["leakage.dp_contradicted"]
    assert "leakage_audit.blocked" in actions(ready, job_id)


def test_a_dua_limit_blocks_the_release_and_keeps_the_report(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    # Any member above every non-member counts: a limit no model meets.
    in_process(
        node,
        workdir,
        lambda dua: dua["leakage_audit"].update(
            {"gate_on": "estimate", "max_auc": 0.5, "max_tpr_at_fpr_1_percent": 0.0}
        ),
    )
    job_id = approved(node, workdir, vendor_key, nonce="audit-limit")
    with pytest.raises(PolicyDenied) as err:
        run_job(node, job_id, rng_seed=13)
    assert err.value.code == "leakage.blocked"
    assert any("over the DUA's limit" in r for r in err.value.details)
    assert get_job(node, job_id).state is JobState.BLOCKED
    folder, report = leakage_report(node, job_id)
    assert report["decision"] == "block"
    assert any(a["over_threshold"] for a in report["attacks"])
    assert (folder / "leakage_report.html").read_text().count("BLOCKED") >= 1
    assert [i["code"] for i in _incidents(node, job_id)] == ["leakage.blocked"]


def test_a_cohort_too_small_to_audit_is_rejected_at_submission(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    """The policy sees the held-out size from the registered row count: no approval to lose."""
    from custos.jobs._spec import sign_spec
    from custos.node import submit_job

    in_process(node, workdir, lambda dua: dua["leakage_audit"].update(min_non_members=500))
    spec = spec_from(workdir, nonce="audit-small")
    job = submit_job(node, sign_spec(spec, vendor_key), expected=spec)
    assert job.state is JobState.REJECTED
    [failure] = job.decision.failures
    assert failure.clause == "leakage_audit.min_non_members"
    assert failure.code == "leakage.too_few_non_members"
    assert "hold out 114 rows" in failure.message and "at least 500" in failure.message
    assert ledger(node, job.id) == []


def test_a_floor_raised_after_approval_refuses_the_run_before_training(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    """The run checks again: a new DUA version with a higher floor stops an approved job."""
    from custos.node import add_dua

    dua = in_process(node, workdir)
    job_id = approved(node, workdir, vendor_key, nonce="audit-raised")
    dua["leakage_audit"]["min_non_members"] = 500
    dump_yaml(dua, workdir / "dua.yaml")
    add_dua(node, workdir / "dua.yaml")  # a new version of the same agreement
    with pytest.raises(PolicyDenied):
        run_job(node, job_id, rng_seed=14)
    assert get_job(node, job_id).state is JobState.REJECTED
    assert ledger(node, job_id) == []  # nothing reserved, nothing spent


def test_an_audit_that_cannot_run_blocks_the_release(
    ready: Node,  # noqa: F811
    workdir: Path,
    vendor_key: SigningKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fail closed: no audit, no release."""

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("reference model exploded with patient 123")

    monkeypatch.setattr("custos.node._execute.audit_in_process", broken)
    job_id = approved(ready, workdir, vendor_key, nonce="audit-broken")
    with pytest.raises(PolicyDenied) as err:
        run_job(ready, job_id, rng_seed=15)
    assert err.value.code == "leakage.audit_failed"
    assert "patient" not in err.value.message
    assert get_job(ready, job_id).state is JobState.BLOCKED
    assert not (ready.settings.home / "releases" / job_id).exists()


def test_a_dua_without_the_audit_releases_and_says_so(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    in_process(node, workdir, lambda dua: dua.update(leakage_audit={"required": False}))
    job_id = approved(node, workdir, vendor_key, nonce="audit-off")
    report = run_job(node, job_id, rng_seed=16)
    assert report.job.state is JobState.RELEASED
    assert "leakage_report.json" not in {p.name for p in report.bundle.iterdir()}
    pred = verify_bundle(report.bundle, node.key.public_key).predicate
    assert pred["leakage_audit"] == {"status": "not_run", "required_by_dua": False}
