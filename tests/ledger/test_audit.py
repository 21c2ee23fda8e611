"""The audit log on real SQLite files: chain, signed checkpoints, tampering, export.

Tampering is done the way an attacker with write access to the database file
but without the node key would do it: raw SQL through the ``sqlite3`` module,
fixing up every derived value (hashes, the head record, ``prev_hash``) that
can be fixed without the key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from custos.core import IntegrityError, InvalidInput, SigningKey, canonical_json, pae
from custos.core._storage import Store, make_engine
from custos.ledger import GENESIS, AuditLog, VerifyReport, verify_export
from custos.ledger._audit import CHECKPOINT_TYPE

NODE = "node-under-test"
# Module-level so Hypothesis examples share them (key generation is cheap,
# but function-scoped fixtures do not mix with @given).
KEY = SigningKey.generate()
ATTACKER_KEY = SigningKey.generate()

Item = tuple[str, str, str, Mapping[str, Any]]

PROPERTY = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- a real database per example ---------------------------------------------


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """Factory of fresh, fully migrated SQLite files (copies of one template)."""
    folder = tmp_path_factory.mktemp("audit-dbs")
    template = folder / "template.db"
    Store.open(url(template), migrate=True).close()

    def fresh() -> Path:
        path = folder / f"{uuid.uuid4().hex}.db"
        shutil.copyfile(template, path)
        return path

    return fresh


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def write_log(
    path: Path, batches: list[list[Item]], *, every: int = 100, node_id: str = NODE
) -> None:
    """Append each batch in its own transaction ending with a checkpoint,
    as every audited node operation does."""
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=node_id, checkpoint_every=every)
    try:
        for batch in batches:
            with store.transaction() as conn:
                log.append_many(conn, batch)
                log.checkpoint(conn)
    finally:
        store.close()


def verify(path: Path, *, key: SigningKey = KEY, node_id: str = NODE) -> VerifyReport:
    store = Store(make_engine(url(path)))
    try:
        with store.read() as conn:
            return AuditLog(signer=None, node_id=node_id).verify(conn, key.public_key)
    finally:
        store.close()


def simple_items(n: int, actor: str = "custodian:alice") -> list[Item]:
    return [(actor, "test.event", f"subject:{i}", {"i": i}) for i in range(n)]


# --- strategies --------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)
items = st.tuples(
    st.text(min_size=1, max_size=40),  # actor
    st.text(min_size=1, max_size=30),  # action
    st.text(max_size=40),  # subject
    st.dictionaries(st.text(max_size=12), json_values, max_size=5),  # details
)


@st.composite
def logs(draw: st.DrawFn) -> tuple[list[list[Item]], int]:
    """1..60 entries split into transactions, with a random checkpoint period."""
    entries = draw(st.lists(items, min_size=1, max_size=60))
    cuts: set[int] = set()
    if len(entries) > 1:
        cuts = draw(st.sets(st.integers(1, len(entries) - 1), max_size=8))
    bounds = [0, *sorted(cuts), len(entries)]
    batches = [entries[a:b] for a, b in pairwise(bounds)]
    every = draw(st.sampled_from([0, 1, 7, 100]))
    return batches, every


# --- the attacker: raw SQL, no key -------------------------------------------


def sha(body: str) -> str:
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


class Attacker:
    """Open the database file with plain sqlite3, as someone without the key."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)

    def __enter__(self) -> Attacker:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.db.commit()
        self.db.close()

    def hash_of(self, seq: int) -> str:
        if seq == 0:
            return GENESIS
        return str(
            self.db.execute("SELECT hash FROM audit_entries WHERE seq=?", (seq,)).fetchone()[0]
        )

    def fix_head(self) -> None:
        """Point the head record at whatever the log now ends with."""
        last = self.db.execute(
            "SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, h = last if last is not None else (0, GENESIS)
        self.db.execute("UPDATE audit_head SET seq=?, hash=? WHERE id=1", (seq, h))

    def shift(self, first: int, by: int) -> None:
        """Renumber entries with seq >= first by ``by`` (via negatives: no PK clash)."""
        self.db.execute("UPDATE audit_entries SET seq = -(seq + ?) WHERE seq >= ?", (by, first))
        self.db.execute("UPDATE audit_entries SET seq = -seq WHERE seq < 0")

    def rewrite(self, seq: int, edit: Callable[[dict[str, Any]], None], *, rehash: bool) -> str:
        body = self.db.execute("SELECT body FROM audit_entries WHERE seq=?", (seq,)).fetchone()[0]
        doc = json.loads(body)
        edit(doc)
        # Not canonical_json: JCS refuses the integer 2**53 that the float 2.0**53
        # reads back as. Verification hashes stored bytes, so any encoding will do.
        new_body = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
        self.db.execute("UPDATE audit_entries SET body=? WHERE seq=?", (new_body, seq))
        new_hash = sha(new_body)
        if rehash:
            self.db.execute("UPDATE audit_entries SET hash=? WHERE seq=?", (new_hash, seq))
        return new_hash

    def rechain(self, first: int) -> None:
        """Rewrite every entry from ``first`` on so seq, prev and hash are all
        consistent again: everything but the signed checkpoints is repaired."""
        seqs = [
            r[0]
            for r in self.db.execute(
                "SELECT seq FROM audit_entries WHERE seq >= ? ORDER BY seq", (first,)
            )
        ]
        # prev_hash is UNIQUE: park the columns on placeholders before relinking.
        self.db.execute(
            "UPDATE audit_entries SET prev_hash = 'parked:' || seq WHERE seq >= ?", (first,)
        )
        prev = self.hash_of(first - 1)
        for seq in seqs:

            def relink(doc: dict[str, Any], s: int = seq, p: str = prev) -> None:
                doc["seq"], doc["prev"] = s, p

            new = self.rewrite(seq, relink, rehash=True)
            self.db.execute("UPDATE audit_entries SET prev_hash=? WHERE seq=?", (prev, seq))
            prev = new
        self.fix_head()


def _mark(doc: dict[str, Any]) -> None:
    doc["details"] = {**doc["details"], "approved_by": "nobody"}


def tamper_edit(db: Attacker, n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, n), label="edited seq")
    db.rewrite(k, _mark, rehash=False)


