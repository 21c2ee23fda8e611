"""How useful a synthetic table is: the other side of the disclosure gate.

The privacy officer weighs the gate's risks against what the table is still
good for. Three views, each comparing ``synthetic`` with real rows:

- **marginal fidelity**: per column, the total variation distance (TVD)
  between the real and the synthetic distribution. Numeric columns are
  binned on the real column's quantile edges (``bins`` bins; missing values
  are a bin of their own), categoricals compared category by category. 0 is
  identical, 1 disjoint.
- **pairwise fidelity**: the mean absolute difference between the real and
  synthetic correlation matrices (Pearson; categoricals are encoded
  ordinally, categories in sorted order, so for a categorical column with
  more than two levels this is a rough association only), and the mean TVD
  of the two-way tables of every pair of binned columns.
- **train on synthetic, test on real (TSTR)** against **train on real, test
  on real (TRTR)**: a logistic regression (classification; accuracy and ROC
  AUC) or a ridge regression (regression; R^2) fitted on ``synthetic`` and on
  ``train``, both scored on ``control`` (rows neither saw). The ratio
  TSTR / TRTR is how much of the real table's predictive value survives.

The "real" rows of the fidelity figures are ``train``: the rows the
generator modelled. Figures are rates and distances, never values of the
data; bin edges stay inside this module.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

import numpy as np
import pandas as pd

from custos.core._errors import InvalidInput
from custos.synth._gate import _clean

__all__ = ["UtilityReport", "marginal_tvd", "utility_report"]

_MISSING_BIN = -1


@dataclass(frozen=True)
class UtilityReport:
    """Fidelity and downstream utility of a synthetic table (see the module docstring)."""

    marginal_tvd: Mapping[str, float]
    pairwise_correlation_diff: float
    pairwise_tvd: float | None
    pairs_compared: int
    task: str | None = None
    target: str | None = None
    tstr: Mapping[str, float | None] = field(default_factory=dict)
    trtr: Mapping[str, float | None] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def mean_marginal_tvd(self) -> float:
        """The mean of the per-column TVDs."""
        values = list(self.marginal_tvd.values())
        return float(np.mean(values)) if values else math.nan

    @property
    def ratio(self) -> dict[str, float | None]:
        """TSTR / TRTR per metric (``None`` where either is missing or TRTR is 0)."""
        out: dict[str, float | None] = {}
        for key, real in self.trtr.items():
            synth = self.tstr.get(key)
            if synth is None or real is None or real == 0:
                out[key] = None
            else:
                out[key] = synth / real
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-able dict."""
        return {
            "format": "custos.synthetic_utility/v1",
            "marginal": {
                "metric": "total variation distance",
                "per_column": {k: _clean(v) for k, v in self.marginal_tvd.items()},
                "mean": _clean(self.mean_marginal_tvd),
            },
            "pairwise": {
                "correlation_mean_abs_diff": _clean(self.pairwise_correlation_diff),
                "two_way_tvd_mean": _clean(self.pairwise_tvd),
                "pairs": self.pairs_compared,
                "note": "Pearson correlation; categoricals encoded ordinally",
            },
            "downstream": {
                "task": self.task,
                "target": self.target,
                "tstr": {k: _clean(v) for k, v in self.tstr.items()},
                "trtr": {k: _clean(v) for k, v in self.trtr.items()},
                "ratio": {k: _clean(v) for k, v in self.ratio.items()},
            },
            "notes": list(self.notes),
        }


# --------------------------------------------------------------------------- #
# Binning and fidelity.
# --------------------------------------------------------------------------- #


def _binner(real: pd.Series, categorical: bool, bins: int) -> Any:
    """Return a function mapping a column to integer bins fitted on ``real``."""
    if categorical:
        cats = sorted({str(v) for v in real.dropna().unique()})
        lookup = {c: i for i, c in enumerate(cats)}
        other = len(cats)  # categories real does not have share one bin

        def cat_bins(s: pd.Series) -> np.ndarray:
            return np.array(
                [
                    _MISSING_BIN if pd.isna(v) else lookup.get(str(v), other)
                    for v in s.to_numpy(dtype=object)
                ],
                dtype=np.int64,
            )

        return cat_bins
    x = real.to_numpy(dtype=np.float64, na_value=np.nan)
    x = x[np.isfinite(x)]
    inner = (
        np.unique(np.quantile(x, np.linspace(0.0, 1.0, bins + 1)[1:-1])) if len(x) else np.array([])
    )

    def num_bins(s: pd.Series) -> np.ndarray:
        v = s.to_numpy(dtype=np.float64, na_value=np.nan)
        out = np.searchsorted(inner, v, side="right").astype(np.int64)
        out[~np.isfinite(v)] = _MISSING_BIN
        return out

    return num_bins


