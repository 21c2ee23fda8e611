"""A site's side of a federation: the signed job, joining, approval gating, rounds."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from custos.core import PolicyDenied, SignatureError, SigningKey
from custos.core._errors import Conflict, InvalidInput, NotFound
from custos.fed import FedJobSpec, join_federation, parse_fed, sign_fed, site_spec
from custos.fed._simulate import partition_rows
from custos.fed._site import approved_share, open_runtime, round_steps
from custos.jobs import JobState, sign_spec
from custos.node import Node, add_dua, approve_job, register_dataset, submit_job
from custos.policy import InstitutionalPolicy
from tests.conftest import EXAMPLES, dump_yaml, load_yaml

pytestmark = pytest.mark.integration


def fed_doc(**changes: Any) -> dict[str, Any]:
    doc = load_yaml(EXAMPLES / "fed-wdbc.yaml")
    doc["rounds"] = 2
    doc["training"]["local_epochs"] = 2
    doc.update(changes)
    return doc


@pytest.fixture
def fed() -> FedJobSpec:
    return parse_fed(fed_doc())


@pytest.fixture
def site_node(node: Node, workdir: Path) -> Node:
    """st-example's node: the WDBC data and a DUA named as the federation job says."""
    node.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["id"] = "acme-wdbc-st-example"
    dua["isolation"]["accepted"] = ["none"]
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    return node


def test_the_federation_job_is_validated() -> None:
    with pytest.raises(InvalidInput):
        parse_fed(fed_doc(min_sites=9))
    dup = fed_doc()
    dup["sites"][1]["site"] = dup["sites"][0]["site"]
    with pytest.raises(InvalidInput):
        parse_fed(dup)
    bad = fed_doc()
    bad["secure_aggregation"]["reconstruction_threshold"] = 4
    with pytest.raises(InvalidInput):
        parse_fed(bad)
    with pytest.raises(InvalidInput):
        parse_fed({**fed_doc(), "model": {"arch": "custom", "source": "x = 1"}})


def test_a_sites_share_covers_every_round_and_points_back_to_the_job(fed: FedJobSpec) -> None:
    share = site_spec(fed, "riverside")
    assert share.dua == "acme-wdbc-riverside"
    assert share.training.epochs == fed.rounds * fed.training.local_epochs
    assert share.federation is not None
    assert share.federation.hash == fed.fed_hash
    assert share.privacy == fed.privacy
    assert site_spec(fed, "lakeshore").spec_hash != share.spec_hash
    assert round_steps(10, 3, 1) + round_steps(10, 3, 2) + round_steps(10, 3, 3) == 10


def test_joining_verifies_the_vendor_with_the_sites_own_dua(
    site_node: Node, fed: FedJobSpec, vendor_key: SigningKey
) -> None:
    with pytest.raises(SignatureError):
        join_federation(site_node, sign_fed(fed, SigningKey.generate()), "st-example")
    with pytest.raises(PolicyDenied) as err:
        join_federation(site_node, sign_fed(fed, vendor_key), "nowhere")
    assert err.value.code == "fed.site_unknown"
    with pytest.raises(PolicyDenied) as err:
        join_federation(site_node, sign_fed(fed, vendor_key), "riverside")  # not this DUA
    assert err.value.code == "dua.not_found"
    job = join_federation(site_node, sign_fed(fed, vendor_key), "st-example")
    assert job.state is JobState.PENDING_APPROVAL
    assert job.spec.federation is not None and job.spec.federation.site == "st-example"
    with pytest.raises(Conflict):
        join_federation(site_node, sign_fed(fed, vendor_key), "st-example")
    # A vendor cannot pass off a plain job as a federation share.
    share = site_spec(fed, "st-example").model_copy(update={"nonce": "other"})
    with pytest.raises(SignatureError) as err2:
        submit_job(site_node, sign_spec(share, vendor_key))
    assert err2.value.code == "jobspec.federation_share"


