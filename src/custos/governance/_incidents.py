"""Incidents: policy violations and security events, with the DUA's breach clock.

::

    suspected ──confirm──> confirmed ──close (notice sent)──> closed
        └──────────────close (unfounded)─────────────────────> closed

An incident records facts only: codes, ids, counts, the datasets involved and
the *categories* of data their cards declare, never a value from a record.
Every change is an ``incident_events`` row and an audit-log entry
(``incident.<event>``, subject ``incident:<id>``) in the same transaction.

The breach clock comes from the DUA the incident falls under
(``breach_notification``): an early notice is due ``suspected_within_hours``
after the incident was opened (when the DUA sets it), and the full notice
``notify_within_hours`` after it was confirmed. One ``notified_at`` time
settles both: any notice settles the early one, and only a notice sent at or
after confirmation settles the full one.

One exception to "every change is an audit-log entry": an incident about the
audit log itself failing verification (kind ``audit_log.integrity``). Its
events go to ``incident_events`` only, for as long as the log does not verify:
appending to a chain the node cannot vouch for would sign a fresh checkpoint
over it (a later reader would see a valid node signature covering the damaged
range), an append onto a tampered head can fail outright and lose the
incident, and a new entry turns a truncated tail into a gap, changing how the
damage reads. ``custos audit verify`` keeps failing exactly as before.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from custos.core._clock import isoformat
from custos.core._errors import Conflict, CustosError, InvalidInput, NotFound
from custos.core._schema import audit_entries, incident_events, incidents, jobs

if TYPE_CHECKING:
    from custos.ledger._audit import VerifyReport
    from custos.node._node import Node


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(StrEnum):
    SUSPECTED = "suspected"
    CONFIRMED = "confirmed"
    CLOSED = "closed"


# Kinds the node opens by itself, their default severity, and the sentence a
# notice carries about likely consequences (derived from the kind, never from data).
LEAKAGE = "leakage"
SANDBOX_VIOLATION = "sandbox_violation"
EGRESS = "egress"
ATTESTATION = "attestation"
POLICY_VIOLATION = "policy_violation"
SIGNATURE = "signature"
REPEATED_REFUSALS = "repeated_refusals"
SLA_BREACH = "sla_breach"
AUDIT_INTEGRITY = "audit_log.integrity"
OTHER = "other"

DEFAULT_SEVERITY: Mapping[str, Severity] = {
    LEAKAGE: Severity.HIGH,
    SANDBOX_VIOLATION: Severity.HIGH,
    EGRESS: Severity.MEDIUM,
    ATTESTATION: Severity.MEDIUM,
    POLICY_VIOLATION: Severity.MEDIUM,
    SIGNATURE: Severity.MEDIUM,
    REPEATED_REFUSALS: Severity.MEDIUM,
    SLA_BREACH: Severity.LOW,
    AUDIT_INTEGRITY: Severity.CRITICAL,
    OTHER: Severity.MEDIUM,
}

_WHAT: Mapping[str, str] = {
    LEAKAGE: "the leakage audit found that a trained model reveals more about its "
    "training records than the DUA allows",
    SANDBOX_VIOLATION: "job code broke a sandbox rule or limit",
    EGRESS: "a job produced outputs the DUA does not permit to leave",
    ATTESTATION: "the evidence of where a job ran could not be produced or verified",
    POLICY_VIOLATION: "a job broke a rule of its DUA or of the institutional policy",
    SIGNATURE: "a job spec whose signature does not verify was submitted",
    REPEATED_REFUSALS: "jobs claiming one vendor were refused repeatedly",
    SLA_BREACH: "a vendor API behind the gateway fell short of the service levels in the DUA",
    AUDIT_INTEGRITY: "the node's audit log failed verification",
    OTHER: "an event reported by staff",
}

_CONSEQUENCES: Mapping[str, str] = {
    LEAKAGE: "The model could let someone infer whether a person's record was used to train "
    "it (membership inference) or recover facts about rare records; it was not released, "
    "so the exposure is limited to systems at the hospital.",
    SANDBOX_VIOLATION: "Had the attempt succeeded, vendor code could have read or sent out "
    "records or node secrets; the sandbox stopped it and nothing was released.",
    EGRESS: "Outputs outside the agreement could have carried record-level information to "
    "the vendor; the gate held them and nothing was released.",
    ATTESTATION: "Without verified evidence nobody can show what code ran on the records; "
    "nothing was released.",
    POLICY_VIOLATION: "Records could have been used outside the agreed terms; nothing was "
    "released.",
    SIGNATURE: "Someone may hold or imitate the vendor's signing identity; no job was "
    "created and no record was touched.",
    REPEATED_REFUSALS: "The node's policy may be being probed, or a vendor client is "
    "misconfigured; no refused job touched a record.",
    SLA_BREACH: "Clinical workflows that depend on the vendor API slow down or fail over to "
    "their fallback; the breach itself exposes no patient data.",
    AUDIT_INTEGRITY: "The record of what ran, on which data, under which terms and what "
    "left may have been altered or removed; until this is explained the evidence trail "
    "cannot be relied on.",
    OTHER: "To be assessed by the privacy officer.",
}

# Kinds that are about service, not about personal data: the DUA's breach
# notification clock (breach_notification) does not run for them.
NO_BREACH_CLOCK = frozenset({SLA_BREACH})

# Bad signatures at intake (the envelope does not verify against the DUA's key).
SIGNATURE_CODES = frozenset({"signature.invalid", "dsse.malformed", "dsse.payload_type"})
# Repeated refusals: this many refused jobs for one claimed vendor in the window.
REFUSALS_THRESHOLD = 3
REFUSALS_WINDOW = timedelta(hours=24)
# `node status` calls a pending notice "due soon" within this much of its deadline.
DUE_SOON = timedelta(hours=6)
_MAX_TEXT = 500


# ---------------------------------------------------------------------------
# records


def _aware(ts: datetime | None) -> datetime | None:
    """Timestamps read back from SQLite are naive; every stored time is UTC."""
    if ts is None:
        return None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def _iso(ts: datetime | None) -> str | None:
    return None if ts is None else isoformat(ts)


@dataclass(frozen=True)
class NoticeClock:
    """The breach notice an open incident owes now, and by when."""

    notice: str  # "early" (suspected) or "full" (confirmed)
    clause: str
    hours: int
    due: datetime
    seconds_left: float  # negative once overdue

    @property
    def overdue(self) -> bool:
        return self.seconds_left < 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "notice": self.notice,
            "clause": self.clause,
            "hours": self.hours,
            "due": isoformat(self.due),
            "seconds_left": round(self.seconds_left),
            "overdue": self.overdue,
        }

    def describe(self) -> str:
        what = "early notice (suspected)" if self.notice == "early" else "breach notice"
        if self.overdue:
            return f"{what} OVERDUE by {duration(-self.seconds_left)} (was due {_iso(self.due)})"
        return f"{what} due {_iso(self.due)}: {duration(self.seconds_left)} left"


@dataclass(frozen=True)
class Incident:
    id: str
    kind: str
    severity: Severity
    status: IncidentStatus
    summary: str
    job_id: str | None
    dua_id: str | None
    datasets: list[str]
    categories: dict[str, Any]
    scope: dict[str, Any]
    containment: list[str]
    contact: str | None
    notify_within_hours: int | None
    suspected_within_hours: int | None
    opened_at: datetime
    confirmed_at: datetime | None = None
    notified_at: datetime | None = None
    closed_at: datetime | None = None

    def clock(self, now: datetime) -> NoticeClock | None:
        """The notice this incident still owes at ``now`` (None: nothing is due)."""
        if self.status is IncidentStatus.CLOSED:
            return None
        if self.status is IncidentStatus.CONFIRMED:
            if self.notify_within_hours is None or self.confirmed_at is None:
                return None
            if self.notified_at is not None and self.notified_at >= self.confirmed_at:
                return None
            hours, clause, start, kind = (
                self.notify_within_hours,
                "breach_notification.notify_within_hours",
                self.confirmed_at,
                "full",
            )
        else:
            if self.suspected_within_hours is None or self.notified_at is not None:
                return None
            hours, clause, start, kind = (
                self.suspected_within_hours,
                "breach_notification.suspected_within_hours",
                self.opened_at,
                "early",
            )
        due = start + timedelta(hours=hours)
        return NoticeClock(kind, clause, hours, due, (due - _utc(now)).total_seconds())

    def to_dict(self, now: datetime | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity.value,
            "status": self.status.value,
            "summary": self.summary,
            "job": self.job_id,
            "dua": self.dua_id,
            "datasets": self.datasets,
            "categories": self.categories,
            "scope": self.scope,
            "containment": self.containment,
            "contact": self.contact,
            "notify_within_hours": self.notify_within_hours,
            "suspected_within_hours": self.suspected_within_hours,
            "opened_at": _iso(self.opened_at),
            "confirmed_at": _iso(self.confirmed_at),
            "notified_at": _iso(self.notified_at),
            "closed_at": _iso(self.closed_at),
        }
        if now is not None:
            clock = self.clock(now)
            out["clock"] = None if clock is None else clock.to_dict()
        return out


@dataclass(frozen=True)
class IncidentEvent:
    at: datetime
    actor: str
    event: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"at": _iso(self.at), "actor": self.actor, "event": self.event, **self.details}


def _utc(ts: datetime) -> datetime:
    out = _aware(ts)
    assert out is not None
    return out


def _row(r: Any) -> Incident:
    return Incident(
        id=r.id,
        kind=r.kind,
        severity=Severity(r.severity),
        status=IncidentStatus(r.status),
        summary=r.summary,
        job_id=r.job_id,
        dua_id=r.dua_id,
        datasets=list(json.loads(r.datasets_json)),
        categories=dict(json.loads(r.categories_json)),
        scope=dict(json.loads(r.scope_json)),
        containment=list(json.loads(r.containment_json)),
        contact=r.contact,
        notify_within_hours=r.notify_within_hours,
        suspected_within_hours=r.suspected_within_hours,
        opened_at=_utc(r.opened_at),
        confirmed_at=_aware(r.confirmed_at),
        notified_at=_aware(r.notified_at),
        closed_at=_aware(r.closed_at),
    )


def duration(seconds: float) -> str:
    """``2 d 3 h``, ``5 h 12 min``, ``7 min`` (rounded down to the minute)."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"


