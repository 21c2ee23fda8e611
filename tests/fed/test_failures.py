"""A site's share when something goes wrong: crashes, a hostile or broken
coordinator, a budget that cannot cover the share, a DUA that ends mid-run.

All in-process (no Flower, no Ray): the site's runtime is driven the way its
ClientApp drives it (:mod:`custos.fed._flower`), with ``isolation: none`` and
no leakage audit so that a whole federation takes a second or two.
"""

from __future__ import annotations

import json
import shutil
import threading
from base64 import b64decode
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from custos.core import PolicyDenied, SigningKey
from custos.core._config import load_settings
from custos.core._errors import CustosError, IntegrityError, InvalidInput
from custos.fed import FedJobSpec, join_federation, parse_fed, sign_fed
from custos.fed._flower import _safe
from custos.fed._site import SiteRuntime, finish, open_runtime
from custos.jobs import JobState
from custos.ledger import _budget as budget
from custos.node import (
    Node,
    add_dua,
    approve_job,
    budget_status,
    get_job,
    init_node,
    recover,
    register_dataset,
    revoke_dua,
)
from custos.node._node import open_node
from custos.policy import InstitutionalPolicy
from custos.training._accounting import Mechanism
from tests.conftest import EXAMPLES, dump_yaml, load_yaml

pytestmark = pytest.mark.integration

SITE = "st-example"
DUA_ID = "acme-wdbc-st-example"


@dataclass
class Site:
    """One hospital's node home, its share approved, and a way to 'crash' it."""

    home: Path
    workdir: Path
    fed: FedJobSpec
    job_id: str
    node: Node
    _opened: list[Node] = field(default_factory=list)

    def restart(self, *, clock: Callable[[], datetime] | None = None) -> Node:
        """The site's process dies (its runtime and Node are gone) and starts again."""
        self.node.close()
        settings = load_settings(home=self.home)
        self.node = open_node(settings) if clock is None else open_node(settings, clock=clock)
        self._opened.append(self.node)
        return self.node

    def runtime(self) -> SiteRuntime:
        return open_runtime(self.node, self.fed.fed_hash, SITE)


def _fed_doc(rounds: int) -> dict[str, Any]:
    doc: dict[str, Any] = load_yaml(EXAMPLES / "fed-wdbc.yaml")
    doc["rounds"] = rounds
    doc["training"]["local_epochs"] = 1
    return doc


@pytest.fixture
def site(tmp_path: Path, workdir: Path, vendor_key: SigningKey) -> Iterator[Site]:
    # The policy is on disk (not only on the Node object): a restarted site reads it.
    node = init_node(tmp_path / "site-home", policy=InstitutionalPolicy(allow_isolation_none=True))
    dua = load_yaml(workdir / "dua.yaml")
    dua["id"] = DUA_ID
    dua["isolation"]["accepted"] = ["none"]
    # The leakage audit (its own tests) would dominate the runtime and can
    # block a DP model by chance; these tests are about the share's lifecycle.
    dua["leakage_audit"]["required"] = False
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    fed = parse_fed(_fed_doc(rounds=2))
    job = join_federation(node, sign_fed(fed, vendor_key), SITE)
    approve_job(node, job.id, approver="dr-lee")
    s = Site(home=tmp_path / "site-home", workdir=workdir, fed=fed, job_id=job.id, node=node)
    s._opened.append(node)
    yield s
    for n in s._opened:
        n.close()


def _ledger(node: Node) -> list[tuple[str, int, str]]:
    """The dataset's ledger as ``custos budget show`` reports it."""
    return [
        (e["job_id"], e["attempt"], e["status"]) for e in budget_status(node, "wdbc")["entries"]
    ]


def _actions(node: Node, job_id: str, action: str | None = None) -> list[Any]:
    with node.store.read() as conn:
        return node.audit.entries(conn, subject=f"job:{job_id}", action=action)


def _rounds(node: Node, job_id: str, action: str) -> list[int]:
    return [int(e.details["round"]) for e in _actions(node, job_id, action)]


def _net(rt: SiteRuntime) -> list[Any]:
    d = rt.x.shape[1]
    return [np.zeros((1, d)), np.zeros(1)]


