"""Membership-inference attack scores and the statistics of a leakage audit.

Before a trained model leaves a hospital, the node attacks it with rows the
hospital holds: *members* (training rows) and *non-members* (validation
rows), plus an optional one-run canary audit. This module turns model logits
into attack scores and attack scores into reportable numbers:

* scores: the loss-threshold attack (Yeom et al. 2018), LiRA (Carlini et al.
  2022) and RMIA (Zarifzadeh et al. 2024);
* statistics: ROC, AUC, TPR at a fixed FPR, membership advantage, an
  empirical lower bound on epsilon (Jagielski et al. 2020; Nasr et al. 2021)
  and the one-run audit of Steinke, Nasr and Jagielski (2023).

The models are binary classifiers that output one logit ``h`` per row; the
label is ``y`` in {0, 1}. Every function is deterministic given its inputs;
the ones that draw random numbers take a ``seed`` and use
:func:`numpy.random.default_rng`. Error messages name the problem, never a
data value: they may end up in logs that leave the hospital.

References
----------
.. [Yeom18] S. Yeom, I. Giacomelli, M. Fredrikson, S. Jha. "Privacy risk in
   machine learning: analyzing the connection to overfitting." CSF 2018.
.. [Carlini22] N. Carlini, S. Chien, M. Nasr, S. Song, A. Terzis, F. Tramèr.
   "Membership inference attacks from first principles." IEEE S&P 2022.
.. [Zarifzadeh24] S. Zarifzadeh, P. Liu, H. Leng, R. Shokri. "Low-cost
   high-power membership inference attacks." ICML 2024.
.. [Jagielski20] M. Jagielski, J. Ullman, A. Oprea. "Auditing differentially
   private machine learning: how private is private SGD?" NeurIPS 2020.
.. [Nasr21] M. Nasr, S. Song, A. Thakurta, N. Papernot, N. Carlini.
   "Adversary instantiation: lower bounds for differentially private machine
   learning." IEEE S&P 2021.
.. [Steinke23] T. Steinke, M. Nasr, M. Jagielski. "Privacy auditing with one
   (1) training run." NeurIPS 2023.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import special, stats

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: The floor on LiRA's global standard deviations.
MIN_STD = 1e-6
#: ROC points with an FPR at or below this are all kept by :func:`downsample_roc`.
LOW_FPR = 0.01
#: The guess counts ``k`` the one-run audit tries by default (``2k <= m``).
DEFAULT_GUESS_COUNTS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000)
#: The smallest number of canaries :func:`one_run_audit` accepts.
MIN_CANARIES = 10
#: The search range and precision of :func:`one_run_epsilon`.
EPS_SEARCH_MAX = 50.0
EPS_SEARCH_TOL = 1e-4
#: Bootstrap replicates are drawn in chunks of at most this many cells.
_CHUNK_CELLS = 2_000_000


# --------------------------------------------------------------------------- validation


def _confidence(confidence: float) -> float:
    c = float(confidence)
    if not (math.isfinite(c) and 0.0 < c < 1.0):
        raise ValueError("confidence must lie strictly between zero and one")
    return c


def _delta(delta: float) -> float:
    d = float(delta)
    if not (math.isfinite(d) and 0.0 <= d < 1.0):
        raise ValueError("delta must lie in [zero, one)")
    return d


def _count(value: int, name: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"{name} must be an integer")
    if value < minimum:
        raise ValueError(f"{name} is below its minimum")
    return int(value)


def _bool_vector(values: npt.ArrayLike, name: str) -> BoolArray:
    arr = np.asarray(values)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    if arr.dtype == np.bool_:
        return arr.astype(np.bool_)
    if not np.issubdtype(arr.dtype, np.number) or not np.all((arr == 0) | (arr == 1)):
        raise ValueError(f"{name} must hold only booleans or zeros and ones")
    return arr.astype(np.bool_)


def _float_array(values: npt.ArrayLike, name: str) -> FloatArray:
    arr = np.asarray(values)
    real = np.issubdtype(arr.dtype, np.number) and not np.issubdtype(arr.dtype, np.complexfloating)
    if not real:
        raise ValueError(f"{name} must be real numbers")
    out = arr.astype(np.float64)
    if not np.all(np.isfinite(out)):
        raise ValueError(f"{name} must be finite")
    return out


def _scores_and_membership(
    scores: npt.ArrayLike, is_member: npt.ArrayLike, *, name: str = "is_member"
) -> tuple[FloatArray, BoolArray]:
    """Validate an attack's scores and the membership labels they are judged by."""
    s = _float_array(scores, "scores")
    if s.ndim != 1:
        raise ValueError("scores must be one-dimensional")
    m = _bool_vector(is_member, name)
    if s.shape != m.shape:
        raise ValueError(f"scores and {name} must have the same length")
    if m.all() or not m.any():
        raise ValueError(f"{name} must contain both members and non-members")
    return s, m


def _labels(y: npt.ArrayLike, n: int) -> BoolArray:
    labels = _bool_vector(y, "y")
    if labels.shape != (n,):
        raise ValueError("y must have one label per row of the logits")
    return labels


# --------------------------------------------------------------------------- attack scores


def signed_logit(logits: npt.ArrayLike, y: npt.ArrayLike) -> FloatArray:
    """The logit of the probability the model gives the true label.

    Parameters
    ----------
    logits : array_like, shape (n,) or (k, n)
        One logit ``h`` per row (``sigmoid(h)`` is the probability of label 1),
        for one model or for ``k`` models.
    y : array_like, shape (n,)
        The labels, 0 or 1.

    Returns
    -------
    numpy.ndarray of float64, the shape of ``logits``
        ``phi = h`` where ``y == 1`` and ``-h`` where ``y == 0``, so that
        ``sigmoid(phi)`` is the probability of the true label. This is the
        statistic LiRA models as Gaussian [Carlini22]_.
    """
    h = _float_array(logits, "logits")
    if h.ndim not in (1, 2):
        raise ValueError("logits must be one- or two-dimensional")
    labels = _labels(y, h.shape[-1])
    return np.where(labels, h, -h)


