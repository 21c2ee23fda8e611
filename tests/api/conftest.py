"""A real node home for the API tests, built once and copied for each test.

The template holds the WDBC dataset (its file in ``imports/``), two DUAs for
two vendors, three people with live sessions, three jobs (one of vendor A
pending, one of vendor A released with a small bundle, one of vendor B
pending) and one suspected incident.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import Connection, create_engine, insert, inspect, text, update
from tests import _postgres

from custos.api import ApiConfig, add_user, create_app, sign_request
from custos.api._accounts import check_password, open_session
from custos.core import SigningKey, load_settings
from custos.core._clock import utcnow
from custos.core._schema import jobs, releases, sessions
from custos.jobs import parse_spec, sign_spec
from custos.node import add_dua, init_node, register_dataset, submit_job

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wdbc"
PASSWORD = "correct horse battery staple"
PEOPLE = {"custodian": "alice", "privacy_officer": "priya", "auditor": "carl"}
REPORT_HTML = (
    "<!doctype html><html><head><style>\nbody { color: #222 }\n</style></head>"
    "<body><h1>Leakage audit: PASS</h1></body></html>\n"
)


@dataclass
class World:
    home: Path
    vendor_a: SigningKey
    vendor_b: SigningKey
    tokens: dict[str, str]  # role -> bearer token
    csrf: dict[str, str]
    job_pending: str
    job_released: str
    job_other: str
    incident: str
    card: dict[str, Any]
    dua: dict[str, Any]
    job: dict[str, Any]


def _dua_doc(base: dict[str, Any], dua_id: str, vendor: str, key: SigningKey) -> dict[str, Any]:
    doc = json.loads(json.dumps(base))
    doc["id"] = dua_id
    doc["parties"]["vendor"].pop("public_key_file", None)
    doc["parties"]["vendor"]["id"] = vendor
    doc["parties"]["vendor"]["public_key"] = key.public_key.to_text()
    return doc


def job_envelope(world: World, *, name: str, key: SigningKey | None = None, **over: Any) -> Any:
    spec = dict(world.job, name=name, **over)
    return sign_spec(parse_spec(spec), key or world.vendor_a)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> World:
    from custos.policy import IsolationKind

    mp = pytest.MonkeyPatch()
    mp.setattr(
        "custos.node._jobs.available_isolation",
        lambda *_: frozenset({IsolationKind.BUBBLEWRAP, IsolationKind.NONE}),
    )
    root = tmp_path_factory.mktemp("api-template")
    home = root / "home"
    node = init_node(home)
    (home / "imports").mkdir()
    shutil.copy(wdbc_csv, home / "imports" / "wdbc.csv")
    card, dua, job = (
        json.loads(json.dumps(yaml.safe_load((EXAMPLES / f).read_text()), default=str))
        for f in ("card.yaml", "dua.yaml", "job.yaml")
    )
    shutil.copy(EXAMPLES / "card.yaml", root / "card.yaml")
    register_dataset(node, "wdbc", home / "imports" / "wdbc.csv", root / "card.yaml")
    va, vb = SigningKey.generate(), SigningKey.generate()
    for dua_id, vendor, key in (("acme-wdbc-2026", "acme-ai", va), ("other-wdbc", "other-ai", vb)):
        path = root / f"{dua_id}.yaml"
        path.write_text(json.dumps(_dua_doc(dua, dua_id, vendor, key)))
        add_dua(node, path)
    tokens, csrf = {}, {}
    for role, name in PEOPLE.items():
        add_user(node, name, role, PASSWORD, actor="custodian:setup")
        opened = open_session(node, check_password(node, name, PASSWORD), ttl=timedelta(days=1))
        tokens[role], csrf[role] = opened.token, opened.csrf_token
    world = World(home, va, vb, tokens, csrf, "", "", "", "", card, dua, job)
    pending = submit_job(node, job_envelope(world, name="pending"))
    released = submit_job(node, job_envelope(world, name="released"))
    other = submit_job(
        node,
        job_envelope(world, name="other", key=vb, vendor="other-ai", dua="other-wdbc"),
    )
    assert pending.state.value == "PENDING_APPROVAL", pending.decision.to_dict()
    assert other.state.value == "PENDING_APPROVAL"
    # A release without training: the bundle is two small files.
    bundle = root / "bundles" / released.id
    bundle.mkdir(parents=True)
    # The leakage-audit report the node kept for it (what `job report` serves).
    kept = home / "reports" / released.id
    kept.mkdir(parents=True)
    (kept / "leakage_report.json").write_text('{"decision": "pass", "reasons": []}\n')
    (kept / "leakage_report.html").write_text(REPORT_HTML)
    (bundle / "metrics.json").write_text('{"accuracy": 0.9}\n')
    (bundle / "receipt.json").write_text("{}\n")
    with node.store.transaction() as conn:
        conn.execute(update(jobs).where(jobs.c.id == released.id).values(state="RELEASED"))
        conn.execute(
            insert(releases).values(
                job_id=released.id,
                path=str(bundle),
                receipt_hash="sha256:" + "0" * 64,
                statement_json="{}",
                released_at=node.clock(),
            )
        )
    from custos.governance._incidents import report_incident

    inc = report_incident(
        node, kind="other", actor="custodian:setup", summary="test incident", dua_id=None
    )
    node.close()
    mp.undo()
    if _postgres.wanted():
        # Each test's home gets a copy of this database (CREATE DATABASE ... TEMPLATE).
        _postgres.kept.add(_postgres.database_name(home))
    world.job_pending, world.job_released, world.job_other = pending.id, released.id, other.id
    world.incident = inc.id
    return world


def copy_home(src: Path, dst: Path) -> Path:
    """A copy of node home ``src`` at ``dst``, with (on PostgreSQL) a copy of its database."""
    shutil.copytree(src, dst)
    if _postgres.wanted():
        _postgres.clone_database(
            os.environ[_postgres.SERVER_ENV],
            _postgres.database_name(src),
            _postgres.database_name(dst),
        )
    return dst


@pytest.fixture
def world(template: World, tmp_path: Path) -> World:
    home = copy_home(template.home, tmp_path / "home")
    # The people used their sessions just now (the template may be older than the
    # idle timeout by the time a late test runs).
    with database(home) as db:
        db.execute(update(sessions).values(last_seen_at=utcnow()))
    return World(**{**template.__dict__, "home": home})


@contextlib.contextmanager
def database(home: Path) -> Iterator[Connection]:
    """A transaction on the node's own database, SQLite or PostgreSQL, as it is
    configured (raw SQL for tests that tamper or look underneath the node)."""
    engine = create_engine(load_settings(home=home).database_url)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def make_client(world: World, config: ApiConfig | None = None) -> TestClient:
    app = create_app(load_settings(home=world.home, user="server"), config)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with make_client(world) as c:
        yield c


def bearer(world: World, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {world.tokens[role]}"}


def signed(
    key: SigningKey, method: str, path: str, body: Any = None, **kw: Any
) -> tuple[bytes, dict[str, str]]:
    raw = b"" if body is None else json.dumps(body).encode()
    headers = sign_request(key, method, path, raw, **{"host": "testserver", **kw})
    if body is not None:
        headers["Content-Type"] = "application/json"
    return raw, headers


def snapshot(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the nonce store (which a signed request fills)."""
    with database(home) as db:
        names = [n for n in inspect(db).get_table_names() if n not in ("nonces", "alembic_version")]
        return {
            n: sorted((tuple(r) for r in db.execute(text(f"SELECT * FROM {n}"))), key=repr)
            for n in names
        }


