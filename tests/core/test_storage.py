"""The node database on real SQLite files: migrations, drift guard, transactions."""

from __future__ import annotations

import sqlite3
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from custos.core import StorageError, Store
from custos.core._schema import metadata
from custos.core._storage import current_revision, head_revision, make_engine, upgrade
from custos.ledger import GENESIS


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(url(tmp_path / "custos.db"), migrate=True)
    yield s
    s.close()


def test_fresh_database_migrates_to_head(store: Store) -> None:
    assert head_revision() == "0007"
    assert current_revision(store.engine) == head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= tables
    with store.read() as conn:
        head = conn.execute(text("SELECT id, seq, hash FROM audit_head")).all()
    assert [tuple(r) for r in head] == [(1, 0, GENESIS)]


def test_migrated_schema_matches_the_declared_metadata(store: Store) -> None:
    """Drift guard: a table change without a migration (or the reverse) fails here."""
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diff = compare_metadata(ctx, metadata)
    assert diff == []


def test_drift_guard_notices_a_missing_index(store: Store) -> None:
    # The guard itself must be able to fail: drop an index behind Alembic's back.
    with store.transaction() as conn:
        conn.execute(text("DROP INDEX ix_audit_entries_subject"))
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d[0] for d in diff] == ["add_index"]


def test_migrating_twice_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    Store.open(url(path), migrate=True).close()
    Store.open(url(path), migrate=True).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM audit_head").fetchone() == (1,)
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0007",)]


