"""The job state machine."""

from __future__ import annotations

import pytest

from custos.core import Conflict
from custos.jobs import TRANSITIONS, JobState, check_transition


def test_every_state_reaches_purged_and_purged_is_final() -> None:
    for start in JobState:
        seen, frontier = {start}, [start]
        while frontier:
            for nxt in TRANSITIONS[frontier.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert JobState.PURGED in seen
    assert TRANSITIONS[JobState.PURGED] == frozenset()


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (JobState.SUBMITTED, JobState.RUNNING),
        (JobState.PENDING_APPROVAL, JobState.RELEASED),
        (JobState.REJECTED, JobState.APPROVED),
        (JobState.RELEASED, JobState.RUNNING),
        (JobState.APPROVED, JobState.RELEASED),
    ],
)
def test_skipping_a_step_is_refused(current: JobState, target: JobState) -> None:
    with pytest.raises(Conflict, match=current.value):
        check_transition(current, target)


def test_release_only_after_auditing() -> None:
    sources = [s for s, targets in TRANSITIONS.items() if JobState.RELEASED in targets]
    assert sources == [JobState.AUDITING]
