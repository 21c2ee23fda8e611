"""Retention and provable deletion: artefacts with DUA deadlines, purges, certificates.

What a job leaves on the node
    The runner writes three folders under the node home, and nothing else
    per job (training runs in memory or in a sandbox with no view of the home;
    there are no checkpoints or log files on disk):

    ``work/<job>``      the workspace; removed after a release, kept (held
                        back) when the egress gate blocks the job
    ``releases/<job>``  the node's copy of a released bundle and its receipt
    ``reports/<job>``   the leakage-audit report (JSON and HTML), with the
                        attack's per-model statistics of the reference models;
                        for a synthesis job, its disclosure and utility report

    When a job ends (released, blocked, failed) :func:`record_job_artefacts`
    registers every file there in ``artefacts`` with its SHA-256, size and
    deletion deadline from the job's DUA: ``retention.blocked_bundle_days`` for
    what a BLOCKED job holds back, ``retention.job_artifact_days`` for the
    rest. Files may change until the job ends, so they are hashed then. A
    worker that dies before registering is covered by the sweep each purge
    runs over ended jobs.

Purging, in two phases (crash-safe)
    1. One transaction marks every due artefact ``deleting``.
    2. The files are removed and each is checked to be gone; the folders are
       fsync-ed so the removal is durable.
    3. One transaction marks the verified ones ``deleted``, stores one signed
       deletion certificate per DUA listing exactly its items (a vendor's
       evidence never names another vendor's jobs), moves jobs with nothing
       left to PURGED, and appends an audit entry per certificate.

    A purge cut off anywhere leaves rows ``deleting``; the next purge picks
    them up whatever their deadline, removes what is left, and certifies them
    then. A certificate only ever names files verified absent when it is
    signed, and a crash before step 3 commits leaves no certificate at all.

What deletion can and cannot mean here
    Files are removed with ``os.unlink``/``shutil.rmtree``: the directory
    entries go and the file system frees the blocks. That does not scrub the
    medium: SSD wear levelling, copy-on-write file systems, snapshots and
    backups can keep the old bytes, and overwriting a file in place would not
    reach them either, so we do not pretend to. Media-level destruction is
    the hospital's (full-disk encryption and key destruction, backup
    rotation); every certificate says so. Copies outside the node (a released
    bundle the vendor fetched) are beyond its reach; the certificate names
    their release receipts so the vendor's own deletion can be demanded.

Dataset withdrawal
    :func:`withdraw_dataset` marks the dataset ``withdrawn`` and, in the same
    transaction, rejects its pending and approved jobs and makes its
    artefacts due now; then it purges. The budget ledger refuses new
    reservations on a withdrawn dataset (its committed history stays).
    A job already RUNNING in a worker is not killed from here (another
    process, possibly mid-write to the database): the runner checks the
    dataset again after loading the data and before release, and refuses
    there (FAILED before training, BLOCKED after: nothing leaves); what it
    left is registered as due at once and goes at the next purge, which the
    worker runs every cycle.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from custos.core._canonical import canonical_json, loads
from custos.core._clock import isoformat
from custos.core._errors import Conflict, InvalidInput, NotFound, SignatureError
from custos.core._keys import PublicKey, dsse_sign, dsse_verify
from custos.core._schema import artefacts, datasets, deletion_certificates, jobs, releases
from custos.jobs._lifecycle import TRANSITIONS, JobState

if TYPE_CHECKING:
    from custos.node._node import Node

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
CERTIFICATE_PREDICATE_TYPE = "https://custos.dev/deletion-certificate/v1"

# Folders under the node home where jobs leave files, and the kind recorded.
JOB_FOLDERS: dict[str, str] = {"work": "workspace", "releases": "release", "reports": "report"}
WITHDRAWN = "withdrawn"
CLAUSE_ARTIFACT = "retention.job_artifact_days"
CLAUSE_BLOCKED = "retention.blocked_bundle_days"
CLAUSE_WITHDRAWN = "dataset.withdrawn"
# When the job's DUA cannot be found its terms are unknown: delete at once.
CLAUSE_NO_DUA = "retention.dua_missing"

PENDING, DELETING, DELETED = "pending", "deleting", "deleted"
ENDED = frozenset(
    {JobState.RELEASED, JobState.BLOCKED, JobState.FAILED, JobState.REJECTED, JobState.PURGED}
)
_OPEN_JOB_STATES = (
    JobState.SUBMITTED.value,
    JobState.PENDING_APPROVAL.value,
    JobState.APPROVED.value,
)
_RUNNING_STATES = (JobState.RUNNING.value, JobState.AUDITING.value)

METHOD = (
    "files removed with os.unlink / shutil.rmtree by the node, each verified absent, "
    "folders fsync-ed before signing"
)
LIMITS = (
    "Removal frees the file system's blocks; it does not scrub the storage medium. SSD "
    "wear levelling, copy-on-write file systems, snapshots and backups may keep the bytes: "
    "their destruction (full-disk encryption with key destruction, backup rotation) is the "
    "hospital's and is not covered by this certificate."
)
OUTSIDE_REACH = (
    "Released bundles fetched by the vendor are outside the node's reach; their release "
    "receipts are listed so deletion of those copies can be demanded under the DUA."
)


def _utc(ts: datetime) -> datetime:
    """Aware UTC (SQLite hands back naive datetimes; every stored one is UTC)."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _iso(ts: datetime | None) -> str | None:
    return None if ts is None else isoformat(_utc(ts))


