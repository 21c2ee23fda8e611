"""Rate limits shared through the node database (SQLite or PostgreSQL, as configured).

What must hold: the shared limiter decides exactly as the in-memory token
bucket does; two limiters (two server processes) on one database share one
limit; keys and scopes stay apart; expired rows are pruned; when the limit
cannot be checked the request is refused, not let through; ``custos serve``
processes on one node home share the limit, with ``--workers N`` too, and a
per-process limit with several workers is refused.
"""

from __future__ import annotations

import itertools
import signal
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from tests._serve import free_port, run_custos, serve_process
from tests.api.conftest import World, make_client, snapshot

import custos.api._ratelimit as ratelimit
from custos.api._app import ApiConfig
from custos.api._ratelimit import DatabaseRateLimiter, MemoryRateLimiter
from custos.core._config import load_settings
from custos.core._errors import InvalidInput, StorageError
from custos.core._schema import rate_limits
from custos.core._storage import Store

_scopes = itertools.count()


@pytest.fixture
def store(world: World) -> Iterator[Store]:
    s = Store.open(load_settings(home=world.home).database_url)
    yield s
    s.close()


def _rows(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(rate_limits)).scalar_one())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    per_minute=st.integers(min_value=1, max_value=8),
    gaps=st.lists(st.sampled_from([0.0, 0.01, 0.5, 3.0, 7.5, 20.0, 61.0]), min_size=1, max_size=25),
)
def test_the_shared_limiter_decides_like_the_token_bucket(
    store: Store, per_minute: int, gaps: list[float]
) -> None:
    shared = DatabaseRateLimiter(store, per_minute, scope=f"prop{next(_scopes)}")
    memory = MemoryRateLimiter(per_minute)
    t = 1_000_000.0
    for gap in gaps:
        t += gap
        a, b = shared.take("10.0.0.1", now=t), memory.take("10.0.0.1", now=t)
        assert (a == 0) == (b == 0), (t, a, b)
        assert a == pytest.approx(b, abs=1e-6)


def test_two_limiters_on_one_database_share_one_limit(store: Store) -> None:
    # Two server processes each build their own limiter over the same database.
    one = DatabaseRateLimiter(store, 5, scope="general")
    two = DatabaseRateLimiter(store, 5, scope="general")
    t = 2_000_000.0
    answers = [(one if i % 2 else two).take("192.0.2.7", now=t + i * 0.01) for i in range(8)]
    assert [a == 0 for a in answers] == [True] * 5 + [False] * 3
    # Another address, and the login scope, have limits of their own.
    assert one.take("192.0.2.8", now=t) == 0
    assert DatabaseRateLimiter(store, 5, scope="login").take("192.0.2.7", now=t) == 0
    # A refused request says how long to wait: the next slot, 12 s apart at 5/min.
    wait = two.take("192.0.2.7", now=t + 1.0)
    assert 10.0 < wait <= 12.0
    assert one.take("192.0.2.7", now=t + 1.0 + wait + 0.01) == 0


def test_rows_whose_time_has_passed_are_pruned(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ratelimit, "PRUNE_EVERY", 4)
    lim = DatabaseRateLimiter(store, 60, scope="prune")
    t = 3_000_000.0
    for i in range(3):
        lim.take(f"198.51.100.{i}", now=t)
    assert _rows(store) >= 3
    # An hour later the fourth request prunes every row that has run out.
    lim.take("198.51.100.9", now=t + 3600)
    with store.read() as conn:
        keys = conn.execute(select(rate_limits.c.key)).scalars().all()
    assert keys == ["prune:198.51.100.9"]


def test_a_key_longer_than_the_column_is_cut_not_an_error(store: Store) -> None:
    lim = DatabaseRateLimiter(store, 1, scope="long")
    assert lim.take("f" * 300, now=4_000_000.0) == 0
    assert lim.take("f" * 300, now=4_000_000.0) > 0  # the same (cut) key
    with store.read() as conn:
        keys = conn.execute(select(rate_limits.c.key).where(rate_limits.c.key.like("long:%")))
        assert [len(k) for k in keys.scalars()] == [ratelimit.MAX_KEY_CHARS]


