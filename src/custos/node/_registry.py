"""Dataset and DUA registration on the node."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from custos.core._canonical import content_hash
from custos.core._errors import Conflict, InvalidInput, NotFound
from custos.core._schema import datasets, duas, jobs
from custos.core._yaml import read_document, validate_model
from custos.data._card import DataCard, DeidRecord
from custos.data._fingerprint import Fingerprint
from custos.data._loader import canonical_rows, describe, detect_format, file_sha256, read_table
from custos.jobs._lifecycle import JobState
from custos.node._node import Node
from custos.policy._dua import DUA, load_dua
from custos.policy._evaluate import DatasetFacts, DUARecord


@dataclass(frozen=True)
class DatasetRecord:
    name: str
    path: str
    format: str
    file_sha256: str
    file_size: int
    rows: int
    columns: list[str]
    card: DataCard
    card_hash: str
    fingerprint: str
    status: str
    registered_at: str
    registered_by: str

    def facts(self) -> DatasetFacts:
        return DatasetFacts(
            self.name, self.card, self.rows, tuple(self.columns), self.status == "active"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": self.path,
            "format": self.format,
            "file_sha256": self.file_sha256,
            "file_size": self.file_size,
            "rows": self.rows,
            "columns": self.columns,
            "excluded_columns": list(self.card.excluded_columns),
            "card_hash": self.card_hash,
            "fingerprint": self.fingerprint,
            "status": self.status,
            "registered_at": self.registered_at,
            "registered_by": self.registered_by,
            "card": self.card.model_dump(mode="json"),
        }


def load_card(path: Path) -> DataCard:
    return validate_model(
        DataCard, read_document(path, what="data card"), what="data card", code="card.invalid"
    )


def _check_columns(card: DataCard, columns: list[str]) -> list[str]:
    problems = []
    undescribed = [c for c in columns if c not in card.columns]
    if undescribed:
        problems.append(f"columns in the file but not in the data card: {undescribed}")
    absent = [c for c in card.columns if c not in columns]
    if absent:
        problems.append(f"columns in the data card but not in the file: {absent}")
    return problems


def _deid_record(file: Path, file_hash: str, explicit: Path | None) -> DeidRecord | None:
    """The card's record of the de-identification run that wrote ``file``.

    An explicit report must list the file's hash among its outputs; one only
    found beside the file is used when it does and ignored otherwise (a
    folder's report may describe other files)."""
    from custos.deid._common import DeidReport, report_candidates

    paths = [explicit] if explicit is not None else report_candidates(file)
    for path in paths:
        data = DeidReport.read(path)
        outputs = data.get("outputs")
        if isinstance(outputs, dict) and file_hash in outputs.values():
            fields = {k: data.get(k) for k in DeidRecord.model_fields if k != "report_sha256"}
            return validate_model(
                DeidRecord,
                {
                    **{k: v for k, v in fields.items() if v is not None},
                    "report_sha256": file_sha256(path),
                },
                what="de-identification report",
                code="deid.report_invalid",
            )
        if explicit is not None:
            raise InvalidInput(
                "the de-identification report does not list this file among its outputs "
                "(it describes another file, or the file changed after de-identification)",
                code="dataset.deid_report_mismatch",
            )
    return None


def register_dataset(
    node: Node, name: str, file: Path, card_path: Path, *, deid_report: Path | None = None
) -> DatasetRecord:
    """Register a CSV/Parquet dataset with its data card.

    The file is parsed, checked against the card (every column described,
    direct identifiers excluded), fingerprinted, and registered in one
    transaction with its audit entry. The report of the de-identification
    run that wrote the file (``deid_report``, or one found beside the file:
    ``FILE.deid.json`` or ``deid-report.json``) goes into the card when it
    lists the file's hash among its outputs.

    Raises
    ------
    InvalidInput
        Card or file malformed or inconsistent; every problem listed.
    Conflict
        A dataset of that name exists.
    """
    card = load_card(card_path)
    problems = []
    if card.name != name:
        problems.append(f"the data card describes dataset '{card.name}', not '{name}'")
    fmt = detect_format(file)
    table = read_table(file, fmt)
    info = describe(file, fmt, table)
    problems += _check_columns(card, info.columns)
    if card.deidentification_report is not None:
        problems.append(
            "deidentification_report is copied from the run's report at registration "
            "(--deid-report), not written in the card"
        )
    if problems:
        raise InvalidInput.from_violations(
            f"dataset '{name}' cannot be registered", problems, code="dataset.card_mismatch"
        )
    deid = _deid_record(file, info.sha256, deid_report)
    if deid is not None:
        card = card.model_copy(update={"deidentification_report": deid})
    key = secrets.token_bytes(32)
    fp, _ = Fingerprint.of_rows(key, canonical_rows(table))
    now = node.clock()
    card_json = card.model_dump(mode="json")
    with node.operation() as conn:
        if conn.execute(select(datasets.c.name).where(datasets.c.name == name)).first():
            raise Conflict(f"dataset '{name}' is already registered", code="dataset.exists")
        conn.execute(
            insert(datasets).values(
                name=name,
                path=str(file.resolve()),
                format=fmt,
                file_sha256=info.sha256,
                file_size=info.size,
                row_count=info.rows,
                columns_json=json.dumps(info.columns),
                card_json=json.dumps(card_json),
                card_hash=content_hash(card_json),
                fingerprint=fp.root,
                fingerprint_key=key.hex(),
                status="active",
                registered_at=now,
                registered_by=node.settings.user,
            )
        )
        node.audit.append(
            conn,
            actor=node.actor("custodian"),
            action="dataset.registered",
            subject=f"dataset:{name}",
            details={
                "fingerprint": fp.root,
                "file_sha256": info.sha256,
                "format": fmt,
                "rows": info.rows,
                "deid_report_sha256": deid.report_sha256 if deid else None,
                "columns": len(info.columns),
                "excluded_columns": list(card.excluded_columns),
                "card_hash": content_hash(card_json),
            },
        )
    return get_dataset(node, name)


def _dataset_row(r: Any) -> DatasetRecord:
    card = DataCard.model_validate(json.loads(r.card_json))
    return DatasetRecord(
        name=r.name,
        path=r.path,
        format=r.format,
        file_sha256=r.file_sha256,
        file_size=int(r.file_size),
        rows=int(r.row_count),
        columns=json.loads(r.columns_json),
        card=card,
        card_hash=r.card_hash,
        fingerprint=r.fingerprint,
        status=r.status,
        registered_at=r.registered_at.isoformat() if r.registered_at else "",
        registered_by=r.registered_by,
    )


def find_dataset(conn: Connection, name: str) -> DatasetRecord | None:
    r = conn.execute(select(datasets).where(datasets.c.name == name)).first()
    return None if r is None else _dataset_row(r)


def get_dataset(node: Node, name: str) -> DatasetRecord:
    with node.store.read() as conn:
        rec = find_dataset(conn, name)
    if rec is None:
        raise NotFound(f"no dataset '{name}' on this node", code="dataset.not_found")
    return rec


def list_datasets(node: Node) -> list[DatasetRecord]:
    with node.store.read() as conn:
        return [_dataset_row(r) for r in conn.execute(select(datasets).order_by(datasets.c.name))]


# -- DUAs ------------------------------------------------------------------


@dataclass(frozen=True)
class DUAEntry:
    dua: DUA
    version: int
    content_hash: str
    status: str
    added_at: str
    added_by: str
    revoked_at: str | None
    revoke_reason: str | None

    def record(self) -> DUARecord:
        return DUARecord(self.dua, self.version, self.content_hash, self.status == "revoked")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.dua.id,
            "version": self.version,
            "content_hash": self.content_hash,
            "status": self.status,
            "added_at": self.added_at,
            "added_by": self.added_by,
            "revoked_at": self.revoked_at,
            "revoke_reason": self.revoke_reason,
            "dua": self.dua.to_json(),
        }