# ---------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Artefact:
    id: int
    job_id: str | None
    dataset: str | None
    dua_id: str | None
    kind: str
    path: str
    sha256: str | None
    size: int | None
    clause: str | None
    created_at: str
    delete_after: str
    status: str
    deleted_at: str | None
    certificate_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _artefact(r: Any) -> Artefact:
    return Artefact(
        id=r.id,
        job_id=r.job_id,
        dataset=r.dataset,
        dua_id=r.dua_id,
        kind=r.kind,
        path=r.path,
        sha256=r.sha256,
        size=r.size,
        clause=r.clause,
        created_at=_iso(r.created_at) or "",
        delete_after=_iso(r.delete_after) or "",
        status=r.status,
        deleted_at=_iso(r.deleted_at),
        certificate_id=r.certificate_id,
    )


def list_artefacts(
    node: Node, *, job_id: str | None = None, status: str | None = None
) -> list[Artefact]:
    q = select(artefacts).order_by(artefacts.c.id)
    if job_id is not None:
        q = q.where(artefacts.c.job_id == job_id)
    if status is not None:
        q = q.where(artefacts.c.status == status)
    with node.store.read() as conn:
        return [_artefact(r) for r in conn.execute(q)]


# ---------------------------------------------------------------------------
# registration


def _hash_file(path: Path) -> tuple[str | None, int]:
    """SHA-256 and size of a regular file; a link or odd entry is sized, never followed."""
    st = path.lstat()
    if not stat.S_ISREG(st.st_mode):
        return None, st.st_size
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest(), st.st_size


def _job_files(home: Path, job_id: str) -> Iterator[tuple[str, Path]]:
    """(kind, path) of every entry a job left, links included and never followed."""
    for folder, kind in JOB_FOLDERS.items():
        top = home / folder / job_id
        if top.is_symlink() or top.is_file():
            yield kind, top
            continue
        if not top.is_dir():
            continue
        for root, dirs, files in os.walk(top, followlinks=False):
            base = Path(root)
            for name in sorted(files):
                yield kind, base / name
            for name in sorted(dirs):
                if (base / name).is_symlink():
                    yield kind, base / name


def dataset_withdrawn(conn: Connection, name: str) -> bool:
    status = conn.execute(select(datasets.c.status).where(datasets.c.name == name)).scalar()
    return status == WITHDRAWN


def _deadline(conn: Connection, job: Any, now: datetime) -> tuple[datetime, str]:
    """When a job's artefacts fall due, and the clause that says so."""
    from custos.node._registry import find_dua

    if dataset_withdrawn(conn, job.dataset):
        return now, CLAUSE_WITHDRAWN
    entry = find_dua(conn, job.dua_id, job.dua_version)
    if entry is None:
        return now, CLAUSE_NO_DUA
    terms = entry.dua.retention
    if job.state == JobState.BLOCKED.value:
        return now + timedelta(days=terms.blocked_bundle_days), CLAUSE_BLOCKED
    return now + timedelta(days=terms.job_artifact_days), CLAUSE_ARTIFACT