def loss_scores(target_logits: npt.ArrayLike, y: npt.ArrayLike) -> FloatArray:
    """The loss-threshold attack of [Yeom18]_.

    Parameters
    ----------
    target_logits : array_like, shape (n,)
        The attacked model's logits.
    y : array_like, shape (n,)
        The labels, 0 or 1.

    Returns
    -------
    numpy.ndarray of float64, shape (n,)
        Minus the binary cross-entropy of the true label,
        ``-log(1 + exp(-phi))``; higher means more likely a member. Computed
        with :func:`numpy.logaddexp`, so large logits neither overflow nor
        round to a loss of zero too early.
    """
    phi = signed_logit(target_logits, y)
    if phi.ndim != 1:
        raise ValueError("target_logits must be one-dimensional")
    return -np.logaddexp(0.0, -phi)


def _reference_phi(
    target_logits: npt.ArrayLike,
    y: npt.ArrayLike,
    ref_logits: npt.ArrayLike,
    ref_in: npt.ArrayLike,
) -> tuple[FloatArray, FloatArray, BoolArray]:
    """Validate a reference-model attack's inputs; return target phi, reference phi, IN mask."""
    phi = signed_logit(target_logits, y)
    if phi.ndim != 1:
        raise ValueError("target_logits must be one-dimensional")
    ref = _float_array(ref_logits, "ref_logits")
    if ref.ndim != 2 or ref.shape[1] != phi.shape[0] or ref.shape[0] < 1:
        raise ValueError("ref_logits must have shape (reference models, rows)")
    mask = np.asarray(ref_in)
    if mask.dtype != np.bool_ or mask.shape != ref.shape:
        raise ValueError("ref_in must be a boolean array shaped like ref_logits")
    return phi, signed_logit(ref, y), mask