def _refusal(fn: Callable[[], Any]) -> str:
    """What the ClientApp would send the coordinator for this step."""
    with pytest.raises(RuntimeError) as err:
        _safe(fn)
    return str(err.value)


# ---------------------------------------------------------------------------
# 1. a site crashes and rejoins


def test_a_site_that_crashes_resumes_its_share_and_never_reserves_twice(site: Site) -> None:
    rt = site.runtime()
    attempt = rt.attempt
    train, validation = rt.split.train.copy(), rt.split.validation.copy()
    centre, scale = rt.scaler_statistics()
    net = _net(rt)
    rt.train_round(1, net, centre, scale)
    del rt  # the process dies: its runtime and its Node go with it

    node = site.restart()
    again = site.runtime()
    assert again.job.state is JobState.RUNNING
    assert again.attempt == attempt
    assert _ledger(node) == [(site.job_id, attempt, "reserved")]  # reserved exactly once
    assert len(_actions(node, site.job_id, "job.running")) == 1
    # The same hospital-side split: the vendor's rounds never see validation rows.
    assert np.array_equal(again.split.train, train)
    assert np.array_equal(again.split.validation, validation)
    assert again.rounds_done() == [1]
    with pytest.raises(PolicyDenied) as err:
        again.train_round(1, net, centre, scale)  # the coordinator replays round 1
    assert err.value.code == "fed.round_refused"
    out = again.train_round(2, net, centre, scale)

    receipt = finish(again, out, centre, scale)
    assert get_job(node, site.job_id).state is JobState.RELEASED
    assert _ledger(node) == [(site.job_id, attempt, "committed")]
    assert _rounds(node, site.job_id, "fed.round") == [1, 2]
    predicate = json.loads(b64decode(receipt["payload"]))["predicate"]
    assert [r["round"] for r in predicate["rounds"]] == [1, 2]


