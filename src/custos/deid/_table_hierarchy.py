"""Generalisation hierarchies, built on a column as integer codes.

Each quasi-identifier becomes a :class:`Generalisation`: for every level of
its hierarchy (level 0 the finest, the last always ``"*"``), one integer code
per row and the label of each code. The lattice search then only gathers and
combines small integer arrays; labels are looked up once, for the output.

Level 0 already carries the Safe Harbor minimums of the built-in types (year
of a date, 3-digit ZIP with the small areas as ``"000"``, ages over 89 as
``"90+"``), so no node of the lattice can undo them.

Every level function is evaluated on the distinct level-0 values only, never
per row, so a hierarchy over 100,000 rows costs a few hundred thousand array
operations and a loop over the distinct values.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
import yaml

from custos.deid._table_spec import (
    AgeHierarchy,
    DateHierarchy,
    DateLevel,
    Hierarchy,
    IntervalHierarchy,
    PrefixHierarchy,
    TreeHierarchy,
    ZipHierarchy,
)

TOP = "*"
_NULL = object()  # the level-0 key of a missing value; stays missing below "*"


@dataclass(frozen=True)
class Generalisation:
    """One quasi-identifier at every level of its hierarchy.

    ``codes[j]`` holds each row's code at level ``j`` (int64); ``labels[j]``
    the output label of each code (``None`` for a missing value);
    ``code_loss[j]`` the information loss of each code of level ``j``, in
    [0, 1] (every row with that code loses as much).
    """

    name: str
    level_names: tuple[str, ...]
    codes: tuple[np.ndarray, ...]
    labels: tuple[tuple[str | None, ...], ...]
    code_loss: tuple[np.ndarray, ...]
    # A number standing for each code (interval midpoints, the value itself),
    # NaN where there is none; None for non-numeric hierarchies.
    represent: tuple[np.ndarray, ...] | None = None

    @property
    def height(self) -> int:
        return len(self.codes)

    def cardinality(self, level: int) -> int:
        return len(self.labels[level])

    def row_loss(self, level: int) -> np.ndarray:
        out: np.ndarray = self.code_loss[level][self.codes[level]]
        return out

    def loss_sum(self, level: int) -> float:
        counts = np.bincount(self.codes[level], minlength=self.cardinality(level))
        return float(counts @ self.code_loss[level])


@lru_cache(maxsize=1)
def restricted_zip3() -> frozenset[str]:
    """The 3-digit ZIP areas Safe Harbor replaces by 000 (package data)."""
    text = resources.files("custos.deid").joinpath("data/table_zip3_restricted.yaml").read_text()
    data = yaml.safe_load(text)
    return frozenset(str(p) for p in data["prefixes"])


def _num(x: float) -> str:
    """A number as a label: whole numbers without a decimal point."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.10g}"


def build(
    name: str,
    series: pd.Series,
    hierarchy: Hierarchy,
    *,
    safe_harbor: bool,
    shift_days: np.ndarray | None = None,
) -> tuple[Generalisation | None, list[str]]:
    """The generalisation of one column, or the problems that prevent it.

    Problems name the column and count values, never quote them.
    """
    if isinstance(hierarchy, AgeHierarchy | IntervalHierarchy):
        return _numeric(name, series, hierarchy)
    if isinstance(hierarchy, DateHierarchy):
        return _dates(name, series, hierarchy, safe_harbor=safe_harbor, shift_days=shift_days)
    if isinstance(hierarchy, ZipHierarchy):
        return _zips(name, series, hierarchy, safe_harbor=safe_harbor)
    if isinstance(hierarchy, PrefixHierarchy):
        return _prefixes(name, series, hierarchy)
    return _tree(name, series, hierarchy)


