"""The tamper-evident audit log.

Design
------
Each entry's *body* is the RFC 8785 canonical JSON of
``{"v", "seq", "ts", "actor", "action", "subject", "details", "prev"}`` and is
stored verbatim; its hash is ``sha256:<hex>`` of those bytes. ``prev`` is the
previous entry's hash (a fixed genesis value for the first), so the entries
form a hash chain. Storing the canonical bytes means verification hashes what
is on disk without re-encoding, which is what makes it fast.

The chain alone proves order and integrity only against someone who cannot
recompute it. So the node also signs **checkpoints**: a DSSE-signed statement
"entry ``seq`` has hash ``head``". Every committed operation ends with one,
and long batches add one every ``checkpoint_every`` entries. Anything covered
by a checkpoint cannot be modified, deleted, inserted, reordered or truncated
without the verifier noticing, unless the node key is stolen. Entries after
the newest checkpoint are protected by the chain only; ``verify`` reports how
many there are.

Details must never contain patient data: only identifiers, hashes, counts,
decisions and sanitized reasons.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from custos.core._canonical import canonical_json, loads
from custos.core._clock import Clock, isoformat, utcnow
from custos.core._errors import IntegrityError, InvalidInput
from custos.core._keys import PublicKey, SigningKey, pae
from custos.core._schema import audit_checkpoints, audit_entries, audit_head

GENESIS = "sha256:" + "0" * 64
CHECKPOINT_TYPE = "application/vnd.custos.audit-checkpoint+json"
EXPORT_TYPE = "application/vnd.custos.audit-export+json"
EXPORT_FORMAT = "custos-audit-export/1"
_MAX_PROBLEMS = 50
_BATCH = 5_000


# Statements built once: building them per append was a measurable share of its cost.
_HEAD_FOR_UPDATE = (
    select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1).with_for_update()
)
_HEAD = select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
_INSERT_ENTRY = insert(audit_entries)
_INSERT_CHECKPOINT = insert(audit_checkpoints)
_CHECKPOINT_AT = select(audit_checkpoints.c.seq).where(audit_checkpoints.c.seq == bindparam("seq"))
_ADVANCE_HEAD = (
    update(audit_head)
    .where(audit_head.c.id == 1)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)
# Compare-and-swap: advances the head only if it still is (old_seq, old_hash).
_SWAP_HEAD = _ADVANCE_HEAD.where(
    audit_head.c.seq == bindparam("old_seq"), audit_head.c.hash == bindparam("old_hash")
)


def _hash(body: bytes) -> str:
    return "sha256:" + hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    hash: str
    prev: str
    ts: str
    actor: str
    action: str
    subject: str
    details: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "hash": self.hash,
            "prev": self.prev,
            "ts": self.ts,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": dict(self.details),
        }


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str
    key_id: str
    body: str
    signature: str


@dataclass
class VerifyReport:
    """Outcome of verifying a log; ``ok`` only if no problem was found."""

    entries: int = 0
    checkpoints: int = 0
    last_seq: int = 0
    last_checkpoint_seq: int = 0
    last_hash: str = GENESIS
    problems: list[str] = field(default_factory=list)
    truncated_problems: int = 0
    redacted: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def unanchored(self) -> int:
        """Entries newer than the newest signed checkpoint."""
        return max(0, self.last_seq - self.last_checkpoint_seq)

    def problem(self, text: str) -> None:
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(text)
        else:
            self.truncated_problems += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "checkpoints": self.checkpoints,
            "last_seq": self.last_seq,
            "last_checkpoint_seq": self.last_checkpoint_seq,
            "unanchored_entries": self.unanchored,
            "redacted_entries": self.redacted,
            "problems": self.problems,
            "more_problems": self.truncated_problems,
        }


@dataclass
class _Chain:
    """Entries hashed onto a head, ready to insert; ``seq``/``head`` is the new head."""

    seq: int
    head: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    entries: list[AuditEntry] = field(default_factory=list)
    checkpoints: list[tuple[int, str]] = field(default_factory=list)


def _checkpoint_message(body: bytes) -> bytes:
    return pae(CHECKPOINT_TYPE, body)


class AuditLog:
    """Append to and verify the node's audit log inside a caller's transaction.

    Parameters
    ----------
    signer:
        The node key; required to append checkpoints.
    node_id:
        Written into every checkpoint so one node's checkpoints cannot be
        replayed into another node's log.
    checkpoint_every:
        Also sign a checkpoint whenever ``seq`` is a multiple of this
        (0 disables; :meth:`checkpoint` still works).
    """

    def __init__(
        self,
        *,
        signer: SigningKey | None,
        node_id: str,
        checkpoint_every: int = 100,
        clock: Clock = utcnow,
    ) -> None:
        self._signer = signer
        self._node_id = node_id
        self._every = checkpoint_every
        self._clock = clock
        # (seq, hash) of the newest entry this log appended; see append_many.
        self._known_head: tuple[int, str] | None = None

    # -- writing ----------------------------------------------------------

    def append(
        self,
        conn: Connection,
        *,
        actor: str,
        action: str,
        subject: str,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry in ``conn``'s transaction and return it."""
        return self.append_many(conn, [(actor, action, subject, details or {})])[-1]

    def append_many(
        self,
        conn: Connection,
        items: Iterable[tuple[str, str, str, Mapping[str, Any]]],
    ) -> list[AuditEntry]:
        """Append several entries under one lock of the head.

        Normally the head is read with ``SELECT ... FOR UPDATE``, the entries
        are chained onto it, and the head row is advanced. When this log
        appended the newest entry it knows of, it skips the read: it chains
        onto that remembered head and advances the row with a compare-and-swap
        (``UPDATE ... WHERE seq = :old AND hash = :old``), which takes the same
        row lock and succeeds only if the row still holds the remembered head.
        If it does not (another writer appended, or the transaction that
        appended rolled back), it falls back to reading the head. Either way
        the entries chain onto the head as committed, under the write lock.
        """
        stamped = [
            (isoformat(self._clock()), actor, action, subject, dict(details))
            for actor, action, subject, details in items
        ]
        if not stamped:
            return []
        known = self._known_head
        chain = None
        if known is not None:
            chain = self._chain(stamped, *known)
            swap = {
                "old_seq": known[0],
                "old_hash": known[1],
                "new_seq": chain.seq,
                "new_hash": chain.head,
            }
            if conn.execute(_SWAP_HEAD, swap).rowcount != 1:
                chain = None
        if chain is None:
            head = conn.execute(_HEAD_FOR_UPDATE).one()
            chain = self._chain(stamped, int(head.seq), str(head.hash))
            conn.execute(_ADVANCE_HEAD, {"new_seq": chain.seq, "new_hash": chain.head})
        conn.execute(_INSERT_ENTRY, chain.rows)
        for cp_seq, cp_hash in chain.checkpoints:
            self._write_checkpoint(conn, cp_seq, cp_hash)
        # Only a hint for the next append: the swap above re-checks it.
        self._known_head = (chain.seq, chain.head)
        return chain.entries

    def _chain(
        self,
        stamped: list[tuple[str, str, str, str, dict[str, Any]]],
        seq: int,
        prev: str,
    ) -> _Chain:
        """Hash ``stamped`` entries into a chain after entry ``seq`` with hash ``prev``."""
        out = _Chain(seq, prev)
        every = self._every
        for ts, actor, action, subject, details in stamped:
            seq += 1
            body = canonical_json(
                {
                    "v": 1,
                    "seq": seq,
                    "ts": ts,
                    "actor": actor,
                    "action": action,
                    "subject": subject,
                    "details": details,
                    "prev": prev,
                }
            )
            h = _hash(body)
            out.rows.append(
                {
                    "seq": seq,
                    "hash": h,
                    "prev_hash": prev,
                    "ts": ts,
                    "actor": actor[:160],
                    "action": action[:64],
                    "subject": subject[:160],
                    "body": body.decode("utf-8"),
                }
            )
            out.entries.append(AuditEntry(seq, h, prev, ts, actor, action, subject, details))
            if every and seq % every == 0:
                out.checkpoints.append((seq, h))
            prev = h
        out.seq, out.head = seq, prev
        return out

    def checkpoint(self, conn: Connection) -> Checkpoint | None:
        """Sign the current head unless it is signed already."""
        head = conn.execute(_HEAD).one()
        if head.seq == 0:
            return None
        existing = conn.execute(_CHECKPOINT_AT, {"seq": head.seq}).first()
        if existing is not None:
            return None
        return self._write_checkpoint(conn, int(head.seq), str(head.hash))

    def _write_checkpoint(self, conn: Connection, seq: int, head: str) -> Checkpoint:
        if self._signer is None:
            raise IntegrityError("no node key to sign an audit checkpoint", code="audit.no_key")
        body = canonical_json(
            {
                "v": 1,
                "node": self._node_id,
                "seq": seq,
                "head": head,
                "ts": isoformat(self._clock()),
            }
        )
        sig = base64.b64encode(self._signer.sign(_checkpoint_message(body))).decode("ascii")
        cp = Checkpoint(seq, head, self._signer.public_key.key_id, body.decode("utf-8"), sig)
        conn.execute(
            _INSERT_CHECKPOINT,
            {"seq": seq, "head_hash": head, "key_id": cp.key_id, "body": cp.body, "signature": sig},
        )
        return cp

    # -- reading ----------------------------------------------------------

    @staticmethod
    def entries(
        conn: Connection,
        *,
        subject: str | None = None,
        action: str | None = None,
        since: int = 0,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        q = select(audit_entries.c.body, audit_entries.c.hash).where(audit_entries.c.seq > since)
        if subject is not None:
            q = q.where(audit_entries.c.subject == subject)
        if action is not None:
            q = q.where(audit_entries.c.action == action)
        q = q.order_by(audit_entries.c.seq)
        if limit is not None:
            q = q.limit(limit)
        out = []
        for body, h in conn.execute(q):
            d = json.loads(body)
            out.append(
                AuditEntry(
                    d["seq"],
                    h,
                    d["prev"],
                    d["ts"],
                    d["actor"],
                    d["action"],
                    d["subject"],
                    d["details"],
                )
            )
        return out

    @staticmethod
    def count(conn: Connection) -> int:
        return int(conn.execute(select(func.count()).select_from(audit_entries)).scalar_one())

    # -- verification -----------------------------------------------------

    def verify(self, conn: Connection, public_key: PublicKey) -> VerifyReport:
        """Verify the whole log in the database against ``public_key``."""
        cps = [
            Checkpoint(int(r.seq), r.head_hash, r.key_id, r.body, r.signature)
            for r in conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.seq))
        ]
        head = conn.execute(_HEAD).one_or_none()
        report = verify_stream(_db_rows(conn), cps, public_key=public_key, node_id=self._node_id)
        if head is None:
            report.problem("the audit head record is missing")
        elif (int(head.seq), str(head.hash)) != (report.last_seq, report.last_hash):
            report.problem(
                f"the audit head says entry {head.seq} but the log ends at entry "
                f"{report.last_seq}: entries were removed or added outside the log"
            )
        return report

    # -- export -----------------------------------------------------------

    def export(
        self,
        conn: Connection,
        path: Path,
        *,
        public_key: PublicKey,
        visible: Callable[[dict[str, Any]], bool] | None = None,
    ) -> int:
        """Write every entry and checkpoint to ``path`` (JSON Lines) with a signed trailer.

        The caller should have appended an ``audit.exported`` entry and a
        checkpoint in the same transaction, so the export ends anchored.
        Returns the number of entries written.

        ``visible`` (given the decoded body) picks the entries a recipient may
        read; every other entry is written *redacted*: its sequence number,
        hash and ``prev`` link, not its content. The chain stays checkable
        end to end and every checkpoint still verifies. What redaction costs:
        a redacted entry's hash cannot be recomputed by the recipient, so an
        altered visible entry followed by a redacted one is caught by the
        export's signed trailer, by the checkpoints it is anchored to and by
        comparing hashes with an earlier export, not by the chain alone.
        """
        if self._signer is None:
            raise IntegrityError("no node key to sign the export", code="audit.no_key")
        n = 0
        digest = hashlib.sha256()
        tmp = path.with_name(path.name + ".partial")
        with tmp.open("w", encoding="utf-8") as fh:

            def emit(obj: dict[str, Any]) -> None:
                line = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
                digest.update(line.encode("utf-8") + b"\n")
                fh.write(line + "\n")

            emit(
                {
                    "type": "header",
                    "format": EXPORT_FORMAT,
                    "node": self._node_id,
                    "public_key": public_key.to_text(),
                    "exported_at": isoformat(self._clock()),
                }
            )
            last_hash = GENESIS
            for seq, h, body in _db_rows(conn):
                doc = None if visible is None else json.loads(body)
                if visible is not None and doc is not None and not visible(doc):
                    emit({"type": "redacted", "seq": seq, "hash": h, "prev": doc["prev"]})
                else:
                    emit({"type": "entry", "seq": seq, "hash": h, "body": body})
                n += 1
                last_hash = h
            ncp = 0
            for r in conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.seq)):
                emit({"type": "checkpoint", "body": r.body, "key_id": r.key_id, "sig": r.signature})
                ncp += 1
            trailer = canonical_json(
                {
                    "node": self._node_id,
                    "entries": n,
                    "checkpoints": ncp,
                    "head": last_hash,
                    "lines_sha256": digest.hexdigest(),
                }
            )
            sig = base64.b64encode(self._signer.sign(pae(EXPORT_TYPE, trailer))).decode("ascii")
            fh.write(
                json.dumps({"type": "trailer", "body": trailer.decode("utf-8"), "sig": sig}) + "\n"
            )
        tmp.replace(path)
        return n


