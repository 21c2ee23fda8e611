"""The evidence pack: what an auditor asks for under a DUA's audit rights, signed by the node.

``evidence_pack(node, start, end)`` gathers, for the half-open period
``[start, end)``:

* the node's identity and the period;
* every job with activity in the period (submitted, decided, run, released,
  purged), with its decision and every reason, the approval, the run's
  isolation and whether its attestation evidence verifies, and the release's
  receipt hash; submissions refused before they became jobs;
* the privacy budget per dataset over time: after each settlement of a
  committed ledger row, the PLD composition of everything committed so far
  (the ledger's own accountant, never a sum of epsilons), and the ledger's
  current spend;
* deletions and their signed certificates, and artefacts past their deadline;
* incidents open at any time in the period, with their timelines;
* the agreements in force with their vendor, subprocessors and audit rights,
  and every export in the period with its destination;
* the verification of the whole audit log (chain, signed checkpoints, head)
  and where the period sits in it (first and last entry, the checkpoint that
  anchors the last one).

It holds identifiers, codes, counts, timestamps and hashes only: no cell value
of any dataset is read. ``write_pack`` signs it (a DSSE envelope with the node
key, as receipts and audit exports are) into ``pack.json`` and renders
``pack.html``, whose SHA-256 the signed pack carries. ``verify_pack`` and
``verify_pack_dir`` check both offline with only the node's public key.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from custos.core._canonical import canonical_json, content_hash, loads
from custos.core._clock import isoformat
from custos.core._errors import Conflict, IntegrityError, InvalidInput, SignatureError
from custos.core._keys import PublicKey, SigningKey, dsse_sign, dsse_verify, load_envelope
from custos.core._schema import (
    artefacts,
    audit_checkpoints,
    audit_entries,
    budget_entries,
    deletion_certificates,
    incident_events,
    incidents,
    jobs,
    releases,
)
from custos.governance._destinations import WHOLE_NODE, Scope

if TYPE_CHECKING:
    from custos.governance._destinations import Destination
    from custos.node._node import Node

PACK_FORMAT = "custos-evidence-pack/1"
PACK_TYPE = "application/vnd.custos.evidence-pack+json"
PACK_FILE = "pack.json"
HTML_FILE = "pack.html"

# Audit actions that move something out of the node, or refuse to.
_EXPORT_ACTIONS = ("release.fetched", "audit.exported", "audit.report_written", "export.refused")


def _utc(value: Any) -> datetime | None:
    """A database or caller datetime as aware UTC (SQLite returns naive UTC)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TypeError("expected a datetime")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: Any) -> str | None:
    ts = _utc(value)
    return None if ts is None else isoformat(ts)


def _in(value: Any, start: datetime, end: datetime) -> bool:
    ts = _utc(value)
    return ts is not None and start <= ts < end


def _json_col(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def parse_when(text: str, *, end: bool) -> datetime:
    """``YYYY-MM-DD`` (the whole day: an end date is inclusive) or an ISO 8601 time (UTC if naive).

    Raises
    ------
    InvalidInput
        Neither a date nor a date-time.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1) if end else day, time(), tzinfo=UTC)
        ts = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            f"'{text[:40]}' is not a date (YYYY-MM-DD) or an ISO 8601 time",
            code="report.date",
        ) from exc
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def check_period(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Both ends as aware UTC; the period must not be empty.

    Raises
    ------
    InvalidInput
        ``start`` is not before ``end``.
    """
    s, e = _utc(start), _utc(end)
    assert s is not None
    assert e is not None
    if s >= e:
        raise InvalidInput(
            f"the period starts ({isoformat(s)}) at or after its end ({isoformat(e)})",
            code="report.period",
        )
    return s, e


# -- sections -----------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    seq: int
    hash: str
    ts: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]


