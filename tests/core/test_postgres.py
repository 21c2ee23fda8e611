"""custos on a real PostgreSQL server, whatever database the rest of the suite uses.

The server is the session's throwaway one (``tests/_postgres.py``). Without
PostgreSQL installed these tests skip, except under ``CI=true`` where that is
a failure: CI must exercise PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC
from itertools import pairwise
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from custos.core import SigningKey, StorageError, Store
from custos.core._schema import audit_head, jobs, metadata
from custos.core._storage import current_revision, head_revision, make_engine, upgrade
from custos.jobs import JobState, parse_spec, sign_spec
from custos.ledger import GENESIS, AuditLog
from custos.node import add_dua, approve_job, init_node, register_dataset, submit_job
from tests.conftest import load_yaml, postgres_cluster

pytestmark = pytest.mark.integration

NODE = "node-on-postgres"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL server."""
    cluster = postgres_cluster()
    name = f"custos_pg_{uuid.uuid4().hex[:16]}"
    url = cluster.create_database(name)
    yield url
    cluster.drop_databases({name})


def test_migrations_from_empty_reach_head_and_match_the_schema(pg_url: str) -> None:
    store = Store.open(pg_url, migrate=True)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert current_revision(store.engine) == head_revision()
        assert set(metadata.tables) <= set(inspect(store.engine).get_table_names())
        with store.read() as conn:
            head = conn.execute(select(audit_head)).all()
            assert [tuple(r) for r in head] == [(1, 0, GENESIS)]
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(ctx, metadata) == []
        # Down to nothing and back up: every migration runs both ways on PostgreSQL.
        upgrade(store.engine, "head")  # a no-op at head
        from alembic import command

        from custos.core._storage import _alembic_config

        with store.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "base")
        assert current_revision(store.engine) is None
        assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
        upgrade(store.engine)
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_an_unmigrated_postgresql_database_is_refused_until_migrated(pg_url: str) -> None:
    with pytest.raises(StorageError) as info:
        Store.open(pg_url)
    assert info.value.code == "storage.schema_outdated"
    Store.open(pg_url, migrate=True).close()
    Store.open(pg_url).close()


