"""Database engine and migrations.

SQLite is the default (one file in the node home); PostgreSQL is supported
through the same SQLAlchemy Core code. Every write is one transaction:
a crash or a refused input never leaves half a dataset, DUA or job, and the
audit entry of a change commits with the change or not at all.

On SQLite each write transaction (``Store.transaction``, ``engine.begin``)
starts with ``BEGIN IMMEDIATE`` so two processes serialise on the write lock
before reading the audit head, and the chain cannot fork. ``Store.read``
starts a deferred ``BEGIN`` instead: in WAL mode it reads a consistent
snapshot of the last committed state and never waits for a writer.

On PostgreSQL the same discipline: a write transaction first takes a
transaction-scoped advisory lock (one per database), so writers run one at
a time as under ``BEGIN IMMEDIATE`` and each sees everything committed before
it (READ COMMITTED); a read runs as ``REPEATABLE READ, READ ONLY``: one
snapshot for the whole read. Every session uses UTC, whatever the server's
time zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from custos.core._errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

_MIGRATIONS = Path(__file__).parent / "migrations"

# Execution option that marks a connection as read-only work: on SQLite its
# transaction starts with a deferred BEGIN rather than BEGIN IMMEDIATE.
_DEFERRED = "custos_deferred_begin"


def _sqlite_setup(engine: Engine, *, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode keeps the file consistent after a crash; a power
        # loss may drop the last transactions, each with its audit entries.
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_DEFERRED, False):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


# Key of the advisory lock every PostgreSQL write transaction holds; advisory
# locks are per database, so nodes sharing a server do not wait for each other.
_PG_WRITE_LOCK = 0x637573746F73  # "custos"


def _postgresql_setup(engine: Engine, *, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        # Timestamps are read back in UTC whatever the server's TimeZone is.
        cur.execute("SET TIME ZONE 'UTC'")
        # A writer waits for the lock as long as SQLite's busy timeout, then
        # fails with "database is busy" (OperationalError), not for ever.
        cur.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
        cur.close()
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_DEFERRED, False):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


def make_engine(url: str, *, busy_timeout_ms: int = 30_000) -> Engine:
    """Create an engine for ``url`` with custos' transaction discipline."""
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ValueError) as exc:
        raise StorageError("database URL is not usable", code="storage.url") from exc
    except ImportError as exc:  # e.g. postgresql:// without psycopg installed
        raise StorageError(
            "database URL is not usable: its database driver is not installed",
            code="storage.url",
        ) from exc
    # Other databases keep their own BEGIN.
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine, busy_timeout_ms=busy_timeout_ms)
    elif engine.dialect.name == "postgresql":
        _postgresql_setup(engine, busy_timeout_ms=busy_timeout_ms)
    return engine


# Alembic (and Mako) are imported only when migrations run, so importing
# custos.core, custos.policy or custos.ledger stays light.


def _alembic_config(connection: Connection | None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` with Alembic."""
    from alembic import command

    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    except SQLAlchemyError as exc:
        raise StorageError("database migration failed", code="storage.migration") from exc


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        conn.execution_options(**{_DEFERRED: True})  # a read: never wait for a writer
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


class Store:
    """The node's database: an engine plus the transaction discipline."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate: bool = False) -> Store:
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
        else:
            try:
                rev = current_revision(engine)
            except SQLAlchemyError as exc:
                raise StorageError("database cannot be opened", code="storage.open") from exc
            if rev != head_revision():
                raise StorageError(
                    f"database schema is at {rev or 'nothing'}, this custos needs "
                    f"{head_revision()}; run: custos node migrate",
                    code="storage.schema_outdated",
                )
        return cls(engine)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; rolls back on any exception."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise StorageError(
                "database is busy or unavailable; try again", code="storage.busy"
            ) from exc
        except DBAPIError as exc:
            raise StorageError("database write failed", code="storage.write") from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading only.

        On SQLite its transaction is deferred: it sees a consistent snapshot
        (WAL) and does not queue behind a writer. Writes belong in
        :meth:`transaction`, which takes the write lock up front.
        """
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{_DEFERRED: True})
                yield conn
        except OperationalError as exc:
            raise StorageError(
                "database is busy or unavailable; try again", code="storage.busy"
            ) from exc

    def close(self) -> None:
        self.engine.dispose()