def tamper_edit_rehash(db: Attacker, n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, n), label="edited seq")
    db.rewrite(k, _mark, rehash=True)
    db.fix_head()


def tamper_edit_rechain(db: Attacker, n: int, data: st.DataObject) -> None:
    """Edit one entry and recompute the whole chain after it (all but the key)."""
    k = data.draw(st.integers(1, n), label="edited seq")
    db.rewrite(k, _mark, rehash=True)
    db.rechain(k)


def tamper_delete(db: Attacker, n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, n), label="deleted seq")
    db.db.execute("DELETE FROM audit_entries WHERE seq=?", (k,))
    if data.draw(st.booleans(), label="close the gap and rechain"):
        db.shift(k + 1, -1)
        db.rechain(k)
    db.fix_head()


def tamper_insert(db: Attacker, n: int, data: st.DataObject) -> None:
    """Insert a well-formed, correctly linked entry before an existing one."""
    k = data.draw(st.integers(1, n), label="inserted at")
    prev = db.hash_of(k - 1)
    db.shift(k, 1)
    body = canonical_json(
        {
            "v": 1,
            "seq": k,
            "ts": "2026-01-01T00:00:00.000000Z",
            "actor": "custodian:mallory",
            "action": "job.approved",
            "subject": "job:forged",
            "details": {},
            "prev": prev,
        }
    ).decode("utf-8")
    h = sha(body)
    # prev_hash is UNIQUE: move the displaced entry's column out of the way first.
    db.db.execute("UPDATE audit_entries SET prev_hash=? WHERE seq=?", (h, k + 1))
    db.db.execute(
        "INSERT INTO audit_entries (seq, hash, prev_hash, ts, actor, action, subject, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (k, h, prev, "2026-01-01T00:00:00.000000Z", "m", "job.approved", "job:forged", body),
    )
    if data.draw(st.booleans(), label="rechain what follows"):
        db.rechain(k + 1)
    db.fix_head()


def tamper_swap(db: Attacker, n: int, data: st.DataObject) -> None:
    i = data.draw(st.integers(1, n - 1), label="first swapped")
    j = data.draw(st.integers(i + 1, n), label="second swapped")
    db.db.execute("UPDATE audit_entries SET seq=-1 WHERE seq=?", (i,))
    db.db.execute("UPDATE audit_entries SET seq=? WHERE seq=?", (i, j))
    db.db.execute("UPDATE audit_entries SET seq=? WHERE seq=-1", (j,))
    if data.draw(st.booleans(), label="rechain from the first swapped"):
        db.rechain(i)