def _period_entries(conn: Connection, start: datetime, end: datetime) -> list[_Entry]:
    # Entry timestamps are fixed-width RFC 3339 UTC text: they order as strings.
    q = (
        select(audit_entries.c.seq, audit_entries.c.hash, audit_entries.c.body)
        .where(audit_entries.c.ts >= isoformat(start), audit_entries.c.ts < isoformat(end))
        .order_by(audit_entries.c.seq)
    )
    out = []
    for seq, h, body in conn.execute(q):
        d = json.loads(body)
        out.append(
            _Entry(int(seq), h, d["ts"], d["actor"], d["action"], d["subject"], d["details"])
        )
    return out


def _job_entries(conn: Connection, job_id: str) -> list[_Entry]:
    q = (
        select(audit_entries.c.seq, audit_entries.c.hash, audit_entries.c.body)
        .where(audit_entries.c.subject == f"job:{job_id}")
        .order_by(audit_entries.c.seq)
    )
    out = []
    for seq, h, body in conn.execute(q):
        d = json.loads(body)
        out.append(
            _Entry(int(seq), h, d["ts"], d["actor"], d["action"], d["subject"], d["details"])
        )
    return out


def _run_section(
    conn: Connection, job_id: str, release: Any, public_key: PublicKey
) -> dict[str, Any] | None:
    """How the job ran: isolation, attempts, failure codes, attestation status."""
    history = _job_entries(conn, job_id)
    runs = [e for e in history if e.action == "job.running"]
    if not runs and release is None:
        return None
    ends = [
        {"action": e.action, "code": e.details.get("code"), "budget": e.details.get("budget")}
        for e in history
        if e.action in ("job.failed", "job.blocked")
    ]
    out: dict[str, Any] = {
        "attempts": [
            {"attempt": e.details.get("attempt"), "isolation": e.details.get("isolation")}
            for e in runs
        ],
        "ended_without_release": ends,
        "leakage_audit": next(
            (
                e.action.removeprefix("leakage_audit.")
                for e in reversed(history)
                if e.action.startswith("leakage_audit.")
            ),
            None,
        ),
    }
    if release is not None:
        from custos.sandbox._attest import verify_evidence

        predicate = json.loads(release.statement_json)
        iso = predicate.get("isolation") if isinstance(predicate, dict) else None
        iso = iso if isinstance(iso, dict) else {}
        evidence = iso.get("attestation")
        ev = evidence if isinstance(evidence, dict) else {}
        problems = verify_evidence(evidence, public_key, predicate)
        out["released_run"] = {
            "isolation": iso.get("kind"),
            "tee": iso.get("tee"),
            "attestation_kind": ev.get("kind"),
            "measurement_hash": ev.get("measurement_hash"),
            "attestation_verified": not problems,
            "attestation_problems": problems,
        }
    return out