def clean_text(value: str | None, what: str) -> str | None:
    """Operator text (notes, containment): one short line, codes and ids only."""
    if value is None:
        return None
    value = " ".join(value.split())
    if not value:
        raise InvalidInput(f"{what} is empty", code="incident.text")
    if len(value) > _MAX_TEXT:
        raise InvalidInput(f"{what} is longer than {_MAX_TEXT} characters", code="incident.text")
    if not value.isprintable():
        raise InvalidInput(f"{what} contains control characters", code="incident.text")
    return value


def parse_severity(value: str) -> Severity:
    try:
        return Severity(value.strip().lower())
    except ValueError as exc:
        raise InvalidInput(
            f"unknown severity {value!r}; use low, medium, high or critical",
            code="incident.severity",
        ) from exc


def parse_status(value: str) -> IncidentStatus:
    try:
        return IncidentStatus(value.strip().lower())
    except ValueError as exc:
        raise InvalidInput(
            f"unknown incident status {value!r}; use suspected, confirmed or closed",
            code="incident.status",
        ) from exc


# ---------------------------------------------------------------------------
# facts of a job (datasets, categories, scope, DUA clock)


@dataclass(frozen=True)
class _Facts:
    dua_id: str | None = None
    contact: str | None = None
    notify_within_hours: int | None = None
    suspected_within_hours: int | None = None
    datasets: list[str] = field(default_factory=list)
    categories: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