def _tvd(a: np.ndarray, b: np.ndarray) -> float:
    """TVD between the empirical distributions of two integer (or row-key) arrays."""
    if len(a) == 0 or len(b) == 0:
        return math.nan
    keys = np.union1d(a, b)
    pa = np.searchsorted(keys, a)
    pb = np.searchsorted(keys, b)
    fa = np.bincount(pa, minlength=len(keys)) / len(a)
    fb = np.bincount(pb, minlength=len(keys)) / len(b)
    return float(0.5 * np.abs(fa - fb).sum())


def marginal_tvd(
    real: pd.DataFrame,
    synthetic: pd.DataFrame,
    *,
    categorical: Sequence[str] = (),
    bins: int = 10,
) -> dict[str, float]:
    """Per-column total variation distance between ``real`` and ``synthetic``.

    Numeric columns are cut at ``real``'s quantiles (``bins`` bins, fewer
    where quantiles coincide); categoricals are compared as they are.
    """
    cats = set(categorical)
    out: dict[str, float] = {}
    for c in real.columns:
        to_bins = _binner(real[c], c in cats, bins)
        out[str(c)] = _tvd(to_bins(real[c]), to_bins(synthetic[c]))
    return out


def _ordinal(df: pd.DataFrame, columns: Sequence[str], cats: set[str]) -> np.ndarray:
    parts = []
    for c in columns:
        if c in cats:
            levels = sorted({str(v) for v in df[c].dropna().unique()})
            codes = pd.Categorical(df[c].astype(str), categories=levels).codes.astype(np.float64)
            codes[codes < 0] = np.nan
            parts.append(codes)
        else:
            parts.append(df[c].to_numpy(dtype=np.float64, na_value=np.nan))
    return np.column_stack(parts)


def _corr(x: np.ndarray) -> np.ndarray:
    """Pearson correlations with constant columns and missing values taken as 0."""
    frame = pd.DataFrame(x)
    corr: np.ndarray = np.nan_to_num(frame.corr().to_numpy(), nan=0.0)
    return corr


# --------------------------------------------------------------------------- #
# TSTR / TRTR.
# --------------------------------------------------------------------------- #


def _design(
    columns: Sequence[str], cats: set[str]
) -> Any:  # sklearn has no types: a ColumnTransformer
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    numeric = [c for c in columns if c not in cats]
    categorical = [c for c in columns if c in cats]
    parts: list[tuple[str, Any, list[str]]] = []
    if numeric:
        parts.append(
            ("num", make_pipeline(SimpleImputer(strategy="mean"), StandardScaler()), numeric)
        )
    if categorical:
        parts.append(("cat", OneHotEncoder(handle_unknown="ignore"), categorical))
    return ColumnTransformer(parts)


def _prepare(df: pd.DataFrame, features: Sequence[str], cats: set[str]) -> pd.DataFrame:
    out = df[list(features)].copy()
    for c in features:
        out[c] = out[c].astype(str) if c in cats else out[c].astype(np.float64)
    return out


def _fit_score(
    fit_on: pd.DataFrame,
    test: pd.DataFrame,
    *,
    features: Sequence[str],
    target: str,
    task: Literal["classification", "regression"],
    cats: set[str],
    seed: int,
) -> dict[str, float | None]:
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.metrics import accuracy_score, r2_score, roc_auc_score
    from sklearn.pipeline import make_pipeline

    x_fit, x_test = _prepare(fit_on, features, cats), _prepare(test, features, cats)
    if task == "regression":
        y_fit = fit_on[target].to_numpy(dtype=np.float64)
        y_test = test[target].to_numpy(dtype=np.float64)
        model = make_pipeline(_design(features, cats), Ridge(alpha=1.0))
        model.fit(x_fit, y_fit)
        return {"r2": float(r2_score(y_test, model.predict(x_test)))}
    y_fit_s = fit_on[target].astype(str).to_numpy()
    y_test_s = test[target].astype(str).to_numpy()
    if len(np.unique(y_fit_s)) < 2:
        return {"accuracy": None, "roc_auc": None}
    model = make_pipeline(
        _design(features, cats), LogisticRegression(max_iter=5000, random_state=seed)
    )
    model.fit(x_fit, y_fit_s)
    accuracy = float(accuracy_score(y_test_s, model.predict(x_test)))
    classes = list(model.classes_)
    proba = model.predict_proba(x_test)
    test_classes = set(np.unique(y_test_s))
    auc: float | None
    if len(test_classes) < 2:
        auc = None
    elif len(classes) == 2:
        auc = float(roc_auc_score(y_test_s == classes[1], proba[:, 1]))
    elif test_classes <= set(classes):
        auc = float(
            roc_auc_score(y_test_s, proba, multi_class="ovr", average="macro", labels=classes)
        )
    else:
        auc = None
    return {"accuracy": accuracy, "roc_auc": auc}


# --------------------------------------------------------------------------- #
# The report.
# --------------------------------------------------------------------------- #