def tamper_truncate(db: Attacker, n: int, data: st.DataObject) -> None:
    keep = data.draw(st.integers(0, n - 1), label="entries kept")
    db.db.execute("DELETE FROM audit_entries WHERE seq > ?", (keep,))
    db.fix_head()


def tamper_hash_column(db: Attacker, n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, n), label="seq")
    db.db.execute("UPDATE audit_entries SET hash=? WHERE seq=?", (sha("forged"), k))


TAMPERS: dict[str, Callable[[Attacker, int, st.DataObject], None]] = {
    "edit": tamper_edit,
    "edit+rehash": tamper_edit_rehash,
    "edit+rechain": tamper_edit_rechain,
    "delete": tamper_delete,
    "insert": tamper_insert,
    "swap": tamper_swap,
    "truncate": tamper_truncate,
    "hash-column": tamper_hash_column,
}


# --- property tests ----------------------------------------------------------


@PROPERTY
@given(log=logs())
def test_untampered_log_of_any_shape_verifies(
    dbs: Callable[[], Path], log: tuple[list[list[Item]], int]
) -> None:
    batches, every = log
    path = dbs()
    write_log(path, batches, every=every)
    n = sum(len(b) for b in batches)

    report = verify(path)

    assert report.ok, report.problems
    assert (report.entries, report.last_seq) == (n, n)
    # Every operation ends with a checkpoint, so nothing is left unanchored.
    assert report.last_checkpoint_seq == n and report.unanchored == 0
    store = Store(make_engine(url(path)))
    with store.read() as conn:
        stored = AuditLog.entries(conn)
    store.close()
    flat = [item for b in batches for item in b]
    assert [e.seq for e in stored] == list(range(1, n + 1))
    # Compared through canonical JSON: JCS writes the float 1e16 as 10000000000000000.
    assert [(e.actor, e.action, e.subject, dict(e.details)) for e in stored] == [
        (a, b, c, json.loads(canonical_json(d))) for a, b, c, d in flat
    ]
    assert stored[0].prev == GENESIS
    assert all(e.prev == p.hash for p, e in pairwise(stored))


@pytest.mark.parametrize("kind", sorted(TAMPERS))
@PROPERTY
@given(log=logs(), data=st.data())
def test_any_single_tampering_is_detected(
    dbs: Callable[[], Path], kind: str, log: tuple[list[list[Item]], int], data: st.DataObject
) -> None:
    batches, every = log
    n = sum(len(b) for b in batches)
    assume(kind != "swap" or n > 1)
    path = dbs()
    write_log(path, batches, every=every)

    with Attacker(path) as db:
        TAMPERS[kind](db, n, data)

    report = verify(path)
    assert not report.ok, f"{kind} went unnoticed: {report.to_dict()}"


# --- checkpoints and keys ----------------------------------------------------


def _forged_checkpoint(seq: int, head: str, *, key: SigningKey, node: str) -> tuple[str, str]:
    body = canonical_json(
        {"v": 1, "node": node, "seq": seq, "head": head, "ts": "2026-01-01T00:00:00.000000Z"}
    )
    sig = base64.b64encode(key.sign(pae(CHECKPOINT_TYPE, body))).decode("ascii")
    return body.decode("utf-8"), sig


def test_checkpoint_forged_with_another_key_is_detected(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(5)])
    with Attacker(path) as db:
        # Rewrite the last entry and re-sign its checkpoint with the attacker's key.
        new_head = db.rewrite(5, _mark, rehash=True)
        db.fix_head()
        body, sig = _forged_checkpoint(5, new_head, key=ATTACKER_KEY, node=NODE)
        db.db.execute(
            "UPDATE audit_checkpoints SET head_hash=?, key_id=?, body=?, signature=? WHERE seq=5",
            (new_head, ATTACKER_KEY.public_key.key_id, body, sig),
        )

    report = verify(path)

    assert not report.ok
    assert any("invalid signature" in p for p in report.problems)


