"""A Gaussian copula: the *non-private* comparison baseline.

It fits each column's empirical distribution and the correlation of their
normal scores, then samples. It is not differentially private (its
quantiles are real patients' values and its correlation matrix is exact),
so the node never releases its output unless a DUA says so explicitly; it
exists so that a privacy officer sees what the DP generator's noise costs in
utility and buys in risk.

Hand-written (about forty lines of NumPy and SciPy) because the maintained
implementation, the ``copulas`` package of the SDV project, requires
pandas < 3 and cannot be installed beside this project's stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

    from custos.synth._domain import SynthDomain

__all__ = ["gaussian_copula"]


@dataclass(frozen=True)
class _Fitted:
    sorted_columns: dict[str, np.ndarray]  # every column's values, sorted (codes for categories)
    correlation: np.ndarray


def _normal_scores(values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    from scipy.stats import norm

    # Ranks with random tie-breaking (categorical codes tie a lot), mapped
    # into (0, 1) and through the normal quantile function.
    order = np.lexsort((rng.random(values.size), values))
    ranks = np.empty(values.size, dtype=float)
    ranks[order] = np.arange(1, values.size + 1)
    return np.asarray(norm.ppf(ranks / (values.size + 1)))


def gaussian_copula(
    frame: pd.DataFrame, domain: SynthDomain, rows: int, *, seed: int | None = None
) -> pd.DataFrame:
    """Fit a Gaussian copula to ``frame`` (the domain's columns) and sample ``rows`` rows.

    Categorical columns are fitted on their category codes; numeric values
    are sampled from the empirical quantiles (so they are real values: one
    more reason this baseline may never leave the hospital).
    """
    import pandas as pd
    from scipy.stats import norm

    rng = np.random.default_rng(seed)
    codes = domain.encode(frame)  # validates columns and categories
    columns: dict[str, np.ndarray] = {}
    for name in domain.names:
        if name in domain.categorical:
            columns[name] = codes[name].astype(float)
        else:
            columns[name] = pd.to_numeric(frame[name]).to_numpy(dtype=float)
    scores = np.column_stack([_normal_scores(v, rng) for v in columns.values()])
    corr = np.corrcoef(scores, rowvar=False)
    corr = np.nan_to_num(corr, nan=0.0)
    np.fill_diagonal(corr, 1.0)
    # Nearest positive semi-definite matrix by clipping eigenvalues.
    w, v = np.linalg.eigh(corr)
    corr = (v * np.clip(w, 1e-9, None)) @ v.T
    fitted = _Fitted({k: np.sort(x) for k, x in columns.items()}, corr)

    z = rng.multivariate_normal(np.zeros(len(columns)), fitted.correlation, size=rows)
    u = norm.cdf(z)
    out: dict[str, object] = {}
    for j, name in enumerate(domain.names):
        ordered = fitted.sorted_columns[name]
        idx = np.minimum((u[:, j] * ordered.size).astype(int), ordered.size - 1)
        drawn = ordered[idx]
        if name in domain.categorical:
            cats = np.array(domain.columns[name].categories, dtype=object)  # type: ignore[union-attr]
            out[name] = cats[drawn.astype(int)]
        else:
            out[name] = drawn
    return pd.DataFrame(out, columns=domain.names)
