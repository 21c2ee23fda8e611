"""The CLI tests start many ``custos`` processes; let them share compiled bytecode."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _subprocess_bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Under ``PYTHONDONTWRITEBYTECODE`` every ``custos`` subprocess compiles the
    whole package again (about a third of its start-up). Give the subprocesses
    a bytecode cache outside the source tree instead, for this test session only.

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