def test_checkpoint_row_disagreeing_with_its_signed_body_is_detected(
    dbs: Callable[[], Path],
) -> None:
    path = dbs()
    write_log(path, [simple_items(3), simple_items(2)])
    with Attacker(path) as db:
        db.db.execute("UPDATE audit_checkpoints SET head_hash=? WHERE seq=3", (sha("x"),))

    report = verify(path)

    assert any("does not match its signed body" in p for p in report.problems)


def test_checkpoint_signed_for_another_node_is_detected(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(4)], every=0)
    store = Store(make_engine(url(path)))
    with store.transaction() as conn:
        # Same key, but the checkpoint names another node (replayed from its log).
        conn.execute(text("DELETE FROM audit_checkpoints"))
        AuditLog(signer=KEY, node_id="node-elsewhere").checkpoint(conn)
    store.close()

    report = verify(path)

    assert not report.ok
    assert any("another node" in p for p in report.problems)


def test_log_verified_as_another_node_fails(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(4)])

    assert verify(path).ok
    assert not verify(path, node_id="node-elsewhere").ok


def test_verifying_with_the_wrong_public_key_fails(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(3), simple_items(3)])

    report = verify(path, key=ATTACKER_KEY)

    assert not report.ok
    assert sum("invalid signature" in p for p in report.problems) == 2


def test_forged_tail_after_the_last_checkpoint_shows_as_unanchored(
    dbs: Callable[[], Path],
) -> None:
    """The documented limit: the chain alone cannot prove the unsigned tail."""
    path = dbs()
    write_log(path, [simple_items(3)])
    with Attacker(path) as db:
        prev = db.hash_of(3)
        body = canonical_json(
            {
                "v": 1,
                "seq": 4,
                "ts": "2026-01-01T00:00:00.000000Z",
                "actor": "custodian:mallory",
                "action": "job.approved",
                "subject": "job:forged",
                "details": {},
                "prev": prev,
            }
        ).decode("utf-8")
        db.db.execute(
            "INSERT INTO audit_entries VALUES (4, ?, ?, 't', 'm', 'job.approved', 'j', ?)",
            (sha(body), prev, body),
        )
        db.fix_head()

    report = verify(path)

    assert report.unanchored == 1
    assert report.last_checkpoint_seq == 3


def test_missing_head_record_is_detected(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(2)])
    with Attacker(path) as db:
        db.db.execute("DELETE FROM audit_head")

    assert any("head record is missing" in p for p in verify(path).problems)


def test_deleting_the_tail_without_fixing_the_head_is_detected(dbs: Callable[[], Path]) -> None:
    path = dbs()
    write_log(path, [simple_items(3)], every=0)
    with Attacker(path) as db:
        db.db.execute("DELETE FROM audit_checkpoints")
        db.db.execute("DELETE FROM audit_entries WHERE seq = 3")

    report = verify(path)

    assert any("the audit head says entry 3" in p for p in report.problems)


def test_periodic_checkpoints_are_signed_every_n_entries(dbs: Callable[[], Path]) -> None:
    path = dbs()
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE, checkpoint_every=5)
    with store.transaction() as conn:
        log.append_many(conn, simple_items(12))
    with store.read() as conn:
        seqs = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM audit_checkpoints")]
    assert seqs == [5, 10]
    with store.transaction() as conn:
        cp = log.checkpoint(conn)
        again = log.checkpoint(conn)
    store.close()
    assert cp is not None and cp.seq == 12 and cp.key_id == KEY.public_key.key_id
    assert again is None
    report = verify(path)
    assert report.ok and report.checkpoints == 3


def test_appending_a_checkpoint_without_a_key_raises_integrity_error(
    dbs: Callable[[], Path],
) -> None:
    path = dbs()
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=None, node_id=NODE, checkpoint_every=1)
    with pytest.raises(IntegrityError) as info, store.transaction() as conn:
        log.append(conn, actor="a", action="b", subject="c")
    assert info.value.code == "audit.no_key"
    with store.read() as conn:
        assert AuditLog.count(conn) == 0
    store.close()


def test_details_that_json_cannot_encode_are_refused(dbs: Callable[[], Path]) -> None:
    path = dbs()
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE)
    with pytest.raises(InvalidInput), store.transaction() as conn:
        log.append(conn, actor="a", action="b", subject="c", details={"x": float("nan")})
    with store.read() as conn:
        assert AuditLog.count(conn) == 0
    store.close()


