"""Re-identification risk and utility loss of a table, from its equivalence classes.

Only class sizes enter, so every figure here is a count or a ratio, never a
value of the data. The attacker models follow El Emam's usage (and ARX's):

* prosecutor: the attacker knows the target is in the table. A record's risk
  is ``1 / |class|``; reported as the maximum, the average over records (the
  number of classes over n) and the share of records above a threshold.
* journalist: the attacker does not know whether the target is in the table
  and links against the population, so a record's risk is ``1 / F`` with F the
  size of its class in the population. With a sampling fraction ``pi`` F is
  estimated as ``f / pi`` (at least f); without one, journalist risk is only
  known to be at most the prosecutor risk, and is reported as that bound.
* marketer: the attacker links every record and counts the hits: the
  expected share of records re-identified, ``(1/n) * sum over classes of f / F``
  (``classes / n`` when the table is the population).
* sample uniqueness: the share of records alone in their class.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def class_sizes(codes: list[np.ndarray], n: int) -> np.ndarray:
    """Sizes of the classes of rows equal on every array of ``codes``."""
    if not codes:
        return np.array([n], dtype=np.int64)
    key = np.zeros(n, dtype=np.int64)
    for c in codes:
        card = int(c.max()) + 1 if len(c) else 1
        _, key = np.unique(key * card + c, return_inverse=True)
    return np.bincount(key)


def risk(
    sizes: np.ndarray, *, threshold: float, sampling_fraction: float | None = None
) -> dict[str, Any]:
    """Risk figures of a table whose classes have ``sizes`` (all positive)."""
    sizes = np.asarray(sizes, dtype=np.int64)
    sizes = sizes[sizes > 0]
    n = int(sizes.sum())
    if n == 0:
        return {"records": 0, "classes": 0}
    classes = len(sizes)
    record_risk = 1.0 / sizes
    over = sizes[record_risk > threshold]
    prosecutor = {
        "max": float(record_risk.max()),
        "average": classes / n,
        "records_above_threshold": int(over.sum()),
        "share_above_threshold": float(over.sum()) / n,
    }
    out: dict[str, Any] = {
        "records": n,
        "classes": classes,
        "smallest_class": int(sizes.min()),
        "average_class_size": n / classes,
        "threshold": threshold,
        "prosecutor": prosecutor,
        "sample_unique_records": int((sizes == 1).sum()),
        "sample_uniqueness": float((sizes == 1).sum()) / n,
    }
    if sampling_fraction is None:
        out["journalist"] = {
            **prosecutor,
            "bound": "prosecutor",
            "note": "no population size or sampling fraction given: journalist risk is at "
            "most the prosecutor risk, reported here as that bound",
        }
        out["marketer"] = {"expected_share_reidentified": classes / n}
        return out
    population = np.maximum(sizes / sampling_fraction, sizes)
    journalist_risk = 1.0 / population
    hit = sizes / population
    at_risk = sizes[journalist_risk > threshold]
    out["journalist"] = {
        "max": float(journalist_risk.max()),
        "average": float(hit.sum()) / n,
        "records_above_threshold": int(at_risk.sum()),
        "share_above_threshold": float(at_risk.sum()) / n,
        "sampling_fraction": sampling_fraction,
        "note": "population class sizes estimated as sample class size / sampling fraction",
    }
    out["marketer"] = {"expected_share_reidentified": float(hit.sum()) / n}
    return out


def discernibility(sizes: np.ndarray, suppressed: int, n: int) -> int:
    """Bayardo and Agrawal's discernibility: each kept row pays its class
    size, each suppressed row pays the whole table."""
    sizes = np.asarray(sizes, dtype=np.int64)
    return int((sizes * sizes).sum()) + suppressed * n


def relative_change(before: float, after: float) -> float | None:
    if not math.isfinite(before) or not math.isfinite(after):
        return None
    if before == 0:
        return None if after != 0 else 0.0
    return (after - before) / abs(before)