_SENSITIVITY_ORDER = ("low", "moderate", "high", "very_high")


def _facts(
    conn: Connection, *, dua_id: str | None, datasets: Sequence[str], dua_version: int | None = None
) -> _Facts:
    """The DUA's breach terms and, per dataset, its row count and the data-map
    categories of the columns a job could see (never a value)."""
    from custos.node._registry import find_dataset, find_dua

    contact = notify = suspected = None
    if dua_id is not None:
        entry = find_dua(conn, dua_id, dua_version) or find_dua(conn, dua_id)
        if entry is not None:
            terms = entry.dua.breach_notification
            contact = terms.contact
            notify, suspected = terms.notify_within_hours, terms.suspected_within_hours
    data: set[str] = set()
    legal: set[str] = set()
    sensitivity: str | None = None
    rows: dict[str, int] = {}
    for name in datasets:
        ds = find_dataset(conn, name)
        if ds is None:
            continue
        rows[name] = ds.rows
        for col in ds.card.usable_columns:
            cc = ds.card.columns[col]
            data.add(cc.category.value)
            legal.update(x.value for x in cc.legal)
            level = cc.sensitivity.value
            if sensitivity is None or _SENSITIVITY_ORDER.index(level) > _SENSITIVITY_ORDER.index(
                sensitivity
            ):
                sensitivity = level
    categories: dict[str, Any] = {}
    if data:
        categories = {
            "data": sorted(data),
            "legal": sorted(legal),
            "highest_sensitivity": sensitivity,
            "basis": "columns the job could see, as the data card classifies them",
        }
    return _Facts(
        dua_id=dua_id,
        contact=contact,
        notify_within_hours=notify,
        suspected_within_hours=suspected,
        datasets=list(datasets),
        categories=categories,
        rows=rows,
    )


# ---------------------------------------------------------------------------
# writing


def _new_id() -> str:
    return "inc-" + secrets.token_hex(8)