def test_a_round_cut_off_by_a_crash_is_not_trained_again(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claim outlives the process: a replay after the restart cannot make the
    site spend that round's steps a second time."""
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    net = _net(rt)

    def killed(*_a: Any, **_k: Any) -> Any:
        raise KeyboardInterrupt  # stands in for the process dying mid-round

    with monkeypatch.context() as m:
        m.setattr("custos.node._execute.train_in_process", killed)
        with pytest.raises(KeyboardInterrupt):
            rt.train_round(1, net, centre, scale)
    node = site.restart()
    again = site.runtime()
    assert again.rounds_done() == [1]
    assert _rounds(node, site.job_id, "fed.round") == []  # no update ever left
    with pytest.raises(PolicyDenied) as err:
        again.train_round(1, net, centre, scale)
    assert err.value.code == "fed.round_refused"
    again.train_round(2, net, centre, scale)
    assert _ledger(node) == [(site.job_id, 1, "reserved")]


# ---------------------------------------------------------------------------
# 2. a malformed or oversized global model from the coordinator


def _bad_updates(d: int) -> dict[str, tuple[Any, Any, Any]]:
    """name -> (net, centre, scale) the coordinator might send instead of the model."""
    w, b = np.zeros((1, d)), np.zeros(1)
    c, s = np.zeros(d), np.ones(d)
    return {
        "no arrays": ([], c, s),
        "one array short": ([w], c, s),
        "one array too many": ([w, b, b], c, s),
        "transposed": ([w.T, b], c, s),
        "one feature too many": ([np.zeros((1, d + 1)), b], c, s),
        "ten times the weights": ([np.zeros((10, d)), b], c, s),
        "ten times the bias": ([w, np.zeros(10)], c, s),
        "flattened": ([w.ravel(), b], c, s),
        "nan": ([np.full((1, d), np.nan), b], c, s),
        "inf": ([w, np.array([np.inf])], c, s),
        "-inf": ([np.full((1, d), -np.inf), b], c, s),
        "beyond float32": ([np.full((1, d), 1e300), b], c, s),
        "strings": ([np.full((1, d), "0.5"), b], c, s),
        "objects": ([np.array([[0.0] * d], dtype=object), b], c, s),
        "complex": ([np.zeros((1, d), dtype=complex), b], c, s),
        "ragged lists": ([[[0.0] * d, [0.0]], b], c, s),
        "not a list": (None, c, s),
        "centre too short": ([w, b], np.zeros(d - 1), s),
        "scale too long": ([w, b], c, np.ones(10 * d)),
        "nan centre": ([w, b], np.full(d, np.nan), s),
        "zero scale": ([w, b], c, np.zeros(d)),
        "negative scale": ([w, b], c, -np.ones(d)),
        "string scale": ([w, b], c, ["1"] * d),
    }


def test_a_malformed_global_model_is_refused_before_a_round_is_claimed(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    ledger = budget_status(rt.node, "wdbc")["entries"]
    for name, (net, c, s) in _bad_updates(rt.x.shape[1]).items():
        with pytest.raises(InvalidInput) as err:
            rt.train_round(1, net, c, s)
        assert err.value.code == "fed.bad_update", name
        # What the ClientApp sends back: the code, nothing else.
        msg = _refusal(partial(rt.train_round, 1, net, c, s))
        assert msg == "custos site refused: fed.bad_update", name
    # No round was claimed (each is still open), no budget beyond the reservation.
    assert _actions(rt.node, site.job_id, "fed.round_claimed") == []
    assert _actions(rt.node, site.job_id, "fed.round") == []
    assert budget_status(rt.node, "wdbc")["entries"] == ledger
    assert get_job(rt.node, site.job_id).state is JobState.RUNNING

    # A valid round 1 still works, and so does the rest of the federation.
    net = _net(rt)
    out = rt.train_round(1, net, centre, scale)
    assert [a.shape for a in out] == [a.shape for a in net]
    out = rt.train_round(2, out, centre, scale)
    assert rt.rounds_done() == [1, 2]
    # The final global model is checked the same way before the site audits it.
    for name, (bad, c, s) in _bad_updates(rt.x.shape[1]).items():
        with pytest.raises(InvalidInput) as err:
            finish(rt, bad, c, s)
        assert err.value.code == "fed.bad_update", name
    assert get_job(rt.node, site.job_id).state is JobState.RUNNING  # not AUDITING
    finish(rt, out, centre, scale)
    assert get_job(rt.node, site.job_id).state is JobState.RELEASED
    assert _ledger(rt.node) == [(site.job_id, rt.attempt, "committed")]


def test_what_leaves_a_site_in_an_error_is_a_code_or_a_class_name_never_a_value() -> None:
    def leaky() -> None:
        raise ValueError("row 17: radius_mean 17.99, diagnosis malignant")

    def refused() -> None:
        raise PolicyDenied(
            "spent 7.31 of 8 on dataset 'wdbc'", code="budget.exhausted", details=["17.99"]
        )

    for fn, expected in (
        (leaky, "custos site failed (ValueError)"),
        (refused, "custos site refused: budget.exhausted"),
    ):
        with pytest.raises(RuntimeError) as err:
            _safe(fn)
        assert str(err.value) == expected
        assert err.value.__cause__ is None and err.value.__suppress_context__
    assert _safe(lambda: [1.5]) == [1.5]  # a step that succeeds is passed through


# ---------------------------------------------------------------------------
# 3. a budget that cannot cover the share, a DUA that ends, data that goes


def _count_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every time a site reads its dataset."""
    from custos.node import _run

    loads: list[str] = []
    real = _run.load_training_data

    def load(ds: Any, spec: Any, features: list[str]) -> Any:
        loads.append(ds.name)
        return real(ds, spec, features)

    monkeypatch.setattr(_run, "load_training_data", load)
    return loads


def _assert_refused_cleanly(site: Site, err: CustosError, loads: list[str]) -> None:
    assert err.code == "job.recheck_failed"
    assert any(d.startswith("privacy.lifetime_epsilon_per_dataset") for d in err.details)
    assert loads == []  # the data was never read
    assert get_job(site.node, site.job_id).state is JobState.APPROVED  # not RUNNING
    assert all(job != site.job_id for job, _, _ in _ledger(site.node))  # nothing reserved
    assert _actions(site.node, site.job_id, "job.running") == []
    assert _refusal(site.runtime) == "custos site refused: job.recheck_failed"


def test_a_share_whose_budget_another_job_spent_is_refused_before_anything_is_reserved(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After the custodian approved the share, another job's reservation took
    # the dataset's lifetime budget (8 under the DUA).
    with site.node.operation() as conn:
        budget.reserve(
            conn,
            dataset="wdbc",
            job_id="job-elsewhere",
            mechanisms=[Mechanism("gaussian", noise_multiplier=0.5, count=10)],
            job_epsilon=50.0,
            job_delta=1e-5,
            lifetime_epsilon=1000.0,
            lifetime_delta=1e-5,
            now=site.node.clock(),
        )
    loads = _count_loads(monkeypatch)
    with pytest.raises(PolicyDenied) as err:
        site.runtime()
    _assert_refused_cleanly(site, err.value, loads)
    # The refusal left nothing behind: once that reservation is released the
    # very same share starts, reserving once.
    with site.node.operation() as conn:
        budget.settle(
            conn, "job-elsewhere", 1, budget.EntryStatus.RELEASED, now=site.node.clock(), note="t"
        )
    rt = site.runtime()
    assert rt.job.state is JobState.RUNNING and loads == ["wdbc"]
    assert _ledger(site.node)[-1] == (site.job_id, 1, "reserved")


def test_a_share_whose_dua_lowered_the_lifetime_budget_is_refused_before_it_starts(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new version of the site's DUA: a lifetime budget below the share's epsilon 1.
    dua = load_yaml(site.workdir / "dua.yaml")
    dua["privacy"]["max_epsilon_per_job"] = 0.5
    dua["privacy"]["lifetime_epsilon_per_dataset"] = 0.5
    add_dua(site.node, dump_yaml(dua, site.workdir / "dua.yaml"))
    loads = _count_loads(monkeypatch)
    with pytest.raises(PolicyDenied) as err:
        site.runtime()
    _assert_refused_cleanly(site, err.value, loads)
    assert _ledger(site.node) == []


def test_a_share_whose_dua_is_revoked_before_it_released_anything_is_not_charged(
    site: Site,
) -> None:
    rt = site.runtime()
    _, rejected = revoke_dua(site.node, DUA_ID, "the hospital ended the agreement")
    assert rejected == []  # a RUNNING share is not rejected by revoke_dua itself
    with pytest.raises(PolicyDenied) as err:
        rt.train_round(1, _net(rt), np.zeros(rt.x.shape[1]), np.ones(rt.x.shape[1]))
    assert err.value.code == "dua.revoked"
    assert get_job(site.node, site.job_id).state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "released")]
    assert _actions(site.node, site.job_id, "fed.round_claimed") == []
    # It takes no more part: neither this runtime nor a restarted one.
    with pytest.raises(PolicyDenied) as err:
        rt.train_round(2, _net(rt), np.zeros(rt.x.shape[1]), np.ones(rt.x.shape[1]))
    assert err.value.code == "fed.not_running"
    site.restart()
    assert _refusal(site.runtime) == "custos site refused: fed.not_approved"


def test_a_share_that_released_its_scaler_statistics_is_charged_when_it_leaves(
    site: Site,
) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()  # DP statistics of its rows left the site
    revoke_dua(site.node, DUA_ID, "the hospital ended the agreement")
    with pytest.raises(PolicyDenied) as err:
        rt.train_round(1, _net(rt), centre, scale)
    assert err.value.code == "dua.revoked"
    assert get_job(site.node, site.job_id).state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "committed")]
    assert _actions(site.node, site.job_id, "fed.round_claimed") == []


def test_a_share_whose_dua_is_revoked_after_a_round_leaves_and_is_charged(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    out = rt.train_round(1, _net(rt), centre, scale)
    revoke_dua(site.node, DUA_ID, "the hospital ended the agreement")
    assert _refusal(lambda: rt.train_round(2, out, centre, scale)) == (
        "custos site refused: dua.revoked"
    )
    assert get_job(site.node, site.job_id).state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "committed")]  # it read the data
    assert rt.rounds_done() == [1]
    [failed] = _actions(site.node, site.job_id, "job.failed")
    assert failed.details["code"] == "dua.revoked" and failed.details["rounds_trained"] == 1


def test_a_share_whose_dataset_is_withdrawn_mid_federation_leaves_and_is_charged(
    site: Site,
) -> None:
    from custos.governance import withdraw_dataset

    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    out = rt.train_round(1, _net(rt), centre, scale)
    report = withdraw_dataset(site.node, "wdbc", actor="custodian:dpo", reason="opt-out")
    assert report.running_jobs == [site.job_id]
    assert _refusal(lambda: rt.train_round(2, out, centre, scale)) == (
        "custos site refused: dataset.withdrawn"
    )
    assert get_job(site.node, site.job_id).state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "committed")]  # it read the data
    assert rt.rounds_done() == [1]


def test_a_share_whose_dua_is_revoked_before_finish_signs_nothing(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    out = rt.train_round(1, _net(rt), centre, scale)
    out = rt.train_round(2, out, centre, scale)
    revoke_dua(site.node, DUA_ID, "the hospital ended the agreement")
    with pytest.raises(PolicyDenied) as err:
        finish(rt, out, centre, scale)
    assert err.value.code == "dua.revoked"
    assert get_job(site.node, site.job_id).state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "committed")]
    assert _actions(site.node, site.job_id, "job.auditing") == []


def test_a_share_whose_dua_expired_while_the_site_was_down_leaves_on_restart(
    site: Site,
) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    rt.train_round(1, _net(rt), centre, scale)
    del rt
    # The site comes back after the DUA's validity (not_after 2030-12-31) ended.
    node = site.restart(clock=lambda: datetime(2031, 1, 2, tzinfo=UTC))
    with pytest.raises(PolicyDenied) as err:
        site.runtime()
    assert err.value.code == "dua.expired"
    assert get_job(node, site.job_id).state is JobState.FAILED
    assert _ledger(node) == [(site.job_id, 1, "committed")]


def test_a_share_whose_data_is_gone_after_a_round_leaves_and_is_charged(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    rt.train_round(1, _net(rt), centre, scale)
    del rt
    # The registered file is moved away while the site is down.
    data = site.workdir / "wdbc.csv"
    shutil.move(data, site.workdir / "moved.csv")
    node = site.restart()
    with pytest.raises(IntegrityError) as err:
        site.runtime()
    assert err.value.code == "dataset.unreadable"
    assert get_job(node, site.job_id).state is JobState.FAILED
    assert _ledger(node) == [(site.job_id, 1, "committed")]
    [failed] = _actions(node, site.job_id, "job.failed")
    assert failed.details == {
        "from": "RUNNING",
        "to": "FAILED",
        "code": "dataset.unreadable",
        "rounds_trained": 1,
    }


# ---------------------------------------------------------------------------
# 4. rounds the site never agreed to (0, 1 again and rounds + 1: test_site.py)


def test_rounds_outside_the_plan_are_refused_and_never_claimed(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    net = _net(rt)
    for r in (-1, -(2**63), 2**31, 10**18):
        with pytest.raises(PolicyDenied) as err:
            rt.train_round(r, net, centre, scale)
        assert err.value.code == "fed.round_refused", r
    assert rt.rounds_done() == []
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "reserved")]


def test_a_round_replayed_concurrently_trains_once(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    net = _net(rt)
    start = threading.Barrier(2)
    results: list[Any] = []

    def send() -> None:
        start.wait()
        try:
            results.append(rt.train_round(1, net, centre, scale))
        except PolicyDenied as exc:
            results.append(exc.code)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(isinstance(r, str) for r in results) == [False, True]
    assert "fed.round_refused" in results
    assert rt.rounds_done() == [1]
    assert _rounds(site.node, site.job_id, "fed.round") == [1]


# ---------------------------------------------------------------------------
# a local worker's recovery leaves a running share to its federation


def test_a_local_worker_starting_mid_federation_leaves_the_share_alone(site: Site) -> None:
    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    rt.train_round(1, _net(rt), centre, scale)
    recover(site.node)  # what `custos job run` / `custos work` do first
    assert get_job(site.node, site.job_id).state is JobState.RUNNING
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "reserved")]


def test_the_custodian_can_take_a_stranded_share_out_of_the_federation(site: Site) -> None:
    from custos.core._errors import Conflict
    from custos.fed._site import leave_federation

    rt = site.runtime()
    centre, scale = rt.scaler_statistics()
    rt.train_round(1, _net(rt), centre, scale)
    # The coordinator is gone; the share would stay RUNNING with budget reserved.
    fed_hash, name = rt.fed.hash, rt.fed.site
    site.restart()
    left = leave_federation(site.node, fed_hash, name, actor="custodian@test")
    assert left.state is JobState.FAILED
    assert _ledger(site.node) == [(site.job_id, rt.attempt, "committed")]
    [failed] = _actions(site.node, site.job_id, "job.failed")
    assert failed.details["code"] == "fed.left"
    with pytest.raises(Conflict) as err:
        leave_federation(site.node, fed_hash, name, actor="custodian@test")
    assert err.value.code == "fed.already_settled"


def test_an_approved_share_that_never_started_is_withdrawn(site: Site) -> None:
    from custos.fed._site import leave_federation

    job = get_job(site.node, site.job_id)
    assert job.state is JobState.APPROVED
    assert job.spec.federation is not None
    fed = job.spec.federation
    left = leave_federation(site.node, fed.hash, fed.site, actor="custodian@test")
    assert left.state is JobState.REJECTED
    assert _ledger(site.node) == []
    assert _refusal(site.runtime) == "custos site refused: fed.not_approved"


# ---------------------------------------------------------------------------
# the coordinator's side: a malformed or oversized masked update from a site


def _reply(node: int, arrays: list[Any] | None = None, raw: list[bytes] | None = None) -> Any:
    from types import SimpleNamespace

    from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key
    from flwr.compat.common.parameter import ndarray_to_bytes

    blobs = raw if raw is not None else [ndarray_to_bytes(a) for a in arrays or []]
    return SimpleNamespace(
        has_error=lambda: False,
        content=SimpleNamespace(
            config_records={RECORD_KEY_CONFIGS: {Key.MASKED_PARAMETERS: blobs}}
        ),
        metadata=SimpleNamespace(src_node_id=node),
    )


def _update(width: int = 30, dtype: Any = np.int64) -> list[Any]:
    return [np.array([7], dtype=dtype), np.zeros((1, width), dtype=dtype), np.zeros(1, dtype=dtype)]


def test_a_malformed_or_oversized_masked_update_is_dropped_not_summed() -> None:
    from types import SimpleNamespace

    from custos.fed._flower import screen_masked_vectors

    failed = SimpleNamespace(has_error=lambda: True, metadata=SimpleNamespace(src_node_id=99))
    replies = [
        _reply(1, _update()),
        _reply(2, _update()),
        _reply(3, _update(width=300)),  # ten times the model
        _reply(4, _update(dtype=np.float64)),  # not a masked (integer) vector
        _reply(5, raw=[b"\x93NUMPY garbage"]),  # does not decode
        _reply(6, _update()[:2]),  # an array missing
        failed,
        _reply(7, _update()),
    ]
    expected = [(1,), (1, 30), (1,)]
    kept, dropped = screen_masked_vectors(replies, expected)
    assert [int(m.metadata.src_node_id) for m in kept] == [1, 2, 99, 7]
    assert dropped == [3, 4, 5, 6]


def test_in_the_setup_round_the_shape_most_sites_send_wins() -> None:
    from custos.fed._flower import screen_masked_vectors

    stats = [np.array([3]), np.zeros(30, dtype=np.int64), np.zeros(30, dtype=np.int64)]
    odd = [np.array([3]), np.zeros(31, dtype=np.int64), np.zeros(31, dtype=np.int64)]
    kept, dropped = screen_masked_vectors(
        [_reply(1, stats), _reply(2, odd), _reply(3, stats)], None
    )
    assert [int(m.metadata.src_node_id) for m in kept] == [1, 3]
    assert dropped == [2]