def test_only_an_approved_share_is_given_work_and_never_an_extra_round(
    site_node: Node, fed: FedJobSpec, vendor_key: SigningKey
) -> None:
    with pytest.raises(NotFound):
        approved_share(site_node, fed.fed_hash, "st-example")
    job = join_federation(site_node, sign_fed(fed, vendor_key), "st-example")
    with pytest.raises(PolicyDenied) as err:
        open_runtime(site_node, fed.fed_hash, "st-example")
    assert err.value.code == "fed.not_approved"
    approve_job(site_node, job.id, approver="dr-lee")
    rt = open_runtime(site_node, fed.fed_hash, "st-example")
    assert rt.job.state is JobState.RUNNING  # the whole federation's budget is reserved
    centre, scale = rt.scaler_statistics()
    d = rt.x.shape[1]
    net = [np.zeros((1, d)), np.zeros(1)]
    out = rt.train_round(1, net, centre, scale)
    assert [a.shape for a in out] == [(1, d), (1,)]
    for r in (1, 0, fed.rounds + 1):  # replayed, or outside the plan
        with pytest.raises(PolicyDenied) as err:
            rt.train_round(r, net, centre, scale)
        assert err.value.code == "fed.round_refused"
    with pytest.raises(InvalidInput):
        rt.train_round(2, [np.zeros((1, d + 1)), np.zeros(1)], centre, scale)
    with pytest.raises(InvalidInput):
        rt.train_round(2, [np.full((1, d), np.nan), np.zeros(1)], centre, scale)
    # A restarted site resumes its share without reserving again.
    again = open_runtime(site_node, fed.fed_hash, "st-example")
    assert again.attempt == rt.attempt and again.rounds_done() == [1]
    assert np.array_equal(again.split.train, rt.split.train)


def test_label_skew_keeps_both_classes_at_every_site() -> None:
    y = np.array(["a"] * 300 + ["b"] * 200)
    parts = partition_rows(y, 5, "label-skew", seed=3)
    assert sorted(np.concatenate(parts).tolist()) == list(range(500))
    assert all(len(set(y[p])) == 2 for p in parts)
    sizes = [len(p) for p in partition_rows(y, 5, "iid", seed=3)]
    assert max(sizes) - min(sizes) <= 1
    fracs = [float(np.mean(y[p] == "a")) for p in parts]
    assert max(fracs) - min(fracs) > 0.2  # skewed, not IID


def test_fed_doc_is_not_mutated() -> None:
    a = fed_doc()
    b = copy.deepcopy(a)
    parse_fed(a)
    assert a == b


def test_a_sites_round_runs_in_the_sandbox_when_its_dua_says_so(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    from custos.sandbox import probe

    ok, why = probe()
    if not ok:
        pytest.skip(f"bubblewrap unavailable here: {why}")
    dua = load_yaml(workdir / "dua.yaml")
    dua["id"] = "acme-wdbc-st-example"
    dump_yaml(dua, workdir / "dua.yaml")  # isolation: bubblewrap only
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    fed = parse_fed(fed_doc())
    job = join_federation(node, sign_fed(fed, vendor_key), "st-example")
    approve_job(node, job.id, approver="dr-lee")
    rt = open_runtime(node, fed.fed_hash, "st-example")
    assert rt.plan.isolation.value == "bubblewrap"
    centre, scale = rt.scaler_statistics()
    d = rt.x.shape[1]
    start = [np.full((1, d), 0.01), np.zeros(1)]
    out = rt.train_round(1, start, centre, scale)
    assert [a.shape for a in out] == [(1, d), (1,)]
    assert not np.allclose(out[0], start[0])  # it trained from the global model
    assert rt.rounds_done() == [1]


def test_flower_telemetry_and_update_checks_are_off() -> None:
    import subprocess
    import sys

    code = (
        "import os; os.environ['FLWR_TELEMETRY_ENABLED'] = '1'\n"
        "import custos.fed._flower, flwr.supercore.telemetry as t\n"
        "print(t.FLWR_TELEMETRY_ENABLED, os.environ['FLWR_DISABLE_UPDATE_CHECK'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "1"]
