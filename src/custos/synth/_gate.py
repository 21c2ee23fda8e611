"""The disclosure gate: measure what a synthetic table gives away, then decide.

The node runs this after the generator and before the synthetic table may
leave. Its inputs are three tables with the same columns: ``train`` (the
real rows the generator saw), ``control`` (real rows the hospital held out;
the generator never saw them) and ``synthetic``. Every figure compares how
well an attack that only holds the synthetic table does on ``train`` with
how well it does on ``control``: what works equally well on rows the
generator never saw is what the population reveals, not the patients.

Risks measured (Giomi et al., 2023, "A unified framework for quantifying
privacy risk in synthetic data", with the ``anonymeter`` library):

- **singling out**: predicates built from the synthetic table that match
  exactly one real row (univariate and multivariate);
- **linkability**: the columns are split into two disjoint halves (first half
  and second half in column order); a real row is linked when both halves
  have the same nearest synthetic row;
- **attribute inference**: with every other column known, the secret column
  is guessed from the nearest synthetic row (one evaluation per secret).

Each is anonymeter's *residual* risk ``(attack - control) / (1 - control)``
with its confidence interval; the attack, baseline (random guessing) and
control success rates and the number of attacks are reported with it.

Membership inference (members: a subsample of ``train`` as large as the
non-member set, so the base rate is 50%; non-members: ``control`` rows):

- ``dcr``: distance to the closest synthetic record (numeric columns
  standardized by the train statistics, categoricals one-hot); a smaller
  distance means "member". Non-members: all of ``control``.
- ``density_ratio``: DOMIAS-like (van Breugel et al., 2023): the log ratio
  of a Gaussian kernel density fitted to the synthetic rows over one fitted
  to a held-out real *reference*. ``control`` is split in two halves: one is
  the reference, the other the non-members.

For each: ROC AUC with a Hanley-McNeil confidence interval and the TPR at 1%
and 10% FPR (flagged unresolved where there are fewer than ``1 / fpr``
non-members).

Distance to closest record (DCR) is reported as a **sanity check only**:
it is known to pass synthetic data that leaks (a generator can move every
copied row a little and keep every DCR figure unremarkable while linkability
and membership inference still succeed). It never releases anything and
never blocks on its own; the decision adds a note when it looks wrong.

Determinism. anonymeter's singling-out evaluator takes a seed; its
linkability and inference evaluators draw targets with pandas' ``sample``
(numpy's global generator), so numpy's global state is seeded around each
call and restored after it. The linkability baseline (random links) draws
from an unseeded generator inside anonymeter and is replaced here by a
seeded draw of the same kind. The singling-out control correction samples
with polars, whose global seed is set (polars offers no way to restore it).
None of this is thread-safe: run one gate per process at a time.

Singling out is the exception: anonymeter builds its candidate predicates
from polars ``group_by``/``unique``, whose row order is not defined, so the
same seed can pick a different subset of them. Measured on the
breast-cancer split (189 attacks, 8 runs, one seed): univariate singling out
on an independent sample ranged 0.000-0.027 (upper bound 0.02-0.08), on a
copy 0.989-0.990; multivariate gave the same estimate every time and only
its baseline moved. Every other figure is reproducible for a seed.

Nothing here logs or reports a value of the data: figures are counts and
rates, the only names are column names, and an evaluator that fails is
recorded by its exception's type (its message may quote cells).
"""

from __future__ import annotations

import importlib
import logging
import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from custos.core._errors import InvalidInput
from custos.synth._limits import DisclosureLimits

__all__ = [
    "DisclosureLimits",
    "DisclosureReport",
    "GateDecision",
    "MembershipResult",
    "RiskResult",
    "assess_disclosure",
    "decide",
    "membership_inference",
]

REPORT_FORMAT = "custos.synthetic_disclosure/v1"
FPRS = (0.01, 0.1)
DEFAULT_N_ATTACKS = 500
_LOG = logging.getLogger(__name__)


# --------------------------------------------------------------------------- #
# Results (the limits live in custos.synth._limits).
# --------------------------------------------------------------------------- #


def _clean(value: float | None) -> float | None:
    """A finite float rounded to 6 decimals, or ``None`` (for JSON)."""
    if value is None:
        return None
    x = float(value)
    return round(x, 6) if math.isfinite(x) else None


