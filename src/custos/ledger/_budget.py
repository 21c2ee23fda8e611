"""The privacy budget ledger: every DP release ever made from a dataset.

Epsilons are not added up. Each ledger row keeps the *mechanisms* a job ran
(e.g. "Poisson-sampled Gaussian, sigma 1.1, q 0.01, 3,000 steps"), and the
dataset's spend is the PLD composition of all of them at the DUA's delta,
which is tighter than the sum and still a valid bound across jobs and
vendors.

States of a row: ``reserved`` (a job is running), ``committed`` (the job read
the data: it counts for ever, whatever happened next), ``released`` (the job
was refused before reading a row: it never counted). Reserved rows count as
spent, so two jobs running at once can never overdraw the budget, and a
crashed worker's reservation is committed on recovery, never forgotten.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from custos.core._errors import IntegrityError, PolicyDenied
from custos.core._schema import budget_entries, datasets

if TYPE_CHECKING:
    from datetime import datetime

    from custos.training._accounting import Mechanism


class EntryStatus(StrEnum):
    RESERVED = "reserved"
    COMMITTED = "committed"
    RELEASED = "released"


COUNTING = (EntryStatus.RESERVED.value, EntryStatus.COMMITTED.value)


@dataclass(frozen=True)
class BudgetEntry:
    id: int
    dataset: str
    job_id: str
    attempt: int
    status: EntryStatus
    mechanisms: list[dict[str, Any]]
    epsilon: float
    delta: float
    reserved_at: str
    settled_at: str | None
    note: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dataset": self.dataset,
            "job_id": self.job_id,
            "attempt": self.attempt,
            "status": self.status.value,
            "epsilon": self.epsilon,
            "delta": self.delta,
            "mechanisms": self.mechanisms,
            "reserved_at": self.reserved_at,
            "settled_at": self.settled_at,
            "note": self.note,
        }


def _row(r: Any) -> BudgetEntry:
    return BudgetEntry(
        id=r.id,
        dataset=r.dataset,
        job_id=r.job_id,
        attempt=r.attempt,
        status=EntryStatus(r.status),
        mechanisms=json.loads(r.mechanisms_json),
        epsilon=r.epsilon,
        delta=r.delta,
        reserved_at=r.reserved_at.isoformat(),
        settled_at=None if r.settled_at is None else r.settled_at.isoformat(),
        note=r.note,
    )


def entries(conn: Connection, dataset: str) -> list[BudgetEntry]:
    q = select(budget_entries).where(budget_entries.c.dataset == dataset)
    return [_row(r) for r in conn.execute(q.order_by(budget_entries.c.id))]


def counting_mechanisms(conn: Connection, dataset: str) -> list[Mechanism]:
    from custos.training._accounting import Mechanism

    out: list[Mechanism] = []
    for e in entries(conn, dataset):
        if e.status.value in COUNTING:
            out.extend(Mechanism.from_json(m) for m in e.mechanisms)
    return out


def spent(conn: Connection, dataset: str, delta: float) -> float:
    """Epsilon spent on ``dataset`` at ``delta`` (PLD composition; reserved rows count).

    Raises
    ------
    AccountingError
        The composition could not be computed: callers must refuse (fail closed).
    """
    from custos.training._accounting import epsilon

    mechs = counting_mechanisms(conn, dataset)
    if not mechs:
        return 0.0
    return float(epsilon(mechs, delta).pld)


def next_attempt(conn: Connection, job_id: str) -> int:
    n = conn.execute(
        select(func.coalesce(func.max(budget_entries.c.attempt), 0)).where(
            budget_entries.c.job_id == job_id
        )
    ).scalar_one()
    return int(n) + 1


def reserve(
    conn: Connection,
    *,
    dataset: str,
    job_id: str,
    mechanisms: Sequence[Mechanism],
    job_epsilon: float,
    job_delta: float,
    lifetime_epsilon: float,
    lifetime_delta: float,
    now: datetime,
) -> tuple[int, float]:
    """Reserve a job's mechanisms if the dataset's lifetime budget still covers them.

    The caller holds the write transaction, so the check and the insert are
    atomic with respect to other jobs. Returns ``(attempt, epsilon after)``.

    Raises
    ------
    PolicyDenied
        The composition with everything already spent exceeds the budget, or
        the dataset was withdrawn (its budget is frozen; history stays).
    AccountingError
        The accountant failed (refuse).
    """
    from custos.training._accounting import epsilon

    status = conn.execute(select(datasets.c.status).where(datasets.c.name == dataset)).scalar()
    if status == "withdrawn":
        raise PolicyDenied(
            f"dataset '{dataset}' was withdrawn: its budget is frozen", code="budget.frozen"
        )
    history = counting_mechanisms(conn, dataset)
    after = float(epsilon([*history, *mechanisms], lifetime_delta).pld)
    if after > lifetime_epsilon:
        before = float(epsilon(history, lifetime_delta).pld) if history else 0.0
        raise PolicyDenied(
            f"the dataset's lifetime budget cannot cover this job: spent {before:.3g}, "
            f"this job would bring it to {after:.3g} of {lifetime_epsilon:g}",
            code="budget.exhausted",
        )
    attempt = next_attempt(conn, job_id)
    conn.execute(
        insert(budget_entries).values(
            dataset=dataset,
            job_id=job_id,
            attempt=attempt,
            status=EntryStatus.RESERVED.value,
            mechanisms_json=json.dumps([m.to_json() for m in mechanisms]),
            epsilon=job_epsilon,
            delta=job_delta,
            reserved_at=now,
        )
    )
    return attempt, after


def settle(
    conn: Connection,
    job_id: str,
    attempt: int,
    status: EntryStatus,
    *,
    now: datetime,
    note: str,
    mechanisms: Sequence[Mechanism] | None = None,
    epsilon: float | None = None,
) -> None:
    """Move a reserved row to committed or released (optionally with the actual spend).

    A committed row may only shrink (fewer steps than planned); it never grows
    past what was reserved, because the check happened against the reservation.
    """
    if status is EntryStatus.RESERVED:
        raise ValueError("settle to committed or released")
    values: dict[str, Any] = {"status": status.value, "settled_at": now, "note": note[:500]}
    if mechanisms is not None:
        from custos.training._accounting import Mechanism
        from custos.training._accounting import epsilon as compose

        row = conn.execute(
            select(budget_entries.c.mechanisms_json, budget_entries.c.delta).where(
                budget_entries.c.job_id == job_id,
                budget_entries.c.attempt == attempt,
                budget_entries.c.status == EntryStatus.RESERVED.value,
            )
        ).first()
        if row is not None:
            reserved = [Mechanism.from_json(m) for m in json.loads(row.mechanisms_json)]
            if compose(mechanisms, row.delta).pld > compose(reserved, row.delta).pld * (1 + 1e-9):
                raise IntegrityError(
                    "a job cannot commit more privacy budget than it reserved",
                    code="budget.commit_exceeds_reservation",
                )
        values["mechanisms_json"] = json.dumps([m.to_json() for m in mechanisms])
    if epsilon is not None:
        values["epsilon"] = epsilon
    res = conn.execute(
        update(budget_entries)
        .where(
            budget_entries.c.job_id == job_id,
            budget_entries.c.attempt == attempt,
            budget_entries.c.status == EntryStatus.RESERVED.value,
        )
        .values(**values)
    )
    if res.rowcount != 1:
        raise PolicyDenied(
            f"no open budget reservation for {job_id} attempt {attempt}",
            code="budget.no_reservation",
        )


def open_reservations(conn: Connection, job_id: str) -> list[BudgetEntry]:
    q = select(budget_entries).where(
        budget_entries.c.job_id == job_id, budget_entries.c.status == EntryStatus.RESERVED.value
    )
    return [_row(r) for r in conn.execute(q)]