def _jobs_section(
    conn: Connection,
    period: list[_Entry],
    start: datetime,
    end: datetime,
    public_key: PublicKey,
    scope: Scope,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    active = {e.subject.removeprefix("job:") for e in period if e.subject.startswith("job:")}
    rows = conn.execute(select(jobs).order_by(jobs.c.submitted_at, jobs.c.id)).all()
    release_rows = {r.job_id: r for r in conn.execute(select(releases))}
    out: list[dict[str, Any]] = []
    for r in rows:
        if r.id not in active and not _in(r.submitted_at, start, end):
            continue
        if not scope.covers(r.dua_id):
            continue
        decision = json.loads(r.decision_json)
        spec = json.loads(r.spec_json)
        rel = release_rows.get(r.id)
        timeline = [
            {"seq": e.seq, "ts": e.ts, "action": e.action, "actor": e.actor}
            for e in period
            if e.subject == f"job:{r.id}"
        ]
        release: dict[str, Any] | None = None
        if rel is not None:
            predicate = json.loads(rel.statement_json)
            privacy = predicate.get("privacy", {}) if isinstance(predicate, dict) else {}
            released_entry = next(
                (e for e in _job_entries(conn, r.id) if e.action == "job.released"), None
            )
            release = {
                "receipt_hash": rel.receipt_hash,
                "released_at": _iso(rel.released_at),
                "in_period": _in(rel.released_at, start, end),
                "files": [] if released_entry is None else released_entry.details.get("files"),
                "epsilon_spent": privacy.get("epsilon_spent"),
                "dataset_epsilon_after": privacy.get("dataset_epsilon_spent"),
                "deliveries": [
                    {
                        "seq": e.seq,
                        "ts": e.ts,
                        "receipt_hash": e.details.get("receipt_hash"),
                        "destination": e.details.get("destination"),
                    }
                    for e in period
                    if e.subject == f"job:{r.id}" and e.action == "release.fetched"
                ],
            }
        out.append(
            {
                "id": r.id,
                "name": spec.get("name"),
                "vendor": r.vendor_id,
                "dataset": r.dataset,
                "dua": {"id": r.dua_id, "version": r.dua_version, "hash": r.dua_hash},
                "spec_hash": r.spec_hash,
                "model_hash": r.model_hash,
                "requested": {"epsilon": r.epsilon, "delta": r.delta},
                "state": r.state,
                "submitted_at": _iso(r.submitted_at),
                "submitted_in_period": _in(r.submitted_at, start, end),
                "decision": {
                    "outcome": decision.get("outcome"),
                    "hash": content_hash(decision),
                    "reasons": decision.get("reasons", []),
                },
                "approval": (
                    None
                    if r.decided_by is None
                    else {
                        "by": r.decided_by,
                        "at": _iso(r.decided_at),
                        "reason": r.decision_reason,
                    }
                ),
                "timeline": timeline,
                "run": _run_section(conn, r.id, rel, public_key),
                "release": release,
            }
        )
    refused = [
        {
            "seq": e.seq,
            "ts": e.ts,
            "action": e.action,
            "actor": e.actor,
            "subject": e.subject,
            "code": e.details.get("code"),
            "spec_hash": e.details.get("spec_hash"),
        }
        for e in period
        if e.action in ("job.refused", "job.replay_refused")
        and _subject_in_scope(e.subject, scope, {j["id"] for j in out})
    ]
    return out, refused


def _subject_in_scope(subject: str, scope: Scope, job_ids: set[str]) -> bool:
    """Whether an audit entry about ``subject`` is the recipient's to see."""
    if scope.whole_node:
        return True
    kind, _, name = subject.partition(":")
    if kind == "job":
        return name in job_ids
    if kind == "dua":
        return scope.covers(name)
    return False


def _compose(mechanisms: list[Any], delta: float) -> float:
    """The ledger's composition (PLD), as ``custos.ledger._budget.spent`` does it."""
    from custos.training._accounting import epsilon

    return float(epsilon(mechanisms, delta).pld) if mechanisms else 0.0


def _budget_section(
    conn: Connection, node: Node, start: datetime, end: datetime, scope: Scope
) -> list[dict[str, Any]]:
    """Composed spend per dataset and DUA over time.

    A scoped pack shows the datasets its DUAs cover and the composed total
    (every vendor's spend counts against the dataset's lifetime budget, and
    the recipient's DUA caps that total): its own jobs by name, another
    party's settlements as unnamed steps.
    """
    from custos.ledger import _budget as budget
    from custos.node._registry import list_duas
    from custos.training._accounting import Mechanism

    names = sorted(
        {str(n) for n in conn.execute(select(budget_entries.c.dataset).distinct()).scalars()}
    )
    duas = list_duas(node)
    out: list[dict[str, Any]] = []
    for name in names:
        rows = budget.entries(conn, name)
        settled = sorted(
            (
                (_utc(datetime.fromisoformat(e.settled_at)), e)
                for e in rows
                if e.status is budget.EntryStatus.COMMITTED and e.settled_at is not None
            ),
            key=lambda p: (p[0] or start, p[1].id),
        )
        covering = [d for d in duas if name in d.dua.datasets and scope.covers(d.dua.id)]
        if not covering and not scope.whole_node:
            continue
        job_duas = dict(
            conn.execute(select(jobs.c.id, jobs.c.dua_id).where(jobs.c.dataset == name)).all()
        )
        # Without a DUA covering it any more, compose at the smallest delta a row used.
        deltas: list[tuple[str | None, float, float | None]] = [
            (d.dua.id, d.dua.privacy.delta, d.dua.privacy.lifetime_epsilon_per_dataset)
            for d in covering
        ] or [(None, min(e.delta for e in rows), None)]
        for dua_id, delta, lifetime in deltas:
            mechs: list[Any] = []
            points: list[dict[str, Any]] = []
            at_start = at_end = 0.0
            for ts, e in settled:
                if ts is None or ts >= end:
                    continue
                mechs += [Mechanism.from_json(m) for m in e.mechanisms]
                eps = at_end = _compose(mechs, delta)
                if ts < start:
                    # Before the period only the running total is told, not whose job it was.
                    at_start = eps
                    continue
                if not scope.covers(job_duas.get(e.job_id)):
                    # Another party's job: the step shows (it counts against the
                    # dataset's budget), whose and how it was asked for does not.
                    points.append(
                        {
                            "at": isoformat(ts),
                            "job_id": None,
                            "attempt": None,
                            "job_epsilon": None,
                            "epsilon_after": eps,
                            "in_period": True,
                            "other_party": True,
                        }
                    )
                    continue
                points.append(
                    {
                        "at": isoformat(ts),
                        "job_id": e.job_id,
                        "attempt": e.attempt,
                        "job_epsilon": e.epsilon,
                        "epsilon_after": eps,
                        "in_period": True,
                    }
                )
            out.append(
                {
                    "dataset": name,
                    "dua": dua_id,
                    "delta": delta,
                    "lifetime_epsilon": lifetime,
                    "accountant": "pld",
                    "spent_at_start": at_start,
                    "spent_at_end": at_end,
                    "points": points,
                    # The ledger's own figure now (open reservations count).
                    "ledger_spent_now": budget.spent(conn, name, delta),
                    "open_reservations": sum(
                        1 for e in rows if e.status is budget.EntryStatus.RESERVED
                    ),
                }
            )
    return out


def _certificate(row: Any, public_key: PublicKey) -> dict[str, Any]:
    raw = row.envelope_json.encode("utf-8")
    verified = False
    try:
        envelope = loads(row.envelope_json)
        payload_type = envelope.get("payloadType") if isinstance(envelope, dict) else None
        if isinstance(payload_type, str):
            dsse_verify(envelope, public_key, payload_type=payload_type)
            verified = True
    except (SignatureError, InvalidInput):
        envelope = None
    return {
        "id": row.id,
        "issued_at": _iso(row.issued_at),
        "items": row.items,
        "envelope_sha256": "sha256:" + hashlib.sha256(raw).hexdigest(),
        "signature_verified": verified,
        "envelope": envelope,
    }


def _deletions_section(
    conn: Connection, start: datetime, end: datetime, public_key: PublicKey, scope: Scope
) -> dict[str, Any]:
    certs = [
        c
        for c in (
            _certificate(r, public_key)
            for r in conn.execute(
                select(deletion_certificates).order_by(deletion_certificates.c.id)
            )
            if _in(r.issued_at, start, end)
        )
        if scope.whole_node or _certificate_in_scope(c, scope)
    ]
    deleted: list[dict[str, Any]] = []
    overdue: list[dict[str, Any]] = []
    for r in conn.execute(select(artefacts).order_by(artefacts.c.id)):
        if not scope.covers(r.dua_id):
            continue
        item = {
            "id": r.id,
            "job_id": r.job_id,
            "dataset": r.dataset,
            "dua": r.dua_id,
            "kind": r.kind,
            "sha256": r.sha256,
            "size": r.size,
            "clause": r.clause,
            "created_at": _iso(r.created_at),
            "delete_after": _iso(r.delete_after),
            "status": r.status,
            "deleted_at": _iso(r.deleted_at),
            "certificate_id": r.certificate_id,
        }
        if _in(r.deleted_at, start, end):
            deleted.append(item)
        elif r.deleted_at is None and (_utc(r.delete_after) or end) < end:
            overdue.append(item)
    return {"certificates": certs, "deleted_artefacts": deleted, "overdue_artefacts": overdue}


def _certificate_in_scope(cert: dict[str, Any], scope: Scope) -> bool:
    """A certificate is shown when every item it lists is under a DUA in scope.

    Purges sign one certificate per DUA, so a vendor's certificates hold only
    its own items. Older or hand-made ones that mix DUAs are left out whole: a
    signed envelope cannot be cut without breaking it.
    """
    envelope = cert.get("envelope")
    if not cert["signature_verified"] or not isinstance(envelope, dict):
        return False
    from custos.governance._retention import certificate_payload

    try:
        items = certificate_payload(envelope)["predicate"]["items"]
    except (KeyError, TypeError, ValueError, InvalidInput):
        return False
    return bool(items) and all(isinstance(i, dict) and scope.covers(i.get("dua")) for i in items)


def _incidents_section(
    conn: Connection, start: datetime, end: datetime, scope: Scope
) -> list[dict[str, Any]]:
    """Incidents open at any time in the period.

    A scoped pack holds those under its DUAs and node-wide ones (no DUA, no
    dataset named: an audit log that failed to verify concerns everyone),
    plus those on a dataset its DUAs cover.
    """
    scope_datasets = _scope_datasets(conn, scope)
    out = []
    for r in conn.execute(select(incidents).order_by(incidents.c.opened_at, incidents.c.id)):
        opened, closed = _utc(r.opened_at), _utc(r.closed_at)
        if opened is None or opened >= end or (closed is not None and closed < start):
            continue
        if not _incident_in_scope(r, scope, scope_datasets):
            continue
        events = [
            {
                "at": _iso(ev.at),
                "actor": ev.actor,
                "event": ev.event,
                "details": _json_col(ev.details_json),
            }
            for ev in conn.execute(
                select(incident_events)
                .where(incident_events.c.incident_id == r.id)
                .order_by(incident_events.c.at, incident_events.c.id)
            )
        ]
        out.append(
            {
                "id": r.id,
                "kind": r.kind,
                "severity": r.severity,
                "status": r.status,
                "summary": r.summary,
                "job_id": r.job_id,
                "dua": r.dua_id,
                "datasets": _json_col(r.datasets_json),
                "categories": _json_col(r.categories_json),
                "scope": _json_col(r.scope_json),
                "containment": _json_col(r.containment_json),
                "contact": r.contact,
                "notify_within_hours": r.notify_within_hours,
                "suspected_within_hours": r.suspected_within_hours,
                "opened_at": _iso(r.opened_at),
                "confirmed_at": _iso(r.confirmed_at),
                "notified_at": _iso(r.notified_at),
                "closed_at": _iso(r.closed_at),
                "timeline": events,
            }
        )
    return out


def _audit_section(
    conn: Connection,
    node: Node,
    period: list[_Entry],
    public_key: PublicKey,
    scope: Scope,
    job_ids: set[str],
) -> dict[str, Any]:
    """The whole log's verification, and where the period sits in it.

    The verification covers every entry (a scoped pack says whether the log
    holds together, not what other parties' entries say); the count of
    actions is over the entries the recipient may see.
    """
    report = node.audit.verify(conn, public_key)
    anchor = None
    if period:
        cp = conn.execute(
            select(audit_checkpoints.c.seq, audit_checkpoints.c.head_hash)
            .where(audit_checkpoints.c.seq >= period[-1].seq)
            .order_by(audit_checkpoints.c.seq)
            .limit(1)
        ).first()
        if cp is not None:
            anchor = {"seq": int(cp.seq), "head": cp.head_hash}
    return {
        "log": report.to_dict(),
        "head": {"seq": report.last_seq, "hash": report.last_hash},
        "period": {
            "entries": len(period),
            "first": None if not period else {"seq": period[0].seq, "hash": period[0].hash},
            "last": None if not period else {"seq": period[-1].seq, "hash": period[-1].hash},
            "anchored_by_checkpoint": anchor,
            "actions": dict(
                sorted(
                    Counter(
                        e.action
                        for e in period
                        if scope.whole_node or _subject_in_scope(e.subject, scope, job_ids)
                    ).items()
                )
            ),
        },
    }


def _incident_in_scope(row: Any, scope: Scope, scope_datasets: set[str]) -> bool:
    if scope.whole_node:
        return True
    if row.dua_id is not None:
        return scope.covers(row.dua_id)
    names = set(_json_col(row.datasets_json) or [])
    return not names or bool(names & scope_datasets)


def entry_filter(node: Node, conn: Connection, scope: Scope) -> Callable[[dict[str, Any]], bool]:
    """Which audit entries (decoded bodies) a recipient with ``scope`` may read.

    Entries about its DUAs, their jobs (and those jobs' artefacts), the
    datasets they cover, its deletion certificates and incidents in scope,
    and exports to it. Everything else (another vendor's jobs, node
    housekeeping) is redacted in an export for it.
    """
    if scope.whole_node:
        return lambda _doc: True
    public_key = node.key.public_key
    job_ids = {
        r.id for r in conn.execute(select(jobs.c.id, jobs.c.dua_id)) if scope.covers(r.dua_id)
    }
    datasets = _scope_datasets(conn, scope)
    certs = {
        r.id
        for r in conn.execute(select(deletion_certificates))
        if _certificate_in_scope(_certificate(r, public_key), scope)
    }
    incident_ids = {
        r.id for r in conn.execute(select(incidents)) if _incident_in_scope(r, scope, datasets)
    }

    def visible(doc: dict[str, Any]) -> bool:
        kind, _, name = str(doc.get("subject", "")).partition(":")
        if kind in ("job", "artefacts"):
            return name in job_ids
        if kind == "dua":
            return scope.covers(name)
        if kind == "dataset":
            return name in datasets
        if kind == "certificate":
            return name in certs
        if kind == "incident":
            return name in incident_ids
        details = doc.get("details")
        return (
            doc.get("action") in _EXPORT_ACTIONS
            and isinstance(details, dict)
            and _sent_into_scope(details, scope)
        )

    return visible


def _scope_datasets(conn: Connection, scope: Scope) -> set[str]:
    from custos.core._schema import duas as duas_table

    if scope.duas is None:
        return set()
    out: set[str] = set()
    for body in conn.execute(
        select(duas_table.c.body_json).where(duas_table.c.id.in_(sorted(scope.duas)))
    ).scalars():
        out.update(json.loads(body).get("datasets", []))
    return out


def _agreements_section(node: Node, scope: Scope) -> list[dict[str, Any]]:
    from custos.node._registry import list_duas

    return [
        {
            "dua": e.dua.id,
            "version": e.version,
            "hash": e.content_hash,
            "status": e.status,
            "datasets": list(e.dua.datasets),
            "purpose": e.dua.purpose,
            "vendor": {"id": e.dua.parties.vendor.id, "name": e.dua.parties.vendor.name},
            "hospital": e.dua.parties.hospital.name,
            "subprocessors": [s.model_dump(mode="json") for s in e.dua.subprocessors],
            "audit_rights": e.dua.audit_rights.model_dump(mode="json"),
        }
        for e in list_duas(node)
        if scope.covers(e.dua.id)
    ]


def _exports_section(period: list[_Entry], scope: Scope, job_ids: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "seq": e.seq,
            "ts": e.ts,
            "action": e.action,
            "actor": e.actor,
            "subject": e.subject,
            "destination": e.details.get("destination"),
            "code": e.details.get("code"),
            "kind": e.details.get("kind"),
        }
        for e in period
        if e.action in _EXPORT_ACTIONS and (scope.whole_node or _export_in_scope(e, scope, job_ids))
    ]


