"""The privacy budget ledger on a real node database: reserve, settle, compose."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pytest

from custos.core._errors import CustosError, PolicyDenied
from custos.ledger._budget import (
    EntryStatus,
    counting_mechanisms,
    entries,
    open_reservations,
    reserve,
    settle,
    spent,
)
from custos.node import Node
from custos.training._accounting import Mechanism, epsilon

DATASET = "wdbc"
DELTA = 1e-5
LIFETIME = 10.0

# Jobs of moderate epsilon. Plain Gaussian releases compose in milliseconds, so
# most tests use them; DP-SGD (Poisson-subsampled) jobs appear where it matters.
JOB_A = (Mechanism("gaussian", 2.0, 1.0, 1),)
JOB_B = (Mechanism("gaussian", 3.0, 1.0, 3), Mechanism("gaussian", 6.0, 1.0, 2))
DPSGD_A = (Mechanism("poisson_gaussian", 1.0, 0.1, 20),)
DPSGD_B = (Mechanism("poisson_gaussian", 1.5, 0.05, 30), Mechanism("gaussian", 20.0, 1.0, 2))


@cache
def _eps(mechs: tuple[Mechanism, ...]) -> float:
    return float(epsilon(mechs, DELTA).pld)


def eps(mechs: Sequence[Mechanism]) -> float:
    return _eps(tuple(mechs))


def room_for_one() -> float:
    """A lifetime budget that covers one run of JOB_A but not two."""
    return (eps(JOB_A) + eps([*JOB_A, *JOB_A])) / 2


def _reserve(
    node: Node,
    job_id: str,
    mechs: Sequence[Mechanism],
    *,
    lifetime: float = LIFETIME,
    dataset: str = DATASET,
) -> tuple[int, float]:
    with node.operation() as conn:
        return reserve(
            conn,
            dataset=dataset,
            job_id=job_id,
            mechanisms=mechs,
            job_epsilon=eps(mechs),
            job_delta=DELTA,
            lifetime_epsilon=lifetime,
            lifetime_delta=DELTA,
            now=node.clock(),
        )


def _settle(
    node: Node,
    job_id: str,
    attempt: int,
    status: EntryStatus,
    mechanisms: Sequence[Mechanism] | None = None,
) -> None:
    with node.operation() as conn:
        settle(conn, job_id, attempt, status, now=node.clock(), note="test", mechanisms=mechanisms)


def _spent(node: Node, dataset: str = DATASET) -> float:
    with node.store.read() as conn:
        return spent(conn, dataset, DELTA)


def _entries(node: Node, dataset: str = DATASET) -> list[tuple[str, int, EntryStatus]]:
    with node.store.read() as conn:
        return [(e.job_id, e.attempt, e.status) for e in entries(conn, dataset)]


def test_mechanisms_have_a_meaningful_epsilon() -> None:
    # Guards the fixtures of this module: each job alone fits, both together too.
    for job in (JOB_A, JOB_B, DPSGD_A, DPSGD_B):
        assert 0.3 < eps(job) < LIFETIME / 2
    assert eps(JOB_A) < room_for_one() < eps([*JOB_A, *JOB_A])


def test_empty_ledger_has_spent_nothing(node: Node) -> None:
    assert _spent(node) == 0.0
    assert _entries(node) == []


def test_reserve_within_budget_returns_the_composed_epsilon(node: Node) -> None:
    attempt, after = _reserve(node, "job-a", JOB_A)
    assert attempt == 1
    assert after == pytest.approx(eps(JOB_A), rel=1e-9)
    attempt, after = _reserve(node, "job-b", DPSGD_B)
    assert attempt == 1
    assert after == pytest.approx(eps([*JOB_A, *DPSGD_B]), rel=1e-9)
    with node.store.read() as conn:
        rows = entries(conn, DATASET)
    assert [(r.job_id, r.status) for r in rows] == [
        ("job-a", EntryStatus.RESERVED),
        ("job-b", EntryStatus.RESERVED),
    ]
    assert [Mechanism.from_json(m) for m in rows[1].mechanisms] == list(DPSGD_B)
    assert rows[1].epsilon == pytest.approx(eps(DPSGD_B))
    assert rows[1].delta == DELTA
    assert rows[1].settled_at is None
    assert rows[1].to_dict()["status"] == "reserved"


def test_reservation_beyond_the_lifetime_budget_is_refused_and_inserts_nothing(
    node: Node,
) -> None:
    with pytest.raises(PolicyDenied) as exc:
        _reserve(node, "job-a", JOB_A, lifetime=eps(JOB_A) * 0.9)
    assert exc.value.code == "budget.exhausted"
    assert _entries(node) == []
    assert _spent(node) == 0.0


def test_reserved_rows_count_so_a_concurrent_job_cannot_overdraw(node: Node) -> None:
    lifetime = room_for_one()  # room for one run of JOB_A, not two
    _reserve(node, "job-a", JOB_A, lifetime=lifetime)
    assert _spent(node) == pytest.approx(eps(JOB_A))
    with pytest.raises(PolicyDenied) as exc:
        _reserve(node, "job-b", JOB_A, lifetime=lifetime)
    assert exc.value.code == "budget.exhausted"
    assert _entries(node) == [("job-a", 1, EntryStatus.RESERVED)]


def test_released_rows_do_not_count(node: Node) -> None:
    lifetime = room_for_one()
    attempt, _ = _reserve(node, "job-a", JOB_A, lifetime=lifetime)
    _settle(node, "job-a", attempt, EntryStatus.RELEASED)
    assert _spent(node) == 0.0
    with node.store.read() as conn:
        assert counting_mechanisms(conn, DATASET) == []
        assert open_reservations(conn, "job-a") == []
    # The budget is free again for another job.
    _reserve(node, "job-b", JOB_A, lifetime=lifetime)
    assert _spent(node) == pytest.approx(eps(JOB_A))


def test_committed_rows_count_for_ever(node: Node) -> None:
    lifetime = room_for_one()
    attempt, _ = _reserve(node, "job-a", JOB_A, lifetime=lifetime)
    _settle(node, "job-a", attempt, EntryStatus.COMMITTED)
    assert _spent(node) == pytest.approx(eps(JOB_A))
    with node.store.read() as conn:
        (row,) = entries(conn, DATASET)
        assert open_reservations(conn, "job-a") == []
    assert row.status is EntryStatus.COMMITTED
    assert row.settled_at is not None
    assert row.note == "test"
    with pytest.raises(PolicyDenied) as exc:
        _reserve(node, "job-b", JOB_A, lifetime=lifetime)
    assert exc.value.code == "budget.exhausted"


def test_commit_with_fewer_steps_records_the_actual_spend(node: Node) -> None:
    attempt, _ = _reserve(node, "job-a", DPSGD_A)
    actual = (Mechanism("poisson_gaussian", 1.0, 0.1, 5),)  # stopped after 5 of 20 steps
    _settle(node, "job-a", attempt, EntryStatus.COMMITTED, mechanisms=actual)
    assert _spent(node) == pytest.approx(eps(actual))
    assert _spent(node) < eps(DPSGD_A)


@pytest.mark.parametrize("first", [EntryStatus.COMMITTED, EntryStatus.RELEASED])
@pytest.mark.parametrize("second", [EntryStatus.COMMITTED, EntryStatus.RELEASED])
def test_settling_twice_is_refused(node: Node, first: EntryStatus, second: EntryStatus) -> None:
    attempt, _ = _reserve(node, "job-a", JOB_A)
    _settle(node, "job-a", attempt, first)
    with pytest.raises(PolicyDenied) as exc:
        _settle(node, "job-a", attempt, second)
    assert exc.value.code == "budget.no_reservation"
    with node.store.read() as conn:
        (row,) = entries(conn, DATASET)
    assert row.status is first


def test_settling_an_unknown_reservation_is_refused(node: Node) -> None:
    _reserve(node, "job-a", JOB_A)
    with pytest.raises(PolicyDenied) as exc:
        _settle(node, "job-a", 2, EntryStatus.COMMITTED)
    assert exc.value.code == "budget.no_reservation"
    with pytest.raises(PolicyDenied):
        _settle(node, "job-x", 1, EntryStatus.COMMITTED)


def test_settling_back_to_reserved_is_a_programming_error(node: Node) -> None:
    attempt, _ = _reserve(node, "job-a", JOB_A)
    with pytest.raises(ValueError):
        _settle(node, "job-a", attempt, EntryStatus.RESERVED)


@pytest.mark.parametrize(
    ("job_a", "job_b"),
    [pytest.param(JOB_A, JOB_B, id="gaussian"), pytest.param(DPSGD_A, DPSGD_B, id="dp-sgd")],
)
def test_pld_composition_of_two_jobs_is_below_the_sum_and_at_least_the_max(
    node: Node, job_a: tuple[Mechanism, ...], job_b: tuple[Mechanism, ...]
) -> None:
    _reserve(node, "job-a", job_a)
    _, after = _reserve(node, "job-b", job_b)
    total = _spent(node)
    a, b = eps(job_a), eps(job_b)
    assert max(a, b) <= total < a + b
    assert total == pytest.approx(eps([*job_a, *job_b]))
    assert after == pytest.approx(total)
    with node.store.read() as conn:
        assert counting_mechanisms(conn, DATASET) == [*job_a, *job_b]


def test_attempts_number_one_two_three_per_job(node: Node) -> None:
    first, _ = _reserve(node, "job-a", JOB_A)
    _settle(node, "job-a", first, EntryStatus.RELEASED)
    second, _ = _reserve(node, "job-a", JOB_A)
    other, _ = _reserve(node, "job-b", JOB_A)
    _settle(node, "job-a", second, EntryStatus.COMMITTED)
    third, _ = _reserve(node, "job-a", JOB_A)
    assert (first, second, third) == (1, 2, 3)
    assert other == 1
    with node.store.read() as conn:
        assert [e.attempt for e in open_reservations(conn, "job-a")] == [3]
        assert [e.attempt for e in open_reservations(conn, "job-b")] == [1]


def test_datasets_have_separate_budgets(node: Node) -> None:
    lifetime = room_for_one()
    _reserve(node, "job-a", JOB_A, lifetime=lifetime, dataset="wdbc")
    _reserve(node, "job-b", JOB_A, lifetime=lifetime, dataset="mimic")
    assert _spent(node, "wdbc") == pytest.approx(eps(JOB_A))
    assert _spent(node, "mimic") == pytest.approx(eps(JOB_A))
    assert _entries(node, "other") == []


def test_a_failed_operation_rolls_the_reservation_back(node: Node) -> None:
    def crash_after_reserving() -> None:
        with node.operation() as conn:
            reserve(
                conn,
                dataset=DATASET,
                job_id="job-a",
                mechanisms=JOB_A,
                job_epsilon=eps(JOB_A),
                job_delta=DELTA,
                lifetime_epsilon=LIFETIME,
                lifetime_delta=DELTA,
                now=node.clock(),
            )
            raise RuntimeError("worker crashed before the commit")

    with pytest.raises(RuntimeError):
        crash_after_reserving()
    assert _entries(node) == []


def test_commit_cannot_grow_past_the_reservation(node: Node) -> None:
    lifetime = eps(DPSGD_A) * 1.2
    attempt, _ = _reserve(node, "job-a", DPSGD_A, lifetime=lifetime)
    bigger = (Mechanism("poisson_gaussian", 1.0, 0.1, 200),)  # ten times the steps
    assert eps(bigger) > lifetime
    with pytest.raises((CustosError, ValueError)):
        _settle(node, "job-a", attempt, EntryStatus.COMMITTED, mechanisms=bigger)
    assert _spent(node) <= lifetime
