"""Light packages stay light: policy and ledger never pull heavy stacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("torch", "opacus", "flwr", "fastapi", "uvicorn", "pandas", "pyarrow", "alembic", "numpy")


@pytest.mark.parametrize(
    "module",
    [
        "custos.policy",
        "custos.ledger",
        "custos.jobs",
        "custos.data",
        "custos.sandbox",
        "custos.audit",
        "custos.fed",
        "custos.governance",
    ],
)
def test_importing_a_light_package_loads_no_heavy_stack(module: str) -> None:
    code = f"import sys, {module}; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imported {out}"