def _export_in_scope(e: _Entry, scope: Scope, job_ids: set[str]) -> bool:
    return _subject_in_scope(e.subject, scope, job_ids) or _sent_into_scope(e.details, scope)


def _sent_into_scope(details: dict[str, Any], scope: Scope) -> bool:
    """An export whose destination is a vendor or subprocessor under a DUA in scope."""
    dest = details.get("destination")
    return (
        isinstance(dest, dict)
        and dest.get("role") in ("vendor", "subprocessor")
        and dest.get("dua") is not None
        and scope.covers(dest["dua"])
    )


# -- the pack -----------------------------------------------------------------


def evidence_pack(
    node: Node, start: datetime, end: datetime, scope: Scope | None = None
) -> dict[str, Any]:
    """The evidence pack for ``[start, end)`` as a JSON-ready dict (unsigned).

    ``scope`` (default: the whole node) limits it to the processing under
    some DUAs, for a vendor or subprocessor recipient (see ``Scope``).

    Raises
    ------
    InvalidInput
        The period is empty or reversed.
    AccountingError
        The budget ledger could not be composed (no pack is better than a wrong one).
    """
    start, end = check_period(start, end)
    scope = scope or WHOLE_NODE
    public_key = node.key.public_key
    with node.store.read() as conn:
        period = _period_entries(conn, start, end)
        job_list, refused = _jobs_section(conn, period, start, end, public_key, scope)
        job_ids = {j["id"] for j in job_list}
        pack: dict[str, Any] = {
            "format": PACK_FORMAT,
            "node": {
                "id": node.node_id,
                "name": node.settings.node_name,
                "public_key": public_key.to_text(),
                "key_id": public_key.key_id,
                "policy_hash": node.policy.content_hash,
            },
            "period": {"from": isoformat(start), "to": isoformat(end), "end": "exclusive"},
            "scope": scope.to_dict(),
            "generated_at": isoformat(node.clock()),
            "summary": {},
            "jobs": job_list,
            "refused_submissions": refused,
            "budgets": _budget_section(conn, node, start, end, scope),
            "deletions": _deletions_section(conn, start, end, public_key, scope),
            "incidents": _incidents_section(conn, start, end, scope),
            "agreements": _agreements_section(node, scope),
            "exports": _exports_section(period, scope, job_ids),
            "audit_log": _audit_section(conn, node, period, public_key, scope, job_ids),
        }
    pack["summary"] = {
        "jobs": len(job_list),
        "jobs_by_state": dict(sorted(Counter(j["state"] for j in job_list).items())),
        "releases_in_period": sum(
            1 for j in job_list if j["release"] is not None and j["release"]["in_period"]
        ),
        "refused_submissions": len(refused),
        "incidents": len(pack["incidents"]),
        "deletion_certificates": len(pack["deletions"]["certificates"]),
        "overdue_artefacts": len(pack["deletions"]["overdue_artefacts"]),
        "exports": len(pack["exports"]),
        "exports_refused": sum(1 for e in pack["exports"] if e["action"] == "export.refused"),
        "audit_log_ok": pack["audit_log"]["log"]["ok"],
    }
    return pack


