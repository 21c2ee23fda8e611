"""Jobs: the vendor's signed request and its lifecycle."""

from custos.jobs._lifecycle import TRANSITIONS, JobState, check_transition
from custos.jobs._spec import (
    JOBSPEC_PAYLOAD_TYPE,
    MLP,
    JobSpec,
    LogisticRegression,
    ModelSpec,
    Output,
    PrivacyRequest,
    Task,
    TaskKind,
    Training,
    parse_spec,
    sign_spec,
    unverified_payload,
)

__all__ = [
    "JOBSPEC_PAYLOAD_TYPE",
    "MLP",
    "TRANSITIONS",
    "JobSpec",
    "JobState",
    "LogisticRegression",
    "ModelSpec",
    "Output",
    "PrivacyRequest",
    "Task",
    "TaskKind",
    "Training",
    "check_transition",
    "parse_spec",
    "sign_spec",
    "unverified_payload",
]