@dataclass(frozen=True)
class RiskResult:
    """One anonymeter evaluation: the residual risk and the rates behind it.

    ``error`` is the failing exception's type name; the figures are then NaN.
    """

    name: str
    value: float
    ci_low: float
    ci_high: float
    n_attacks: int
    attack_rate: float = math.nan
    baseline_rate: float = math.nan
    control_rate: float = math.nan
    n_success: float = math.nan
    n_baseline: float = math.nan
    n_control: float = math.nan
    details: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None

    @classmethod
    def failed(cls, name: str, n_attacks: int, error: str, **details: Any) -> RiskResult:
        """A result for an evaluation that raised: NaN figures and the error type."""
        nan = math.nan
        return cls(name, nan, nan, nan, n_attacks, details=details, error=error)

    @property
    def ok(self) -> bool:
        """Whether every figure the gate compares is a finite number."""
        return self.error is None and all(
            math.isfinite(x) for x in (self.value, self.ci_low, self.ci_high)
        )

    def to_dict(self) -> dict[str, Any]:
        """The result as a JSON-able dict (NaN becomes ``None``)."""
        return {
            "name": self.name,
            "risk": {
                "estimate": _clean(self.value),
                "low": _clean(self.ci_low),
                "high": _clean(self.ci_high),
            },
            "rates": {
                "attack": _clean(self.attack_rate),
                "baseline": _clean(self.baseline_rate),
                "control": _clean(self.control_rate),
            },
            "counts": {
                "attacks": self.n_attacks,
                "attack_successes": _clean(self.n_success),
                "baseline_successes": _clean(self.n_baseline),
                "control_successes": _clean(self.n_control),
            },
            "details": dict(self.details),
            "error": self.error,
        }


