"""Shared fixtures: a real node home on disk, a vendor key, the WDBC example."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from custos.core import SigningKey
from custos.node import Node, init_node
from custos.policy import IsolationKind
from tests import _postgres

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "wdbc"

# -- the database the suite runs on ---------------------------------------------
# CUSTOS_TEST_DB=postgresql: every node home gets its own database on a
# throwaway PostgreSQL server started for the session (tests/_postgres.py).

_cluster: _postgres.Cluster | None = None
_site_dir: Path | None = None

# Tests about SQLite itself (its file, pragmas, raw sqlite3 access): not run
# when the suite runs on PostgreSQL.
SQLITE_ONLY: dict[str, str] = {
    # The default URL is the SQLite file in the node home.
    "tests/core/test_config.py::test_defaults_apply_when_nothing_is_set": "default URL",
    "tests/core/test_config.py::test_database_url_not_set_in_the_file_is_recorded_as_default": (
        "default URL"
    ),
    # Tampering through the sqlite3 module; tests/core/test_postgres.py covers PostgreSQL.
    "tests/cli/test_cli.py::test_tampered_database_fails_audit_verify_with_exit_70": "sqlite3",
    "tests/cli/test_cli.py::test_deleted_tail_is_detected_as_truncation": "sqlite3",
    "tests/governance/test_incidents.py::"
    "test_a_failed_audit_verify_opens_a_critical_incident_outside_the_log": "sqlite3",
    # Slow and about something other than the database (a federation's run, a
    # sandbox's wall-clock kill); their database steps are covered on PostgreSQL
    # by the other CLI and node tests. Keeps the CI run under its time budget.
    "tests/cli/test_cli.py::test_fed_simulate_runs_a_federation_and_its_bundle_verifies": (
        "not database-bound"
    ),
    "tests/node/test_sandboxed.py::test_an_endless_loop_is_killed_at_the_wall_clock_limit": (
        "not database-bound"
    ),
    # The whole module: what it tests is the sandbox's isolation (hostile job
    # code, custom models in bubblewrap); the job, budget and incident steps
    # around a failed or blocked job are the ones tests/node/test_run.py runs on
    # PostgreSQL. About 1.5 minutes of the PostgreSQL pass.
    "tests/node/test_sandboxed.py": "not database-bound",
    # Contract review over the API and console: parsing and rating a document;
    # the audit entries they write take the path every other API test runs on
    # PostgreSQL. About a minute of the PostgreSQL pass.
    "tests/api/test_console_contract.py": "not database-bound",
    "tests/api/test_contract_api.py::"
    "test_the_cli_reviews_compares_and_renders_the_annex_on_a_remote_node": "not database-bound",
}


def postgres_cluster() -> _postgres.Cluster:
    """The session's PostgreSQL server, started on first use.

    Skips when PostgreSQL is not installed, except under ``CI=true`` or
    ``CUSTOS_TEST_DB=postgresql``, where that is an error.
    """
    global _cluster
    if _cluster is None:
        reason = _postgres.missing_reason()
        if reason:
            if _postgres.in_ci() or _postgres.wanted():
                pytest.fail(f"PostgreSQL is required here: {reason}", pytrace=False)
            pytest.skip(f"PostgreSQL not available: {reason}")
        _cluster = _postgres.Cluster().start()
    return _cluster


def pytest_configure(config: pytest.Config) -> None:
    global _site_dir
    if not _postgres.wanted():
        return
    reason = _postgres.missing_reason()
    if reason:
        raise pytest.UsageError(f"{_postgres.DB_ENV}=postgresql, but {reason}")
    cluster = postgres_cluster()
    os.environ[_postgres.SERVER_ENV] = cluster.url
    # Node homes created by custos subprocesses use the server too.
    _site_dir = Path(tempfile.mkdtemp(prefix="custos-site-"))
    _postgres.write_sitecustomize(_site_dir)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_site_dir), os.environ.get("PYTHONPATH", "")) if p
    )
    import custos.core._config as config_module

    config_module.default_database_url = _postgres.node_database_url  # type: ignore[assignment]


def pytest_unconfigure(config: pytest.Config) -> None:
    global _cluster
    if _cluster is not None:
        _cluster.stop()
        _cluster = None
    if _site_dir is not None:
        shutil.rmtree(_site_dir, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> str:
    if _postgres.wanted() and _cluster is not None:
        return f"database: PostgreSQL (throwaway server on 127.0.0.1:{_cluster.port})"
    return "database: SQLite"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _postgres.wanted():
        return
    for item in items:
        reason = (
            SQLITE_ONLY.get(item.nodeid)
            or SQLITE_ONLY.get(item.nodeid.split("[")[0])
            or SQLITE_ONLY.get(item.nodeid.split("::")[0])
        )
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(autouse=True, scope="module")
def _drop_module_databases() -> Iterator[None]:
    """On PostgreSQL, drop the databases a test module's node homes created."""
    if _cluster is None or not _postgres.wanted():
        yield
        return
    before = _cluster.test_databases()
    yield
    new = _cluster.test_databases() - before - _postgres.kept
    _cluster.drop_databases(new)
    _postgres.forget(new)


@pytest.fixture(scope="session", autouse=True)
def _subprocess_bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Under ``PYTHONDONTWRITEBYTECODE`` every ``custos`` subprocess (the CLI tests,
    ``custos serve``) compiles the whole package again, about a third of its
    start-up. Give the subprocesses a bytecode cache outside the source tree
    instead, for this test session only.

    Job sandboxes are unaffected: they run ``python -I`` with an environment
    of their own.
    """
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        yield
        return
    mp = pytest.MonkeyPatch()
    mp.delenv("PYTHONDONTWRITEBYTECODE")
    mp.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.mktemp("pycache")))
    try:
        yield
    finally:
        mp.undo()


@pytest.fixture(autouse=True)
def _isolation_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests decide jobs as on a node where bubblewrap is installed.

    Tests about missing isolation override this; CLI tests run in real
    subprocesses and see the machine's real capabilities.
    """
    monkeypatch.setattr(
        "custos.node._jobs.available_isolation",
        lambda *_: frozenset({IsolationKind.BUBBLEWRAP, IsolationKind.NONE}),
    )


@pytest.fixture(scope="session")
def wdbc_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from examples.wdbc.write_csv import write

    out = tmp_path_factory.mktemp("wdbc") / "wdbc.csv"
    write(out)
    return out


@pytest.fixture
def vendor_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def workdir(tmp_path: Path, vendor_key: SigningKey, wdbc_csv: Path) -> Path:
    """A folder with the example card, DUA (naming vendor.pub), job and CSV."""
    for name in ("card.yaml", "dua.yaml", "job.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    shutil.copy(wdbc_csv, tmp_path / "wdbc.csv")
    vendor_key.save(tmp_path / "vendor.key")
    (tmp_path / "vendor.pub").write_text(vendor_key.public_key.to_text() + "\n")
    return tmp_path


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Node]:
    n = init_node(tmp_path / "home")
    yield n
    n.close()


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def dump_yaml(data: Any, path: Path) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path