def test_opening_an_unmigrated_database_raises_schema_outdated(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        Store.open(url(tmp_path / "empty.db"))
    assert info.value.code == "storage.schema_outdated"
    assert info.value.exit_code == 74
    assert "custos node migrate" in str(info.value)


def test_opening_a_database_at_an_unknown_revision_raises_schema_outdated(
    tmp_path: Path,
) -> None:
    path = tmp_path / "custos.db"
    Store.open(url(path), migrate=True).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises(StorageError) as info:
        Store.open(url(path))
    assert info.value.code == "storage.schema_outdated"


def test_opening_a_migrated_database_without_migrating_works(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    Store.open(url(path), migrate=True).close()
    s = Store.open(url(path))
    with s.read() as conn:
        assert conn.execute(text("SELECT seq FROM audit_head")).scalar_one() == 0
    s.close()


def test_a_file_that_is_not_a_database_raises_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    path.write_bytes(b"this is not an SQLite database, just text " * 200)
    with pytest.raises(StorageError) as info:
        Store.open(url(path))
    assert info.value.code == "storage.open"
    with pytest.raises(StorageError) as info:
        Store.open(url(path), migrate=True)
    assert info.value.code == "storage.migration"


@pytest.mark.parametrize("bad", ["not a url", "nosuchdialect://x/y"])
def test_unusable_database_url_raises_storage_error(bad: str) -> None:
    with pytest.raises(StorageError) as info:
        make_engine(bad)
    assert info.value.code == "storage.url"


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(store: Store) -> None:
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000


def test_a_transaction_commits_or_rolls_back_as_a_whole(store: Store) -> None:
    bump = text("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")
    with store.transaction() as conn:
        conn.execute(bump)

    def bump_twice_then_crash() -> None:
        with store.transaction() as conn:
            conn.execute(bump)
            conn.execute(bump)
            raise RuntimeError("crash mid-operation")

    with pytest.raises(RuntimeError):
        bump_twice_then_crash()
    with store.read() as conn:
        assert conn.execute(text("SELECT seq FROM audit_head")).scalar_one() == 1


def test_a_second_writer_waits_for_the_lock_then_reports_busy(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    first = Store.open(url(path), migrate=True)
    second = Store(make_engine(url(path), busy_timeout_ms=100))
    with first.transaction() as conn:
        conn.execute(text("UPDATE audit_head SET seq = 5"))
        # BEGIN IMMEDIATE: the second writer cannot even start its transaction.
        with pytest.raises(StorageError) as info, second.transaction() as other:
            other.execute(text("SELECT seq FROM audit_head")).scalar_one()
    assert info.value.code == "storage.busy"
    first.close()
    second.close()


def test_a_reader_is_not_blocked_by_an_open_write_transaction(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    writer = Store.open(url(path), migrate=True)
    reader = Store(make_engine(url(path), busy_timeout_ms=200))
    try:
        with writer.transaction() as conn:
            conn.execute(text("UPDATE audit_head SET seq = 5"))
            with reader.read() as rconn:
                # WAL snapshot: the reader sees the last committed state.
                assert rconn.execute(text("SELECT seq FROM audit_head")).scalar_one() == 0
        # Once the writer commits, a new read sees the change.
        with reader.read() as rconn:
            assert rconn.execute(text("SELECT seq FROM audit_head")).scalar_one() == 5
    finally:
        writer.close()
        reader.close()


def test_a_read_keeps_its_snapshot_while_a_writer_commits(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    writer = Store.open(url(path), migrate=True)
    reader = Store(make_engine(url(path), busy_timeout_ms=200))
    seq = text("SELECT seq FROM audit_head")
    try:
        with reader.read() as rconn:
            assert rconn.execute(seq).scalar_one() == 0
            # The open read does not hold the writer up ...
            with writer.transaction() as conn:
                conn.execute(text("UPDATE audit_head SET seq = 9"))
            # ... and its later statements still see one consistent state.
            assert rconn.execute(seq).scalar_one() == 0
    finally:
        writer.close()
        reader.close()


def test_opening_a_store_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    writer = Store.open(url(path), migrate=True)
    try:
        with writer.transaction() as conn:
            conn.execute(text("UPDATE audit_head SET seq = 5"))
            # The schema check on open is a read.
            assert current_revision(make_engine(url(path), busy_timeout_ms=100)) == head_revision()
    finally:
        writer.close()


def test_writes_still_take_the_lock_up_front_after_a_read(tmp_path: Path) -> None:
    # A pooled connection used by read() must not carry its deferred BEGIN into
    # a later write transaction.
    path = tmp_path / "custos.db"
    first = Store.open(url(path), migrate=True)
    second = Store(make_engine(url(path), busy_timeout_ms=100))
    try:
        with second.read() as rconn:
            rconn.execute(text("SELECT seq FROM audit_head")).scalar_one()
        with first.transaction() as conn:
            conn.execute(text("UPDATE audit_head SET seq = 5"))
            with pytest.raises(StorageError) as info, second.transaction() as other:
                other.execute(text("SELECT seq FROM audit_head")).scalar_one()
        assert info.value.code == "storage.busy"
    finally:
        first.close()
        second.close()


def test_sqlite_transaction_hooks_are_not_installed_on_other_databases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No PostgreSQL server or driver in the test environment: a stub DB-API
    # module is enough for SQLAlchemy to build the engine without connecting.
    stub = types.ModuleType("pg8000")
    stub.__version__ = "1.31.2"  # type: ignore[attr-defined]
    stub.paramstyle = "format"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pg8000", stub)
    pg = make_engine("postgresql+pg8000://custos@db.invalid/custos")
    assert pg.dialect.name == "postgresql"
    # PostgreSQL issues its own BEGIN; custos' hook only adds the write lock
    # (or the read-only snapshot) inside it.
    assert len(pg.dispatch.begin) == 1
    assert len(make_engine("sqlite://").dispatch.begin) == 1
    pg.dispose()


def test_database_url_whose_driver_is_missing_raises_storage_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pg8000", None)  # import pg8000 -> ImportError
    with pytest.raises(StorageError) as info:
        make_engine("postgresql+pg8000://custos@db.invalid/custos")
    assert info.value.code == "storage.url"
    assert "driver" in str(info.value)


def test_upgrade_translates_database_errors(tmp_path: Path) -> None:
    path = tmp_path / "custos.db"
    Store.open(url(path), migrate=True).close()
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM alembic_version")
    # Re-running 0001 on a half-existing schema hits "table already exists".
    with pytest.raises(StorageError) as info:
        upgrade(make_engine(url(path)))
    assert info.value.code == "storage.migration"
