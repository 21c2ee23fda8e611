"""Running approved jobs on a real node: budget, data checks, egress, receipt, recovery."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from custos.core import Conflict, IntegrityError, PolicyDenied, SigningKey
from custos.core._errors import CustosError
from custos.core._schema import budget_entries
from custos.jobs import JobState, sign_spec
from custos.ledger import verify_bundle
from custos.ledger._budget import EntryStatus
from custos.node import (
    Node,
    add_dua,
    approve_job,
    budget_status,
    fetch_bundle,
    get_job,
    recover,
    register_dataset,
    run_job,
    submit_job,
)
from custos.node._run import egress_gate, plan_job, worker_lock
from custos.policy import InstitutionalPolicy, IsolationKind
from custos.training import load_released
from tests.conftest import dump_yaml, load_yaml
from tests.node.test_jobs import actions, spec_from

pytestmark = pytest.mark.integration

# Small runs: these tests are about the node, not about model quality.
FAST = {"training__epochs": 10}


def in_process(
    node: Node, workdir: Path, change: Callable[[dict[str, Any]], None] | None = None
) -> dict[str, Any]:
    """Register the data and a DUA that accepts only the in-process harness
    (``change`` edits the DUA first); returns the DUA as registered."""
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    if change is not None:
        change(dua)
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    return dua


@pytest.fixture
def ready(node: Node, workdir: Path) -> Node:
    """A node whose DUA accepts only the in-process harness: these tests are
    about the runner; tests/node/test_sandboxed.py runs jobs in the sandbox."""
    in_process(node, workdir)
    return node


def approved(node: Node, workdir: Path, key: SigningKey, **changes: Any) -> str:
    spec = spec_from(workdir, **{**FAST, **changes})
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    return approve_job(node, job.id, approver="dr-lee").id


def ledger(node: Node, job_id: str) -> list[Any]:
    with node.store.read() as conn:
        return list(
            conn.execute(select(budget_entries).where(budget_entries.c.job_id == job_id)).all()
        )


def test_an_approved_job_trains_and_releases_a_verifiable_bundle(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="a")
    report = run_job(ready, job_id, rng_seed=1)
    assert report.job.state is JobState.RELEASED
    assert sorted(p.name for p in report.bundle.iterdir()) == [
        "leakage_report.html",
        "leakage_report.json",
        "metrics.json",
        "model.json",
        "privacy_report.json",
        "receipt.dsse.json",
        "weights.safetensors",
    ]
    # The node's accountant never spends more than the vendor asked for.
    privacy = json.loads((report.bundle / "privacy_report.json").read_text())
    assert 0.9 < privacy["epsilon"] <= 1.0
    assert privacy["cross_check"]["epsilon"] >= privacy["epsilon"]
    verified = verify_bundle(report.bundle, ready.key.public_key)
    pred = verified.predicate
    job = get_job(ready, job_id)
    assert pred["job"]["spec_hash"] == job.spec_hash
    assert pred["job"]["model_hash"] == job.model_hash
    assert pred["dua"] == {"id": "acme-wdbc-2026", "version": 1, "hash": job.dua_hash}
    assert pred["approval"]["by"] == "dr-lee"
    assert pred["dataset"]["fingerprint"].startswith("sha256:")
    assert "patient_id" not in pred["dataset"]["features"]
    assert "diagnosis" not in pred["dataset"]["features"]
    assert pred["isolation"]["kind"] == "none"
    assert pred["privacy"]["epsilon_spent"] == privacy["epsilon"]
    assert pred["environment"]["torch"] == "2.13.0+cpu" or pred["environment"]["torch"].startswith(
        "2.13.0"
    )
    # One committed ledger row carrying the mechanisms actually run.
    rows = ledger(ready, job_id)
    assert [(r.status, r.attempt) for r in rows] == [("committed", 1)]
    assert [m["kind"] for m in json.loads(rows[0].mechanisms_json)] == [
        "gaussian",
        "gaussian",
        "poisson_gaussian",
    ]
    assert actions(ready, job_id)[-4:] == [
        "job.running",
        "job.auditing",
        "leakage_audit.passed",
        "job.released",
    ]
    with ready.store.read() as conn:
        assert ready.audit.verify(conn, ready.key.public_key).ok


def test_the_vendor_loads_the_released_weights_and_predicts(
    ready: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    import csv

    import torch

    job_id = approved(ready, workdir, vendor_key, nonce="load")
    run_job(ready, job_id, rng_seed=2)
    out = tmp_path / "bundle"
    fetch_bundle(ready, job_id, out)
    verify_bundle(out, ready.key.public_key)
    model, card = load_released(out)
    rows = list(csv.DictReader((workdir / "wdbc.csv").open()))
    x = torch.tensor([[float(r[f]) for f in card["features"]] for r in rows])
    y = torch.tensor([r["diagnosis"] == "malignant" for r in rows])
    p = model.predict_proba(x)
    assert p.shape == (len(rows),)
    assert ((p >= 0.5) == y).float().mean() > 0.85
    # Fetching again into a non-empty directory never overwrites.
    with pytest.raises(Conflict):
        fetch_bundle(ready, job_id, out)


def test_a_tampered_weight_file_fails_verification(
    ready: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="tamper")
    run_job(ready, job_id, rng_seed=3)
    out = tmp_path / "b"
    fetch_bundle(ready, job_id, out)
    weights = out / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0x01
    weights.write_bytes(bytes(data))
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(out, ready.key.public_key)
    assert exc.value.details == ("weights.safetensors: content differs from the receipt",) or list(
        exc.value.details
    ) == ["weights.safetensors: content differs from the receipt"]


def test_a_job_the_remaining_budget_cannot_cover_is_refused_before_it_starts(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="late")
    # Another vendor's job spent most of the lifetime budget (8.0) meanwhile.
    with ready.operation() as conn:
        conn.execute(
            budget_entries.insert().values(
                dataset="wdbc",
                job_id="job-other",
                attempt=1,
                status="committed",
                mechanisms_json=json.dumps(
                    [{"kind": "gaussian", "noise_multiplier": 0.6, "sample_rate": 1.0, "count": 1}]
                ),
                epsilon=7.5,
                delta=1e-5,
                reserved_at=ready.clock(),
            )
        )
    with pytest.raises(PolicyDenied) as exc:
        run_job(ready, job_id)
    assert exc.value.code in ("job.recheck_failed", "budget.exhausted")
    assert get_job(ready, job_id).state is JobState.REJECTED
    assert ledger(ready, job_id) == []  # nothing reserved, nothing spent


def test_a_dataset_changed_after_registration_fails_and_spends_nothing(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="changed")
    csv = workdir / "wdbc.csv"
    lines = csv.read_text().splitlines()
    lines[5] = lines[5].replace("malignant", "benign") if "malignant" in lines[5] else lines[5]
    csv.write_text("\n".join(lines) + "\n\n")
    with pytest.raises(IntegrityError) as exc:
        run_job(ready, job_id)
    assert exc.value.code == "dataset.fingerprint_mismatch"
    job = get_job(ready, job_id)
    assert job.state is JobState.FAILED
    rows = ledger(ready, job_id)
    assert [r.status for r in rows] == ["released"]
    assert budget_status(ready, "wdbc")["duas"][0]["spent"] == 0.0


def test_a_training_error_fails_the_job_commits_the_budget_and_leaks_no_text(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="boom")

    def explode(*_: Any, **__: Any) -> Any:
        raise RuntimeError("row 17 has value MRN100017")

    monkeypatch.setattr("custos.training._harness.train", explode)
    with pytest.raises(CustosError) as exc:
        run_job(ready, job_id)
    assert exc.value.code == "training.error"
    assert "MRN" not in exc.value.message
    assert get_job(ready, job_id).state is JobState.FAILED
    assert [r.status for r in ledger(ready, job_id)] == ["committed"]
    with ready.store.read() as conn:
        bodies = [e.to_dict() for e in ready.audit.entries(conn, subject=f"job:{job_id}")]
    assert "MRN" not in json.dumps(bodies)


def test_a_dead_worker_is_recovered_without_losing_or_double_counting_budget(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="crash")

    class WorkerKilled(BaseException):
        pass

    def killed(*_: Any, **__: Any) -> Any:
        raise WorkerKilled

    with monkeypatch.context() as m:
        m.setattr("custos.training._harness.train", killed)
        with pytest.raises(WorkerKilled):
            run_job(ready, job_id)
    assert get_job(ready, job_id).state is JobState.RUNNING
    assert [r.status for r in ledger(ready, job_id)] == ["reserved"]
    spent_while_running = budget_status(ready, "wdbc")["duas"][0]["spent"]
    assert spent_while_running > 0.9  # a reservation counts while the job runs

    with worker_lock(ready):
        assert recover(ready) == [job_id]
    assert get_job(ready, job_id).state is JobState.APPROVED
    assert [r.status for r in ledger(ready, job_id)] == ["committed"]
    assert budget_status(ready, "wdbc")["duas"][0]["spent"] == pytest.approx(spent_while_running)

    run_job(ready, job_id, rng_seed=4)
    assert get_job(ready, job_id).state is JobState.RELEASED
    rows = ledger(ready, job_id)
    assert [(r.attempt, r.status) for r in rows] == [(1, "committed"), (2, "committed")]
    assert actions(ready, job_id).count("job.approved") == 2


def test_one_worker_per_node(ready: Node, workdir: Path, vendor_key: SigningKey) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="busy")
    with worker_lock(ready), pytest.raises(Conflict) as exc:
        run_job(ready, job_id)
    assert exc.value.code == "worker.busy"
    assert get_job(ready, job_id).state is JobState.APPROVED


def test_only_approved_jobs_run(ready: Node, workdir: Path, vendor_key: SigningKey) -> None:
    spec = spec_from(workdir, nonce="pending", **FAST)
    job = submit_job(ready, sign_spec(spec, vendor_key), expected=spec)
    with pytest.raises(Conflict) as exc:
        run_job(ready, job.id)
    assert exc.value.code == "job.not_approved"
    assert ledger(ready, job.id) == []


def test_isolation_none_needs_the_institution_to_allow_it(
    ready: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = approved(ready, workdir, vendor_key, nonce="iso")
    ready.policy = InstitutionalPolicy(allow_isolation_none=False)
    monkeypatch.setattr(
        "custos.node._jobs.available_isolation", lambda *_: frozenset({IsolationKind.NONE})
    )
    with pytest.raises(PolicyDenied):
        run_job(ready, job_id)
    assert get_job(ready, job_id).state is JobState.REJECTED
    assert ledger(ready, job_id) == []


def test_features_without_public_bounds_are_refused_before_training(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    card = load_yaml(workdir / "card.yaml")
    del card["columns"]["mean_area"]["bounds"]
    dump_yaml(card, workdir / "card.yaml")
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    job_id = approved(node, workdir, vendor_key, nonce="nobounds")
    with pytest.raises(CustosError) as exc:
        run_job(node, job_id)
    assert exc.value.code == "card.bounds_missing"
    assert "mean_area: no bounds" in exc.value.details
    assert get_job(node, job_id).state is JobState.REJECTED
    assert ledger(node, job_id) == []


def test_the_plan_never_exceeds_the_requested_epsilon(ready: Node, workdir: Path) -> None:
    from custos.node import get_dataset

    ds = get_dataset(ready, "wdbc")
    for eps in (0.3, 1.0, 4.0):
        for epochs, batch in ((50, 65536), (5, 32)):
            spec = spec_from(
                workdir,
                privacy__epsilon=eps,
                training__epochs=epochs,
                training__batch_size=batch,
            )
            plan = plan_job(spec, ds, IsolationKind.NONE)
            assert plan.epsilon <= eps
            assert plan.epsilon > 0.9 * eps
            assert plan.epsilon_rdp >= plan.epsilon


def test_the_egress_gate_lets_out_only_permitted_well_formed_files(
    ready: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    import torch
    from safetensors.torch import save_file

    from custos.node import get_dataset
    from custos.training import build_model

    spec = spec_from(workdir)
    ds = get_dataset(ready, "wdbc")
    plan = plan_job(spec, ds, IsolationKind.NONE)
    dua = load_yaml(workdir / "dua.yaml")
    from custos.policy import load_dua

    dua_obj = load_dua(workdir / "dua.yaml")
    assert dua["permitted_outputs"]
    ws = tmp_path / "ws"
    ws.mkdir()
    state = build_model(spec.model, len(plan.features)).state_dict()
    save_file(dict(state), str(ws / "weights.safetensors"))
    (ws / "model.json").write_text("{}")
    (ws / "metrics.json").write_text(json.dumps({"accuracy": 0.9}))
    (ws / "privacy_report.json").write_text("{}")
    assert sorted(egress_gate(ws, spec, dua_obj, plan)) == sorted(p.name for p in ws.iterdir())

    # A smuggled file, extra tensors and non-aggregate "metrics" are all blocked.
    (ws / "rows.csv").write_text("a,b\n1,2\n")
    save_file({**state, "extra": torch.zeros(569, 30)}, str(ws / "weights.safetensors"))
    (ws / "metrics.json").write_text(json.dumps({"accuracy": 0.9, "predictions": [1, 0]}))
    with pytest.raises(PolicyDenied) as exc:
        egress_gate(ws, spec, dua_obj, plan)
    assert exc.value.code == "egress.blocked"
    problems = "\n".join(exc.value.details)
    assert "rows.csv: not a permitted output" in problems
    assert "tensors differ" in problems
    assert "predictions" in problems


def test_budget_entries_are_settled_exactly_once(
    ready: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    from custos.ledger._budget import settle

    job_id = approved(ready, workdir, vendor_key, nonce="once")
    run_job(ready, job_id, rng_seed=5)
    with pytest.raises(PolicyDenied), ready.operation() as conn:
        settle(conn, job_id, 1, EntryStatus.RELEASED, now=ready.clock(), note="again")
    assert [r.status for r in ledger(ready, job_id)] == ["committed"]