def sign_pack(pack: dict[str, Any], key: SigningKey) -> dict[str, Any]:
    """The DSSE envelope over the pack's canonical JSON."""
    return dsse_sign(PACK_TYPE, canonical_json(pack), key)


def verify_pack(envelope: Any, public_key: PublicKey) -> dict[str, Any]:
    """Verify a signed evidence pack offline and return it.

    Raises
    ------
    SignatureError
        Malformed, wrong payload type, not signed by ``public_key``, or not a pack.
    """
    payload = dsse_verify(envelope, public_key, payload_type=PACK_TYPE)
    try:
        pack = loads(payload)
    except (InvalidInput, ValueError) as exc:
        raise SignatureError(
            "the signed evidence pack is not JSON", code="report.malformed"
        ) from exc
    if not isinstance(pack, dict) or pack.get("format") != PACK_FORMAT:
        raise SignatureError(
            "the signed document is not a custos evidence pack", code="report.type"
        )
    node = pack.get("node")
    if not isinstance(node, dict) or node.get("key_id") != public_key.key_id:
        raise SignatureError(
            "the evidence pack names another node key than the one that signed it",
            code="report.key",
        )
    return pack


def verify_pack_dir(folder: Path, public_key: PublicKey) -> dict[str, Any]:
    """Verify ``pack.json`` in ``folder`` and that ``pack.html`` is the page it names.

    Raises
    ------
    InvalidInput
        ``folder`` or ``pack.json`` cannot be read.
    SignatureError
        See :func:`verify_pack`.
    IntegrityError
        ``pack.html`` is missing or differs from the signed hash.
    """
    if not folder.is_dir():
        raise InvalidInput(f"{folder.name}: not a directory", code="report.not_a_directory")
    path = folder / PACK_FILE
    if not path.is_file():
        raise InvalidInput(f"no {PACK_FILE} in {folder.name}", code="report.missing")
    pack = verify_pack(load_envelope(path), public_key)
    html_file = folder / HTML_FILE
    expected = (
        (pack.get("html") or {}).get("sha256") if isinstance(pack.get("html"), dict) else None
    )
    if not html_file.is_file():
        raise IntegrityError(f"no {HTML_FILE} next to the pack", code="report.html_missing")
    digest = "sha256:" + hashlib.sha256(html_file.read_bytes()).hexdigest()
    if digest != expected:
        raise IntegrityError(
            f"{HTML_FILE} is not the page the signed pack names", code="report.html_mismatch"
        )
    return pack


