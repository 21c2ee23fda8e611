"""A small table with known structure for the synthesiser tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from custos.synth._domain import SynthDomain


def structured_table(n: int = 3000, seed: int = 0) -> pd.DataFrame:
    """``x1`` follows ``y`` (correlation 0.7), ``x2`` is independent, ``grp`` follows ``x2``."""
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.4
    x1 = np.where(y, 2.0, 0.0) + rng.normal(0.0, 1.0, n)
    x2 = rng.normal(0.0, 1.0, n)
    grp = np.where(x2 > 0.5, "c", np.where(x2 < -0.5, "a", "b"))
    return pd.DataFrame({"y": y.astype(int), "x1": x1, "x2": x2, "grp": grp})


STRUCTURED_DOMAIN = {
    "columns": {
        "y": {"kind": "categorical", "categories": [0, 1]},
        "x1": {"kind": "numeric", "low": -3.0, "high": 5.0, "bins": 8},
        "x2": {"kind": "numeric", "low": -3.0, "high": 3.0, "bins": 6},
        "grp": {"kind": "categorical", "categories": ["a", "b", "c"]},
    }
}


@pytest.fixture(scope="session")
def table() -> pd.DataFrame:
    return structured_table()


@pytest.fixture(scope="session")
def structured_domain() -> SynthDomain:
    return SynthDomain.model_validate(STRUCTURED_DOMAIN)
