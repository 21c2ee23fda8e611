"""Time. One place to read the clock so tests can pin it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """Timezone-aware now, in UTC."""
    return datetime.now(UTC)


def isoformat(ts: datetime) -> str:
    """RFC 3339 UTC timestamp with microseconds, e.g. ``2026-11-22T10:00:00.000000Z``."""
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