@dataclass(frozen=True)
class MembershipResult:
    """A membership-inference attack on the synthetic table."""

    name: str
    description: str
    auc: float
    auc_low: float
    auc_high: float
    members: int
    non_members: int
    tpr_at_fpr: Mapping[float, float] = field(default_factory=dict)
    reference: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the AUC and its interval are finite numbers."""
        return self.error is None and all(
            math.isfinite(x) for x in (self.auc, self.auc_low, self.auc_high)
        )

    def to_dict(self) -> dict[str, Any]:
        """The result as a JSON-able dict (NaN becomes ``None``)."""
        return {
            "name": self.name,
            "description": self.description,
            "auc": {
                "estimate": _clean(self.auc),
                "low": _clean(self.auc_low),
                "high": _clean(self.auc_high),
            },
            "tpr_at_fpr": [
                {
                    "target_fpr": fpr,
                    "tpr": _clean(self.tpr_at_fpr.get(fpr)),
                    "resolved": self.non_members * fpr >= 1.0,
                }
                for fpr in FPRS
            ],
            "members": self.members,
            "non_members": self.non_members,
            "reference_rows": self.reference,
            "error": self.error,
        }


@dataclass(frozen=True)
class DisclosureReport:
    """Every disclosure figure for one synthetic table (see the module docstring)."""

    rows: Mapping[str, int]
    columns: int
    categorical: tuple[str, ...]
    confidence: float
    seed: int
    n_attacks_requested: int
    n_attacks: int
    singling_out: Mapping[str, RiskResult]
    linkability: RiskResult
    inference: Mapping[str, RiskResult]
    membership: Mapping[str, MembershipResult]
    dcr: Mapping[str, Any]
    notes: tuple[str, ...] = ()

    @property
    def n_attacks_clamped(self) -> bool:
        """Whether fewer attacks ran than were asked for (too few control rows)."""
        return self.n_attacks < self.n_attacks_requested

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-able dict."""
        return {
            "format": REPORT_FORMAT,
            "rows": dict(self.rows),
            "columns": self.columns,
            "categorical": list(self.categorical),
            "confidence": self.confidence,
            "seed": self.seed,
            "n_attacks": {
                "requested": self.n_attacks_requested,
                "used": self.n_attacks,
                "clamped": self.n_attacks_clamped,
            },
            "singling_out": {k: v.to_dict() for k, v in self.singling_out.items()},
            "linkability": self.linkability.to_dict(),
            "inference": {k: v.to_dict() for k, v in self.inference.items()},
            "inference_max": _clean(_max_value(self.inference.values())),
            "membership": {k: v.to_dict() for k, v in self.membership.items()},
            "dcr": dict(self.dcr),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class GateDecision:
    """Whether the synthetic table may leave, and why not."""

    released: bool
    reasons: tuple[str, ...]
    limits: DisclosureLimits
    compared: Mapping[str, float | None]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The decision as a JSON-able dict."""
        return {
            "decision": "pass" if self.released else "block",
            "released": self.released,
            "reasons": list(self.reasons),
            "notes": list(self.notes),
            "limits": self.limits.to_dict(),
            "compared": {k: _clean(v) for k, v in self.compared.items()},
        }


def _max_value(results: Iterable[RiskResult]) -> float:
    """The largest risk estimate, NaN if there is none or one is not finite."""
    values = [r.value for r in results]
    if not values or any(not math.isfinite(v) for v in values):
        return math.nan
    return max(values)


# --------------------------------------------------------------------------- #
# Input checks and encodings.
# --------------------------------------------------------------------------- #


def _check_tables(
    train: pd.DataFrame,
    control: pd.DataFrame,
    synthetic: pd.DataFrame,
    categorical: Sequence[str],
) -> list[str]:
    """Validate the three tables; return the column list (train's order)."""
    problems: list[str] = []
    columns = [str(c) for c in train.columns]
    if len(set(columns)) != len(columns):
        problems.append("train has duplicate column names")
    for name, df in (("control", control), ("synthetic", synthetic)):
        if sorted(map(str, df.columns)) != sorted(columns):
            problems.append(f"{name} does not have the same columns as train")
    for name, df in (("train", train), ("control", control), ("synthetic", synthetic)):
        if len(df) < 10:
            problems.append(f"{name} has {len(df)} rows; the gate needs at least 10")
    unknown = [c for c in categorical if c not in columns]
    if unknown:
        problems.append(f"categorical columns not in the table: {', '.join(map(str, unknown))}")
    numeric = [c for c in columns if c not in set(categorical)]
    for c in numeric:
        for name, df in (("train", train), ("control", control), ("synthetic", synthetic)):
            if c in df.columns and not pd.api.types.is_numeric_dtype(df[c]):
                problems.append(f"column {c!r} in {name} is not numeric and not categorical")
    if len(columns) < 2:
        problems.append("the gate needs at least 2 columns")
    if problems:
        raise InvalidInput(
            "the tables cannot be assessed", code="synth.invalid_tables", details=problems
        )
    return columns


def _for_anonymeter(
    df: pd.DataFrame, columns: Sequence[str], categorical: set[str]
) -> pd.DataFrame:
    """Categoricals as strings (anonymeter types columns by dtype), numerics as floats."""
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    for c in columns:
        s = df[c].reset_index(drop=True)
        out[c] = s.astype(str).astype(object) if c in categorical else s.astype(np.float64)
    return out


def _encoder(
    train: pd.DataFrame,
    others: Sequence[pd.DataFrame],
    columns: Sequence[str],
    categorical: set[str],
) -> Callable[[pd.DataFrame], np.ndarray]:
    """Standardize numerics by train's mean and std, one-hot categoricals.

    Missing numerics become 0 (the train mean); a missing categorical is a
    category of its own. Categories come from every table so that a category
    only the synthetic table has still gets a column.
    """
    numeric = [c for c in columns if c not in categorical]
    stats = {}
    for c in numeric:
        x = train[c].astype(np.float64)
        mean = float(x.mean()) if x.notna().any() else 0.0
        std = float(x.std()) if x.notna().sum() > 1 else 0.0
        stats[c] = (mean, std if std > 0 and math.isfinite(std) else 1.0)
    levels = {
        c: sorted({str(v) for df in (train, *others) for v in df[c].astype(str).unique()})
        for c in columns
        if c in categorical
    }

    def encode(df: pd.DataFrame) -> np.ndarray:
        parts: list[np.ndarray] = []
        for c in numeric:
            mean, std = stats[c]
            v = (df[c].to_numpy(dtype=np.float64, na_value=np.nan) - mean) / std
            parts.append(np.nan_to_num(v, nan=0.0, posinf=0.0, neginf=0.0)[:, None])
        for c, cats in levels.items():
            codes = pd.Categorical(df[c].astype(str), categories=cats).codes
            parts.append((codes[:, None] == np.arange(len(cats))[None, :]).astype(np.float64))
        return np.hstack(parts) if parts else np.zeros((len(df), 0))

    return encode


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Seed numpy's global generator (and polars') for a block; restore numpy's after."""
    import polars as pl

    state = np.random.get_state()
    np.random.seed(seed % 2**32)
    pl.set_random_seed(seed % 2**32)
    try:
        with warnings.catch_warnings():
            # anonymeter warns when an attack does no better than its baseline:
            # exactly what a good synthetic table should produce.
            warnings.simplefilter("ignore")
            yield
    finally:
        np.random.set_state(state)


# --------------------------------------------------------------------------- #
# anonymeter's three risks.
# --------------------------------------------------------------------------- #


def _anonymeter(submodule: str = "") -> Any:
    """Import anonymeter's evaluators lazily (it pulls in polars and numba).

    Through importlib, so that the package, which ships no type information,
    needs no ``type: ignore`` here; what it returns is typed ``Any``.
    """
    name = "anonymeter.evaluators" + (f".{submodule}" if submodule else "")
    return importlib.import_module(name)


def _from_evaluator(
    name: str, evaluator: Any, confidence: float, n_attacks: int, **details: Any
) -> RiskResult:
    """Read risk, interval and rates from an evaluated anonymeter evaluator."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "attack no better than baseline": see _seeded
        results = evaluator.results(confidence_level=confidence)
        risk = results.risk()
    control = results.control_rate
    return RiskResult(
        name=name,
        value=float(risk.value),
        ci_low=float(risk.ci[0]),
        ci_high=float(risk.ci[1]),
        n_attacks=n_attacks,
        attack_rate=float(results.attack_rate.value),
        baseline_rate=float(results.baseline_rate.value),
        control_rate=math.nan if control is None else float(control.value),
        n_success=float(results.n_success),
        n_baseline=float(results.n_baseline),
        n_control=math.nan if results.n_control is None else float(results.n_control),
        details=details,
    )


def _guarded(
    name: str, n_attacks: int, run: Callable[[], RiskResult], **details: Any
) -> RiskResult:
    """Run one evaluation; an exception becomes a failed result (fail closed)."""
    try:
        return run()
    except Exception as exc:  # any failure must block, never crash through
        kind = type(exc).__name__
        _LOG.warning("synthetic disclosure gate: %s evaluation failed (%s)", name, kind)
        return RiskResult.failed(name, n_attacks, kind, **details)


def _singling_out(
    ori: pd.DataFrame,
    syn: pd.DataFrame,
    control: pd.DataFrame,
    *,
    mode: Literal["univariate", "multivariate"],
    n_attacks: int,
    n_cols: int,
    max_attempts: int,
    confidence: float,
    seed: int,
) -> RiskResult:
    SinglingOutEvaluator = _anonymeter().SinglingOutEvaluator

    def run() -> RiskResult:
        with _seeded(seed):
            evaluator = SinglingOutEvaluator(
                ori=ori,
                syn=syn,
                control=control,
                n_attacks=n_attacks,
                n_cols=n_cols,
                max_attempts=max_attempts,
                seed=seed,
            ).evaluate(mode=mode)
        return _from_evaluator(
            f"singling_out_{mode}",
            evaluator,
            confidence,
            n_attacks,
            mode=mode,
            n_cols=1 if mode == "univariate" else n_cols,
        )

    return _guarded(f"singling_out_{mode}", n_attacks, run, mode=mode)


def _linkability(
    ori: pd.DataFrame,
    syn: pd.DataFrame,
    control: pd.DataFrame,
    *,
    aux: tuple[list[str], list[str]],
    n_attacks: int,
    confidence: float,
    seed: int,
) -> RiskResult:
    LinkabilityEvaluator = _anonymeter().LinkabilityEvaluator
    LinkabilityIndexes = _anonymeter("linkability_evaluator").LinkabilityIndexes

    def run() -> RiskResult:
        with _seeded(seed):
            evaluator = LinkabilityEvaluator(
                ori=ori,
                syn=syn,
                control=control,
                aux_cols=aux,
                n_attacks=n_attacks,
                n_neighbors=1,
            ).evaluate(n_jobs=1)
        # anonymeter draws the random-linking baseline from an unseeded
        # generator; redraw it, the same way, from the seed.
        rng = np.random.default_rng([seed, 1])
        n_syn = len(syn)
        evaluator._baseline_links = LinkabilityIndexes(
            idx_0=rng.integers(0, n_syn, size=(n_attacks, 1)),
            idx_1=rng.integers(0, n_syn, size=(n_attacks, 1)),
        )
        return _from_evaluator(
            "linkability",
            evaluator,
            confidence,
            n_attacks,
            aux_columns=[list(aux[0]), list(aux[1])],
        )

    return _guarded("linkability", n_attacks, run, aux_columns=[list(aux[0]), list(aux[1])])


def _inference(
    ori: pd.DataFrame,
    syn: pd.DataFrame,
    control: pd.DataFrame,
    *,
    secret: str,
    regression: bool,
    n_attacks: int,
    confidence: float,
    seed: int,
) -> RiskResult:
    InferenceEvaluator = _anonymeter().InferenceEvaluator

    aux = [c for c in ori.columns if c != secret]

    def run() -> RiskResult:
        with _seeded(seed):
            evaluator = InferenceEvaluator(
                ori=ori,
                syn=syn,
                control=control,
                aux_cols=aux,
                secret=secret,
                regression=regression,
                n_attacks=n_attacks,
            ).evaluate(n_jobs=1)
        return _from_evaluator(
            f"inference[{secret}]",
            evaluator,
            confidence,
            n_attacks,
            secret=secret,
            regression=regression,
        )

    return _guarded(f"inference[{secret}]", n_attacks, run, secret=secret, regression=regression)


# --------------------------------------------------------------------------- #
# Membership inference.
# --------------------------------------------------------------------------- #


def _auc_interval(auc: float, n_pos: int, n_neg: int, confidence: float) -> tuple[float, float]:
    """Hanley and McNeil's (1982) normal interval for an AUC, clipped to [0, 1]."""
    from scipy import stats

    if n_pos < 1 or n_neg < 1 or not math.isfinite(auc):
        return math.nan, math.nan
    q1 = auc / (2.0 - auc)
    q2 = 2.0 * auc * auc / (1.0 + auc)
    var = (auc * (1.0 - auc) + (n_pos - 1) * (q1 - auc * auc) + (n_neg - 1) * (q2 - auc * auc)) / (
        n_pos * n_neg
    )
    z = float(stats.norm.ppf(0.5 + confidence / 2.0))
    half = z * math.sqrt(max(var, 0.0))
    return max(auc - half, 0.0), min(auc + half, 1.0)


def membership_inference(
    scores: np.ndarray,
    is_member: np.ndarray,
    *,
    name: str,
    description: str,
    confidence: float,
    reference: int = 0,
) -> MembershipResult:
    """Summarize membership scores (higher means "member") as AUC and TPR at FPR.

    The TPR at a target FPR is the highest TPR over thresholds whose observed
    FPR is at most the target.
    """
    from sklearn.metrics import roc_auc_score, roc_curve

    s = np.asarray(scores, dtype=np.float64)
    member = np.asarray(is_member, dtype=bool)
    n_pos, n_neg = int(member.sum()), int((~member).sum())
    if not np.isfinite(s).all():
        raise ValueError("membership scores are not all finite")
    auc = float(roc_auc_score(member, s))
    low, high = _auc_interval(auc, n_pos, n_neg, confidence)
    fpr, tpr, _ = roc_curve(member, s)
    tprs = {target: float(tpr[fpr <= target + 1e-12].max()) for target in FPRS}
    return MembershipResult(
        name=name,
        description=description,
        auc=auc,
        auc_low=low,
        auc_high=high,
        members=n_pos,
        non_members=n_neg,
        tpr_at_fpr=tprs,
        reference=reference,
    )


def _dcr_attack(
    enc_members: np.ndarray,
    enc_non: np.ndarray,
    enc_syn: np.ndarray,
    confidence: float,
) -> MembershipResult:
    from sklearn.neighbors import NearestNeighbors

    nn = NearestNeighbors(n_neighbors=1, n_jobs=1).fit(enc_syn)
    x = np.vstack([enc_members, enc_non])
    dist, _ = nn.kneighbors(x)
    is_member = np.r_[np.ones(len(enc_members), bool), np.zeros(len(enc_non), bool)]
    return membership_inference(
        -dist[:, 0],
        is_member,
        name="dcr",
        description="distance to the closest synthetic record (standardized numerics, "
        "one-hot categoricals); closer means member",
        confidence=confidence,
    )


def _log_kde(fit: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Log density of a Gaussian KDE on ``fit`` at ``x`` (Scott's bandwidth, standardized)."""
    from sklearn.neighbors import KernelDensity

    n, d = fit.shape
    bandwidth = max(float(n) ** (-1.0 / (d + 4)), 1e-3)
    kde = KernelDensity(kernel="gaussian", bandwidth=bandwidth).fit(fit)
    return np.asarray(kde.score_samples(x), dtype=np.float64)


def _density_attack(
    enc_members: np.ndarray,
    enc_non: np.ndarray,
    enc_reference: np.ndarray,
    enc_syn: np.ndarray,
    confidence: float,
) -> MembershipResult:
    x = np.vstack([enc_members, enc_non])
    scores = _log_kde(enc_syn, x) - _log_kde(enc_reference, x)
    is_member = np.r_[np.ones(len(enc_members), bool), np.zeros(len(enc_non), bool)]
    return membership_inference(
        scores,
        is_member,
        name="density_ratio",
        description="DOMIAS-like log density ratio, Gaussian KDE on the synthetic rows over "
        "one on a held-out half of control (the reference); the other half are the non-members",
        confidence=confidence,
        reference=len(enc_reference),
    )


def _guarded_mia(
    name: str, members: int, non_members: int, run: Callable[[], MembershipResult]
) -> MembershipResult:
    try:
        return run()
    except Exception as exc:  # any failure must block, never crash through
        kind = type(exc).__name__
        _LOG.warning("synthetic disclosure gate: %s attack failed (%s)", name, kind)
        nan = math.nan
        return MembershipResult(name, "", nan, nan, nan, members, non_members, error=kind)


# --------------------------------------------------------------------------- #
# Distance to closest record: a sanity check, never a release criterion.
# --------------------------------------------------------------------------- #


def _row_keys(df: pd.DataFrame, columns: Sequence[str], categorical: set[str]) -> set[int]:
    frame = _for_anonymeter(df, columns, categorical)
    return {int(h) for h in pd.util.hash_pandas_object(frame, index=False).to_numpy()}


def _dcr_summary(
    enc_train_sub: np.ndarray,
    enc_control: np.ndarray,
    enc_syn: np.ndarray,
    exact_copies: int,
    n_synthetic: int,
) -> dict[str, Any]:
    from sklearn.neighbors import NearestNeighbors

    d_train, _ = NearestNeighbors(n_neighbors=1, n_jobs=1).fit(enc_train_sub).kneighbors(enc_syn)
    d_ctrl, _ = NearestNeighbors(n_neighbors=1, n_jobs=1).fit(enc_control).kneighbors(enc_syn)
    dt, dc = d_train[:, 0], d_ctrl[:, 0]
    # A tie counts half to each side, so identical sets give exactly 0.5.
    closer_train = float(np.mean((dt < dc) + 0.5 * (dt == dc)))
    return {
        "note": "sanity check only: distance to closest record is known to pass synthetic "
        "data that leaks; it is not a release criterion",
        "train_rows_compared": len(enc_train_sub),
        "control_rows_compared": len(enc_control),
        "share_closer_to_train": round(closer_train, 6),
        "exact_copies_of_train_rows": exact_copies,
        "exact_copy_share": round(exact_copies / max(n_synthetic, 1), 6),
        "median_dcr_to_train": _clean(float(np.median(dt))),
        "median_dcr_to_control": _clean(float(np.median(dc))),
    }


# --------------------------------------------------------------------------- #
# The assessment.
# --------------------------------------------------------------------------- #


def assess_disclosure(
    train: pd.DataFrame,
    control: pd.DataFrame,
    synthetic: pd.DataFrame,
    *,
    categorical: Sequence[str] = (),
    target: str | None = None,
    secrets: Sequence[str] | None = None,
    n_attacks: int = DEFAULT_N_ATTACKS,
    confidence: float = 0.95,
    multivariate: bool = True,
    n_cols: int = 3,
    max_attempts: int = 100_000,
    seed: int = 0,
) -> DisclosureReport:
    """Measure the disclosure risks of ``synthetic``.

    Parameters
    ----------
    train, control, synthetic
        The real rows the generator saw, real rows it never saw, and its
        output; the same columns (``synthetic`` and ``control`` may order
        them differently; train's order is used).
    categorical
        The categorical columns; every other column must be numeric.
    target
        The column a model would predict; the default secret.
    secrets
        Columns for the attribute-inference attack, one evaluation each; by
        default ``[target]``.
    n_attacks
        Attacks per anonymeter evaluation, clamped to the number of control
        and train rows (each attack targets a distinct row of each); the
        report says when it was.
    confidence
        Level of every confidence interval (use the limits' ``confidence``).
    multivariate
        Also run multivariate singling out (predicates on ``n_cols``
        columns; ``max_attempts`` caps the query search). On 30 numeric
        columns and 190 rows it takes under a second.
    seed
        Makes the report reproducible (see the module docstring).

    Returns
    -------
    DisclosureReport
        Every figure; pass it to :func:`decide`. Evaluations that raise are
        recorded as failed, not raised, so the decision can block on them.

    Raises
    ------
    InvalidInput
        ``synth.invalid_tables`` when the tables differ in columns, are too
        small, or a non-categorical column is not numeric;
        ``synth.invalid_secrets`` when no secret is given and there is no
        target, or a secret is not a column; ``synth.invalid_arguments``
        for a bad ``n_attacks``, ``confidence`` or ``n_cols``.
    """
    columns = _check_tables(train, control, synthetic, categorical)
    cats = set(categorical)
    bad: list[str] = []
    if n_attacks < 1:
        bad.append("n_attacks must be at least 1")
    if not 0.5 <= confidence < 1.0:
        bad.append("confidence must be in [0.5, 1)")
    if n_cols < 1 or n_cols > len(columns):
        bad.append("n_cols must be between 1 and the number of columns")
    if bad:
        raise InvalidInput(
            "invalid disclosure gate arguments", code="synth.invalid_arguments", details=bad
        )
    chosen = list(secrets) if secrets is not None else ([target] if target is not None else [])
    if not chosen or any(s not in columns for s in chosen) or len(set(chosen)) != len(chosen):
        raise InvalidInput(
            "attribute inference needs one or more distinct secret columns of the table "
            "(pass secrets=..., or a target)",
            code="synth.invalid_secrets",
        )

    ori = _for_anonymeter(train, columns, cats)
    ctl = _for_anonymeter(control, columns, cats)
    syn = _for_anonymeter(synthetic, columns, cats)
    n_used = min(n_attacks, len(ctl), len(ori))
    notes: list[str] = []
    if n_used < n_attacks:
        notes.append(
            f"n_attacks clamped from {n_attacks} to {n_used}: each attack targets a distinct "
            f"row and control has {len(ctl)} rows, train {len(ori)}"
        )

    singling = {
        "univariate": _singling_out(
            ori,
            syn,
            ctl,
            mode="univariate",
            n_attacks=n_used,
            n_cols=n_cols,
            max_attempts=max_attempts,
            confidence=confidence,
            seed=seed,
        )
    }
    if multivariate:
        singling["multivariate"] = _singling_out(
            ori,
            syn,
            ctl,
            mode="multivariate",
            n_attacks=n_used,
            n_cols=n_cols,
            max_attempts=max_attempts,
            confidence=confidence,
            seed=seed + 1,
        )
    half = len(columns) // 2
    aux = (columns[:half], columns[half:])
    linkability = _linkability(
        ori, syn, ctl, aux=aux, n_attacks=n_used, confidence=confidence, seed=seed + 2
    )
    inference = {
        secret: _inference(
            ori,
            syn,
            ctl,
            secret=secret,
            regression=secret not in cats,
            n_attacks=n_used,
            confidence=confidence,
            seed=seed + 3 + i,
        )
        for i, secret in enumerate(chosen)
    }

    # Membership inference and DCR in one encoding (train's statistics).
    rng = np.random.default_rng([seed, 2])
    encode = _encoder(train, (control, synthetic), columns, cats)
    enc_train, enc_ctl, enc_syn = encode(train), encode(control), encode(synthetic)
    n_ctl = len(enc_ctl)
    m = min(len(enc_train), n_ctl)
    train_sub = enc_train[np.sort(rng.choice(len(enc_train), size=m, replace=False))]
    ctl_sub = enc_ctl[np.sort(rng.choice(n_ctl, size=m, replace=False))]
    membership = {
        "dcr": _guarded_mia(
            "dcr", m, m, lambda: _dcr_attack(train_sub, ctl_sub, enc_syn, confidence)
        )
    }
    perm = rng.permutation(n_ctl)
    ref_idx, non_idx = np.sort(perm[: n_ctl // 2]), np.sort(perm[n_ctl // 2 :])
    m2 = min(len(non_idx), len(enc_train))
    non_idx = non_idx[:m2]
    members2 = enc_train[np.sort(rng.choice(len(enc_train), size=m2, replace=False))]
    membership["density_ratio"] = _guarded_mia(
        "density_ratio",
        m2,
        m2,
        lambda: _density_attack(members2, enc_ctl[non_idx], enc_ctl[ref_idx], enc_syn, confidence),
    )

    try:
        train_keys = _row_keys(train, columns, cats)
        syn_hashes = pd.util.hash_pandas_object(
            _for_anonymeter(synthetic, columns, cats), index=False
        ).to_numpy()
        copies = int(sum(int(h) in train_keys for h in syn_hashes))
        dcr: dict[str, Any] = _dcr_summary(train_sub, ctl_sub, enc_syn, copies, len(synthetic))
    except Exception as exc:  # a sanity check must not stop the gate
        dcr = {"error": type(exc).__name__}

    return DisclosureReport(
        rows={"train": len(train), "control": len(control), "synthetic": len(synthetic)},
        columns=len(columns),
        categorical=tuple(c for c in columns if c in cats),
        confidence=confidence,
        seed=seed,
        n_attacks_requested=n_attacks,
        n_attacks=n_used,
        singling_out=singling,
        linkability=linkability,
        inference=inference,
        membership=membership,
        dcr=dcr,
        notes=tuple(notes),
    )


# --------------------------------------------------------------------------- #
# The decision.
# --------------------------------------------------------------------------- #


def decide(report: DisclosureReport, limits: DisclosureLimits | None = None) -> GateDecision:
    """Decide whether the synthetic table may be released.

    Over a limit means the point estimate is above it (``gate_on:
    estimate``) or the upper end of its confidence interval is
    (``upper_bound``). Fails closed: any evaluation that raised or gave a
    non-finite figure blocks, with a reason naming the clause it could not
    check; so does a report whose intervals are at another confidence level
    than the limits when the upper bound is gated.

    Reasons cite the clause (``synthetic.max_linkability_risk``) and carry
    only column names, counts and rates.
    """
    limits = limits or DisclosureLimits()
    upper = limits.gate_on == "upper_bound"
    which = "upper bound" if upper else "estimate"
    reasons: list[str] = []
    compared: dict[str, float | None] = {}
    if upper and not math.isclose(report.confidence, limits.confidence):
        reasons.append(
            f"synthetic.confidence: the report's intervals are at {report.confidence:.2%} but "
            f"the limits gate the upper bound at {limits.confidence:.2%}; reassess at that level"
        )

    def check(key: str, label: str, result: RiskResult | MembershipResult, limit: float) -> None:
        clause = f"synthetic.{key}"
        if not result.ok:
            compared[label] = None
            why = f"it failed ({result.error})" if result.error else "it gave no finite figure"
            reasons.append(f"{clause}: {label} could not be evaluated: {why}; fail closed")
            return
        if isinstance(result, RiskResult):
            figure = result.ci_high if upper else result.value
        else:
            figure = result.auc_high if upper else result.auc
        compared[label] = figure
        if figure > limit + 1e-12:
            reasons.append(f"{clause}: {label} {which} {figure:.4f} is over the limit {limit:.4f}")

    for mode, result in report.singling_out.items():
        check(
            "max_singling_out_risk",
            f"singling-out risk ({mode})",
            result,
            limits.max_singling_out_risk,
        )
    check(
        "max_linkability_risk", "linkability risk", report.linkability, limits.max_linkability_risk
    )
    if not report.inference:
        reasons.append("synthetic.max_inference_risk: no inference evaluation; fail closed")
    for secret, result in report.inference.items():
        check(
            "max_inference_risk",
            f"inference risk on column {secret!r}",
            result,
            limits.max_inference_risk,
        )
    if not report.membership:
        reasons.append("synthetic.max_mia_auc: no membership-inference attack; fail closed")
    for name, mia in report.membership.items():
        check("max_mia_auc", f"membership-inference AUC ({name})", mia, limits.max_mia_auc)

    notes: list[str] = list(report.notes)
    copies = report.dcr.get("exact_copies_of_train_rows")
    if isinstance(copies, int) and copies > 0:
        notes.append(f"sanity check: {copies} synthetic rows are exact copies of train rows")
    share = report.dcr.get("share_closer_to_train")
    if isinstance(share, float) and share > 0.6:
        notes.append(
            f"sanity check: {share:.1%} of synthetic rows are closer to a train row than to "
            "any control row (50% expected)"
        )
    if "error" in report.dcr:
        notes.append(f"sanity check: distance to closest record failed ({report.dcr['error']})")
    return GateDecision(
        released=not reasons,
        reasons=tuple(reasons),
        limits=limits,
        compared=compared,
        notes=tuple(notes),
    )