def test_the_api_with_shared_limits_answers_429(world: World) -> None:
    cfg = ApiConfig(rate_per_minute=3, login_rate_per_minute=2, rate_limit_store="database")
    with make_client(world, cfg) as c:
        assert [c.get("/healthz").status_code for _ in range(4)] == [200, 200, 200, 429]
        r = c.get("/healthz")
        assert r.json()["error"]["code"] == "request.rate_limited"
        assert int(r.headers["retry-after"]) >= 1
    # A second app on the same node (another process, in effect) sees the same count.
    with make_client(world, cfg) as c:
        assert c.get("/healthz").status_code == 429


def test_when_the_limit_cannot_be_checked_the_request_is_refused(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: DatabaseRateLimiter, key: str, now: float | None = None) -> float:
        raise StorageError("database is busy or unavailable; try again", code="storage.busy")

    monkeypatch.setattr(DatabaseRateLimiter, "take", broken)
    before = snapshot(world.home)
    with make_client(world, ApiConfig(rate_limit_store="database")) as c:
        r = c.post("/api/v1/session", json={"username": "alice", "password": "x" * 20})
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "request.rate_limit_unavailable"
    assert "Traceback" not in r.text
    assert snapshot(world.home) == before


def test_an_unknown_store_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput, match="unknown rate-limit store"):
        make_client(world, ApiConfig(rate_limit_store="redis"))


def test_the_config_travels_to_worker_processes_unchanged() -> None:
    cfg = ApiConfig(
        rate_per_minute=7,
        server_names=frozenset({"node.example", "127.0.0.1"}),
        rate_limit_store="database",
        secure_cookies=True,
    )
    assert ApiConfig.from_json(cfg.to_json()) == cfg


# -- real server processes ---------------------------------------------------------


def _allowed(bases: list[str], n: int) -> int:
    """How many of ``n`` requests, each on a new connection, spread over ``bases``, got through."""
    codes = [
        httpx.get(f"{bases[i % len(bases)]}/healthz", timeout=10).status_code for i in range(n)
    ]
    assert set(codes) <= {200, 429}, codes
    return codes.count(200)


@pytest.mark.integration
def test_two_server_processes_on_one_node_share_the_limit(world: World) -> None:
    ports = [free_port(), free_port()]
    bases = [f"http://127.0.0.1:{p}" for p in ports]
    args = ("--host", "127.0.0.1", "--rate", "6", "--rate-store", "database")
    with (
        serve_process(world.home, *args, "--port", str(ports[0]), base=bases[0]),
        serve_process(world.home, *args, "--port", str(ports[1]), base=bases[1]),
    ):
        # Each start-up check used one request of the shared six; per-process
        # limits would let ten more through, a shared one four (five if a
        # slot refilled meanwhile, one every ten seconds).
        assert _allowed(bases, 12) in (4, 5)


@pytest.mark.integration
def test_serve_with_several_workers_shares_the_limit(world: World) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = ("--host", "127.0.0.1", "--port", str(port), "--workers", "2", "--rate", "6")
    with serve_process(world.home, *args, base=base) as proc:
        assert _allowed([base], 12) in (5, 6)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert "2 workers, rate limits in database" in out
    assert proc.returncode == 0, out


def test_several_workers_with_per_process_limits_are_refused(world: World) -> None:
    p = run_custos(world.home, "serve", "--workers", "2", "--rate-store", "memory", "--port", "9")
    assert p.returncode == 65
    assert "error[serve.rate_store]" in p.stderr
    assert "Traceback" not in p.stderr
    p = run_custos(world.home, "serve", "--rate-store", "redis", "--port", "9")
    assert p.returncode == 65
    assert "error[serve.rate_store]" in p.stderr