def _assemble(
    name: str,
    keys: Sequence[Any],
    inverse: np.ndarray,
    level_names: Sequence[str],
    label_fns: Sequence[Callable[[Any], str]],
    represent_fns: Sequence[Callable[[Any], float]] | None = None,
) -> Generalisation:
    """Codes, labels and losses from the distinct level-0 ``keys`` and each
    row's index into them (``inverse``); ``label_fns[j]`` labels a key at
    level ``j``. A ``"*"`` level is added on top."""
    n_keys = len(keys)
    codes: list[np.ndarray] = []
    labels: list[tuple[str | None, ...]] = []
    losses: list[np.ndarray] = []
    reps: list[np.ndarray] = []
    for j, fn in enumerate(label_fns):
        lab = [None if k is _NULL else fn(k) for k in keys]
        key_codes, uniq = pd.factorize(pd.Series(lab, dtype=object), use_na_sentinel=False)
        key_codes = np.asarray(key_codes, dtype=np.int64)
        leaves = np.bincount(key_codes, minlength=len(uniq))
        # Loss of a generalised value: the share of the distinct level-0 values
        # it stands for beyond itself (Iyengar's loss metric on the hierarchy).
        code_loss = (leaves - 1) / (n_keys - 1) if n_keys > 1 else np.zeros(len(uniq))
        codes.append(key_codes[inverse])
        labels.append(tuple(None if (isinstance(u, float) and math.isnan(u)) else u for u in uniq))
        losses.append(code_loss)
        if represent_fns is not None:
            rep_of_key = np.array(
                [math.nan if k is _NULL else represent_fns[j](k) for k in keys], dtype=float
            )
            rep = np.full(len(uniq), math.nan)
            # every key of one code has the same representative: scatter is exact
            rep[key_codes] = rep_of_key
            reps.append(rep)
    n = len(inverse)
    codes.append(np.zeros(n, dtype=np.int64))
    labels.append((TOP,))
    losses.append(np.ones(1))
    if represent_fns is not None:
        reps.append(np.array([math.nan]))
    return Generalisation(
        name=name,
        level_names=(*level_names, TOP),
        codes=tuple(codes),
        labels=tuple(labels),
        code_loss=tuple(losses),
        represent=tuple(reps) if represent_fns is not None else None,
    )


def _factorize_keys(values: np.ndarray, null: np.ndarray) -> tuple[list[Any], np.ndarray]:
    """Distinct keys (``_NULL`` for missing) and each row's index into them."""
    inverse = np.empty(len(values), dtype=np.int64)
    present = ~null
    codes, uniq = pd.factorize(values[present])
    keys: list[Any] = list(uniq)
    inverse[present] = codes
    if null.any():
        inverse[null] = len(keys)
        keys.append(_NULL)
    return keys, inverse


def _numeric(
    name: str, series: pd.Series, h: AgeHierarchy | IntervalHierarchy
) -> tuple[Generalisation | None, list[str]]:
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = int((np.isnan(values) & series.notna().to_numpy()).sum())
    if bad:
        return None, [f"column {name}: {bad} values are not numbers"]
    null = np.isnan(values)
    top = None if h.top_code is None else float(h.top_code)
    origin = 0.0 if isinstance(h, AgeHierarchy) else h.origin
    whole = isinstance(h, AgeHierarchy)
    if top is not None:
        values = np.where(values >= top, math.inf, values)  # one key for the top-coded
    keys, inverse = _factorize_keys(values, null)
    top_label = f"{_num(top)}+" if top is not None else ""

    def value_label(x: float) -> str:
        return top_label if math.isinf(x) else _num(x)

    def bucket(width: float) -> Callable[[float], tuple[float, float]]:
        def bounds(x: float) -> tuple[float, float]:
            lo = origin + math.floor((x - origin) / width) * width
            hi = lo + width
            if top is not None:
                hi = min(hi, top)
            return lo, hi

        return bounds

    label_fns: list[Callable[[Any], str]] = [value_label]

    def value_rep(x: float) -> float:
        return (top if top is not None else math.nan) if math.isinf(x) else x

    rep_fns: list[Callable[[Any], float]] = [value_rep]
    names = ["value"]
    for w in h.widths:
        bounds = bucket(float(w))

        def label(x: float, bounds: Callable[[float], tuple[float, float]] = bounds) -> str:
            if math.isinf(x):
                return top_label
            lo, hi = bounds(x)
            return f"{_num(lo)}-{_num(hi - 1)}" if whole else f"[{_num(lo)}, {_num(hi)})"

        def rep(x: float, bounds: Callable[[float], tuple[float, float]] = bounds) -> float:
            if math.isinf(x):
                return top if top is not None else math.nan
            lo, hi = bounds(x)
            return (lo + hi - 1) / 2 if whole else (lo + hi) / 2

        label_fns.append(label)
        rep_fns.append(rep)
        names.append(f"width {_num(w)}")
    return _assemble(name, keys, inverse, names, label_fns, rep_fns), []