# --- transactions and concurrency --------------------------------------------


class Boom(Exception):
    pass


def test_failed_transaction_leaves_no_entry_and_the_log_still_verifies(
    dbs: Callable[[], Path],
) -> None:
    path = dbs()
    write_log(path, [simple_items(3)])
    engine = make_engine(url(path))
    log = AuditLog(signer=KEY, node_id=NODE, checkpoint_every=1)

    def register_then_crash() -> None:
        with engine.begin() as conn:
            log.append(conn, actor="a", action="dataset.registered", subject="dataset:x")
            log.checkpoint(conn)
            raise Boom

    with pytest.raises(Boom):
        register_then_crash()
    with engine.connect() as conn:
        assert AuditLog.count(conn) == 3
        assert AuditLog.entries(conn, action="dataset.registered") == []
    engine.dispose()
    report = verify(path)
    assert report.ok and report.last_seq == 3 and report.checkpoints == 1

    # The next append continues the chain from the committed head.
    write_log(path, [simple_items(1)])
    report = verify(path)
    assert report.ok and report.last_seq == 4


def test_a_log_whose_transaction_rolled_back_continues_from_the_committed_head(
    dbs: Callable[[], Path],
) -> None:
    # The log remembers the head it last wrote; after a rollback that memory is
    # ahead of the database, and the next append must notice and chain onto
    # what was committed.
    path = dbs()
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE, checkpoint_every=0)
    with store.transaction() as conn:
        first = log.append(conn, actor="a", action="test.event", subject="s:1")

    def append_then_crash() -> None:
        with store.transaction() as conn:
            log.append(conn, actor="a", action="test.event", subject="s:lost")
            raise Boom

    with pytest.raises(Boom):
        append_then_crash()
    with store.transaction() as conn:
        second = log.append(conn, actor="a", action="test.event", subject="s:2")
        log.checkpoint(conn)
    with store.read() as conn:
        entries = AuditLog.entries(conn)
    store.close()
    assert [(e.seq, e.subject) for e in entries] == [(1, "s:1"), (2, "s:2")]
    assert second.seq == 2 and second.prev == first.hash
    report = verify(path)
    assert report.ok, report.problems


def test_logs_taking_turns_on_one_database_keep_a_single_chain(
    dbs: Callable[[], Path],
) -> None:
    path = dbs()
    store = Store(make_engine(url(path)))
    logs = [AuditLog(signer=KEY, node_id=NODE, checkpoint_every=4) for _ in range(2)]
    turns = [0, 0, 1, 0, 1, 1, 0, 1, 0]  # which log appends, one transaction each
    for i, who in enumerate(turns):
        with store.transaction() as conn:
            logs[who].append_many(conn, simple_items(1 + i % 2, actor=f"log-{who}"))
    with store.transaction() as conn:
        logs[0].checkpoint(conn)
    with store.read() as conn:
        entries = AuditLog.entries(conn)
    store.close()
    assert [e.seq for e in entries] == list(range(1, 14))
    assert [e.prev for e in entries[1:]] == [e.hash for e in entries[:-1]]
    report = verify(path)
    assert report.ok, report.problems
    assert report.checkpoints == 4  # entries 4, 8 and 12, then the head


def test_a_head_moved_behind_the_logs_back_is_what_the_next_entry_links_to(
    dbs: Callable[[], Path],
) -> None:
    # Whatever the head row says when an append runs is what it chains onto;
    # a remembered head never overrides it.
    path = dbs()
    write_log(path, [simple_items(3)], every=0)
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE, checkpoint_every=0)
    with store.transaction() as conn:
        log.append(conn, actor="a", action="test.event", subject="s")
    with store.transaction() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE seq = 4"))
        conn.execute(
            text(
                "UPDATE audit_head "
                "SET seq = 3, hash = (SELECT hash FROM audit_entries WHERE seq = 3)"
            )
        )
    with store.transaction() as conn:
        entry = log.append(conn, actor="a", action="test.event", subject="t")
        log.checkpoint(conn)
    store.close()
    assert entry.seq == 4
    report = verify(path)
    assert report.ok, report.problems