def _dua_row(r: Any) -> DUAEntry:
    return DUAEntry(
        dua=DUA.model_validate(json.loads(r.body_json)),
        version=int(r.version),
        content_hash=r.content_hash,
        status=r.status,
        added_at=r.added_at.isoformat() if r.added_at else "",
        added_by=r.added_by,
        revoked_at=r.revoked_at.isoformat() if r.revoked_at else None,
        revoke_reason=r.revoke_reason,
    )


def add_dua(node: Node, path: Path) -> DUAEntry:
    """Register a DUA (a new version if its id exists with other content).

    Raises
    ------
    InvalidInput
        Malformed DUA, or datasets/purpose inconsistent with the data cards.
    Conflict
        Identical content is registered already, or the id was revoked.
    """
    dua = load_dua(path)
    chash = dua.content_hash
    with node.operation() as conn:
        problems = []
        for name in dua.datasets:
            rec = find_dataset(conn, name)
            if rec is None:
                problems.append(f"datasets: '{name}' is not registered on this node")
            elif dua.purpose not in rec.card.allowed_purposes:
                problems.append(
                    f"purpose: not among the allowed purposes of dataset '{name}'s data card"
                )
        if problems:
            raise InvalidInput.from_violations(
                f"DUA '{dua.id}' cannot be registered", problems, code="dua.inconsistent"
            )
        rows = conn.execute(select(duas).where(duas.c.id == dua.id).order_by(duas.c.version)).all()
        if any(r.status == "revoked" for r in rows):
            raise Conflict(f"DUA '{dua.id}' was revoked; use a new id", code="dua.revoked")
        same = [r for r in rows if r.content_hash == chash]
        if same:
            raise Conflict(
                f"DUA '{dua.id}' with this content is already version {same[0].version}",
                code="dua.exists",
            )
        version = (rows[-1].version + 1) if rows else 1
        conn.execute(
            insert(duas).values(
                id=dua.id,
                version=version,
                content_hash=chash,
                body_json=json.dumps(dua.to_json()),
                status="active",
                added_at=node.clock(),
                added_by=node.settings.user,
            )
        )
        if rows:
            conn.execute(
                update(duas)
                .where(duas.c.id == dua.id, duas.c.version < version)
                .values(status="superseded")
            )
        node.audit.append(
            conn,
            actor=node.actor("privacy_officer"),
            action="dua.added",
            subject=f"dua:{dua.id}",
            details={
                "version": version,
                "content_hash": chash,
                "vendor": dua.parties.vendor.id,
                "vendor_key": dua.parties.vendor.key.key_id,
                "datasets": list(dua.datasets),
                "valid": [str(dua.validity.not_before), str(dua.validity.not_after)],
            },
        )
    return get_dua(node, dua.id, version)


