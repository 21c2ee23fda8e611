"""Who may do what over the API: the one role x action table.

Every route names exactly one :class:`Action`; the route's dependency
(:func:`custos.api._auth.require`) looks the action up in :data:`POLICY` and
refuses anyone whose role is not listed. An action missing from the table is
refused to everyone (deny by default), and :func:`custos.api.create_app`
refuses to start if a route has no action at all.

Vendors see only their own jobs and bundles; that is a row filter, applied
where jobs are read, on top of this table (``VENDOR_OWN_ONLY``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Role(StrEnum):
    CUSTODIAN = "custodian"
    PRIVACY_OFFICER = "privacy_officer"
    AUDITOR = "auditor"
    VENDOR = "vendor"


# Roles a person (an account with a password) may hold; vendors use their key.
PERSON_ROLES = frozenset({Role.CUSTODIAN, Role.PRIVACY_OFFICER, Role.AUDITOR})


class Action(StrEnum):
    HEALTH = "health"
    SESSION_OPEN = "session.open"
    SESSION_CLOSE = "session.close"
    WHOAMI = "whoami"
    JOB_SUBMIT = "job.submit"
    JOB_LIST = "job.list"
    JOB_SHOW = "job.show"
    JOB_FETCH = "job.fetch"
    JOB_REPORT = "job.report"
    JOB_APPROVE = "job.approve"
    JOB_REJECT = "job.reject"
    DATASET_LIST = "dataset.list"
    DATASET_SHOW = "dataset.show"
    DATASET_ADD = "dataset.add"
    DATASET_WITHDRAW = "dataset.withdraw"
    DATA_MAP = "dataset.map"
    DUA_LIST = "dua.list"
    DUA_SHOW = "dua.show"
    DUA_ADD = "dua.add"
    DUA_REVOKE = "dua.revoke"
    BUDGET_SHOW = "budget.show"
    INCIDENT_LIST = "incident.list"
    INCIDENT_SHOW = "incident.show"
    INCIDENT_OPEN = "incident.open"
    INCIDENT_CONFIRM = "incident.confirm"
    INCIDENT_UPDATE = "incident.update"
    INCIDENT_NOTICE = "incident.notice"
    INCIDENT_NOTIFY = "incident.notify"
    INCIDENT_CLOSE = "incident.close"
    AUDIT_VERIFY = "audit.verify"
    AUDIT_LOG = "audit.log"
    AUDIT_EXPORT = "audit.export"
    EVIDENCE_PACK = "audit.evidence_pack"
    PURGE = "node.purge"
    CERTIFICATE_LIST = "certificate.list"
    CERTIFICATE_SHOW = "certificate.show"
    DUA_ANNEX = "dua.annex"
    CONTRACT_REVIEW = "contract.review"
    CONTRACT_COMPARE = "contract.compare"


PEOPLE = PERSON_ROLES
C, P, A, V = Role.CUSTODIAN, Role.PRIVACY_OFFICER, Role.AUDITOR, Role.VENDOR

# action -> the roles allowed. ``None`` means public (no authentication).
POLICY: Mapping[Action, frozenset[Role] | None] = {
    Action.HEALTH: None,
    Action.SESSION_OPEN: None,  # the login itself (rate-limited harder)
    Action.SESSION_CLOSE: PEOPLE,
    Action.WHOAMI: frozenset({C, P, A, V}),
    # vendor endpoints
    Action.JOB_SUBMIT: frozenset({V}),
    Action.JOB_LIST: frozenset({C, P, A, V}),  # vendor: own jobs only
    Action.JOB_SHOW: frozenset({C, P, A, V}),  # vendor: own jobs only
    Action.JOB_FETCH: frozenset({C, V}),  # vendor: own jobs only
    # the leakage-audit or disclosure report kept at the hospital, passed or
    # blocked: staff only (a blocked job's report never goes to the vendor)
    Action.JOB_REPORT: PEOPLE,
    # custodian endpoints
    Action.JOB_APPROVE: frozenset({C}),
    Action.JOB_REJECT: frozenset({C}),
    Action.DATASET_LIST: PEOPLE,
    Action.DATASET_SHOW: PEOPLE,
    Action.DATASET_ADD: frozenset({C}),
    Action.DATASET_WITHDRAW: frozenset({C}),
    Action.DATA_MAP: PEOPLE,
    Action.DUA_LIST: PEOPLE,
    Action.DUA_SHOW: PEOPLE,
    Action.DUA_ADD: frozenset({C}),
    Action.DUA_REVOKE: frozenset({C}),
    # the DUA as a contract annex: what DUA_SHOW shows, in the words of the paper
    Action.DUA_ANNEX: PEOPLE,
    Action.BUDGET_SHOW: PEOPLE,
    Action.PURGE: frozenset({C}),
    # signed deletion certificates: evidence for whoever checks retention
    Action.CERTIFICATE_LIST: PEOPLE,
    Action.CERTIFICATE_SHOW: PEOPLE,
    # incidents: anyone on staff may report one; only the privacy officer decides
    Action.INCIDENT_LIST: PEOPLE,
    Action.INCIDENT_SHOW: PEOPLE,
    Action.INCIDENT_OPEN: frozenset({C, P}),
    Action.INCIDENT_CONFIRM: frozenset({P}),
    # containment is the custodian's work as much as the privacy officer's
    Action.INCIDENT_UPDATE: frozenset({C, P}),
    Action.INCIDENT_NOTICE: PEOPLE,
    Action.INCIDENT_NOTIFY: frozenset({P}),
    Action.INCIDENT_CLOSE: frozenset({P}),
    # audit
    Action.AUDIT_VERIFY: PEOPLE,
    Action.AUDIT_LOG: PEOPLE,
    Action.AUDIT_EXPORT: frozenset({A}),
    Action.EVIDENCE_PACK: frozenset({A}),
    # a vendor's contract against the playbook and against an enforced DUA: the
    # privacy officer's review (DOMAIN.md), with the custodian who runs the node
    # that enforces the DUA; the auditor verifies the record of it in the log
    Action.CONTRACT_REVIEW: frozenset({C, P}),
    Action.CONTRACT_COMPARE: frozenset({C, P}),
}

# Actions whose rows a vendor sees only for its own jobs.
VENDOR_OWN_ONLY = frozenset({Action.JOB_LIST, Action.JOB_SHOW, Action.JOB_FETCH})


def allowed(action: Action, role: Role | None) -> bool:
    """Whether ``role`` (``None``: anonymous) may perform ``action``."""
    if action not in POLICY:
        return False  # deny by default
    roles = POLICY[action]
    if roles is None:
        return True
    return role is not None and role in roles


def is_public(action: Action) -> bool:
    return action in POLICY and POLICY[action] is None