def test_an_append_after_the_logs_own_append_does_not_reread_the_head(
    dbs: Callable[[], Path],
) -> None:
    # Performance guard: the common case is two statements (advance the head
    # by compare-and-swap, insert the entry), not three.
    path = dbs()
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE, checkpoint_every=0)
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement.split()[0].upper())

    with store.transaction() as conn:
        log.append(conn, actor="a", action="test.event", subject="s:1")
    event.listen(store.engine, "before_cursor_execute", record)
    with store.transaction() as conn:
        log.append(conn, actor="a", action="test.event", subject="s:2")
    event.remove(store.engine, "before_cursor_execute", record)
    store.close()
    assert [s for s in statements if s != "BEGIN"] == ["UPDATE", "INSERT"]
    assert verify(path).ok


_WRITER = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path
    from custos.core import SigningKey
    from custos.core._storage import Store, make_engine
    from custos.ledger import AuditLog

    db, key_path, node, who, n, go = sys.argv[1:]
    store = Store(make_engine(f"sqlite:///{db}"))
    log = AuditLog(signer=SigningKey.load(Path(key_path)), node_id=node, checkpoint_every=50)
    while not Path(go).exists():
        time.sleep(0.005)
    for i in range(int(n)):
        with store.transaction() as conn:
            log.append(conn, actor=who, action="test.append", subject=f"{who}:{i}",
                       details={"i": i})
            if i % 7 == 6:
                log.checkpoint(conn)
        # Let go of the lock for a moment: SQLite's busy handler backs off, so
        # without a pause one writer would take every turn and nothing would race.
        time.sleep(random.uniform(0, 0.003))
    store.close()
    """
)


@pytest.mark.integration
def test_two_processes_appending_concurrently_never_fork_the_chain(
    dbs: Callable[[], Path], tmp_path: Path
) -> None:
    path = dbs()
    key_path = tmp_path / "node.key"
    KEY.save(key_path)
    go = tmp_path / "go"
    per_process = 200
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WRITER,
                str(path),
                str(key_path),
                NODE,
                who,
                str(per_process),
                str(go),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for who in ("writer-a", "writer-b")
    ]
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()

    store = Store(make_engine(url(path)))
    with store.read() as conn:
        entries = AuditLog.entries(conn)
    store.close()
    assert [e.seq for e in entries] == list(range(1, 2 * per_process + 1))
    for who in ("writer-a", "writer-b"):
        mine = [e.details["i"] for e in entries if e.actor == who]
        assert mine == list(range(per_process))
    # The writers really interleaved, so the lock was exercised.
    switches = sum(a.actor != b.actor for a, b in pairwise(entries))
    assert switches >= 10
    report = verify(path)
    assert report.ok, report.problems
    assert report.entries == 2 * per_process


# --- export ------------------------------------------------------------------


@pytest.fixture
def exported(dbs: Callable[[], Path], tmp_path: Path) -> Path:
    """An export of a 12-entry log with several checkpoints, ending anchored."""
    path = dbs()
    write_log(path, [simple_items(4), simple_items(5), simple_items(2)], every=3)
    out = tmp_path / "audit.jsonl"
    store = Store(make_engine(url(path)))
    log = AuditLog(signer=KEY, node_id=NODE)
    with store.transaction() as conn:
        log.append(conn, actor="custodian:alice", action="audit.exported", subject="audit")
        log.checkpoint(conn)
        assert log.export(conn, out, public_key=KEY.public_key) == 12
    store.close()
    return out


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def write_lines(path: Path, objs: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(o, separators=(",", ":")) + "\n" for o in objs))


def test_export_verifies_offline_with_the_public_key(exported: Path) -> None:
    report = verify_export(exported, KEY.public_key)

    assert report.ok, report.problems
    assert report.entries == 12 and report.last_seq == 12
    assert report.unanchored == 0
    objs = lines_of(exported)
    assert objs[0]["type"] == "header" and objs[-1]["type"] == "trailer"
    assert objs[0]["public_key"] == KEY.public_key.to_text()
    assert not exported.with_name(exported.name + ".partial").exists()


def _modify_entry(objs: list[dict[str, Any]]) -> None:
    # Rewrite an entry's body and recompute its hash: the signed trailer still knows.
    e = next(o for o in objs if o["type"] == "entry" and o["seq"] == 12)
    doc = json.loads(e["body"])
    doc["details"]["approved_by"] = "nobody"
    e["body"] = canonical_json(doc).decode("utf-8")
    e["hash"] = sha(e["body"])


def _drop_trailer(objs: list[dict[str, Any]]) -> None:
    objs.pop()


def _drop_middle_line(objs: list[dict[str, Any]]) -> None:
    del objs[len(objs) // 2]


def _drop_a_checkpoint(objs: list[dict[str, Any]]) -> None:
    objs.remove(next(o for o in objs if o["type"] == "checkpoint"))


def _append_after_trailer(objs: list[dict[str, Any]]) -> None:
    objs.append(dict(objs[1]))


def _change_trailer(objs: list[dict[str, Any]]) -> None:
    body = json.loads(objs[-1]["body"])
    body["entries"] = 11
    objs[-1]["body"] = canonical_json(body).decode("utf-8")


def _trailer_signed_by_attacker(objs: list[dict[str, Any]]) -> None:
    objs[-1]["sig"] = base64.b64encode(
        ATTACKER_KEY.sign(pae("application/vnd.custos.audit-export+json", b"{}"))
    ).decode("ascii")


def _drop_last_entry(objs: list[dict[str, Any]]) -> None:
    # Drop the last entry; keep everything else byte-identical.
    objs.remove(next(o for o in objs if o["type"] == "entry" and o["seq"] == 12))


@pytest.mark.parametrize(
    "tamper",
    [
        _modify_entry,
        _drop_trailer,
        _drop_middle_line,
        _drop_a_checkpoint,
        _append_after_trailer,
        _change_trailer,
        _trailer_signed_by_attacker,
        _drop_last_entry,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_tampered_export_fails_verification(
    exported: Path, tamper: Callable[[list[dict[str, Any]]], None]
) -> None:
    objs = lines_of(exported)
    tamper(objs)
    write_lines(exported, objs)

    assert not verify_export(exported, KEY.public_key).ok


def test_export_is_byte_sensitive_even_for_equivalent_json(exported: Path) -> None:
    # Re-serialising a line with other whitespace keeps its meaning but not its bytes.
    text = exported.read_text().splitlines()
    text[1] = json.dumps(json.loads(text[1]), separators=(", ", ": "))
    exported.write_text("\n".join(text) + "\n")

    report = verify_export(exported, KEY.public_key)

    assert any("lines differ" in p for p in report.problems)


def test_export_verified_with_the_wrong_key_fails(exported: Path) -> None:
    report = verify_export(exported, ATTACKER_KEY.public_key)

    assert not report.ok
    assert any("trailer signature is invalid" in p for p in report.problems)


@pytest.mark.parametrize(
    "content",
    [
        "patient_id,diagnosis\nMRN-1,benign\n",
        '{"type": "entry", "seq": 1, "hash": "h", "body": "{}"}\n',
        "",
        "[1, 2]\n",
        '{"type": "header", "format": "something-else/1"}\n',
        '{"type": "header", "format": "custos-audit-export/1"}\n{"type": "entry"}\n',
    ],
    ids=["csv", "no-header", "empty", "json-array", "other-format", "entry-without-fields"],
)
def test_a_file_that_is_not_an_export_raises_invalid_input(tmp_path: Path, content: str) -> None:
    path = tmp_path / "not-an-export.jsonl"
    path.write_text(content)

    with pytest.raises(InvalidInput) as info:
        verify_export(path, KEY.public_key)
    assert info.value.code == "audit.export_malformed"
    # Never echoes file content.
    assert "MRN" not in str(info.value)


def test_a_missing_export_file_raises_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        verify_export(tmp_path / "absent.jsonl", KEY.public_key)
    assert info.value.code == "audit.export_unreadable"


@pytest.mark.parametrize(
    "data",
    [
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xcb\x48\xcd\xc9\xc9\x07\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b'{"type":"header","format":"custos-audit-export/1"}\n\xff\xfe\n',
    ],
    ids=["gzip", "png", "binary-after-header"],
)
def test_a_binary_file_is_not_an_export(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "audit.jsonl.gz"
    path.write_bytes(data)

    with pytest.raises(InvalidInput) as info:
        verify_export(path, KEY.public_key)
    assert info.value.code == "audit.export_malformed"