def utility_report(
    train: pd.DataFrame,
    control: pd.DataFrame,
    synthetic: pd.DataFrame,
    *,
    categorical: Sequence[str] = (),
    target: str | None = None,
    task: Literal["classification", "regression"] | None = None,
    bins: int = 10,
    max_pairs: int = 2000,
    seed: int = 0,
) -> UtilityReport:
    """Compare ``synthetic`` with the real rows (see the module docstring).

    Parameters
    ----------
    train, control, synthetic
        The rows the generator saw, rows it did not see (the test set of
        TSTR and TRTR), and its output. The same columns.
    categorical
        The categorical columns; the others must be numeric.
    target, task
        The column to predict and how; both or neither. Without them the
        downstream comparison is skipped.
    bins
        Quantile bins for numeric columns (marginal and two-way TVD).
    max_pairs
        At most this many column pairs for the two-way TVD (the first ones in
        column order); the correlation difference always uses every pair.
    seed
        Seed of the models (the results are deterministic for a seed).

    Raises
    ------
    InvalidInput
        ``synth.invalid_tables`` for mismatched or non-numeric columns,
        ``synth.invalid_arguments`` for a bad target, task or ``bins``.
    """
    columns = [str(c) for c in train.columns]
    cats = set(categorical)
    problems: list[str] = []
    for name, df in (("control", control), ("synthetic", synthetic)):
        if sorted(map(str, df.columns)) != sorted(columns):
            problems.append(f"{name} does not have the same columns as train")
        if len(df) == 0:
            problems.append(f"{name} is empty")
    if len(train) == 0:
        problems.append("train is empty")
    problems += [f"categorical column {c!r} is not in the table" for c in cats - set(columns)]
    if not problems:
        for c in columns:
            if c in cats:
                continue
            for name, df in (("train", train), ("control", control), ("synthetic", synthetic)):
                if not pd.api.types.is_numeric_dtype(df[c]):
                    problems.append(f"column {c!r} in {name} is not numeric and not categorical")
    if problems:
        raise InvalidInput(
            "the tables cannot be compared", code="synth.invalid_tables", details=problems
        )
    if (target is None) != (task is None) or (target is not None and target not in columns):
        raise InvalidInput(
            "give both target and task (classification or regression), or neither; the "
            "target must be a column",
            code="synth.invalid_arguments",
        )
    if task == "regression" and target in cats:
        raise InvalidInput("a regression target must be numeric", code="synth.invalid_arguments")
    if bins < 2:
        raise InvalidInput("bins must be at least 2", code="synth.invalid_arguments")

    notes: list[str] = []
    marginal = marginal_tvd(train[columns], synthetic[columns], categorical=sorted(cats), bins=bins)

    diff = np.abs(_corr(_ordinal(train, columns, cats)) - _corr(_ordinal(synthetic, columns, cats)))
    iu = np.triu_indices(len(columns), k=1)
    corr_diff = float(diff[iu].mean()) if len(iu[0]) else math.nan

    binners = {c: _binner(train[c], c in cats, bins) for c in columns}
    real_b = {c: binners[c](train[c]) for c in columns}
    syn_b = {c: binners[c](synthetic[c]) for c in columns}
    pairs = list(combinations(columns, 2))
    if len(pairs) > max_pairs:
        notes.append(f"two-way TVD over the first {max_pairs} of {len(pairs)} column pairs")
        pairs = pairs[:max_pairs]
    two_way: list[float] = []
    for a, b in pairs:
        # One integer key per cell of the two-way table (+1 moves the missing bin to 0).
        width = int(max(real_b[b].max(initial=0), syn_b[b].max(initial=0))) + 2
        two_way.append(
            _tvd((real_b[a] + 1) * width + real_b[b] + 1, (syn_b[a] + 1) * width + syn_b[b] + 1)
        )
    pairwise_tvd = float(np.mean(two_way)) if two_way else None

    tstr: dict[str, float | None] = {}
    trtr: dict[str, float | None] = {}
    if target is not None and task is not None:
        features = [c for c in columns if c != target]
        if not features:
            notes.append("no feature columns besides the target: downstream comparison skipped")
        else:
            kwargs: dict[str, Any] = {
                "features": features,
                "target": target,
                "task": task,
                "cats": cats,
                "seed": seed,
            }
            tstr = _fit_score(synthetic, control, **kwargs)
            trtr = _fit_score(train, control, **kwargs)
            if any(v is None for v in tstr.values()):
                notes.append("some TSTR figures could not be computed (a class is missing)")

    return UtilityReport(
        marginal_tvd=marginal,
        pairwise_correlation_diff=corr_diff,
        pairwise_tvd=pairwise_tvd,
        pairs_compared=len(pairs),
        task=task,
        target=target,
        tstr=tstr,
        trtr=trtr,
        notes=tuple(notes),
    )
