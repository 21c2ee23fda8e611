"""The job lifecycle as an explicit state machine.

::

    SUBMITTED ─┬─> REJECTED
               ├─> PENDING_APPROVAL ─┬─> APPROVED
               │                     └─> REJECTED
               └─> APPROVED ─> RUNNING ─> AUDITING ─┬─> RELEASED ─> PURGED
                                  │                 ├─> BLOCKED  ─> PURGED
                                  └─> FAILED ───────┴──────────────> PURGED

RUNNING may also return to APPROVED when the node recovers a job whose worker
died (#3). Every transition is an audit entry.
"""

from __future__ import annotations

from enum import StrEnum

from custos.core._errors import Conflict


class JobState(StrEnum):
    SUBMITTED = "SUBMITTED"
    REJECTED = "REJECTED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    APPROVED = "APPROVED"
    RUNNING = "RUNNING"
    AUDITING = "AUDITING"
    RELEASED = "RELEASED"
    BLOCKED = "BLOCKED"
    FAILED = "FAILED"
    PURGED = "PURGED"


S = JobState
TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    S.SUBMITTED: frozenset({S.REJECTED, S.PENDING_APPROVAL, S.APPROVED}),
    S.PENDING_APPROVAL: frozenset({S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.RUNNING, S.REJECTED}),
    S.RUNNING: frozenset({S.AUDITING, S.FAILED, S.APPROVED}),
    S.AUDITING: frozenset({S.RELEASED, S.BLOCKED, S.FAILED}),
    S.RELEASED: frozenset({S.PURGED}),
    S.BLOCKED: frozenset({S.PURGED}),
    S.FAILED: frozenset({S.PURGED}),
    S.REJECTED: frozenset({S.PURGED}),
    S.PURGED: frozenset(),
}
TERMINAL = frozenset({S.PURGED})


def check_transition(current: JobState, target: JobState) -> None:
    """Raise :class:`Conflict` unless ``current -> target`` is allowed."""
    if target not in TRANSITIONS[current]:
        raise Conflict(
            f"job is {current.value}; it cannot become {target.value}",
            code="job.invalid_transition",
        )