@dataclass(frozen=True)
class WrittenPack:
    folder: Path
    pack: dict[str, Any]
    pack_sha256: str
    destination: Destination


def write_pack(
    node: Node,
    start: datetime,
    end: datetime,
    out: Path,
    *,
    recipient: str | None = None,
) -> WrittenPack:
    """Build, sign and write the evidence pack to ``out`` (created; must be empty).

    ``recipient`` is checked like an audit-log export's destination (audited
    refusal), and the pack holds what that recipient may see: the whole node
    for the hospital, the processing under its own DUAs for a vendor or a
    subprocessor (``pack["scope"]`` says which). Writing the pack is itself
    audited (``audit.report_written`` with the pack's hash), after the pack is
    built, so the pack never claims to contain its own entry.

    Raises
    ------
    InvalidInput, PolicyDenied, Conflict
    """
    from custos.governance._destinations import check_destination, scope_for
    from custos.governance._report_html import render_pack_html
    from custos.node._registry import list_duas

    start, end = check_period(start, end)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise Conflict(
            f"{out.name} exists and is not an empty directory", code="report.out_not_empty"
        )
    destination = check_destination(
        node,
        name=recipient,
        duas=[e.dua for e in list_duas(node) if e.status == "active"],
        kind="audit_log",
        subject=node.node_id,
    )
    scope = scope_for(destination, [e.dua for e in list_duas(node)])
    pack = evidence_pack(node, start, end, scope)
    pack["recipient"] = destination.to_dict()
    html = render_pack_html(pack).encode("utf-8")
    pack["html"] = {"file": HTML_FILE, "sha256": "sha256:" + hashlib.sha256(html).hexdigest()}
    envelope = sign_pack(pack, node.key)
    data = json.dumps(envelope, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    out.mkdir(parents=True, exist_ok=True)
    (out / HTML_FILE).write_bytes(html)
    (out / PACK_FILE).write_bytes(data)
    pack_sha = "sha256:" + hashlib.sha256(data).hexdigest()
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=node.actor("auditor"),
            action="audit.report_written",
            subject=node.node_id,
            details={
                "from": pack["period"]["from"],
                "to": pack["period"]["to"],
                "pack_sha256": pack_sha,
                "destination": destination.to_dict(),
            },
        )
    return WrittenPack(out, pack, pack_sha, destination)