def _as_days(series: pd.Series) -> tuple[np.ndarray, np.ndarray, int]:
    """Days since 1970-01-01 (int64), the missing mask, and the count of
    present values that are not dates."""
    if pd.api.types.is_datetime64_any_dtype(series):
        parsed = series
    else:
        as_text = series.astype("string")
        parsed = pd.to_datetime(as_text, errors="coerce", format="ISO8601")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    null = parsed.isna().to_numpy()
    bad = int((null & series.notna().to_numpy()).sum())
    days = parsed.to_numpy(dtype="datetime64[ns]", na_value=np.datetime64("NaT"))
    out = np.where(null, 0, days.astype("datetime64[D]").astype(np.int64))
    return out, null, bad


def _dates(
    name: str,
    series: pd.Series,
    h: DateHierarchy,
    *,
    safe_harbor: bool,
    shift_days: np.ndarray | None,
) -> tuple[Generalisation | None, list[str]]:
    try:
        days, null, bad = _as_days(series)
    except (ValueError, TypeError, OverflowError):
        return None, [f"column {name}: values are not dates"]
    if bad:
        return None, [f"column {name}: {bad} values are not dates"]
    if shift_days is not None:
        days = days + shift_days
    levels = h.levels
    if levels is None:
        fine = shift_days is not None or not safe_harbor
        levels = list(DateLevel) if fine else [DateLevel.YEAR, DateLevel.DECADE]
    dt = days.astype("datetime64[D]")
    years = dt.astype("datetime64[Y]").astype(np.int64) + 1970
    months = dt.astype("datetime64[M]").astype(np.int64) % 12 + 1
    first = levels[0]
    if first == DateLevel.DAY:
        key = days
    elif first == DateLevel.MONTH:
        key = years * 12 + (months - 1)
    elif first == DateLevel.YEAR:
        key = years
    else:
        key = years // 10
    cutoff: int | None = None
    old_label = ""
    if h.birth_reference is not None:
        # Born in this year or before: possibly 90 or older on the reference
        # date. Safe Harbor lets no element of such a date through.
        cutoff = h.birth_reference.year - 90
        old_label = f"{cutoff} or earlier"
        key = np.where(years <= cutoff, np.iinfo(np.int64).min, key)
    keys, inverse = _factorize_keys(key, null)

    def ymd(k: int) -> tuple[int, int, int]:
        if first == DateLevel.DAY:
            d = date.fromordinal(date(1970, 1, 1).toordinal() + int(k))
            return d.year, d.month, d.day
        if first == DateLevel.MONTH:
            return int(k) // 12, int(k) % 12 + 1, 1
        if first == DateLevel.YEAR:
            return int(k), 1, 1
        return int(k) * 10, 1, 1

    def at(level: DateLevel) -> Callable[[Any], str]:
        def label(k: Any) -> str:
            if cutoff is not None and k == np.iinfo(np.int64).min:
                return old_label
            y, m, d = ymd(k)
            if level == DateLevel.DAY:
                return f"{y:04d}-{m:02d}-{d:02d}"
            if level == DateLevel.MONTH:
                return f"{y:04d}-{m:02d}"
            if level == DateLevel.YEAR:
                return f"{y:04d}"
            return f"{y // 10 * 10:04d}-{y // 10 * 10 + 9:04d}"

        return label

    return _assemble(name, keys, inverse, [x.value for x in levels], [at(x) for x in levels]), []


