"""Synthesis jobs on a real node (#10): DUA checks, ledger, disclosure gate, receipt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from custos.core import IntegrityError, InvalidInput, PolicyDenied, SigningKey
from custos.core._schema import budget_entries, incidents
from custos.jobs import JobState, SynthesisSpec, parse_spec, sign_spec
from custos.ledger import verify_bundle
from custos.node import (
    Node,
    add_dua,
    approve_job,
    get_job,
    register_dataset,
    run_job,
    submit_job,
    synthesis_report,
)
from custos.node._synthesis import synthesis_egress_gate
from custos.policy import InstitutionalPolicy
from custos.policy._institutional import SandboxPolicy
from tests.conftest import dump_yaml, load_yaml
from tests.node.test_jobs import actions

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wdbc"
# Five columns keep MST and the gate to a few seconds per run.
DOMAIN = {
    "columns": {
        "mean_radius": {"kind": "numeric", "low": 5, "high": 30, "bins": 8},
        "mean_texture": {"kind": "numeric", "low": 5, "high": 40, "bins": 8},
        "mean_smoothness": {"kind": "numeric", "low": 0.05, "high": 0.17, "bins": 8},
        "mean_concave_points": {"kind": "numeric", "low": 0, "high": 0.21, "bins": 8},
        "diagnosis": {"kind": "categorical", "categories": ["malignant", "benign"]},
    }
}


def synth_spec(workdir: Path, **changes: Any) -> SynthesisSpec:
    data = load_yaml(EXAMPLES / "synth-job.yaml")
    data["synthesis"]["domain"] = DOMAIN
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        d = data
        for p in parents:
            d = d[p]
        if value is None:
            d.pop(leaf, None)
        else:
            d[leaf] = value
    spec = parse_spec(data)
    assert isinstance(spec, SynthesisSpec)
    return spec


def _ready(node: Node, workdir: Path, **dua_changes: Any) -> Node:
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dua["permitted_outputs"] = [*dua["permitted_outputs"], "synthetic_data"]
    dua.update(dua_changes)
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    return node


@pytest.fixture
def ready(node: Node, workdir: Path) -> Node:
    """In-process generator (tests/node/test_sandboxed.py runs one in bubblewrap)."""
    return _ready(node, workdir)


def approved(node: Node, spec: SynthesisSpec, key: SigningKey) -> str:
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    return approve_job(node, job.id, approver="dr-lee").id


def ledger(node: Node, job_id: str) -> list[Any]:
    with node.store.read() as conn:
        q = select(budget_entries).where(budget_entries.c.job_id == job_id)
        return list(conn.execute(q).all())


def open_incidents(node: Node) -> list[Any]:
    with node.store.read() as conn:
        return list(conn.execute(select(incidents)).all())


# ---------------------------------------------------------------------------
# the request


def test_the_example_synthesis_request_parses_and_pins_generator_and_domain(
    workdir: Path,
) -> None:
    spec = parse_spec(load_yaml(EXAMPLES / "synth-job.yaml"))
    assert isinstance(spec, SynthesisSpec)
    assert spec.synthesis.generator == "mst"
    other = synth_spec(workdir)
    # Approval pins the generator and the domain: another domain is another hash.
    assert spec.model_hash != other.model_hash
    assert other.model_hash == synth_spec(workdir, nonce="x").model_hash


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"outputs": ["privacy_report"]}, "must ask for synthetic_data"),
        ({"outputs": ["synthetic_data", "weights"]}, "cannot produce"),
        ({"synthesis__target": "mean_area"}, "declared in the domain"),
        ({"synthesis__seed": 7}, "seed"),
        ({"synthesis__generator": "ctgan"}, "generator"),
        ({"synthesis__control_fraction": 0.9}, "control_fraction"),
    ],
)
def test_bad_synthesis_requests_are_refused_with_the_field(
    workdir: Path, change: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(InvalidInput) as info:
        synth_spec(workdir, **change)
    assert fragment in (info.value.message + " ".join(info.value.details))


def test_a_training_spec_cannot_ask_for_synthetic_rows(workdir: Path) -> None:
    data = load_yaml(workdir / "job.yaml")
    data["outputs"] = ["weights", "synthetic_data"]
    with pytest.raises(InvalidInput) as info:
        parse_spec(data)
    assert "kind: synthesis" in " ".join(info.value.details)


# ---------------------------------------------------------------------------
# decisions


def _decide(node: Node, spec: SynthesisSpec, key: SigningKey) -> dict[str, str]:
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    return {r.clause: r.code for r in job.decision.failures}


def test_a_dua_that_does_not_permit_synthetic_data_rejects_the_job(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")  # the example permits weights, metrics, report
    failures = _decide(node, synth_spec(workdir), vendor_key)
    assert failures["permitted_outputs"] == "outputs.not_permitted"


def test_the_non_private_baseline_is_refused_unless_the_dua_allows_releasing_it(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    failures = _decide(
        ready, synth_spec(workdir, synthesis__generator="gaussian_copula"), vendor_key
    )
    assert failures["synthesis.generators"] == "synthesis.generator_not_allowed"
    assert failures["synthesis.allow_non_private"] == "synthesis.non_private"


def test_columns_the_card_excludes_cannot_be_synthesised(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    domain = {
        "columns": {
            **DOMAIN["columns"],
            "patient_id": {"kind": "categorical", "categories": ["x"]},
        }
    }
    failures = _decide(ready, synth_spec(workdir, synthesis__domain=domain), vendor_key)
    assert failures["card.excluded_columns"] == "synthesis.column_excluded"
    domain = {"columns": {**DOMAIN["columns"], "nope": {"kind": "numeric", "low": 0, "high": 1}}}
    failures = _decide(ready, synth_spec(workdir, synthesis__domain=domain), vendor_key)
    assert failures["synthesis.domain"] == "synthesis.column_missing"


def test_too_few_held_out_rows_for_the_gate_is_refused_before_anything_runs(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    ready = _ready(node, workdir, synthesis={"min_control_rows": 400})
    failures = _decide(ready, synth_spec(workdir), vendor_key)
    assert failures["synthesis.min_control_rows"] == "synthesis.too_few_control_rows"


# ---------------------------------------------------------------------------
# runs


def test_a_synthesis_job_releases_a_gated_table_with_a_verifiable_receipt(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, synth_spec(workdir), vendor_key)
    report = run_job(ready, job_id, rng_seed=3)
    assert report.job.state is JobState.RELEASED
    assert sorted(p.name for p in report.bundle.iterdir()) == [
        "privacy_report.json",
        "receipt.dsse.json",
        "synthesis_report.html",
        "synthesis_report.json",
        "synthetic.csv",
    ]
    import pandas as pd

    table = pd.read_csv(report.bundle / "synthetic.csv")
    assert list(table.columns) == sorted(DOMAIN["columns"])  # the signed spec's order
    assert set(table["diagnosis"]) <= {"malignant", "benign"}
    assert table["mean_radius"].between(5, 30).all()
    assert 300 < len(table) < 500  # MST's noisy estimate of the 399 train rows
    privacy = json.loads((report.bundle / "privacy_report.json").read_text())
    assert privacy["kind"] == "synthesis" and privacy["differentially_private"] is True
    assert 0.9 < privacy["epsilon"] <= 1.0
    assert privacy["cross_check"]["epsilon"] >= privacy["epsilon"]
    synthesis = json.loads((report.bundle / "synthesis_report.json").read_text())
    assert synthesis["released"] is True
    assert synthesis["utility"]["downstream"]["target"] == "diagnosis"
    # The receipt pins the disclosure report; verification checks it.
    verified = verify_bundle(report.bundle, ready.key.public_key)
    pred = verified.predicate
    assert pred["model_code"] == {
        "kind": "generator",
        "generator": "mst",
        "approved_hash": get_job(ready, job_id).model_hash,
    }
    assert pred["dataset"]["features"] == sorted(DOMAIN["columns"])
    assert pred["privacy"]["epsilon_spent"] == privacy["epsilon"]
    assert pred["disclosure_gate"]["status"] == "passed"
    assert pred["disclosure_gate"]["limits"]["max_mia_auc"] == 0.6
    # The ledger holds MST's mechanisms: Gaussian marginals and pure-DP choices.
    rows = ledger(ready, job_id)
    assert [r.status for r in rows] == ["committed"]
    mechanisms = json.loads(rows[0].mechanisms_json)
    assert [(m["kind"], m["count"]) for m in mechanisms] == [("gaussian", 9), ("pure_dp", 4)]
    assert actions(ready, job_id)[-4:] == [
        "job.running",
        "job.auditing",
        "disclosure_gate.passed",
        "job.released",
    ]
    # The hospital keeps the report, never a copy of the table.
    folder, kept = synthesis_report(ready, job_id)
    assert kept["released"] is True
    assert sorted(p.name for p in folder.iterdir()) == [
        "synthesis_report.html",
        "synthesis_report.json",
    ]


def test_a_receipt_whose_disclosure_report_was_swapped_does_not_verify(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, synth_spec(workdir, outputs=["synthetic_data"]), vendor_key)
    report = run_job(ready, job_id, rng_seed=4)
    assert "privacy_report.json" not in {p.name for p in report.bundle.iterdir()}
    path = report.bundle / "synthesis_report.json"
    data = json.loads(path.read_text())
    data["released"] = True
    data["disclosure"] = {}
    path.write_text(json.dumps(data))
    with pytest.raises(IntegrityError) as info:
        verify_bundle(report.bundle, ready.key.public_key)
    assert any("synthesis_report.json" in d for d in info.value.details)


def _copying_generator(domain_json: dict[str, Any], train: np.ndarray, *_: Any, **__: Any) -> Any:
    """A 'generator' that hands back its training rows: what the gate exists to stop."""
    from custos.node._execute import Execution, SynthesisRun
    from custos.policy import IsolationKind

    return SynthesisRun(
        matrix=train.copy(),
        generation={"synthetic_rows": len(train)},
        execution=Execution(isolation=IsolationKind.NONE, sandbox={"backend": "none"}),
    )


def test_a_generator_that_copies_its_rows_is_blocked_and_the_budget_is_spent(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("custos.node._execute.synthesize_in_process", _copying_generator)
    job_id = approved(ready, synth_spec(workdir), vendor_key)
    with pytest.raises(PolicyDenied) as info:
        run_job(ready, job_id, rng_seed=5)
    assert info.value.code == "synthesis.blocked"
    assert any("linkability" in r or "singling" in r for r in info.value.details)
    assert get_job(ready, job_id).state is JobState.BLOCKED
    assert not (ready.settings.home / "releases" / job_id).exists()
    assert [r.status for r in ledger(ready, job_id)] == ["committed"]
    assert "disclosure_gate.blocked" in actions(ready, job_id)
    assert open_incidents(ready)
    _, kept = synthesis_report(ready, job_id)
    assert kept["released"] is False
    # The block's message and reasons carry figures and column names, never a value.
    text = json.dumps([info.value.message, *info.value.details])
    assert "malignant" not in text and "benign" not in text


def test_a_table_outside_the_declared_domain_is_blocked(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_range(domain_json: dict[str, Any], train: np.ndarray, *a: Any, **k: Any) -> Any:
        run = _copying_generator(domain_json, train)
        run.matrix[:, 0] = 1e6  # no declared column reaches this
        return run

    monkeypatch.setattr("custos.node._execute.synthesize_in_process", out_of_range)
    job_id = approved(ready, synth_spec(workdir), vendor_key)
    with pytest.raises(PolicyDenied) as info:
        run_job(ready, job_id, rng_seed=6)
    assert info.value.code == "synthesis.bad_table"
    assert get_job(ready, job_id).state is JobState.BLOCKED


def test_a_changed_dataset_fails_the_job_and_spends_nothing(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, synth_spec(workdir), vendor_key)
    with (workdir / "wdbc.csv").open("a") as fh:
        fh.write("MRN999999" + ",1" * 30 + ",benign\n")
    with pytest.raises(IntegrityError):
        run_job(ready, job_id, rng_seed=7)
    assert get_job(ready, job_id).state is JobState.FAILED
    assert [r.status for r in ledger(ready, job_id)] == ["released"]


def test_the_lifetime_budget_refuses_a_synthesis_job_before_it_reads_a_row(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    ready = _ready(
        node,
        workdir,
        privacy={
            "max_epsilon_per_job": 1.0,
            "lifetime_epsilon_per_dataset": 1.5,
            "delta": 1e-5,
            "min_cohort_size": 200,
        },
    )
    first = approved(ready, synth_spec(workdir, nonce="a"), vendor_key)
    run_job(ready, first, rng_seed=8)
    job = submit_job(
        ready, sign_spec(spec := synth_spec(workdir, nonce="b"), vendor_key), expected=spec
    )
    assert job.state is JobState.REJECTED
    assert {r.code for r in job.decision.failures} == {"epsilon.over_budget"}


def test_the_egress_gate_refuses_a_table_without_its_report(tmp_path: Path, workdir: Path) -> None:
    from custos.policy import load_dua

    dua = load_yaml(workdir / "dua.yaml")
    dua["permitted_outputs"] = [*dua["permitted_outputs"], "synthetic_data"]
    dua = load_dua(dump_yaml(dua, workdir / "dua.yaml"))
    spec = synth_spec(workdir)
    (tmp_path / "synthetic.csv").write_text("a,b\n1,2\n")
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(PolicyDenied) as info:
        synthesis_egress_gate(tmp_path, spec, dua, ["a", "b"], 1)
    problems = " | ".join(info.value.details)
    assert "synthesis_report.json: the disclosure report must travel with the table" in problems
    assert "notes.txt: not a permitted output" in problems


@pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")
def test_the_generator_runs_in_the_bubblewrap_sandbox_and_the_receipt_says_so(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    node.policy = InstitutionalPolicy(
        sandbox=SandboxPolicy(memory_mb=4096, wall_seconds=300),
    )
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["bubblewrap"]
    dua["permitted_outputs"] = [*dua["permitted_outputs"], "synthetic_data"]
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    job_id = approved(node, synth_spec(workdir), vendor_key)
    report = run_job(node, job_id, rng_seed=9)
    assert report.job.state is JobState.RELEASED
    pred = verify_bundle(report.bundle, node.key.public_key).predicate
    assert pred["isolation"]["kind"] == "bubblewrap"
    sandbox = pred["isolation"]["sandbox"]
    assert sandbox["backend"] == "bubblewrap"
    assert sandbox["network"].startswith("none")
    assert sandbox["limits"]["memory_bytes"] == 4096 << 20