def record_job_artefacts(node: Node, job_id: str, *, now: datetime | None = None) -> list[Artefact]:
    """Register every file ``job_id`` left on the node, with its deletion deadline.

    Call when the job has ended (its files no longer change). Deadlines run
    from ``now`` (default: the node's clock). A file already registered and
    not yet purged is re-hashed and keeps one row and its earlier deadline.
    Returns the job's pending rows.

    Raises
    ------
    NotFound
        No such job.
    """
    home = node.settings.home
    found: list[tuple[str, str, str | None, int]] = []
    for kind, path in _job_files(home, job_id):
        try:
            digest, size = _hash_file(path)
        except OSError:  # unreadable: still registered (and so still purged)
            digest, size = None, 0
        found.append((kind, path.relative_to(home).as_posix(), digest, size))
    for folder in JOB_FOLDERS:  # empty folders hold nothing to retain
        _prune_empty(home / folder / job_id, stop=home / folder)
    now = _utc(now if now is not None else node.clock())
    with node.operation() as conn:
        job = conn.execute(
            select(
                jobs.c.id, jobs.c.dataset, jobs.c.dua_id, jobs.c.dua_version, jobs.c.state
            ).where(jobs.c.id == job_id)
        ).first()
        if job is None:
            raise NotFound(f"no job '{job_id}' on this node", code="job.not_found")
        delete_after, clause = _deadline(conn, job, now)
        added = 0
        for kind, rel, digest, size in found:
            existing = conn.execute(
                select(
                    artefacts.c.id,
                    artefacts.c.status,
                    artefacts.c.created_at,
                    artefacts.c.delete_after,
                    artefacts.c.clause,
                ).where(artefacts.c.path == rel, artefacts.c.status.in_([PENDING, DELETING]))
            ).first()
            if existing is not None and existing.status == DELETING:
                continue  # a purge is removing it; it finishes on its next run
            values = {
                "job_id": job_id,
                "dataset": job.dataset,
                "dua_id": job.dua_id,
                "kind": kind,
                "path": rel,
                "sha256": digest,
                "size": size,
                "clause": clause,
                "created_at": now,
                "delete_after": delete_after,
                "status": PENDING,
            }
            if existing is None:
                conn.execute(insert(artefacts).values(**values))
                added += 1
                continue
            if _utc(existing.delete_after) <= delete_after:
                # Registering again never extends a deadline already running.
                values.update(
                    created_at=_utc(existing.created_at),
                    delete_after=_utc(existing.delete_after),
                    clause=existing.clause,
                )
            conn.execute(update(artefacts).where(artefacts.c.id == existing.id).values(**values))
        if found:
            node.audit.append(
                conn,
                actor="node:retention",
                action="artefacts.registered",
                subject=f"artefacts:{job_id}",
                details={
                    "job": job_id,
                    "files": len(found),
                    "new": added,
                    "bytes": sum(f[3] for f in found),
                    "clause": clause,
                    "delete_after": isoformat(delete_after),
                },
            )
    return list_artefacts(node, job_id=job_id, status=PENDING)


def _sweep(node: Node, now: datetime) -> list[str]:
    """Register files of ended jobs that no row covers (a worker died before it could)."""
    home = node.settings.home
    candidates: set[str] = set()
    for folder in JOB_FOLDERS:
        top = home / folder
        if top.is_dir():
            candidates.update(p.name for p in top.iterdir())
    if not candidates:
        return []
    with node.store.read() as conn:
        ended = {
            r.id: r.state
            for r in conn.execute(
                select(jobs.c.id, jobs.c.state).where(jobs.c.id.in_(sorted(candidates)))
            )
            if JobState(r.state) in ENDED
        }
        covered = {
            r.path
            for r in conn.execute(
                select(artefacts.c.path).where(
                    artefacts.c.job_id.in_(sorted(ended)),
                    artefacts.c.status.in_([PENDING, DELETING]),
                )
            )
        }
    swept = []
    for job_id in sorted(ended):
        paths = {p.relative_to(home).as_posix() for _, p in _job_files(home, job_id)}
        if paths - covered:
            record_job_artefacts(node, job_id, now=now)
            swept.append(job_id)
    return swept


# ---------------------------------------------------------------------------
# purge


@dataclass(frozen=True)
class IssuedCertificate:
    """One signed deletion certificate: the items of one DUA deleted by one purge."""

    id: str
    dua: str | None
    envelope: dict[str, Any]
    items: list[dict[str, Any]]