def normalise_zip(series: pd.Series) -> tuple[np.ndarray, np.ndarray, int]:
    """5-digit ZIP strings (object array), the missing mask, and the count of
    present values that are not ZIP codes (ZIP+4 and lost leading zeros are
    repaired: 2134 -> 02134, 02134-1234 -> 02134)."""
    null = series.isna().to_numpy()
    out = np.empty(len(series), dtype=object)
    bad = 0
    numeric = pd.api.types.is_numeric_dtype(series)
    for i, v in enumerate(series.to_numpy(dtype=object)):
        if null[i]:
            continue
        if numeric:
            fv = float(v)
            text = str(int(fv)) if fv.is_integer() and fv >= 0 else "x"
        else:
            text = str(v).strip().split("-", 1)[0]
        if text.isascii() and text.isdigit() and len(text) in (9, 5, 4, 3):
            out[i] = text[:5] if len(text) == 9 else text.zfill(5)
        else:
            out[i] = None
            bad += 1
    return out, null, bad


def _zips(
    name: str, series: pd.Series, h: ZipHierarchy, *, safe_harbor: bool
) -> tuple[Generalisation | None, list[str]]:
    values, null, bad = normalise_zip(series)
    if bad:
        return None, [f"column {name}: {bad} values are not 5-digit ZIP codes"]
    digits = h.digits or ([3] if safe_harbor else [5, 3])
    restricted: frozenset[str] = frozenset()
    if h.restricted is not None:
        restricted = frozenset(h.restricted)
    elif safe_harbor:
        restricted = restricted_zip3()
    keys, inverse = _factorize_keys(values, null)

    def cut(d: int) -> Callable[[Any], str]:
        def label(z: Any) -> str:
            # A small area keeps "000" at 3 digits and coarser: its parent
            # must be one node, and its real prefixes differ.
            if d <= 3 and z[:3] in restricted:
                return "000"
            return str(z)[:d]

        return label

    return _assemble(
        name, keys, inverse, [f"{d} digits" for d in digits], [cut(d) for d in digits]
    ), []


def _prefixes(
    name: str, series: pd.Series, h: PrefixHierarchy
) -> tuple[Generalisation | None, list[str]]:
    null = series.isna().to_numpy()
    text = series.astype("string").fillna("")
    for ch in h.strip:
        text = text.str.replace(ch, "", regex=False)
    values = text.str.strip().to_numpy(dtype=object)
    keys, inverse = _factorize_keys(values, null)

    def keep(n: int) -> Callable[[Any], str]:
        return lambda code: f"{str(code)[:n]}*"

    fns: list[Callable[[Any], str]] = [str, *(keep(n) for n in h.lengths)]
    names = ["code", *(f"{n} characters" for n in h.lengths)]
    return _assemble(name, keys, inverse, names, fns), []


def _tree(
    name: str, series: pd.Series, h: TreeHierarchy
) -> tuple[Generalisation | None, list[str]]:
    null = series.isna().to_numpy()
    values = np.asarray(series.astype("string").astype(object).where(~null, None), dtype=object)
    keys, inverse = _factorize_keys(values, null)
    depth = len(next(iter(h.tree.values()))) if h.tree else 0
    if h.tree:
        missing = [k for k in keys if k is not _NULL and k not in h.tree]
        if missing:
            count = int(np.isin(inverse, [keys.index(k) for k in missing]).sum())
            return None, [
                f"column {name}: its hierarchy does not cover {len(missing)} distinct values "
                f"({count} rows)"
            ]

    def parent(level: int) -> Callable[[Any], str]:
        return lambda v: h.tree[v][level]

    fns: list[Callable[[Any], str]] = [str, *(parent(j) for j in range(depth))]
    names = ["value", *(f"level {j + 1}" for j in range(depth))]
    return _assemble(name, keys, inverse, names, fns), []