def _db_rows(conn: Connection) -> Iterator[tuple[int, str, str]]:
    """Stream (seq, hash, body) in seq order, in keyset-paginated batches."""
    last = 0
    while True:
        rows = conn.execute(
            select(audit_entries.c.seq, audit_entries.c.hash, audit_entries.c.body)
            .where(audit_entries.c.seq > last)
            .order_by(audit_entries.c.seq)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for seq, h, body in rows:
            yield int(seq), str(h), str(body)
        last = int(rows[-1][0])


def _verify_checkpoint(
    cp: Checkpoint, public_key: PublicKey, node_id: str | None, report: VerifyReport
) -> tuple[int, str] | None:
    try:
        sig = base64.b64decode(cp.signature, validate=True)
        doc = json.loads(cp.body)
        seq, head = int(doc["seq"]), str(doc["head"])
    except (ValueError, KeyError, TypeError):
        report.problem(f"checkpoint at entry {cp.seq} is malformed")
        return None
    if not public_key.verify(sig, _checkpoint_message(cp.body.encode("utf-8"))):
        report.problem(f"checkpoint at entry {cp.seq} has an invalid signature")
        return None
    if seq != cp.seq or head != cp.head:
        report.problem(f"checkpoint at entry {cp.seq} does not match its signed body")
        return None
    if node_id is not None and doc.get("node") != node_id:
        report.problem(f"checkpoint at entry {cp.seq} was signed for another node")
        return None
    return seq, head


def verify_stream(
    rows: Iterable[tuple[int, str, str]],
    checkpoints: Iterable[Checkpoint],
    *,
    public_key: PublicKey,
    node_id: str | None,
    redacted: Mapping[int, str] | None = None,
) -> VerifyReport:
    """Verify a chain of (seq, hash, body) rows and its signed checkpoints.

    Detects modified bodies or hashes, deleted, inserted and reordered
    entries (sequence or ``prev`` breaks), and truncation of anything a
    checkpoint covers (a checkpoint beyond the end, or a head that differs).
    Reports every problem found, up to a cap. ``redacted`` maps the sequence
    numbers of entries given without content (body ``""``) to their ``prev``
    link: their hash is taken as given and their links are checked.
    """
    redacted = redacted or {}
    report = VerifyReport()
    anchors: dict[int, str] = {}
    for cp in checkpoints:
        report.checkpoints += 1
        ok = _verify_checkpoint(cp, public_key, node_id, report)
        if ok is not None:
            anchors[ok[0]] = ok[1]
            report.last_checkpoint_seq = max(report.last_checkpoint_seq, ok[0])

    prev = GENESIS
    expected = 1
    sha256 = hashlib.sha256
    loads_ = json.loads
    for seq, h, body in rows:
        report.entries += 1
        if seq != expected:
            report.problem(
                f"entry {seq} follows entry {expected - 1}: entries are missing or inserted"
            )
        if not body and seq in redacted:
            report.redacted += 1
            body_seq, body_prev = seq, redacted[seq]
        else:
            raw = body.encode("utf-8")
            if "sha256:" + sha256(raw).hexdigest() != h:
                report.problem(f"entry {seq} was modified: its hash does not match its content")
            try:
                doc = loads_(body)
                body_seq, body_prev = doc["seq"], doc["prev"]
            except (ValueError, KeyError, TypeError):
                report.problem(f"entry {seq} is not a well-formed audit entry")
                body_seq, body_prev = None, None
        if body_seq is not None and body_seq != seq:
            report.problem(f"entry {seq} carries sequence number {body_seq}: moved or reordered")
        if body_prev is not None and body_prev != prev:
            report.problem(
                f"entry {seq} does not link to the entry before it: deleted, inserted or reordered"
            )
        anchor = anchors.get(seq)
        if anchor is not None and anchor != h:
            report.problem(f"entry {seq} differs from what the signed checkpoint recorded")
        prev = h
        expected = seq + 1
        report.last_seq = seq
    report.last_hash = prev
    if report.last_checkpoint_seq > report.last_seq:
        report.problem(
            f"the log ends at entry {report.last_seq} but a signed checkpoint covers entry "
            f"{report.last_checkpoint_seq}: the log was truncated"
        )
    return report


def verify_export(path: Path, public_key: PublicKey) -> VerifyReport:
    """Verify an export file offline with only the node's public key.

    Raises
    ------
    InvalidInput
        If the file cannot be read or is not a custos audit export.
    """
    try:
        fh = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(
            f"cannot read export file {path.name}", code="audit.export_unreadable"
        ) from exc
    report_extra: list[str] = []
    rows: list[tuple[int, str, str]] = []
    redacted: dict[int, str] = {}
    cps: list[Checkpoint] = []
    header: dict[str, Any] | None = None
    trailer: dict[str, Any] | None = None
    digest = hashlib.sha256()
    with fh:
        try:
            lines = list(enumerate(fh, start=1))
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"{path.name} is not a custos audit export (not UTF-8 text)",
                code="audit.export_malformed",
            ) from exc
        for lineno, line in lines:
            try:
                obj = loads(line)
                kind = obj["type"]
            except (InvalidInput, KeyError, TypeError) as exc:
                raise InvalidInput(
                    f"export line {lineno} is not valid", code="audit.export_malformed"
                ) from exc
            if trailer is not None:
                report_extra.append("data follows the signed trailer")
                break
            if kind == "trailer":
                trailer = obj
                continue
            digest.update(line.rstrip("\n").encode("utf-8") + b"\n")
            try:
                if kind == "header":
                    header = obj
                elif kind == "entry":
                    rows.append((int(obj["seq"]), str(obj["hash"]), str(obj["body"])))
                elif kind == "redacted":
                    rows.append((int(obj["seq"]), str(obj["hash"]), ""))
                    redacted[int(obj["seq"])] = str(obj["prev"])
                elif kind == "checkpoint":
                    body = str(obj["body"])
                    d = json.loads(body)
                    cps.append(
                        Checkpoint(
                            int(d["seq"]), str(d["head"]), str(obj["key_id"]), body, str(obj["sig"])
                        )
                    )
                else:
                    report_extra.append(f"line {lineno} has unknown type")
            except (KeyError, TypeError, ValueError) as exc:
                raise InvalidInput(
                    f"export line {lineno} is not valid", code="audit.export_malformed"
                ) from exc
    if header is None or header.get("format") != EXPORT_FORMAT:
        raise InvalidInput("file is not a custos audit export", code="audit.export_malformed")
    node_id = str(header.get("node"))
    report = verify_stream(
        iter(rows), cps, public_key=public_key, node_id=node_id, redacted=redacted
    )
    for p in report_extra:
        report.problem(p)
    if trailer is None:
        report.problem("the export has no signed trailer: it was truncated")
        return report
    try:
        tbody = str(trailer["body"]).encode("utf-8")
        tsig = base64.b64decode(str(trailer["sig"]), validate=True)
        tdoc = json.loads(tbody)
    except (KeyError, ValueError, TypeError):
        report.problem("the export trailer is malformed")
        return report
    if not public_key.verify(tsig, pae(EXPORT_TYPE, tbody)):
        report.problem("the export trailer signature is invalid (wrong key or altered)")
        return report
    if tdoc.get("lines_sha256") != digest.hexdigest():
        report.problem("the export's lines differ from what the trailer signed")
    if tdoc.get("entries") != report.entries or tdoc.get("head") != report.last_hash:
        report.problem("the export's entries differ from what the trailer signed")
    if tdoc.get("node") != node_id:
        report.problem("the export trailer names another node")
    return report