@dataclass
class PurgeReport:
    certificates: list[IssuedCertificate] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    registered_jobs: list[str] = field(default_factory=list)
    purged_jobs: list[str] = field(default_factory=list)

    @property
    def certificate_ids(self) -> list[str]:
        return [c.id for c in self.certificates]

    @property
    def deleted(self) -> list[dict[str, Any]]:
        return [item for c in self.certificates for item in c.items]

    def to_dict(self) -> dict[str, Any]:
        return {
            "certificates": [
                {"id": c.id, "dua": c.dua, "items": len(c.items)} for c in self.certificates
            ],
            "deleted": self.deleted,
            "failed": self.failed,
            "registered_jobs": self.registered_jobs,
            "purged_jobs": self.purged_jobs,
        }


@contextmanager
def _purge_lock(node: Node) -> Iterator[None]:
    """One purge at a time per node home (released by the OS if the process dies)."""
    fd = os.open(node.settings.home / "purge.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise Conflict(
                "another purge is running on this node; try again when it ends",
                code="retention.purge_busy",
            ) from exc
        yield
    finally:
        os.close(fd)


def _safe_path(home: Path, rel: str) -> Path:
    """The absolute path of a registered artefact, refusing anything outside the job folders."""
    p = PurePosixPath(rel)
    if (
        p.is_absolute()
        or ".." in p.parts
        or len(p.parts) < 2
        or (p.parts[0] not in JOB_FOLDERS and p.parts[:2] != ("gateway", "content"))
    ):
        raise InvalidInput("artefact path is outside the job folders", code="retention.bad_path")
    path = home.joinpath(*p.parts)
    # A linked folder on the way could lead elsewhere (out of the home, or to its
    # keys or database): never delete through one. The entry itself may be a
    # link; it is removed, not followed.
    lexical_parent = os.path.join(os.path.realpath(home), *p.parts[:-1])
    if os.path.realpath(path.parent) != lexical_parent:
        raise InvalidInput("artefact path goes through a linked folder", code="retention.bad_path")
    return path