def find_dua(conn: Connection, dua_id: str, version: int | None = None) -> DUAEntry | None:
    q = select(duas).where(duas.c.id == dua_id)
    q = (
        q.where(duas.c.version == version)
        if version is not None
        else q.order_by(duas.c.version.desc())
    )
    r = conn.execute(q.limit(1)).first()
    return None if r is None else _dua_row(r)


def get_dua(node: Node, dua_id: str, version: int | None = None) -> DUAEntry:
    with node.store.read() as conn:
        e = find_dua(conn, dua_id, version)
    if e is None:
        raise NotFound(f"no DUA '{dua_id}' on this node", code="dua.not_found")
    return e


def list_duas(node: Node) -> list[DUAEntry]:
    with node.store.read() as conn:
        latest = (
            select(duas.c.id, func.max(duas.c.version).label("v")).group_by(duas.c.id).subquery()
        )
        q = (
            select(duas)
            .join(latest, (duas.c.id == latest.c.id) & (duas.c.version == latest.c.v))
            .order_by(duas.c.id)
        )
        return [_dua_row(r) for r in conn.execute(q)]


_OPEN_STATES = (JobState.PENDING_APPROVAL.value, JobState.APPROVED.value)


def revoke_dua(node: Node, dua_id: str, reason: str) -> tuple[DUAEntry, list[str]]:
    """Revoke every version of a DUA and reject its not-yet-running jobs.

    Returns the DUA entry and the ids of the jobs it rejected.
    """
    from custos.node._jobs import transition

    reason = reason.strip()
    if not reason:
        raise InvalidInput("a reason is required to revoke a DUA", code="dua.reason_required")
    with node.operation() as conn:
        entry = find_dua(conn, dua_id)
        if entry is None:
            raise NotFound(f"no DUA '{dua_id}' on this node", code="dua.not_found")
        if entry.status == "revoked":
            raise Conflict(f"DUA '{dua_id}' is already revoked", code="dua.revoked")
        conn.execute(
            update(duas)
            .where(duas.c.id == dua_id)
            .values(status="revoked", revoked_at=node.clock(), revoke_reason=reason[:2000])
        )
        node.audit.append(
            conn,
            actor=node.actor("privacy_officer"),
            action="dua.revoked",
            subject=f"dua:{dua_id}",
            details={"reason": reason[:2000], "versions": entry.version},
        )
        affected = [
            r.id
            for r in conn.execute(
                select(jobs.c.id).where(jobs.c.dua_id == dua_id, jobs.c.state.in_(_OPEN_STATES))
            )
        ]
        for job_id in affected:
            transition(
                node,
                conn,
                job_id,
                JobState.REJECTED,
                actor=node.actor("privacy_officer"),
                details={"reason": "DUA revoked"},
                decided_reason="DUA revoked",
            )
    return get_dua(node, dua_id), affected