def audit_rows(home: Path) -> list[tuple[str, str, str]]:
    with database(home) as db:
        rows = db.execute(text("SELECT actor, action, subject FROM audit_entries ORDER BY seq"))
        return [(r[0], r[1], r[2]) for r in rows]


# -- the console's tests (test_console.py, test_console_forms.py) --------------------------

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]*)"')


def card_yaml(name: str, **over: Any) -> str:
    """The WDBC example's data card, for dataset ``name``, as pasted into the form."""
    card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
    return yaml.safe_dump({**card, "name": name, **over}, sort_keys=False)


def dua_yaml(dua_id: str, key: SigningKey | None = None, **over: Any) -> str:
    """The WDBC example's DUA under ``dua_id``, the vendor key inline (as over the network)."""
    doc = yaml.safe_load((EXAMPLES / "dua.yaml").read_text())
    doc["id"] = dua_id
    vendor = doc["parties"]["vendor"]
    vendor.pop("public_key_file")
    vendor["public_key"] = (key or SigningKey.generate()).public_key.to_text()
    return yaml.safe_dump({**doc, **over}, sort_keys=False)


def csrf_of(client: TestClient, path: str = "/console/jobs") -> str:
    m = CSRF_RE.search(client.get(path).text)
    assert m is not None and m.group(1)
    return m.group(1)


@pytest.fixture
def people(client: TestClient, world: World) -> dict[str, TestClient]:
    """One browser-like client per person, each with its own cookie jar holding the
    session (and CSRF cookie) the template opened for them; one app behind them all.
    (Logging in through the form is tested on its own.)"""
    clients = {}
    for role in PEOPLE:
        c = TestClient(client.app, raise_server_exceptions=False)
        c.cookies.set("custos_session", world.tokens[role], path="/")
        c.cookies.set("custos_csrf", world.csrf[role], path="/console")
        clients[role] = c
    return clients