def _remove(path: Path) -> None:
    """Remove one entry without following links."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        shutil.rmtree(path)
    else:
        path.unlink()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune_empty(folder: Path, *, stop: Path) -> None:
    """Remove empty folders from ``folder`` upwards, never ``stop`` itself."""
    if folder.is_symlink() or not folder.is_dir():
        return
    for root, _dirs, _files in os.walk(folder, topdown=False, followlinks=False):
        try:
            os.rmdir(root)
        except OSError:
            continue  # not empty
    parent = folder.parent
    while parent != stop and stop in parent.parents:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent


def _due_ids(conn: Connection, now: datetime) -> list[int]:
    due = conn.execute(
        select(artefacts.c.id).where(
            (artefacts.c.status == DELETING)
            | ((artefacts.c.status == PENDING) & (artefacts.c.delete_after <= now))
        )
    )
    return [r.id for r in due]


def purge(node: Node, now: datetime | None = None) -> PurgeReport:
    """Delete every artefact due at ``now`` (default: the node's clock) and certify it.

    Resumes any purge that was cut off. Returns what was deleted, what could
    not be (left ``deleting``, retried next time, never certified) and the
    certificates (one per DUA whose artefacts were deleted).

    Raises
    ------
    Conflict
        Another purge holds the node (``retention.purge_busy``).
    """
    now = _utc(now if now is not None else node.clock())
    report = PurgeReport()
    home = node.settings.home
    with _purge_lock(node):
        report.registered_jobs = _sweep(node, now)
        with node.store.read() as conn:
            if not _due_ids(conn, now):
                return report
        # -- phase 1: mark ----------------------------------------------------
        with node.operation() as conn:
            ids = _due_ids(conn, now)
            conn.execute(
                update(artefacts)
                .where(artefacts.c.id.in_(ids), artefacts.c.status == PENDING)
                .values(status=DELETING)
            )
            rows = [
                _artefact(r)
                for r in conn.execute(
                    select(artefacts).where(artefacts.c.id.in_(ids)).order_by(artefacts.c.id)
                )
            ]
        # -- phase 2: delete and verify ------------------------------------------
        gone: list[Artefact] = []
        parents: set[Path] = set()
        job_tops: set[tuple[Path, Path]] = set()
        for row in rows:
            try:
                path = _safe_path(home, row.path)
                _remove(path)
                if os.path.lexists(path):
                    raise OSError("still present after removal")
            except (OSError, InvalidInput) as exc:
                reason = exc.message if isinstance(exc, InvalidInput) else type(exc).__name__
                report.failed.append({"path": row.path, "reason": reason})
                continue
            gone.append(row)
            parents.add(path.parent)
            top_name, job = PurePosixPath(row.path).parts[:2]
            job_tops.add((home / top_name / job, home / top_name))
        # Make the removals durable before a certificate says they happened.
        for folder in parents:
            if folder.is_dir():
                _fsync_dir(folder)
        for job_top, top in job_tops:
            _prune_empty(job_top, stop=top)
            _fsync_dir(top)
        # -- phase 3: certify what is verifiably gone --------------------------------
        _certify(node, now, gone, report)
        if report.failed:
            with node.operation() as conn:
                node.audit.append(
                    conn,
                    actor="node:retention",
                    action="retention.purge_incomplete",
                    subject=node.node_id,
                    details={"failed": report.failed[:50], "count": len(report.failed)},
                )
    return report


def _certify(node: Node, now: datetime, gone: list[Artefact], report: PurgeReport) -> None:
    """Sign one certificate per DUA for what is verifiably gone, in one transaction.

    One per DUA, not one per purge: a certificate is the evidence a vendor
    receives under its agreement, and it must not name another vendor's jobs.
    """
    if not gone:
        return
    home = node.settings.home
    with node.operation() as conn:
        # Only rows still ``deleting``: a concurrent purge may have certified some.
        still = {
            r.id
            for r in conn.execute(
                select(artefacts.c.id).where(
                    artefacts.c.id.in_([g.id for g in gone]), artefacts.c.status == DELETING
                )
            )
        }
        # Re-check absence inside the transaction that signs.
        items = [g for g in gone if g.id in still and not os.path.lexists(home / g.path)]
        groups: dict[str | None, list[Artefact]] = {}
        for g in items:
            groups.setdefault(g.dua_id, []).append(g)
        job_ids: set[str] = set()
        for dua_id in sorted(groups, key=lambda d: d or ""):
            issued = _certificate_for(node, conn, now, dua_id, groups[dua_id])
            report.certificates.append(issued)
            job_ids.update(i["job"] for i in issued.items if i["job"])
        report.purged_jobs = _mark_purged(node, conn, sorted(job_ids))


def _certificate_for(
    node: Node, conn: Connection, now: datetime, dua_id: str | None, items: list[Artefact]
) -> IssuedCertificate:
    cert_id = "cert-" + secrets.token_hex(8)
    job_ids = sorted({g.job_id for g in items if g.job_id})
    receipts = [
        {"job": r.job_id, "receipt_hash": r.receipt_hash}
        for r in conn.execute(
            select(releases.c.job_id, releases.c.receipt_hash)
            .where(releases.c.job_id.in_(job_ids))
            .order_by(releases.c.job_id)
        )
    ]
    deleted_at = isoformat(now)
    entries = [
        {
            "path": g.path,
            "kind": g.kind,
            "job": g.job_id,
            "dataset": g.dataset,
            "dua": g.dua_id,
            "clause": g.clause,
            "sha256": g.sha256,
            "size": g.size,
            "registered_at": g.created_at,
            "delete_after": g.delete_after,
            "deleted_at": deleted_at,
        }
        for g in items
    ]
    stmt = {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": g.path, "digest": {"sha256": g.sha256}} for g in items if g.sha256],
        "predicateType": CERTIFICATE_PREDICATE_TYPE,
        "predicate": {
            "certificate_id": cert_id,
            "node": {"id": node.node_id, "public_key": node.key.public_key.to_text()},
            "dua": dua_id,
            "issued_at": deleted_at,
            "items": entries,
            "method": METHOD,
            "limits": LIMITS,
            "outside_reach": {"note": OUTSIDE_REACH, "release_receipts": receipts},
        },
    }
    envelope = dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), node.key)
    envelope_json = json.dumps(envelope, sort_keys=True)
    conn.execute(
        update(artefacts)
        .where(artefacts.c.id.in_([g.id for g in items]))
        .values(status=DELETED, deleted_at=now, certificate_id=cert_id)
    )
    conn.execute(
        insert(deletion_certificates).values(
            id=cert_id, issued_at=now, items=len(items), envelope_json=envelope_json
        )
    )
    node.audit.append(
        conn,
        actor="node:retention",
        action="retention.purged",
        subject=f"certificate:{cert_id}",
        details={
            "certificate_id": cert_id,
            "certificate_sha256": hashlib.sha256(envelope_json.encode()).hexdigest(),
            "dua": dua_id,
            "items": len(items),
            "bytes": sum(g.size or 0 for g in items),
            "jobs": job_ids,
            "release_receipts": [r["receipt_hash"] for r in receipts],
        },
    )
    return IssuedCertificate(cert_id, dua_id, envelope, entries)


def _mark_purged(node: Node, conn: Connection, job_ids: list[str]) -> list[str]:
    """Jobs with nothing left on the node become PURGED (where the lifecycle allows)."""
    from custos.node._jobs import transition

    done = []
    for job_id in job_ids:
        left = conn.execute(
            select(artefacts.c.id).where(
                artefacts.c.job_id == job_id, artefacts.c.status != DELETED
            )
        ).first()
        state = conn.execute(select(jobs.c.state).where(jobs.c.id == job_id)).scalar()
        if left is not None or state is None:
            continue
        if JobState.PURGED not in TRANSITIONS[JobState(state)]:
            continue
        transition(
            node,
            conn,
            job_id,
            JobState.PURGED,
            actor="node:retention",
            details={"reason": "every artefact deleted"},
        )
        done.append(job_id)
    return done


# ---------------------------------------------------------------------------
# certificates


@dataclass(frozen=True)
class VerifiedCertificate:
    statement: dict[str, Any]

    @property
    def predicate(self) -> dict[str, Any]:
        p: dict[str, Any] = self.statement["predicate"]
        return p

    @property
    def certificate_id(self) -> str:
        return str(self.predicate["certificate_id"])

    @property
    def items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.predicate["items"]
        return items


def verify_certificate(envelope: Any, public_key: PublicKey) -> VerifiedCertificate:
    """Verify a deletion certificate offline with the node's public key.

    Raises
    ------
    SignatureError
        Not signed by ``public_key``, altered, not a deletion certificate, or
        its subjects and items disagree.
    """
    payload = dsse_verify(envelope, public_key, payload_type=PAYLOAD_TYPE)
    try:
        stmt = loads(payload)
    except (InvalidInput, ValueError) as exc:
        raise SignatureError(
            "the signed certificate is not JSON", code="certificate.malformed"
        ) from exc
    pred = stmt.get("predicate") if isinstance(stmt, dict) else None
    if (
        not isinstance(stmt, dict)
        or stmt.get("_type") != STATEMENT_TYPE
        or stmt.get("predicateType") != CERTIFICATE_PREDICATE_TYPE
        or not isinstance(pred, dict)
        or not isinstance(pred.get("items"), list)
        or not isinstance(stmt.get("subject"), list)
    ):
        raise SignatureError(
            "the envelope is not a custos deletion certificate", code="certificate.type"
        )
    node = pred.get("node")
    if not isinstance(node, dict) or node.get("public_key") != public_key.to_text():
        raise SignatureError(
            "the certificate names another node's key", code="certificate.node_mismatch"
        )
    subjects: dict[str, Any] = {}
    for s in stmt["subject"]:
        if not isinstance(s, dict) or not isinstance(s.get("name"), str):
            raise SignatureError(
                "the certificate has a malformed subject", code="certificate.subject"
            )
        subjects[s["name"]] = (s.get("digest") or {}).get("sha256")
    hashed = {
        i.get("path"): i.get("sha256")
        for i in pred["items"]
        if isinstance(i, dict) and i.get("sha256")
    }
    if subjects != hashed or not all(isinstance(i, dict) for i in pred["items"]):
        raise SignatureError(
            "the certificate's subjects and items disagree", code="certificate.subject"
        )
    if any(i.get("dua") != pred.get("dua") for i in pred["items"]):
        raise SignatureError(
            "the certificate lists an item of another DUA than the one it names",
            code="certificate.dua_mismatch",
        )
    return VerifiedCertificate(statement=stmt)


@dataclass(frozen=True)
class CertificateRecord:
    id: str
    issued_at: str
    items: int
    envelope: dict[str, Any]

    def to_dict(self, *, with_envelope: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "issued_at": self.issued_at, "items": self.items}
        if with_envelope:
            out["envelope"] = self.envelope
        return out


def _cert(r: Any) -> CertificateRecord:
    return CertificateRecord(
        id=r.id,
        issued_at=_iso(r.issued_at) or "",
        items=r.items,
        envelope=json.loads(r.envelope_json),
    )


def list_certificates(node: Node) -> list[CertificateRecord]:
    q = select(deletion_certificates).order_by(
        deletion_certificates.c.issued_at, deletion_certificates.c.id
    )
    with node.store.read() as conn:
        return [_cert(r) for r in conn.execute(q)]


def get_certificate(node: Node, cert_id: str) -> CertificateRecord:
    with node.store.read() as conn:
        r = conn.execute(
            select(deletion_certificates).where(deletion_certificates.c.id == cert_id)
        ).first()
    if r is None:
        raise NotFound(f"no deletion certificate '{cert_id}'", code="certificate.not_found")
    return _cert(r)


def certificate_payload(envelope: dict[str, Any]) -> dict[str, Any]:
    """The statement inside an envelope, unverified (for display of a stored one)."""
    out: dict[str, Any] = loads(base64.b64decode(envelope["payload"]))
    return out


# ---------------------------------------------------------------------------
# withdrawal


@dataclass
class WithdrawalReport:
    dataset: str
    rejected_jobs: list[str]
    running_jobs: list[str]
    artefacts_due: int
    purge: PurgeReport | None
    purge_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "status": WITHDRAWN,
            "rejected_jobs": self.rejected_jobs,
            "running_jobs": self.running_jobs,
            "artefacts_due": self.artefacts_due,
            "budget": "frozen: no new reservations; committed history kept",
            "purge": None if self.purge is None else self.purge.to_dict(),
            "purge_error": self.purge_error,
        }


def withdraw_dataset(node: Node, name: str, *, actor: str, reason: str) -> WithdrawalReport:
    """Withdraw a dataset: reject its open jobs, freeze its budget, purge its artefacts.

    The hospital's own source file is not touched (it is not a copy the node
    made); the node stops using it and deletes everything derived from it
    that it holds.

    Raises
    ------
    InvalidInput
        No reason given (``dataset.reason_required``).
    NotFound
        No such dataset (``dataset.not_found``).
    Conflict
        Already withdrawn (``dataset.already_withdrawn``).
    """
    from custos.node._jobs import transition

    reason = reason.strip()
    if not reason:
        raise InvalidInput(
            "a reason is required to withdraw a dataset", code="dataset.reason_required"
        )
    now = _utc(node.clock())
    with node.operation() as conn:
        status = conn.execute(select(datasets.c.status).where(datasets.c.name == name)).first()
        if status is None:
            raise NotFound(f"no dataset '{name}' on this node", code="dataset.not_found")
        if status.status == WITHDRAWN:
            raise Conflict(
                f"dataset '{name}' is already withdrawn", code="dataset.already_withdrawn"
            )
        conn.execute(update(datasets).where(datasets.c.name == name).values(status=WITHDRAWN))
        rejected = [
            r.id
            for r in conn.execute(
                select(jobs.c.id)
                .where(jobs.c.dataset == name, jobs.c.state.in_(_OPEN_JOB_STATES))
                .order_by(jobs.c.id)
            )
        ]
        for job_id in rejected:
            transition(
                node,
                conn,
                job_id,
                JobState.REJECTED,
                actor=actor,
                details={"reason": "dataset withdrawn"},
                decided_reason="dataset withdrawn",
            )
        running = [
            r.id
            for r in conn.execute(
                select(jobs.c.id)
                .where(jobs.c.dataset == name, jobs.c.state.in_(_RUNNING_STATES))
                .order_by(jobs.c.id)
            )
        ]
        due = conn.execute(
            update(artefacts)
            .where(artefacts.c.dataset == name, artefacts.c.status == PENDING)
            .values(delete_after=now, clause=CLAUSE_WITHDRAWN)
        ).rowcount
        node.audit.append(
            conn,
            actor=actor,
            action="dataset.withdrawn",
            subject=f"dataset:{name}",
            details={
                "reason": reason[:2000],
                "rejected_jobs": rejected,
                "running_jobs": running,
                "running_jobs_handling": "refused by the runner at its next check; "
                "their artefacts are due at once",
                "artefacts_due": due,
                "budget": "frozen",
            },
        )
    report = WithdrawalReport(name, rejected, running, due, None)
    try:
        report.purge = purge(node, now)
    except Conflict as exc:  # another purge is running: the next one deletes these
        report.purge_error = exc.code
    return report