def test_a_node_on_postgresql_takes_a_job_through_approval_and_verifies_its_audit_log(
    pg_url: str,
    tmp_path: Path,
    workdir: Path,
    vendor_key: SigningKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CUSTOS_DATABASE_URL", pg_url)
    node = init_node(tmp_path / "home")
    try:
        assert node.settings.database_url == pg_url
        assert node.store.engine.dialect.name == "postgresql"
        assert not (tmp_path / "home" / "custos.db").exists()
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
        add_dua(node, workdir / "dua.yaml")
        spec = parse_spec(load_yaml(workdir / "job.yaml"))
        job = submit_job(node, sign_spec(spec, vendor_key), expected=spec)
        assert job.state is JobState.PENDING_APPROVAL
        job = approve_job(node, job.id, approver="dr-lee")
        assert job.state is JobState.APPROVED
        assert job.decided_at is not None
        with node.store.read() as conn:
            row = conn.execute(select(jobs.c.submitted_at).where(jobs.c.id == job.id)).one()
            # timestamptz read back in UTC, although the test server's zone is not UTC
            assert row.submitted_at.tzinfo is not None
            assert row.submitted_at.utcoffset() == UTC.utcoffset(None)
            report = node.audit.verify(conn, node.key.public_key)
            actions = [e.action for e in node.audit.entries(conn, subject=f"job:{job.id}")]
        assert report.ok, report.problems
        assert actions[-1] == "job.approved"
    finally:
        node.close()


def test_a_read_is_one_read_only_snapshot(pg_url: str) -> None:
    store = Store.open(pg_url, migrate=True)
    log = AuditLog(signer=SigningKey.generate(), node_id=NODE, checkpoint_every=0)
    try:
        with store.read() as conn:
            before = conn.execute(select(audit_head.c.seq)).scalar_one()
            with store.transaction() as w:  # a writer commits meanwhile
                log.append(w, actor="a", action="test.event", subject="s:1")
            assert conn.execute(select(audit_head.c.seq)).scalar_one() == before
            with pytest.raises(Exception, match="read-only"):
                conn.execute(text("UPDATE audit_head SET seq = 99"))
        with store.read() as conn:
            assert conn.execute(select(audit_head.c.seq)).scalar_one() == before + 1
    finally:
        store.close()


def test_a_second_writer_waits_for_the_write_lock_then_reports_busy(pg_url: str) -> None:
    Store.open(pg_url, migrate=True).close()
    first = Store(make_engine(pg_url))
    second = Store(make_engine(pg_url, busy_timeout_ms=300))
    try:
        with first.transaction():
            # Readers are never blocked by a writer.
            with second.read() as conn:
                assert conn.execute(select(audit_head.c.seq)).scalar_one() == 0
            with pytest.raises(StorageError) as info, second.transaction():
                pass
        assert info.value.code == "storage.busy"
        with second.transaction() as conn:  # free again after the first commits
            conn.execute(select(audit_head.c.seq)).scalar_one()
    finally:
        first.close()
        second.close()


def test_threads_appending_concurrently_never_fork_the_chain(pg_url: str) -> None:
    Store.open(pg_url, migrate=True).close()
    key = SigningKey.generate()
    store = Store(make_engine(pg_url))
    per_thread, errors = 40, []

    def write(who: str) -> None:
        log = AuditLog(signer=key, node_id=NODE, checkpoint_every=10)
        try:
            for i in range(per_thread):
                with store.transaction() as conn:
                    log.append(
                        conn, actor=who, action="test.append", subject=f"{who}:{i}", details={}
                    )
                    log.checkpoint(conn)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(f"t{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert errors == []
        with store.read() as conn:
            entries = AuditLog.entries(conn)
            report = AuditLog(signer=None, node_id=NODE).verify(conn, key.public_key)
        assert [e.seq for e in entries] == list(range(1, 4 * per_thread + 1))
        assert report.ok, report.problems
    finally:
        store.close()


_WRITER = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path
    from custos.core import SigningKey
    from custos.core._storage import Store, make_engine
    from custos.ledger import AuditLog

    url, key_path, node, who, n, go = sys.argv[1:]
    store = Store(make_engine(url))
    log = AuditLog(signer=SigningKey.load(Path(key_path)), node_id=node, checkpoint_every=50)
    while not Path(go).exists():
        time.sleep(0.005)
    for i in range(int(n)):
        with store.transaction() as conn:
            log.append(conn, actor=who, action="test.append", subject=f"{who}:{i}",
                       details={"i": i})
            if i % 7 == 6:
                log.checkpoint(conn)
        time.sleep(random.uniform(0, 0.002))
    store.close()
    """
)


def test_two_processes_appending_concurrently_never_fork_the_chain(
    pg_url: str, tmp_path: Path
) -> None:
    Store.open(pg_url, migrate=True).close()
    key = SigningKey.generate()
    key_path = tmp_path / "node.key"
    key.save(key_path)
    go = tmp_path / "go"
    per_process = 150
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WRITER,
                pg_url,
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
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err.decode()

    store = Store(make_engine(pg_url))
    try:
        with store.read() as conn:
            entries = AuditLog.entries(conn)
            report = AuditLog(signer=None, node_id=NODE).verify(conn, key.public_key)
    finally:
        store.close()
    assert [e.seq for e in entries] == list(range(1, 2 * per_process + 1))
    for who in ("writer-a", "writer-b"):
        assert [e.details["i"] for e in entries if e.actor == who] == list(range(per_process))
    assert sum(a.actor != b.actor for a, b in pairwise(entries)) >= 10
    assert report.ok, report.problems
    assert report.entries == 2 * per_process