def _record(
    node: Node,
    conn: Connection,
    inc: Incident,
    *,
    actor: str,
    event: str,
    details: Mapping[str, Any],
    log: bool,
) -> None:
    """One incident event: an ``incident_events`` row and (when ``log``) an audit entry."""
    now = node.clock()
    body = dict(details)
    if not log:
        body["audit_log"] = "not written: the audit log failed verification"
    conn.execute(
        insert(incident_events).values(
            incident_id=inc.id,
            at=now,
            actor=actor[:128],
            event=event[:32],
            details_json=json.dumps(body, sort_keys=True),
        )
    )
    if log:
        node.audit.append(
            conn,
            actor=actor,
            action=f"incident.{event}",
            subject=f"incident:{inc.id}",
            details={
                "incident": inc.id,
                "kind": inc.kind,
                "severity": inc.severity.value,
                "status": inc.status.value,
                "job": inc.job_id,
                "dua": inc.dua_id,
                **body,
            },
        )


def open_incident(
    node: Node,
    conn: Connection,
    *,
    kind: str,
    actor: str,
    code: str | None = None,
    severity: Severity | None = None,
    job_id: str | None = None,
    dua_id: str | None = None,
    datasets: Sequence[str] = (),
    scope: Mapping[str, Any] | None = None,
    containment: Iterable[str] = (),
    summary: str | None = None,
    details: Mapping[str, Any] | None = None,
    confirmed: bool = False,
    log: bool = True,
) -> Incident:
    """Open an incident inside the caller's transaction and return it.

    A job's dataset, DUA (the version it was decided under) and the data
    categories are looked up from ``job_id`` when given. ``summary`` must hold
    codes and ids only; by default it is built from ``kind``, ``code`` and ids.
    """
    dua_version = None
    if job_id is not None:
        row = conn.execute(
            select(jobs.c.dua_id, jobs.c.dua_version, jobs.c.dataset).where(jobs.c.id == job_id)
        ).first()
        if row is not None:
            dua_id = dua_id or row.dua_id
            dua_version = row.dua_version
            datasets = list(datasets) or [row.dataset]
    facts = _facts(conn, dua_id=dua_id, datasets=datasets, dua_version=dua_version)
    if kind in NO_BREACH_CLOCK:
        facts = replace(facts, notify_within_hours=None, suspected_within_hours=None)
    now = node.clock()
    scope_out: dict[str, Any] = {}
    if facts.rows:
        scope_out["rows"] = facts.rows
        scope_out["rows_total"] = sum(facts.rows.values())
    if job_id is not None:
        scope_out["jobs"] = [job_id]
    scope_out.update(scope or {})
    if summary is None:
        parts = [kind if code is None else f"{kind}: {code}"]
        if job_id:
            parts.append(f"job {job_id}")
        if facts.datasets:
            parts.append("dataset " + ", ".join(facts.datasets))
        if dua_id:
            parts.append(f"DUA {dua_id}")
        summary = "; ".join(parts)
    inc = Incident(
        id=_new_id(),
        kind=kind,
        severity=severity or DEFAULT_SEVERITY.get(kind, Severity.MEDIUM),
        status=IncidentStatus.CONFIRMED if confirmed else IncidentStatus.SUSPECTED,
        summary=summary[:2000],
        job_id=job_id,
        dua_id=dua_id,
        datasets=facts.datasets,
        categories=facts.categories,
        scope=scope_out,
        containment=[c for c in (clean_text(c, "containment") for c in containment) if c],
        contact=facts.contact,
        notify_within_hours=facts.notify_within_hours,
        suspected_within_hours=facts.suspected_within_hours,
        opened_at=now,
        confirmed_at=now if confirmed else None,
    )
    conn.execute(
        insert(incidents).values(
            id=inc.id,
            kind=inc.kind,
            severity=inc.severity.value,
            status=inc.status.value,
            summary=inc.summary,
            job_id=inc.job_id,
            dua_id=inc.dua_id,
            datasets_json=json.dumps(inc.datasets),
            categories_json=json.dumps(inc.categories, sort_keys=True),
            scope_json=json.dumps(inc.scope, sort_keys=True),
            containment_json=json.dumps(inc.containment),
            contact=inc.contact,
            notify_within_hours=inc.notify_within_hours,
            suspected_within_hours=inc.suspected_within_hours,
            opened_at=now,
            confirmed_at=inc.confirmed_at,
        )
    )
    clock = inc.clock(now)
    _record(
        node,
        conn,
        inc,
        actor=actor,
        event="opened",
        details={
            "code": code,
            "summary": inc.summary,
            "datasets": inc.datasets,
            "categories": inc.categories,
            "scope": inc.scope,
            "containment": inc.containment,
            "clock": None if clock is None else clock.to_dict(),
            **(details or {}),
        },
        log=log,
    )
    return inc


def report_incident(node: Node, **kwargs: Any) -> Incident:
    """:func:`open_incident` in a transaction of its own (e.g. staff reporting an event)."""
    with node.operation() as conn:
        return open_incident(node, conn, **kwargs)


def _load(conn: Connection, incident_id: str, *, lock: bool = False) -> Incident:
    q = select(incidents).where(incidents.c.id == incident_id)
    if lock:
        q = q.with_for_update()
    r = conn.execute(q).first()
    if r is None:
        raise NotFound(f"no incident '{incident_id}' on this node", code="incident.not_found")
    return _row(r)


