"""Helpers for tests that run many ``custos`` processes."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def together(*calls: Callable[[], T]) -> list[T]:
    """Run independent ``custos`` processes at once; their results, in order.

    Each call still runs (and asserts on) its own real process; only the waiting
    overlaps, so checks that do not depend on each other cost about one start-up
    per core instead of one each. An exception in any call is raised here.
    """
    with ThreadPoolExecutor(len(calls)) as pool:
        futures = [pool.submit(c) for c in calls]
        return [f.result() for f in futures]