def _group_mean(phi: FloatArray, mask: BoolArray) -> FloatArray:
    """Per-row mean of ``phi`` over the models ``mask`` selects (NaN for none)."""
    count = mask.sum(axis=0)
    total = np.where(mask, phi, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def _global_std(phi: FloatArray, mask: BoolArray, mean: FloatArray) -> float | None:
    """LiRA's fixed ("global") standard deviation for one group of models.

    The square root of the mean, over rows with at least two models in the
    group, of the per-row sample variance (ddof=1) around the per-row mean;
    floored at :data:`MIN_STD`. ``None`` when no row has two models.
    """
    count = mask.sum(axis=0)
    rows = count >= 2
    if not rows.any():
        return None
    dev2 = np.where(mask, (phi - np.where(np.isnan(mean), 0.0, mean)) ** 2, 0.0).sum(axis=0)
    variances = dev2[rows] / (count[rows] - 1)
    return max(float(np.sqrt(variances.mean())), MIN_STD)


def lira_scores(
    target_logits: npt.ArrayLike,
    y: npt.ArrayLike,
    ref_logits: npt.ArrayLike,
    ref_in: npt.ArrayLike,
    *,
    online: bool = True,
) -> FloatArray:
    """LiRA, the likelihood-ratio attack of [Carlini22]_, with global variance.

    Each row's signed logit ``phi`` (:func:`signed_logit`) under the attacked
    model is compared with Gaussians fitted to the reference models' ``phi``
    on the same row. The means are per row; the standard deviations are
    global (pooled over rows), the variant [Carlini22]_ recommend when there
    are few reference models.

    Parameters
    ----------
    target_logits : array_like, shape (n,)
        The attacked model's logits.
    y : array_like, shape (n,)
        The labels, 0 or 1.
    ref_logits : array_like, shape (k, n)
        The reference models' logits on the same rows.
    ref_in : array_like of bool, shape (k, n)
        Whether row ``j`` was in reference model ``i``'s training set
        (see :func:`assign_reference_membership`).
    online : bool, default True
        Online LiRA uses both IN and OUT models; offline LiRA only OUT models.

    Returns
    -------
    numpy.ndarray of float64, shape (n,)
        Higher means more member-like. Online:
        ``log N(phi; mu_in, s_in^2) - log N(phi; mu_out, s_out^2)``.
        Offline: ``log Phi((phi - mu_out) / s_out)``, the log of the Gaussian
        CDF (one-sided: members have a larger ``phi``).

    Raises
    ------
    ValueError
        If any row has no OUT model, if no row has two OUT models (no variance
        can be estimated), or if ``online`` and any row has no IN model: online
        and offline scores are on different scales and must not be ranked
        together, so the caller must give every row both kinds of model.

    Notes
    -----
    ``mu_in``/``mu_out`` are the per-row means over the IN/OUT models.
    ``s_in``/``s_out`` are the square roots of the mean per-row sample
    variances (ddof=1) over the rows with at least two IN (OUT) models,
    floored at :data:`MIN_STD`. If no row has two IN models (two reference
    models in all), ``s_in`` falls back to ``s_out``; if no row has two OUT
    models, no variance can be estimated and a ValueError is raised.
    """
    phi, ref_phi, is_in = _reference_phi(target_logits, y, ref_logits, ref_in)
    is_out = ~is_in
    if np.any(is_out.sum(axis=0) == 0):
        raise ValueError("every row needs at least one OUT reference model")
    mu_out = _group_mean(ref_phi, is_out)
    s_out = _global_std(ref_phi, is_out, mu_out)
    if s_out is None:
        raise ValueError("some row needs at least two OUT reference models to estimate a variance")
    if not online:
        return np.asarray(stats.norm.logcdf((phi - mu_out) / s_out), dtype=np.float64)
    if np.any(is_in.sum(axis=0) == 0):
        raise ValueError("online LiRA needs at least one IN reference model for every row")
    mu_in = _group_mean(ref_phi, is_in)
    s_in = _global_std(ref_phi, is_in, mu_in)
    if s_in is None:
        s_in = s_out
    log_in = stats.norm.logpdf(phi, loc=mu_in, scale=s_in)
    log_out = stats.norm.logpdf(phi, loc=mu_out, scale=s_out)
    return np.asarray(log_in - log_out, dtype=np.float64)


def _log_sigmoid(x: FloatArray) -> FloatArray:
    return -np.logaddexp(0.0, -x)


def rmia_scores(
    target_logits: npt.ArrayLike,
    y: npt.ArrayLike,
    ref_logits: npt.ArrayLike,
    ref_in: npt.ArrayLike,
    *,
    gamma: float = 1.0,
    offline_a: float | None = None,
) -> FloatArray:
    """RMIA, the relative membership-inference attack of [Zarifzadeh24]_.

    ``p(x | theta) = sigmoid(phi)`` is the probability of the true label.
    Each row's likelihood ratio ``ratio_x = p(x | theta) / Pr(x)`` compares
    the attacked model with the reference models' average on that row; the
    score is the fraction of the population rows ``z`` that ``x`` dominates:
    ``ratio_x / ratio_z >= gamma``.

    Parameters
    ----------
    target_logits : array_like, shape (n,)
        The attacked model's logits.
    y : array_like, shape (n,)
        The labels, 0 or 1.
    ref_logits : array_like, shape (k, n)
        The reference models' logits on the same rows.
    ref_in : array_like of bool, shape (k, n)
        Whether row ``j`` was in reference model ``i``'s training set; used
        by the offline variant only (it averages over OUT models).
    gamma : float, default 1.0
        The dominance threshold, positive.
    offline_a : float or None, default None
        ``None`` for online RMIA, ``Pr(x)`` the mean of ``p(x | theta_ref)``
        over all reference models. A value ``a`` in (0, 1] for offline RMIA,
        ``Pr(x) = ((1 + a) * mean_OUT + (1 - a)) / 2``: the paper's linear
        approximation of the IN models' average from OUT models alone.

    Returns
    -------
    numpy.ndarray of float64, shape (n,)
        Scores in [0, 1]; higher means more member-like. The population of
        each row is every other row (never the row itself).

    Notes
    -----
    Ratios are handled as logarithms, so probabilities that round to zero
    or one in float64 do not break the comparison. The dominance counts come
    from one sort: ``ratio_x / ratio_z >= gamma`` iff
    ``log ratio_z <= log ratio_x - log gamma``, a binary search in the sorted
    log ratios, which makes the whole attack O(n log n) instead of O(n^2).
    """
    phi, ref_phi, is_in = _reference_phi(target_logits, y, ref_logits, ref_in)
    g = float(gamma)
    if not (math.isfinite(g) and g > 0.0):
        raise ValueError("gamma must be positive and finite")
    n = phi.shape[0]
    if n < 2:
        raise ValueError("RMIA needs at least two rows")
    log_p_ref = _log_sigmoid(ref_phi)
    if offline_a is None:
        log_pr = special.logsumexp(log_p_ref, axis=0) - math.log(ref_phi.shape[0])
    else:
        a = float(offline_a)
        if not (math.isfinite(a) and 0.0 < a <= 1.0):
            raise ValueError("offline_a must lie in (zero, one]")
        is_out = ~is_in
        n_out = is_out.sum(axis=0)
        if np.any(n_out == 0):
            raise ValueError("every row needs at least one OUT reference model")
        log_mean_out = special.logsumexp(np.where(is_out, log_p_ref, -np.inf), axis=0) - np.log(
            n_out
        )
        log_pr = np.log((1.0 + a) / 2.0) + log_mean_out
        if a < 1.0:
            log_pr = np.logaddexp(log_pr, math.log((1.0 - a) / 2.0))
    log_ratio = np.asarray(_log_sigmoid(phi) - log_pr, dtype=np.float64)
    cutoff = log_ratio - math.log(g)
    # side="right" counts the z with log_ratio_z <= cutoff, the same comparison as below,
    # so subtracting the row's own hit removes exactly itself from its population.
    dominated = np.searchsorted(np.sort(log_ratio), cutoff, side="right")
    dominated = dominated - (log_ratio <= cutoff)
    return np.asarray(dominated / (n - 1), dtype=np.float64)


def assign_reference_membership(n: int, k: int, seed: int) -> BoolArray:
    """Which rows each reference model trains on, balanced as in [Carlini22]_.

    Parameters
    ----------
    n : int
        The number of rows, at least one.
    k : int
        The number of reference models, even and at least two.
    seed : int
        Seed for :func:`numpy.random.default_rng`.

    Returns
    -------
    numpy.ndarray of bool, shape (k, n)
        ``out[i, j]`` is whether row ``j`` trains reference model ``i``. For
        every row a uniformly random permutation of the models is drawn and
        the first ``k // 2`` are IN: every row is IN for exactly ``k // 2``
        models and OUT for the rest, so online attacks have both for every row.
    """
    n = _count(n, "n", minimum=1)
    k = _count(k, "k", minimum=2)
    if k % 2:
        raise ValueError("k must be even")
    rng = np.random.default_rng(seed)
    # One independent random permutation of the k models per row (column).
    order = rng.permuted(np.tile(np.arange(k)[:, None], (1, n)), axis=0)
    out = np.zeros((k, n), dtype=np.bool_)
    np.put_along_axis(out, order[: k // 2], True, axis=0)
    return out


# --------------------------------------------------------------------------- intervals


@dataclass(frozen=True)
class Interval:
    """A point estimate with a two-sided interval."""

    estimate: float
    low: float
    high: float

    def to_json(self) -> dict[str, float]:
        """The three numbers rounded to six decimals."""
        return {
            "estimate": round(self.estimate, 6),
            "low": round(self.low, 6),
            "high": round(self.high, 6),
        }


def clopper_pearson(successes: int, trials: int, confidence: float) -> tuple[float, float]:
    """The exact (Clopper-Pearson) two-sided interval for a binomial proportion.

    Parameters
    ----------
    successes, trials : int
        ``0 <= successes <= trials``.
    confidence : float
        Two-sided level, in (0, 1); each side has error ``(1 - confidence) / 2``.

    Returns
    -------
    (low, high) : tuple of float
        ``(0, 1)`` when ``trials == 0``; ``low = 0`` when ``successes == 0``
        and ``high = 1`` when ``successes == trials``.
    """
    # scipy.stats.binomtest(...).proportion_ci("exact") gives the same interval, but it
    # rejects trials == 0 and builds a test object per call; the beta quantiles are direct.
    s = _count(successes, "successes", minimum=0)
    t = _count(trials, "trials", minimum=0)
    if s > t:
        raise ValueError("successes must not exceed trials")
    alpha = 1.0 - _confidence(confidence)
    if t == 0:
        return 0.0, 1.0
    low = 0.0 if s == 0 else float(stats.beta.ppf(alpha / 2.0, s, t - s + 1))
    high = 1.0 if s == t else float(stats.beta.ppf(1.0 - alpha / 2.0, s + 1, t - s))
    return low, high


# --------------------------------------------------------------------------- ROC


@dataclass(frozen=True, eq=False)
class Roc:
    """An ROC curve: one point per distinct score, thresholds descending.

    A row is flagged a member when its score is ``>= threshold``. The first
    point is ``(0, 0)`` at threshold ``+inf``; the last is ``(1, 1)``.
    """

    fpr: FloatArray
    tpr: FloatArray
    thresholds: FloatArray


def roc_curve(scores: npt.ArrayLike, is_member: npt.ArrayLike) -> Roc:
    """The exact ROC curve of an attack, ties handled.

    Parameters
    ----------
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; both classes must be present.

    Returns
    -------
    Roc
        One point per distinct score (rows with equal scores move together),
        plus the starting point ``(0, 0)`` at threshold ``+inf``. Equals
        ``sklearn.metrics.roc_curve(..., drop_intermediate=False)``.
    """
    # Hand-written: scikit-learn is a test-only dependency of this project.
    s, member = _scores_and_membership(scores, is_member)
    order = np.argsort(-s, kind="stable")
    s_desc = s[order]
    hits = member[order]
    tp = np.cumsum(hits)
    fp = np.cumsum(~hits)
    # The last position of every block of equal scores is a point of the curve.
    last = np.flatnonzero(np.r_[s_desc[1:] != s_desc[:-1], True])
    n_pos = float(tp[-1])
    n_neg = float(fp[-1])
    return Roc(
        fpr=np.r_[0.0, fp[last] / n_neg],
        tpr=np.r_[0.0, tp[last] / n_pos],
        thresholds=np.r_[np.inf, s_desc[last]],
    )


def downsample_roc(roc: Roc, max_points: int = 200) -> dict[str, list[float]]:
    """At most ``max_points`` points of an ROC curve, for plotting on log axes.

    The first and last points are always kept, and so is every point with
    ``fpr <= 0.01`` (:data:`LOW_FPR`): the low-FPR region is where
    membership inference matters [Carlini22]_. The remaining budget samples
    the rest at log-spaced FPRs (for each target FPR, the last point at or
    below it). When the low-FPR points alone exceed the budget they are
    thinned evenly.

    Parameters
    ----------
    roc : Roc
        A curve from :func:`roc_curve` (FPR non-decreasing).
    max_points : int, default 200
        At least two.

    Returns
    -------
    dict
        ``{"fpr": [...], "tpr": [...]}``, floats rounded to six decimals.
    """
    budget = _count(max_points, "max_points", minimum=2)
    fpr = np.asarray(roc.fpr, dtype=np.float64)
    tpr = np.asarray(roc.tpr, dtype=np.float64)
    if fpr.ndim != 1 or fpr.shape != tpr.shape or fpr.size == 0:
        raise ValueError("roc must hold equally long one-dimensional fpr and tpr")
    if np.any(np.diff(fpr) < 0):
        raise ValueError("roc fpr must be non-decreasing")
    n = fpr.size
    if n <= budget:
        keep = np.arange(n)
    else:
        inner = np.arange(1, n - 1)
        low = inner[fpr[inner] <= LOW_FPR]
        high = inner[fpr[inner] > LOW_FPR]
        room = budget - 2
        if low.size >= room:
            picked = low[np.round(np.linspace(0, low.size - 1, room)).astype(np.int64)]
        elif high.size:
            targets = np.geomspace(fpr[high[0]], fpr[high[-1]], room - low.size)
            at = np.searchsorted(fpr[high], targets, side="right") - 1
            picked = np.r_[low, high[np.clip(at, 0, high.size - 1)]]
        else:
            picked = low
        keep = np.unique(np.r_[0, picked, n - 1])
    return {
        "fpr": [round(float(v), 6) for v in fpr[keep]],
        "tpr": [round(float(v), 6) for v in tpr[keep]],
    }


# --------------------------------------------------------------------------- AUC and advantage


_BOOTSTRAP_GRID = 2048


def _grid_codes(s: FloatArray, member: BoolArray) -> tuple[IntArray, IntArray, int]:
    """Codes of the member and non-member scores on the grid of distinct scores."""
    values, codes = np.unique(s, return_inverse=True)
    codes = codes.astype(np.int64).ravel()
    return codes[member], codes[~member], int(values.size)


def _counts(codes: IntArray, size: int, reps: int) -> IntArray:
    """Per-replicate histograms on the grid: ``codes`` has shape (reps, draws)."""
    offset = (np.arange(reps, dtype=np.int64) * size)[:, None]
    flat = (codes + offset).ravel()
    return np.bincount(flat, minlength=reps * size).reshape(reps, size).astype(np.int64)


def _auc_from_counts(c1: IntArray, c0: IntArray) -> FloatArray:
    """Mann-Whitney AUC from histograms on an ascending grid (ties count one half)."""
    below0 = np.cumsum(c0, axis=1) - c0
    wins = (c1 * (below0 + 0.5 * c0)).sum(axis=1)
    return np.asarray(wins / (c1.sum(axis=1) * c0.sum(axis=1)), dtype=np.float64)


def _advantage_from_counts(c1: IntArray, c0: IntArray) -> FloatArray:
    """Max over thresholds of TPR - FPR from histograms on an ascending grid."""
    tp = np.cumsum(c1[:, ::-1], axis=1)
    fp = np.cumsum(c0[:, ::-1], axis=1)
    gap = tp / c1.sum(axis=1, keepdims=True) - fp / c0.sum(axis=1, keepdims=True)
    # Flagging nothing is a threshold too, so the advantage is never negative.
    return np.asarray(np.maximum(gap.max(axis=1), 0.0), dtype=np.float64)


def _bootstrap_counts(
    codes1: IntArray, codes0: IntArray, size: int, reps: int, seed: int
) -> Iterator[tuple[IntArray, IntArray]]:
    """Stratified bootstrap: members and non-members are resampled separately.

    Yields the grid histograms of the resampled members and non-members, a
    chunk of replicates at a time so memory stays bounded. Resampling ``n``
    rows with replacement and counting them per grid cell is exactly a
    multinomial draw with the observed cell frequencies; when the grid has
    far fewer cells than there are rows, the histograms are drawn that way
    (O(cells) per replicate), otherwise the rows are resampled (O(rows)).
    """
    rng = np.random.default_rng(seed)
    n1, n0 = codes1.size, codes0.size
    by_cell = size * 4 < n1 + n0  # fewer cells than rows: draw the histograms
    p1 = np.bincount(codes1, minlength=size) / n1
    p0 = np.bincount(codes0, minlength=size) / n0
    chunk = max(1, _CHUNK_CELLS // max(size if by_cell else n1 + n0, size))
    done = 0
    while done < reps:
        b = min(chunk, reps - done)
        if by_cell:
            yield (
                rng.multinomial(n1, p1, size=b).astype(np.int64),
                rng.multinomial(n0, p0, size=b).astype(np.int64),
            )
        else:
            draw1 = codes1[rng.integers(0, n1, size=(b, n1))]
            draw0 = codes0[rng.integers(0, n0, size=(b, n0))]
            yield _counts(draw1, size, b), _counts(draw0, size, b)
        done += b


def _bootstrapped(
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    statistic: Any,
    confidence: float,
    seed: int,
    bootstrap: int,
) -> Interval:
    # scipy.stats.bootstrap can resample two samples independently, but it materialises every
    # resampled score array and the statistic would have to sort each one; histograms on the
    # shared grid of distinct scores make a replicate O(n) and both statistics exact.
    s, member = _scores_and_membership(scores, is_member)
    alpha = 1.0 - _confidence(confidence)
    reps = _count(bootstrap, "bootstrap", minimum=1)
    codes1, codes0, size = _grid_codes(s, member)
    c1 = _counts(codes1[None, :], size, 1)
    c0 = _counts(codes0[None, :], size, 1)
    estimate = float(statistic(c1, c0)[0])
    if size > _BOOTSTRAP_GRID:
        # Replicates on a coarser monotone grid (adjacent distinct scores
        # merged into at most _BOOTSTRAP_GRID bins): a replicate costs
        # O(bins) instead of O(n) (see _bootstrap_counts);
        # the estimate above stays exact, and merging neighbours moves an AUC
        # replicate by at most the mass of within-bin pairs (about 1/bins).
        codes1 = codes1 * _BOOTSTRAP_GRID // size
        codes0 = codes0 * _BOOTSTRAP_GRID // size
        size = _BOOTSTRAP_GRID
    replicates = np.concatenate(
        [statistic(b1, b0) for b1, b0 in _bootstrap_counts(codes1, codes0, size, reps, seed)]
    )
    low, high = np.quantile(replicates, [alpha / 2.0, 1.0 - alpha / 2.0])
    return Interval(estimate=estimate, low=float(low), high=float(high))


def auc(
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    *,
    confidence: float = 0.95,
    seed: int = 0,
    bootstrap: int = 1000,
) -> Interval:
    """The attack's ROC AUC with a stratified bootstrap percentile interval.

    Parameters
    ----------
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; both classes must be present.
    confidence : float, default 0.95
        Level of the two-sided percentile interval.
    seed : int, default 0
        Seed of the bootstrap.
    bootstrap : int, default 1000
        Number of replicates.

    Returns
    -------
    Interval
        The AUC is the Mann-Whitney statistic, the fraction of (member,
        non-member) pairs the scores order correctly, ties counting one half
        (equal to ``sklearn.metrics.roc_auc_score``). Each replicate resamples
        members and non-members separately, with replacement.
    """
    return _bootstrapped(scores, is_member, _auc_from_counts, confidence, seed, bootstrap)


def advantage(
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    *,
    confidence: float = 0.95,
    seed: int = 0,
    bootstrap: int = 1000,
) -> Interval:
    """Membership advantage [Yeom18]_, ``max_t TPR(t) - FPR(t)``, with a bootstrap interval.

    Parameters
    ----------
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; both classes must be present.
    confidence : float, default 0.95
        Level of the two-sided percentile interval.
    seed : int, default 0
        Seed of the bootstrap.
    bootstrap : int, default 1000
        Number of replicates.

    Returns
    -------
    Interval
        The maximum over all thresholds (including flagging nothing, so it is
        at least zero), with a stratified bootstrap percentile interval. The
        maximum is taken on the same data it is reported on, so the point
        estimate is optimistic for small samples.
    """
    return _bootstrapped(scores, is_member, _advantage_from_counts, confidence, seed, bootstrap)


# --------------------------------------------------------------------------- TPR at fixed FPR


@dataclass(frozen=True)
class TprAtFpr:
    """The attack's TPR at the largest achievable FPR not above a target."""

    target_fpr: float
    tpr: Interval
    fpr_achieved: float
    threshold: float
    resolved: bool

    def to_json(self) -> dict[str, Any]:
        """JSON-ready; an infinite threshold becomes ``None``."""
        return {
            "target_fpr": self.target_fpr,
            "tpr": self.tpr.to_json(),
            "fpr_achieved": round(self.fpr_achieved, 6),
            "threshold": float(self.threshold) if math.isfinite(self.threshold) else None,
            "resolved": self.resolved,
        }


def tpr_at_fpr(
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    target_fpr: float,
    *,
    confidence: float = 0.95,
) -> TprAtFpr:
    """The attack's true-positive rate at a fixed false-positive rate [Carlini22]_.

    Parameters
    ----------
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; both classes must be present.
    target_fpr : float
        In (0, 1).
    confidence : float, default 0.95
        Level of the Clopper-Pearson interval on the TPR.

    Returns
    -------
    TprAtFpr
        Rows with ``score >= threshold`` are flagged. The threshold comes from
        the non-member scores alone: the smallest non-member score at which the
        fraction of non-members flagged is ``<= target_fpr`` (so the FPR is the
        largest achievable one not above the target); if even the largest
        non-member score flags too many, the threshold sits just above it and
        the FPR is 0. As the threshold does not depend on the members, the
        number of members flagged is binomial given it, and the TPR interval is
        the exact Clopper-Pearson interval.

    Notes
    -----
    ``resolved`` is whether there are at least ``ceil(1 / target_fpr)``
    non-members. With fewer, an FPR of ``target_fpr`` cannot be measured (one
    false positive already exceeds it); the estimate is then the TPR at FPR 0,
    which understates what the attack achieves at the target.
    """
    s, member = _scores_and_membership(scores, is_member)
    target = float(target_fpr)
    if not (math.isfinite(target) and 0.0 < target < 1.0):
        raise ValueError("target_fpr must lie strictly between zero and one")
    conf = _confidence(confidence)
    neg = np.sort(s[~member])
    n0 = neg.size
    distinct = np.unique(neg)
    flagged = n0 - np.searchsorted(neg, distinct, side="left")
    # flagged / n0 <= target, with a relative slack so that e.g. 3 / 3000 passes at 0.001.
    ok = flagged <= target * n0 * (1.0 + 1e-12)
    if ok.any():
        first = int(np.argmax(ok))
        threshold = float(distinct[first])
        false_pos = int(flagged[first])
    else:
        threshold = float(np.nextafter(distinct[-1], np.inf))
        false_pos = 0
    pos = s[member]
    true_pos = int(np.count_nonzero(pos >= threshold))
    low, high = clopper_pearson(true_pos, pos.size, conf)
    return TprAtFpr(
        target_fpr=target,
        tpr=Interval(estimate=true_pos / pos.size, low=low, high=high),
        fpr_achieved=false_pos / n0,
        threshold=threshold,
        resolved=n0 >= math.ceil(1.0 / target - 1e-9),
    )


# --------------------------------------------------------------------------- empirical epsilon


@dataclass(frozen=True)
class EmpiricalEpsilon:
    """A high-confidence lower bound on epsilon from one attack's TPR and FPR."""

    lower_bound: float
    confidence: float
    threshold_rows: int
    bound_rows: int
    tpr_low: float
    fpr_high: float

    def to_json(self) -> dict[str, Any]:
        """JSON-ready, floats rounded to six decimals."""
        return {
            "lower_bound": round(self.lower_bound, 6),
            "confidence": self.confidence,
            "threshold_rows": self.threshold_rows,
            "bound_rows": self.bound_rows,
            "tpr_low": round(self.tpr_low, 6),
            "fpr_high": round(self.fpr_high, 6),
        }


def _epsilon_terms(tpr: FloatArray, fpr: FloatArray, delta: float) -> FloatArray:
    """``max(log((TPR - d) / FPR), log((1 - FPR - d) / (1 - TPR)))``, bad terms dropped.

    A term with a non-positive numerator or a zero denominator is ``-inf``.
    """

    def term(num: FloatArray, den: FloatArray) -> FloatArray:
        good = (num > 0) & (den > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(good, num, 1.0) / np.where(good, den, 1.0)
        return np.where(good, np.log(ratio), -np.inf)

    return np.maximum(term(tpr - delta, fpr), term(1.0 - fpr - delta, 1.0 - tpr))


def _clopper_pearson_many(
    successes: IntArray, trials: int, confidence: float
) -> tuple[FloatArray, FloatArray]:
    """:func:`clopper_pearson` for an array of success counts (same trials)."""
    k = np.asarray(successes, dtype=np.float64)
    alpha = 1.0 - confidence
    with np.errstate(invalid="ignore"):
        low = np.where(k > 0, stats.beta.ppf(alpha / 2, k, trials - k + 1), 0.0)
        high = np.where(k < trials, stats.beta.ppf(1 - alpha / 2, k + 1, trials - k), 1.0)
    return np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64)


def empirical_epsilon(
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    delta: float,
    *,
    confidence: float = 0.95,
    seed: int = 0,
) -> EmpiricalEpsilon:
    """A lower bound on epsilon that holds with probability ``>= confidence``.

    If a mechanism is (epsilon, delta)-DP, any test that flags members has
    ``TPR <= e^eps FPR + delta`` and ``1 - FPR <= e^eps (1 - TPR) + delta``
    [Jagielski20]_, [Nasr21]_. So a confident lower bound on TPR and upper
    bound on FPR give a confident lower bound on epsilon.

    Parameters
    ----------
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; at least two members and two non-members.
    delta : float
        In [0, 1).
    confidence : float, default 0.95
        The probability with which the bound holds.
    seed : int, default 0
        Seed of the random split.

    Returns
    -------
    EmpiricalEpsilon
        ``lower_bound = max(0, log((TPR_low - delta) / FPR_high),
        log((1 - FPR_high - delta) / (1 - TPR_low)))``, terms with a
        non-positive numerator or zero denominator dropped.

    Notes
    -----
    The rows are split at random into halves, stratified by membership. The
    first half only chooses the threshold: the distinct first-half score
    whose bound, computed on the first half the same way, is largest. The
    second half, which the
    threshold never saw, bounds the rates: the two-sided Clopper-Pearson
    interval at ``confidence`` gives one-sided bounds with error
    ``(1 - confidence) / 2`` each, so ``TPR >= TPR_low`` and
    ``FPR <= FPR_high`` hold together with probability ``>= confidence``
    (union bound). The result is therefore valid, and conservative: half the
    rows are spent on the choice, the intervals are exact (conservative) and
    a single threshold of a single attack is tested.

    The rates are over rows, so the bound is a statement about the attack on
    rows drawn like these, each included or excluded independently of the
    others. For the released model alone (one training run, members fixed
    beforehand) it is an empirical estimate of leakage rather than a proof
    about the training algorithm; :func:`one_run_audit` gives that with
    randomly included canaries [Steinke23]_.
    """
    s, member = _scores_and_membership(scores, is_member)
    d = _delta(delta)
    conf = _confidence(confidence)
    pos_idx = np.flatnonzero(member)
    neg_idx = np.flatnonzero(~member)
    if pos_idx.size < 2 or neg_idx.size < 2:
        raise ValueError("empirical_epsilon needs at least two members and two non-members")
    rng = np.random.default_rng(seed)
    pos_idx = rng.permutation(pos_idx)
    neg_idx = rng.permutation(neg_idx)
    half1, half0 = pos_idx.size // 2, neg_idx.size // 2
    choose_pos, bound_pos = s[pos_idx[:half1]], s[pos_idx[half1:]]
    choose_neg, bound_neg = s[neg_idx[:half0]], s[neg_idx[half0:]]

    candidates = np.unique(np.r_[choose_pos, choose_neg])
    sorted_pos, sorted_neg = np.sort(choose_pos), np.sort(choose_neg)
    tp = sorted_pos.size - np.searchsorted(sorted_pos, candidates, side="left")
    fp = sorted_neg.size - np.searchsorted(sorted_neg, candidates, side="left")
    # Choose by the bound the second half will compute (Clopper-Pearson at the
    # same level), not by the point estimate: a point estimate favours the
    # extreme tail, where a handful of rows cannot bound anything.
    tpr_s, _ = _clopper_pearson_many(tp, sorted_pos.size, conf)
    _, fpr_s = _clopper_pearson_many(fp, sorted_neg.size, conf)
    threshold = float(candidates[int(np.argmax(_epsilon_terms(tpr_s, fpr_s, d)))])

    tp2 = int(np.count_nonzero(bound_pos >= threshold))
    fp2 = int(np.count_nonzero(bound_neg >= threshold))
    tpr_low, _ = clopper_pearson(tp2, bound_pos.size, conf)
    _, fpr_high = clopper_pearson(fp2, bound_neg.size, conf)
    term = float(
        _epsilon_terms(np.array([tpr_low], np.float64), np.array([fpr_high], np.float64), d)[0]
    )
    return EmpiricalEpsilon(
        lower_bound=max(0.0, term),
        confidence=conf,
        threshold_rows=half1 + half0,
        bound_rows=int(bound_pos.size + bound_neg.size),
        tpr_low=tpr_low,
        fpr_high=fpr_high,
    )


# --------------------------------------------------------------------------- one-run audit


@dataclass(frozen=True)
class OneRunAudit:
    """The result of a one-run canary audit [Steinke23]_."""

    canaries: int
    guesses: int
    correct: int
    lower_bound: float
    confidence: float
    delta: float
    k_positive: int
    k_negative: int

    def to_json(self) -> dict[str, Any]:
        """JSON-ready; the bound rounded to six decimals."""
        return {
            "canaries": self.canaries,
            "guesses": self.guesses,
            "correct": self.correct,
            "lower_bound": round(self.lower_bound, 6),
            "confidence": self.confidence,
            "delta": self.delta,
            "k_positive": self.k_positive,
            "k_negative": self.k_negative,
        }


def _check_guesses(m: int, r: int, v: int) -> tuple[int, int, int]:
    m = _count(m, "m", minimum=1)
    r = _count(r, "r", minimum=0)
    v = _count(v, "v", minimum=0)
    if not v <= r <= m:
        raise ValueError("need correct <= guesses <= canaries")
    return m, r, v


def one_run_p_value(m: int, r: int, v: int, epsilon: float, delta: float) -> float:
    """The p-value of ``v`` correct out of ``r`` guesses on ``m`` canaries under (eps, delta)-DP.

    From [Steinke23]_ (main theorem): if each of the ``m`` canaries is included
    independently with probability 1/2 and the mechanism is
    (epsilon, delta)-DP, the number ``W`` of correct guesses among ``r``
    satisfies ``P[W >= v] <= P[B >= v] + 2 m delta max_{1<=i<=v} P[v - i <= B < v] / i``
    with ``B ~ Binomial(r, q)``, ``q = e^eps / (1 + e^eps)``.

    Parameters
    ----------
    m, r, v : int
        Canaries, guesses and correct guesses, ``0 <= v <= r <= m``.
    epsilon : float
        Non-negative.
    delta : float
        In [0, 1).

    Returns
    -------
    float
        The bound on ``P[W >= v]``, capped at 1. With ``delta == 0`` it is the
        binomial tail ``P[B >= v]``.
    """
    m, r, v = _check_guesses(m, r, v)
    eps = float(epsilon)
    if not (math.isfinite(eps) and eps >= 0.0):
        raise ValueError("epsilon must be non-negative and finite")
    d = _delta(delta)
    q = float(special.expit(eps))
    tail = float(stats.binom.sf(v - 1, r, q))
    if d == 0.0 or v == 0:
        return min(tail, 1.0)
    # P[v - i <= B < v] for i = 1..v as a running sum of the pmf downwards from v - 1:
    # the same as differences of the CDF, without the cancellation near CDF = 1.
    window = np.cumsum(stats.binom.pmf(np.arange(v - 1, -1, -1), r, q))
    spread = float(np.max(window / np.arange(1, v + 1)))
    return min(tail + 2.0 * m * d * spread, 1.0)


def one_run_epsilon(m: int, r: int, v: int, delta: float, confidence: float) -> float:
    """The largest epsilon that ``v`` correct guesses reject at level ``1 - confidence``.

    Parameters
    ----------
    m, r, v : int
        Canaries, guesses and correct guesses, ``0 <= v <= r <= m``.
    delta : float
        In [0, 1).
    confidence : float
        In (0, 1).

    Returns
    -------
    float
        The largest ``eps`` in [0, 50] with
        ``one_run_p_value(m, r, v, eps, delta) < 1 - confidence``, found by
        bisection to 1e-4 and rounded down (towards the conservative side);
        0 if even ``eps = 0`` is not rejected. The p-value grows with ``eps``
        (a more private mechanism makes many correct guesses less likely),
        which is what the bisection relies on.
    """
    m, r, v = _check_guesses(m, r, v)
    d = _delta(delta)
    alpha = 1.0 - _confidence(confidence)

    def rejected(eps: float) -> bool:
        return one_run_p_value(m, r, v, eps, d) < alpha

    if not rejected(0.0):
        return 0.0
    if rejected(EPS_SEARCH_MAX):
        return EPS_SEARCH_MAX
    lo, hi = 0.0, EPS_SEARCH_MAX
    while hi - lo > EPS_SEARCH_TOL:
        mid = (lo + hi) / 2.0
        if rejected(mid):
            lo = mid
        else:
            hi = mid
    return lo


def one_run_audit(
    scores: npt.ArrayLike,
    included: npt.ArrayLike,
    delta: float,
    *,
    confidence: float = 0.95,
    guess_counts: Sequence[int] | None = None,
) -> OneRunAudit:
    """The one-run canary audit of [Steinke23]_: a lower bound on epsilon from one training run.

    Parameters
    ----------
    scores : array_like, shape (m,)
        The attack's score for each canary, higher means more likely included.
    included : array_like of bool, shape (m,)
        Whether each canary was included; each must have been included
        independently with probability 1/2 (the caller's duty: the bound
        relies on it). ``m >= 10``.
    delta : float
        In [0, 1).
    confidence : float, default 0.95
        The probability with which the bound holds.
    guess_counts : sequence of int, optional
        The ``k`` to try; the auditor guesses "in" for the ``k`` highest
        scores and "out" for the ``k`` lowest and abstains on the rest.
        Default: those of (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000)
        with ``2k <= m``.

    Returns
    -------
    OneRunAudit
        The ``k`` with the largest bound, its guesses ``r`` and correct ones
        ``v``. ``k_positive``/``k_negative`` are the numbers of "in"/"out"
        guesses actually made.

    Notes
    -----
    The best ``k`` is picked after seeing which guesses were right, so each
    ``k`` is tested at level ``(1 - confidence) / len(ks)`` (Bonferroni):
    the reported bound holds with probability ``>= confidence`` whichever is
    picked.

    Guesses must depend on the scores only. Breaking a tie at the edge of
    the top (bottom) ``k`` by position would let the order in which the
    caller lists the canaries, which may follow inclusion, decide a guess; so
    a block of tied scores straddling the edge is abstained on entirely and
    fewer than ``k`` guesses of that kind are made. Continuous scores have
    no ties; add independent noise to discrete ones to keep the guesses.
    """
    s, inc = _scores_and_membership(scores, included, name="included")
    m = s.size
    if m < MIN_CANARIES:
        raise ValueError("one_run_audit needs at least ten canaries")
    d = _delta(delta)
    conf = _confidence(confidence)
    if guess_counts is None:
        ks = [k for k in DEFAULT_GUESS_COUNTS if 2 * k <= m]
    else:
        ks = [_count(k, "guess count", minimum=1) for k in guess_counts]
        if not ks:
            raise ValueError("guess_counts must not be empty")
        if any(2 * k > m for k in ks):
            raise ValueError("every guess count k needs 2k <= the number of canaries")
    level = 1.0 - (1.0 - conf) / len(ks)
    desc = np.sort(s)[::-1]
    asc = desc[::-1]
    best: OneRunAudit | None = None
    for k in ks:
        # Strictly above the (k+1)-th highest score: at most k rows, no tie split.
        guess_in = s > desc[k]
        guess_out = s < asc[k]
        k_pos, k_neg = int(guess_in.sum()), int(guess_out.sum())
        r = k_pos + k_neg
        v = int(np.count_nonzero(guess_in & inc) + np.count_nonzero(guess_out & ~inc))
        bound = one_run_epsilon(m, r, v, d, level)
        if best is None or bound > best.lower_bound:
            best = OneRunAudit(
                canaries=m,
                guesses=r,
                correct=v,
                lower_bound=bound,
                confidence=conf,
                delta=d,
                k_positive=k_pos,
                k_negative=k_neg,
            )
    assert best is not None  # ks is never empty: m >= 10 admits k = 5
    return best


# --------------------------------------------------------------------------- summary


def attack_summary(
    name: str,
    scores: npt.ArrayLike,
    is_member: npt.ArrayLike,
    delta: float,
    *,
    confidence: float,
    seed: int,
    fprs: Sequence[float] = (0.001, 0.01),
) -> dict[str, Any]:
    """Everything reported about one attack, JSON-ready.

    Parameters
    ----------
    name : str
        The attack's name, e.g. ``"lira"``.
    scores : array_like, shape (n,)
        Attack scores, higher means more member-like; finite.
    is_member : array_like of bool, shape (n,)
        The truth; both classes must be present.
    delta : float
        The delta of :func:`empirical_epsilon`.
    confidence : float
        Level of every interval and bound.
    seed : int
        Seed of the bootstraps and of the empirical-epsilon split.
    fprs : sequence of float, default (0.001, 0.01)
        The FPRs at which to report the TPR.

    Returns
    -------
    dict
        ``{"name", "auc", "tpr_at_fpr", "advantage", "empirical_epsilon", "roc"}``.
    """
    s, member = _scores_and_membership(scores, is_member)
    return {
        "name": str(name),
        "auc": auc(s, member, confidence=confidence, seed=seed).to_json(),
        "tpr_at_fpr": [tpr_at_fpr(s, member, f, confidence=confidence).to_json() for f in fprs],
        "advantage": advantage(s, member, confidence=confidence, seed=seed).to_json(),
        "empirical_epsilon": empirical_epsilon(
            s, member, delta, confidence=confidence, seed=seed
        ).to_json(),
        "roc": downsample_roc(roc_curve(s, member)),
    }
