"""A throwaway PostgreSQL server for the test session.

``Cluster.start()`` runs Debian's ``initdb`` into a fresh temporary folder and
starts the server with ``pg_ctl``: it listens on 127.0.0.1 only (a free port)
and on a unix socket in that folder, with ``trust`` authentication for those
two and nothing else. ``stop()`` stops it and deletes the folder. PostgreSQL
refuses to run as root, so when the tests run as root the server runs as the
``postgres`` system user (``runuser``), which owns the folder.

With ``CUSTOS_TEST_DB=postgresql`` every node home the tests create (in
process, or through a ``custos`` subprocess) gets its own database on the
session server: :func:`node_database_url` replaces
``custos.core._config.default_database_url``, and a ``sitecustomize`` module
put on ``PYTHONPATH`` does the same in every Python subprocess (lazily, when
``custos.core._config`` is first imported). The database name is derived from
the node home's path, so all processes agree on it.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

# Environment: which database the suite runs on, and (set by the harness) the
# server every process of this test session shares.
DB_ENV = "CUSTOS_TEST_DB"
SERVER_ENV = "CUSTOS_TEST_POSTGRES_URL"
DB_PREFIX = "custos_t_"


def wanted() -> bool:
    """True when the suite is asked to run on PostgreSQL."""
    return os.environ.get(DB_ENV, "sqlite").strip().lower() in {"postgresql", "postgres", "pg"}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def find_bindir() -> Path | None:
    """Debian's server binaries (``postgresql-NN``), newest first; or ``pg_config``'s."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def missing_reason() -> str | None:
    """Why a server cannot be started here, or None if it can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    if find_bindir() is None:
        return "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root but there is no 'postgres' system user to run the server"
        if shutil.which("runuser") is None:
            return "running as root but runuser is missing"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Cluster:
    """One PostgreSQL server in a temporary folder."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.root: Path | None = None
        self.port = 0
        self.running = False

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database ``postgres``."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, *argv: str) -> None:
        assert self.bindir is not None
        cmd = [str(self.bindir / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if p.returncode != 0:
            log = ""
            if self.root is not None and (self.root / "server.log").exists():
                log = (self.root / "server.log").read_text(errors="replace")[-4000:]
            raise RuntimeError(f"{argv[0]} failed ({p.returncode}): {p.stderr}{p.stdout}\n{log}")

    def start(self) -> Cluster:
        reason = missing_reason()
        if reason:
            raise RuntimeError(reason)
        self.root = Path(tempfile.mkdtemp(prefix="custos-pg-"))
        data = self.root / "data"
        if os.geteuid() == 0:
            shutil.chown(self.root, user="postgres", group="postgres")
        self._run(
            "initdb",
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # Only the unix socket and loopback; nothing listens elsewhere.
        hba = "local all all trust\nhost all all 127.0.0.1/32 trust\n"
        _write_as_owner(data / "pg_hba.conf", hba)
        for _attempt in range(5):
            self.port = _free_port()
            opts = " ".join(
                [
                    "-c listen_addresses=127.0.0.1",
                    f"-p {self.port}",
                    f"-k {self.root}",
                    # A throwaway server: durability is not the point, speed is.
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=300",
                    # Not UTC on purpose: custos must not depend on the server's zone.
                    "-c timezone=America/New_York",
                ]
            )
            try:
                self._run(
                    "pg_ctl", "-D", str(data), "-l", str(self.root / "server.log"),
                    "-w", "-t", "60", "-o", opts, "start",
                )  # fmt: skip
            except RuntimeError:
                if _attempt == 4:
                    raise
                time.sleep(0.2)
                continue
            break
        self.running = True
        return self

    def stop(self) -> None:
        if self.root is None:
            return
        if self.running:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    # -- databases -------------------------------------------------------------

    def create_database(self, name: str) -> str:
        """Create ``name`` unless it exists; return its URL."""
        _ensure_database(self.url, name)
        return self.database_url(name)

    def drop_databases(self, names: set[str]) -> None:
        import psycopg

        if not names:
            return
        with psycopg.connect(_dsn(self.url), autocommit=True) as db:
            for name in sorted(names - kept):
                db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def test_databases(self) -> set[str]:
        import psycopg

        with psycopg.connect(_dsn(self.url), autocommit=True) as db:
            rows = db.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", (DB_PREFIX + "%",)
            ).fetchall()
        return {r[0] for r in rows}


def _write_as_owner(path: Path, text: str) -> None:
    stat = path.stat()
    path.write_text(text)
    os.chown(path, stat.st_uid, stat.st_gid)


def _dsn(sqlalchemy_url: str) -> str:
    """psycopg's DSN for a ``postgresql+psycopg://`` URL."""
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)


def _ensure_database(server_url: str, name: str) -> None:
    import psycopg
    from psycopg import errors

    with psycopg.connect(_dsn(server_url), autocommit=True) as db:
        if db.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return
        # Another process may have created it first.
        with contextlib.suppress(errors.DuplicateDatabase, errors.UniqueViolation):
            db.execute(f'CREATE DATABASE "{name}"')


def database_name(home: Path) -> str:
    digest = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:24]
    return DB_PREFIX + digest


_created: set[str] = set()


def node_database_url(home: Path) -> str:
    """Stand-in for ``default_database_url``: the home's own database on the server."""
    server = os.environ[SERVER_ENV]
    name = database_name(home)
    if name not in _created:
        _ensure_database(server, name)
        _created.add(name)
    return server.rsplit("/", 1)[0] + "/" + name


SITECUSTOMIZE = '''\
"""Written by the custos test harness: node homes use the test PostgreSQL server."""
import importlib.machinery
import os
import sys

_HELPER = {helper!r}


class _CustosTestDatabase:
    def find_spec(self, name, path=None, target=None):
        if name != "custos.core._config" or not os.environ.get("{server_env}"):
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            import importlib.util

            hs = importlib.util.spec_from_file_location("_custos_test_postgres", _HELPER)
            helper = importlib.util.module_from_spec(hs)
            hs.loader.exec_module(helper)
            module.default_database_url = helper.node_database_url

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _CustosTestDatabase())
'''


def write_sitecustomize(folder: Path) -> Path:
    """A ``sitecustomize.py`` for subprocesses; put ``folder`` on ``PYTHONPATH``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sitecustomize.py"
    path.write_text(
        SITECUSTOMIZE.format(helper=str(Path(__file__).resolve()), server_env=SERVER_ENV)
    )
    return path


# Databases the per-module clean-up leaves alone (session-wide templates).
kept: set[str] = set()


def clone_database(server_url: str, template: str, name: str) -> None:
    """Create ``name`` as a copy of ``template`` (which must have no connections)."""
    import psycopg

    with psycopg.connect(_dsn(server_url), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    _created.add(name)


def forget(names: set[str]) -> None:
    """Databases dropped by the harness: create them again if asked."""
    _created.difference_update(names)