def _log_trusted(node: Node, conn: Connection, inc: Incident) -> bool:
    """May this change go to the audit log? Not while an audit-log incident's
    log still fails verification (see the module docstring)."""
    if inc.kind != AUDIT_INTEGRITY:
        return True
    return node.audit.verify(conn, node.key.public_key).ok


def _change(
    node: Node,
    incident_id: str,
    *,
    actor: str,
    event: str,
    apply: Any,
) -> Incident:
    """Load (locked), let ``apply`` return (new values, event details), write both."""
    with node.store.transaction() as conn:
        inc = _load(conn, incident_id, lock=True)
        values, details = apply(inc, node.clock())
        if values:
            conn.execute(update(incidents).where(incidents.c.id == inc.id).values(**values))
        new = _load(conn, incident_id)
        log = _log_trusted(node, conn, new)
        _record(node, conn, new, actor=actor, event=event, details=details, log=log)
        if log:
            node.audit.checkpoint(conn)
    return new


def _illegal(inc: Incident, action: str) -> Conflict:
    return Conflict(
        f"incident {inc.id} is {inc.status.value}; it cannot be {action}",
        code="incident.illegal_transition",
    )


def confirm_incident(
    node: Node, incident_id: str, *, actor: str, note: str | None = None
) -> Incident:
    """suspected -> confirmed; starts the full notice's clock."""
    note = clean_text(note, "note")

    def apply(inc: Incident, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
        if inc.status is not IncidentStatus.SUSPECTED:
            raise _illegal(inc, "confirmed")
        due = (
            None
            if inc.notify_within_hours is None
            else now + timedelta(hours=inc.notify_within_hours)
        )
        return (
            {"status": IncidentStatus.CONFIRMED.value, "confirmed_at": now},
            {"from": "suspected", "to": "confirmed", "note": note, "notice_due": _iso(due)},
        )

    return _change(node, incident_id, actor=actor, event="confirmed", apply=apply)


def update_incident(
    node: Node,
    incident_id: str,
    *,
    actor: str,
    containment: Iterable[str] = (),
    scope: Mapping[str, Any] | None = None,
    severity: Severity | None = None,
    note: str | None = None,
) -> Incident:
    """Add containment measures, scope facts or a note; change the severity."""
    added = [c for c in (clean_text(c, "containment") for c in containment) if c]
    note = clean_text(note, "note")
    scope = dict(scope or {})
    if not (added or scope or severity or note):
        raise InvalidInput(
            "nothing to update: give containment, scope, severity or a note",
            code="incident.nothing_to_update",
        )

    def apply(inc: Incident, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
        if inc.status is IncidentStatus.CLOSED:
            raise _illegal(inc, "updated")
        values: dict[str, Any] = {}
        details: dict[str, Any] = {}
        if added:
            values["containment_json"] = json.dumps([*inc.containment, *added])
            details["containment_added"] = added
        if scope:
            values["scope_json"] = json.dumps({**inc.scope, **scope}, sort_keys=True)
            details["scope"] = scope
        if severity is not None and severity is not inc.severity:
            values["severity"] = severity.value
            details["severity"] = {"from": inc.severity.value, "to": severity.value}
        if note:
            details["note"] = note
        return values, details

    return _change(node, incident_id, actor=actor, event="updated", apply=apply)


def mark_notified(
    node: Node,
    incident_id: str,
    *,
    actor: str,
    to: str | None = None,
    note: str | None = None,
) -> Incident:
    """Record that a notice went out now (to the DUA's contact unless ``to`` says)."""
    to = clean_text(to, "recipient")
    note = clean_text(note, "note")

    def apply(inc: Incident, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
        if inc.status is IncidentStatus.CLOSED:
            raise _illegal(inc, "notified")
        clock = inc.clock(now)
        return (
            {"notified_at": now},
            {
                "notice": "full" if inc.status is IncidentStatus.CONFIRMED else "early",
                "to": to or inc.contact,
                "note": note,
                "clock": None if clock is None else clock.to_dict(),
                "late": bool(clock is not None and clock.overdue),
            },
        )

    return _change(node, incident_id, actor=actor, event="notified", apply=apply)


def close_incident(node: Node, incident_id: str, *, actor: str, reason: str) -> Incident:
    """Close: a suspected incident as unfounded; a confirmed one once its notice is recorded.

    Raises
    ------
    Conflict
        ``incident.illegal_transition`` if already closed;
        ``incident.notice_outstanding`` if confirmed under a DUA clock and no
        notice was recorded since confirmation.
    """
    text = clean_text(reason, "reason")

    def apply(inc: Incident, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
        if inc.status is IncidentStatus.CLOSED:
            raise _illegal(inc, "closed again")
        if inc.status is IncidentStatus.CONFIRMED and inc.clock(now) is not None:
            raise Conflict(
                f"incident {inc.id} is confirmed and its breach notice is not recorded; "
                "record it (custos incident notified) before closing",
                code="incident.notice_outstanding",
            )
        outcome = "unfounded" if inc.status is IncidentStatus.SUSPECTED else "resolved"
        return (
            {"status": IncidentStatus.CLOSED.value, "closed_at": now},
            {"from": inc.status.value, "to": "closed", "outcome": outcome, "reason": text},
        )

    return _change(node, incident_id, actor=actor, event="closed", apply=apply)


# ---------------------------------------------------------------------------
# reading


def list_incidents(
    node: Node, *, status: IncidentStatus | None = None, open_only: bool = False
) -> list[Incident]:
    q = select(incidents).order_by(incidents.c.opened_at, incidents.c.id)
    if status is not None:
        q = q.where(incidents.c.status == status.value)
    if open_only:
        q = q.where(incidents.c.status != IncidentStatus.CLOSED.value)
    with node.store.read() as conn:
        return [_row(r) for r in conn.execute(q)]


def show_incident(node: Node, incident_id: str) -> tuple[Incident, list[IncidentEvent]]:
    """The incident and every event, oldest first."""
    with node.store.read() as conn:
        inc = _load(conn, incident_id)
        rows = conn.execute(
            select(incident_events)
            .where(incident_events.c.incident_id == incident_id)
            .order_by(incident_events.c.id)
        ).all()
    events = [
        IncidentEvent(_utc(r.at), r.actor, r.event, dict(json.loads(r.details_json))) for r in rows
    ]
    return inc, events


def overdue(node: Node, now: datetime) -> list[tuple[Incident, NoticeClock]]:
    """Open incidents whose breach notice is past its deadline at ``now``, most overdue first."""
    out = [(i, c) for i, c in _pending(node, now) if c.overdue]
    return sorted(out, key=lambda ic: ic[1].seconds_left)


def due_soon(
    node: Node, now: datetime, within: timedelta = DUE_SOON
) -> list[tuple[Incident, NoticeClock]]:
    """Open incidents whose notice is not overdue yet but due within ``within``."""
    limit = within.total_seconds()
    out = [(i, c) for i, c in _pending(node, now) if 0 <= c.seconds_left <= limit]
    return sorted(out, key=lambda ic: ic[1].seconds_left)


def _pending(node: Node, now: datetime) -> list[tuple[Incident, NoticeClock]]:
    out = []
    for inc in list_incidents(node, open_only=True):
        clock = inc.clock(now)
        if clock is not None:
            out.append((inc, clock))
    return out


# ---------------------------------------------------------------------------
# the notice


@dataclass(frozen=True)
class Notice:
    """Every fact a breach notice must carry, rendered at ``now``."""

    incident: Incident
    now: datetime
    clock: NoticeClock | None
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    @property
    def overdue(self) -> bool:
        return self.clock is not None and self.clock.overdue

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident": self.incident.to_dict(),
            "rendered_at": isoformat(self.now),
            "clock": None if self.clock is None else self.clock.to_dict(),
            "overdue": self.overdue,
            "text": self.text,
        }


def _categories_line(cats: Mapping[str, Any]) -> str:
    if not cats:
        return "none recorded (no dataset is involved)"
    return (
        f"{', '.join(cats.get('data', []))}; legal: {', '.join(cats.get('legal', []))}; "
        f"highest sensitivity: {cats.get('highest_sensitivity')}"
    )


def _scope_line(inc: Incident) -> str:
    scope = dict(inc.scope)
    parts = []
    rows = scope.pop("rows", None)
    scope.pop("rows_total", None)
    if isinstance(rows, dict):
        parts += [f"up to {n} records of dataset {name}" for name, n in rows.items()]
    job_list = scope.pop("jobs", None)
    if isinstance(job_list, list):
        parts.append(f"{len(job_list)} job(s): {', '.join(map(str, job_list))}")
    parts += [f"{k}: {v}" for k, v in sorted(scope.items())]
    return "; ".join(parts) or "not yet assessed"


def notice(incident: Incident, now: datetime) -> Notice:
    """Render the breach notice of ``incident`` as it stands at ``now``.

    Built from stored codes, ids, counts and categories only: what happened,
    when it was discovered and confirmed, data categories and datasets,
    approximate scope, likely consequences, containment, contact, the DUA
    clause and the time left on the clock (or how overdue it is).
    """
    inc = incident
    clock = inc.clock(now)
    status = inc.status.value
    head = "BREACH NOTICE" if inc.status is IncidentStatus.CONFIRMED else "EARLY NOTICE"
    if inc.status is IncidentStatus.CLOSED:
        head = "INCIDENT RECORD (closed)"
    lines = [
        f"{head}: incident {inc.id} ({inc.severity.value} severity, {status})",
        f"What happened: {_WHAT.get(inc.kind, _WHAT[OTHER])} [{inc.summary}]",
        f"Discovered: {_iso(inc.opened_at)}",
        f"Confirmed: {_iso(inc.confirmed_at) or 'not yet (suspected)'}",
        f"Datasets: {', '.join(inc.datasets) or 'none'}",
        f"Data categories: {_categories_line(inc.categories)}",
        f"Approximate scope: {_scope_line(inc)}",
        f"Likely consequences: {_CONSEQUENCES.get(inc.kind, _CONSEQUENCES[OTHER])}",
        "Containment and measures: " + ("; ".join(inc.containment) or "none recorded yet"),
        f"Incident contact: {inc.contact or 'none named (no DUA applies)'}",
    ]
    if inc.dua_id is None or inc.notify_within_hours is None:
        lines.append("Agreement: no DUA breach clause applies; follow the institution's procedure")
    else:
        early = (
            f"; suspected incidents within {inc.suspected_within_hours} h of discovery "
            "(breach_notification.suspected_within_hours)"
            if inc.suspected_within_hours is not None
            else ""
        )
        lines.append(
            f"Agreement: DUA {inc.dua_id}, breach_notification: notice within "
            f"{inc.notify_within_hours} h of confirmation "
            f"(breach_notification.notify_within_hours){early}"
        )
    if clock is not None:
        lines.append(f"Clock: {clock.describe()}")
    elif inc.notified_at is not None:
        lines.append(f"Clock: notice recorded {_iso(inc.notified_at)}")
    elif inc.status is IncidentStatus.CLOSED:
        lines.append(f"Clock: stopped, closed {_iso(inc.closed_at)}")
    else:
        lines.append("Clock: none running")
    return Notice(inc, _utc(now), clock, lines)


# ---------------------------------------------------------------------------
# incidents the node opens by itself


def _kind_for(code: str) -> str:
    prefix = code.split(".", 1)[0]
    return {
        "leakage": LEAKAGE,
        "sandbox": SANDBOX_VIOLATION,
        "protocol": SANDBOX_VIOLATION,
        "egress": EGRESS,
        "attestation": ATTESTATION,
    }.get(prefix, POLICY_VIOLATION)


def open_for_job_failure(
    node: Node,
    conn: Connection,
    *,
    job_id: str,
    error: CustosError,
    blocked: bool,
    spent: bool,
) -> Incident:
    """The incident for a job the runner stopped because it broke a rule.

    Opened suspected (the node saw a violation; whether it is a reportable
    breach is for the privacy officer to confirm), with the containment the
    runner applied.
    """
    kind = _kind_for(error.code)
    containment = [
        "job blocked" if blocked else "job failed",
        "nothing released; outputs and reports held at the hospital",
        "privacy budget committed (the job read the data)"
        if spent
        else "privacy budget released (no record was read)",
    ]
    if kind == SANDBOX_VIOLATION:
        containment.insert(0, "sandboxed process stopped")
    return open_incident(
        node,
        conn,
        kind=kind,
        actor="node:runner",
        code=error.code,
        job_id=job_id,
        containment=containment,
        # Public (sanitized) reasons of the error, e.g. which attack was over which limit.
        details={"reasons": list(error.details)[:20]},
    )


def open_of_kind(conn: Connection, kind: str, *, dua_id: str | None = None) -> list[Incident]:
    """Incidents of ``kind`` not closed yet (of one DUA when ``dua_id`` is given), oldest first."""
    q = select(incidents).where(
        incidents.c.kind == kind, incidents.c.status != IncidentStatus.CLOSED.value
    )
    if dua_id is not None:
        q = q.where(incidents.c.dua_id == dua_id)
    return [_row(r) for r in conn.execute(q.order_by(incidents.c.opened_at, incidents.c.id))]


def _recur(
    node: Node, conn: Connection, inc: Incident, *, actor: str, scope: Mapping[str, Any]
) -> Incident:
    merged = {**inc.scope, **scope}
    conn.execute(
        update(incidents)
        .where(incidents.c.id == inc.id)
        .values(scope_json=json.dumps(merged, sort_keys=True))
    )
    new = replace(inc, scope=merged)
    _record(
        node, conn, new, actor=actor, event="recurred", details={"scope": dict(scope)}, log=True
    )
    return new


def count_refusals(conn: Connection, vendor: str, since: datetime) -> int:
    """Jobs claiming ``vendor`` refused at intake or rejected by policy since ``since``."""
    refused = conn.execute(
        select(func.count())
        .select_from(audit_entries)
        .where(
            audit_entries.c.action.in_(("job.refused", "job.replay_refused")),
            audit_entries.c.actor.in_((f"vendor:{vendor}", f"vendor:{vendor}?")),
            audit_entries.c.ts >= isoformat(since),
        )
    ).scalar_one()
    rejected = conn.execute(
        select(func.count())
        .select_from(jobs)
        .where(
            jobs.c.vendor_id == vendor,
            jobs.c.state == "REJECTED",
            jobs.c.decided_by == "policy",
            jobs.c.submitted_at >= since,
        )
    ).scalar_one()
    return int(refused) + int(rejected)


def after_intake(
    node: Node,
    conn: Connection,
    *,
    vendor: str,
    dua_id: str,
    spec_hash: str,
    refusal: CustosError | None,
    job_id: str | None,
) -> list[Incident]:
    """Incidents a job submission may open, in the submission's transaction.

    A bad signature opens (or adds to) one signature incident per claimed
    vendor and DUA. Refusals (intake refusals and policy rejections) for one
    claimed vendor reaching :data:`REFUSALS_THRESHOLD` in
    :data:`REFUSALS_WINDOW` open one repeated-refusals incident; further
    refusals while it is open are added to it, not opened anew.
    """
    out: list[Incident] = []
    now = node.clock()
    refused = refusal is not None
    if not refused and job_id is not None:
        state = conn.execute(select(jobs.c.state).where(jobs.c.id == job_id)).scalar_one_or_none()
        refused = state == "REJECTED"
    if refusal is not None and refusal.code in SIGNATURE_CODES:
        same = [
            i
            for i in open_of_kind(conn, SIGNATURE)
            if i.scope.get("claimed_vendor") == vendor and i.dua_id == dua_id
        ]
        if same:
            attempts = int(same[0].scope.get("attempts", 1)) + 1
            out.append(
                _recur(node, conn, same[0], actor="node:intake", scope={"attempts": attempts})
            )
        else:
            out.append(
                open_incident(
                    node,
                    conn,
                    kind=SIGNATURE,
                    actor="node:intake",
                    code=refusal.code,
                    dua_id=dua_id,
                    summary=f"{SIGNATURE}: {refusal.code}; claimed vendor {vendor}; "
                    f"DUA {dua_id}; spec {spec_hash}",
                    scope={"claimed_vendor": vendor, "attempts": 1, "jobs_created": 0},
                    containment=["submission refused; no job recorded; nothing ran"],
                )
            )
    if not refused:
        return out
    count = count_refusals(conn, vendor, now - REFUSALS_WINDOW)
    if count < REFUSALS_THRESHOLD:
        return out
    same = [i for i in open_of_kind(conn, REPEATED_REFUSALS) if i.scope.get("vendor") == vendor]
    if same:
        out.append(_recur(node, conn, same[0], actor="node:intake", scope={"refusals": count}))
    else:
        hours = int(REFUSALS_WINDOW.total_seconds() // 3600)
        out.append(
            open_incident(
                node,
                conn,
                kind=REPEATED_REFUSALS,
                actor="node:intake",
                code="jobs.refused_repeatedly",
                dua_id=dua_id,
                summary=f"{REPEATED_REFUSALS}: {count} refused jobs claiming vendor {vendor} "
                f"within {hours} h; latest under DUA {dua_id}",
                scope={"vendor": vendor, "refusals": count, "window_hours": hours},
                containment=["every refused job was stopped before it touched data"],
            )
        )
    return out


def open_for_audit_failure(node: Node, report: VerifyReport) -> Incident:
    """A critical incident for an audit log that failed verification.

    Written to the incident tables only, never to the log itself (see the
    module docstring); run again on the same damage it records nothing new.
    """
    problems = list(report.problems)
    with node.store.transaction() as conn:
        for inc in open_of_kind(conn, AUDIT_INTEGRITY):
            if inc.scope.get("problems") == len(problems) + report.truncated_problems:
                return inc
        return open_incident(
            node,
            conn,
            kind=AUDIT_INTEGRITY,
            actor="node:audit-verify",
            code="audit.verify_failed",
            summary=f"{AUDIT_INTEGRITY}: audit.verify_failed; {len(problems)} problem(s); "
            f"log ends at entry {report.last_seq}, newest valid checkpoint at entry "
            f"{report.last_checkpoint_seq}",
            scope={
                "problems": len(problems) + report.truncated_problems,
                "entries": report.entries,
                "last_seq": report.last_seq,
                "last_checkpoint_seq": report.last_checkpoint_seq,
            },
            containment=[
                "log left untouched as evidence; no entry appended to it",
                "keep the database and its backups; compare with the newest audit export",
            ],
            details={"problems": problems},
            log=False,
        )
