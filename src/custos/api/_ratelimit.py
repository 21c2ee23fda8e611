"""Rate limits per client address: in one process's memory, or shared in the node database.

Both give the same answer for the same sequence of requests: a bucket of
``per_minute`` requests that refills at ``per_minute`` a minute. The memory
limiter is a token bucket; the shared one is the generic cell rate algorithm
(GCRA, the ATM traffic-policing algorithm), which is a token bucket written
as one number per key, the theoretical arrival time ``tat`` of the next
request at the sustained rate. One number per key is what makes it fit a
single atomic ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` statement
on SQLite and on PostgreSQL, so several server processes (``custos serve
--workers N``) share one limit without a lock held across a round trip.

Hand-written rather than a library's: the libraries we looked at
(slowapi/limits) keep shared state in Redis or Memcached, which a hospital
node does not run; the node database is already there.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import bindparam, case, delete
from sqlalchemy.dialects import postgresql, sqlite

from custos.core._schema import rate_limits
from custos.core._storage import Store

__all__ = ["DatabaseRateLimiter", "MemoryRateLimiter", "RateLimiter"]

# Keys are stored as given; client addresses are short, but a key is never
# allowed to grow a row past the column.
MAX_KEY_CHARS = 128
# Expired rows are deleted about once per this many requests (per process).
PRUNE_EVERY = 500


class RateLimiter(Protocol):
    """``take(key)``: 0 when the request may go, else the seconds to wait."""

    def take(self, key: str, now: float | None = None) -> float: ...


class MemoryRateLimiter:
    """Token buckets per key in this process (one server process only)."""

    def __init__(self, per_minute: int, *, max_keys: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(per_minute)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def take(self, key: str, now: float | None = None) -> float:
        t = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.burst, t))
            tokens = min(self.burst, tokens + (t - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
            self._buckets[key] = (tokens, t)
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
        return wait


class DatabaseRateLimiter:
    """GCRA per key in the node database, shared by every process that opens it.

    ``scope`` separates limits that share the table (the general limit and
    the stricter one for logins). Times are wall-clock seconds: the processes
    sharing a limit run on one host (or hosts whose clocks agree to well
    under a request interval).
    """

    def __init__(
        self,
        store: Store,
        per_minute: int,
        *,
        scope: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.store = store
        self.scope = scope
        self.interval = 60.0 / per_minute
        # A full bucket lets ``per_minute`` requests through at once: the
        # ``tat`` may run ahead of now by at most per_minute - 1 intervals.
        self.tolerance = (per_minute - 1) * self.interval
        self._clock = clock
        self._count = 0
        self._count_lock = threading.Lock()
        self._upsert = self._statement()

    def _statement(self) -> Any:
        dialect = self.store.engine.dialect.name
        if dialect == "postgresql":
            insert: Any = postgresql.insert
        elif dialect == "sqlite":
            insert = sqlite.insert
        else:  # pragma: no cover - the node supports these two
            raise ValueError(f"no shared rate limits on {dialect}")
        c = rate_limits.c
        now = bindparam("now", type_=c.tat.type)
        # Every right-hand side of the update reads the row as it was.
        start = case((c.tat > now, c.tat), else_=now)
        ok = c.tat - now <= self.tolerance
        return (
            insert(rate_limits)
            .values(key=bindparam("key", type_=c.key.type), tat=now + self.interval, allowed=True)
            .on_conflict_do_update(
                index_elements=[c.key],
                set_={"tat": case((ok, start + self.interval), else_=c.tat), "allowed": ok},
            )
            .returning(c.tat, c.allowed)
        )

    def take(self, key: str, now: float | None = None) -> float:
        t = self._clock() if now is None else now
        k = f"{self.scope}:{key}"[:MAX_KEY_CHARS]
        with self.store.transaction() as conn:
            tat, allowed = conn.execute(self._upsert, {"key": k, "now": t}).one()
            if self._due():
                # Rows whose tat has passed are the same as no row.
                conn.execute(delete(rate_limits).where(rate_limits.c.tat < t))
        if allowed:
            return 0.0
        return max(float(tat) - t - self.tolerance, 0.0) or math.ulp(1.0)

    def _due(self) -> bool:
        with self._count_lock:
            self._count += 1
            return self._count % PRUNE_EVERY == 0
