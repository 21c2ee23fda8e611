"""The trusted training harness: DP-SGD on the hospital's data, owned by the node.

The harness gets features and labels the node has already loaded (excluded
columns dropped), a *plan* whose noise the node calibrated with its own
accountant, and the vendor's declarative request. It owns everything privacy
depends on: the hospital-side split, the preprocessing, Poisson sampling,
per-sample clipping and noise (Opacus), and the metrics. It returns tensors
and numbers; the node's egress gate decides what of it leaves.

Randomness: the split, the Poisson sampling and the DP noise are seeded from
the operating system's CSPRNG (``secrets``), never from the vendor's spec
(a vendor who knew the noise seed could subtract the noise). The vendor's
``seed`` only initialises the weights. Opacus' ``secure_mode`` would need the
unmaintained torchcsprng package; a secret 63-bit seed for torch's generator
is the practical equivalent against a vendor who sees only the outputs.
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from custos.core._errors import CustosError, InvalidInput
from custos.jobs._spec import JobSpec
from custos.training._catalog import (
    LOG_HALF_WIDTH,
    CatalogModel,
    FeatureScaler,
    GuardedNet,
    build_model,
)

ProgressFn = Callable[[int, int, float], None]
"""Called after each step with (step, total_steps, running loss)."""


class TrainingFailed(CustosError):
    """Training itself went wrong (diverged, produced non-finite weights)."""

    code = "training.failed"
    exit_code = 70


@dataclass(frozen=True)
class Split:
    train: np.ndarray
    validation: np.ndarray


def stratified_split_sized(y: np.ndarray, n_validation: int, rng: np.random.Generator) -> Split:
    """Hold out exactly ``n_validation`` rows, shared between classes in proportion.

    The total is fixed by the node's plan (from the registered row count), so
    the training size, and with it the sampling rate the accountant used, do
    not depend on the class balance. Shares use the largest-remainder rule.
    """
    labels, counts = np.unique(y, return_counts=True)
    exact = counts * n_validation / len(y)
    take = np.floor(exact).astype(int)
    for i in np.argsort(-(exact - take))[: n_validation - int(take.sum())]:
        take[i] += 1
    train_idx: list[np.ndarray] = []
    val_idx: list[np.ndarray] = []
    for label, k in zip(labels, take, strict=True):
        idx = np.flatnonzero(y == label)
        rng.shuffle(idx)
        val_idx.append(idx[:k])
        train_idx.append(idx[k:])
    return Split(
        train=np.sort(np.concatenate(train_idx)), validation=np.sort(np.concatenate(val_idx))
    )


def poisson_batch(n: int, q: float, gen: torch.Generator) -> torch.Tensor:
    """Indices of a Poisson sample: each of ``n`` rows independently with probability ``q``.

    Drawn by geometric skipping (the gaps between included rows are
    i.i.d. Geometric(q)), which is the same distribution as one Bernoulli
    draw per row but costs O(batch) rather than O(n) per step.
    """
    if q >= 1.0:
        return torch.arange(n)
    return _bernoulli_positions(n, q, gen)


def _bernoulli_positions(total: int, q: float, gen: torch.Generator) -> torch.Tensor:
    """Sorted positions in ``[0, total)`` of i.i.d. Bernoulli(q) trials that succeed."""
    chunk = max(16, int(total * q * 1.2) + 16)
    picked: list[torch.Tensor] = []
    pos = -1
    while True:
        gaps = torch.empty(chunk, dtype=torch.float64).geometric_(q, generator=gen)
        idx = pos + torch.cumsum(gaps, 0).to(torch.int64)
        inside = idx[idx < total]
        picked.append(inside)
        if len(inside) < chunk:
            break
        pos = int(idx[-1])
    return picked[0] if len(picked) == 1 else torch.cat(picked)


class PoissonSampler:
    """Poisson samples for consecutive steps, drawn a block of steps at a time.

    Step ``t`` of a block of ``k`` steps owns the Bernoulli trials
    ``t * n .. t * n + n - 1`` of one stream of ``k * n`` i.i.d. Bernoulli(q)
    trials, so every (step, row) pair is included independently with
    probability ``q``: exactly what :func:`poisson_batch` per step gives, at a
    fraction of its per-step cost (one vectorised draw per block instead of a
    few small tensor operations per step). A block holds about
    ``block_rows`` sampled indices in all.
    """

    def __init__(
        self, n: int, q: float, gen: torch.Generator, steps: int, block_rows: int = 1 << 16
    ) -> None:
        self.n = n
        self.q = q
        self.gen = gen
        self.left = steps
        self.block_steps = max(1, int(block_rows / max(n * q, 1.0)))
        self.pending: list[torch.Tensor] = []
        self.everything = torch.arange(n) if q >= 1.0 else None

    def next(self) -> torch.Tensor:
        if self.everything is not None:
            return self.everything
        if not self.pending:
            self._refill()
        return self.pending.pop()

    def _refill(self) -> None:
        k = max(1, min(self.block_steps, self.left))
        self.left -= k
        pos = _bernoulli_positions(k * self.n, self.q, self.gen)
        step = torch.div(pos, self.n, rounding_mode="floor")
        rows = pos - step * self.n
        counts = torch.bincount(step, minlength=k).tolist()
        self.pending = list(rows.split_with_sizes(counts))[::-1]


def steps_per_epoch(n_train: int, batch_size: int) -> int:
    return max(1, math.ceil(n_train / batch_size))


def sampling(n_train: int, batch_size: int, epochs: int) -> tuple[float, int]:
    """Poisson sampling rate and total steps, as Opacus' DPDataLoader would use them."""
    per_epoch = steps_per_epoch(n_train, batch_size)
    return 1.0 / per_epoch, per_epoch * epochs


@dataclass(frozen=True)
class TrainPlan:
    """What the node decided before the harness touches a row."""

    noise_multiplier: float
    sample_rate: float
    steps: int
    max_grad_norm: float
    scaler: ScalerFit


@dataclass(frozen=True)
class ScalerFit:
    """How the feature scaler is set before training.

    ``lower``/``upper``: the data card's public bounds per feature. The
    centre is a DP mean of the transformed values (Gaussian mechanism at
    ``mean_noise``) and the scale 1.25 times a DP mean absolute deviation
    (``spread_noise``), floored at 5% of the transform's half-width. Each is
    one Gaussian release of a d-vector whose L2 sensitivity under adding or
    removing a row is ``half_width * sqrt(d)`` (``2 * half_width * sqrt(d)``
    for the deviations); the node composed both into the job's epsilon.
    """

    lower: tuple[float, ...]
    upper: tuple[float, ...]
    mean_noise: float
    spread_noise: float


@dataclass
class TrainResult:
    state_dict: dict[str, torch.Tensor]
    metrics: dict[str, float | int]
    steps_taken: int
    train_seconds: float
    n_train: int
    n_validation: int
    features: list[str] = field(default_factory=list)
    # The canary audit run only: each canary's score (see :class:`CanaryPlan`).
    canary_scores: np.ndarray | None = None


@dataclass(frozen=True)
class CanaryPlan:
    """Gradient canaries for the one-run privacy audit (Steinke, Nasr & Jagielski, 2023).

    ``included[i]`` says whether canary ``i`` is in the training set (the node
    flips a fair coin per canary and keeps the answers). Canary ``i`` is a
    record whose gradient is ``raw_norm * C`` times a unit vector on its own
    coordinate ("Dirac canary"), in ``m`` coordinates appended to the model's
    noisy-gradient buffer. An included canary is Poisson-sampled at the plan's
    rate like any row, clipped with the same rule, and added to the clipped
    sum; the step's Gaussian noise is drawn over the model's and the canaries'
    coordinates in one call, so the canaries see exactly the noise the model
    sees. The auditor observes every noisy sum (the white-box adversary the
    DP-SGD accountant covers) and scores canary ``i`` by the sum over steps
    of its coordinate. A pipeline that clips, samples and noises as its plan
    says cannot let the scores reveal membership beyond the plan's epsilon.
    """

    included: np.ndarray
    raw_norm: float = 2.0  # above 1: the clipping must bring it back to C


class _CanaryTap:
    """Adds the sampled canaries' clipped gradients to their coordinates and scores them."""

    def __init__(
        self, plan: CanaryPlan, q: float, clip: float, steps: int, gen: torch.Generator
    ) -> None:
        included = np.asarray(plan.included, dtype=bool)
        self.m = len(included)
        self.members = torch.as_tensor(np.flatnonzero(included), dtype=torch.int64)
        self.sampler = PoissonSampler(max(len(self.members), 1), q, gen, steps)
        raw = plan.raw_norm * clip
        # The clip factor every row gets: C / (norm + 1e-6), at most 1.
        self.contribution = raw * min(1.0, clip / (raw + 1e-6))
        self.scores = torch.zeros(self.m, dtype=torch.float64)

    def add(self, tail: torch.Tensor) -> None:
        """``tail``: this step's noisy-sum buffer on the canary coordinates (noise drawn)."""
        picked = self.sampler.next()
        if len(self.members):
            idx = self.members.index_select(0, picked)
            tail.index_add_(0, idx, torch.full((len(idx),), self.contribution, dtype=tail.dtype))
        self.scores.add_(tail)


def _fit_scaler(
    model: CatalogModel, x: torch.Tensor, fit: ScalerFit, n_public: int, gen: torch.Generator
) -> None:
    """Set the scaler's bounds and its DP centre and scale from the training rows.

    ``n_public`` is the training-row count the node planned with (a
    function of the registered row count), not a noisy estimate.
    """
    scaler: FeatureScaler = model.scaler
    d = x.shape[1]
    if len(fit.lower) != d or len(fit.upper) != d:
        raise InvalidInput("scaler plan does not match the feature count", code="training.plan")
    scaler.lower.copy_(torch.tensor(fit.lower))
    scaler.upper.copy_(torch.tensor(fit.upper))
    z = scaler.transform(x).double()
    hw = LOG_HALF_WIDTH
    sens = hw * math.sqrt(d)
    n = float(max(n_public, 1))
    noise = torch.randn(d, generator=gen, dtype=torch.float64)
    mean = ((z.sum(0) + noise * fit.mean_noise * sens) / n).clamp(-hw, hw)
    dev = (z - mean).abs()
    noise = torch.randn(d, generator=gen, dtype=torch.float64)
    mad = (dev.sum(0) + noise * fit.spread_noise * 2 * sens) / n
    scale = 1.25 * mad.clamp(min=0.05 * hw)
    scaler.centre.copy_(mean.float())
    scaler.scale.copy_(scale.float())


def _metrics(model: CatalogModel, x: torch.Tensor, y: torch.Tensor) -> dict[str, float | int]:
    model.eval()
    with torch.no_grad():
        logits = model(x)
        p = torch.sigmoid(logits)
        loss = nn.functional.binary_cross_entropy_with_logits(logits, y).item()
    pred = (p >= 0.5).float()
    acc = float((pred == y).float().mean().item())
    return {"accuracy": round(acc, 4), "log_loss": round(loss, 4), "auroc": round(_auroc(p, y), 4)}


def _auroc(p: torch.Tensor, y: torch.Tensor) -> float:
    """Mann-Whitney AUROC with tie correction (scikit-learn is not a runtime dependency)."""
    pos = p[y == 1]
    neg = p[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = torch.cat([pos, neg])
    ranks = torch.empty_like(order, dtype=torch.float64)
    sorted_vals, idx = torch.sort(order)
    # average ranks over ties
    r = torch.arange(1, len(order) + 1, dtype=torch.float64)
    uniq, inverse, counts = torch.unique_consecutive(
        sorted_vals, return_inverse=True, return_counts=True
    )
    sums = torch.zeros(len(uniq), dtype=torch.float64).index_add_(0, inverse, r)
    ranks[idx] = (sums / counts)[inverse]
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2
    return float(u / (len(pos) * len(neg)))


def train(
    spec: JobSpec,
    x: np.ndarray,
    y: np.ndarray,
    plan: TrainPlan,
    split: Split,
    *,
    progress: ProgressFn | None = None,
    rng_seed: int | None = None,
    threads: int | None = None,
    engine: str = "auto",
    canaries: CanaryPlan | None = None,
    start: dict[str, torch.Tensor] | None = None,
    steps: int | None = None,
) -> TrainResult:
    """Train ``spec.model`` with DP-SGD on ``x[split.train]`` under ``plan``.

    ``rng_seed`` replaces the secret seed for the sampling and noise; it is
    for benchmarks and tests only and the node never sets it. ``engine``
    picks how per-sample gradients are clipped: ``bookkeeping`` (networks of
    linear layers, one backward pass), ``opacus`` (any module Opacus
    supports) or ``auto`` (the first that applies). Both compute the same
    clipped sum and add the same Gaussian noise. ``canaries`` makes this the
    canary audit run of the same recipe (:class:`CanaryPlan`); its weights
    never leave the node.

    Federated rounds (``custos.fed``): ``start`` is the global model's state
    (scaler buffers included, already set from the sites' DP statistics, so
    the scaler is not fitted again) and ``steps`` the number of this round's
    DP-SGD steps, at the plan's noise and sampling rate (the plan's
    ``steps`` is the whole federation's, which the accountant covered).
    """
    if threads:
        torch.set_num_threads(threads)
    secret = rng_seed if rng_seed is not None else secrets.randbits(63)
    gen = torch.Generator().manual_seed(secret)
    if spec.training.seed is not None:
        torch.manual_seed(spec.training.seed)
    xt = torch.as_tensor(x[split.train], dtype=torch.float32)
    yt = torch.as_tensor(y[split.train], dtype=torch.float32)
    xv = torch.as_tensor(x[split.validation], dtype=torch.float32)
    yv = torch.as_tensor(y[split.validation], dtype=torch.float32)
    n = len(xt)

    model = build_model(spec.model, x.shape[1])
    if start is not None:
        model.load_state_dict(start, strict=True)
    else:
        _fit_scaler(model, xt, plan.scaler, n, gen)
        for p in model.net.parameters():
            if spec.model.arch == "logistic_regression":
                nn.init.zeros_(p)  # a zero start is the natural prior for a linear model
    total_steps = plan.steps if steps is None else steps
    if not 0 <= total_steps <= plan.steps:
        raise InvalidInput("more steps than the plan accounted for", code="training.plan")
    model.train()
    expected = max(1, round(plan.sample_rate * n))
    params = [p for p in model.net.parameters() if p.requires_grad]
    lr = spec.training.learning_rate
    stepper: _Stepper
    if engine == "auto":
        engine = "bookkeeping" if BookKeepingStepper.supports(model.net) else "opacus"
    tap = (
        _CanaryTap(canaries, plan.sample_rate, plan.max_grad_norm, plan.steps, gen)
        if canaries is not None
        else None
    )
    if engine == "bookkeeping":
        # The flat update needs only the optimiser's settings; building a
        # torch.optim instance would import torch._dynamo (about 1.5 s, paid
        # by every sandboxed job's fresh interpreter).
        stepper = BookKeepingStepper(
            model.net,
            None,
            plan.noise_multiplier,
            plan.max_grad_norm,
            expected,
            gen,
            update=optimizer_settings(spec.training.optimizer, lr, spec.training.momentum),
            canaries=tap,
        )
    else:
        base: torch.optim.Optimizer
        if spec.training.optimizer == "adam":
            base = torch.optim.Adam(params, lr=lr)
        else:
            base = torch.optim.SGD(params, lr=lr, momentum=spec.training.momentum)
        stepper = OpacusStepper(
            model.net, base, plan.noise_multiplier, plan.max_grad_norm, expected, gen, tap
        )
    guard = model.net if isinstance(model.net, GuardedNet) else None
    if guard is not None:
        guard.seal()
    with torch.no_grad():
        zt = model.scaler(xt)  # the scaler is fixed during training: apply it once
        # One row-gather per step: features, label and the features' squared
        # norm (the first layer's per-sample input norm for book-keeping).
        d = zt.shape[1]
        rows = torch.cat([zt, yt[:, None], zt.square().sum(1, keepdim=True)], 1)
    with_loss = progress is not None  # the running loss is only for progress reports
    sampler = PoissonSampler(n, plan.sample_rate, gen, max(total_steps, 1))
    weights = stepper.weights()
    began = time.perf_counter()
    running = 0.0
    averaged = _Averager(weights) if spec.training.average_last > 0 else None
    avg_from = total_steps - int(total_steps * spec.training.average_last)
    for step in range(1, total_steps + 1):
        # Poisson sampling (each row independently with probability q), the
        # distribution Opacus' UniformWithReplacementSampler draws; sampled
        # here on in-memory tensors to avoid a DataLoader per step.
        batch = rows.index_select(0, sampler.next())
        loss = stepper.step(batch[:, :d], batch[:, d], batch[:, d + 1], with_loss=with_loss)
        if guard is not None:
            guard.seal()  # the harness's own update: the new legitimate state
        if averaged is not None and step > avg_from:
            averaged.add(weights)
        if with_loss and len(batch):
            running = 0.9 * running + 0.1 * loss if step > 1 else loss
        if progress is not None:
            progress(step, total_steps, running)
    elapsed = time.perf_counter() - began
    if guard is not None:
        guard.check()  # nothing changed the weights since the last step
    if averaged is not None:
        averaged.write(weights)
        if guard is not None:
            guard.seal()
    stepper.close()
    state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    bad = [k for k, v in state.items() if v.is_floating_point() and not torch.isfinite(v).all()]
    if bad:
        raise TrainingFailed(
            "training diverged: the weights are not finite; lower the learning rate",
            code="training.diverged",
        )
    metrics = _metrics(model, xv, yv)
    return TrainResult(
        state_dict=state,
        metrics=metrics,
        steps_taken=total_steps,
        train_seconds=elapsed,
        n_train=n,
        n_validation=len(xv),
        canary_scores=tap.scores.numpy() if tap is not None else None,
    )


class _Stepper:
    """One DP-SGD step on a Poisson-sampled batch: clip per sample, sum, add noise, update."""

    def step(
        self,
        z: torch.Tensor,
        y: torch.Tensor,
        z_sq: torch.Tensor | None = None,
        *,
        with_loss: bool = True,
    ) -> float:
        """One step; returns the batch's mean loss (NaN when ``with_loss`` is false).

        ``z_sq``, when given, must be ``(z * z).sum(1)``, precomputed once for
        the whole training set: the book-keeping engine takes the first
        layer's per-sample input norms from it, so the clipping bound relies
        on it being right (the Opacus engine ignores it).
        """
        raise NotImplementedError

    def weights(self) -> list[torch.Tensor]:
        """The tensors that hold the trained parameters (for iterate averaging)."""
        raise NotImplementedError

    def close(self) -> None:
        return None


_loss = nn.BCEWithLogitsLoss(reduction="none")


def _gaussian_(buf: torch.Tensor, std: float, gen: torch.Generator) -> torch.Tensor:
    """Fill ``buf`` with i.i.d. N(0, std^2) noise from ``gen`` in one call.

    Both engines draw the noise of a step this way, over all parameters at
    once in parameter order, so the same generator state gives the same noise
    whichever engine clips. ``std == 0`` gives exact zeros, as in Opacus.
    """
    if std == 0:
        return buf.zero_()
    return buf.normal_(0.0, std, generator=gen)


class OpacusStepper(_Stepper):
    """Opacus' GradSampleModule (per-sample gradients by hooks) and DPOptimizer."""

    def __init__(
        self,
        net: nn.Module,
        optimizer: torch.optim.Optimizer,
        noise_multiplier: float,
        max_grad_norm: float,
        expected_batch_size: int,
        gen: torch.Generator,
        canaries: _CanaryTap | None = None,
    ) -> None:
        import warnings

        from opacus import GradSampleModule
        from opacus.optimizers import DPOptimizer
        from opacus.optimizers.optimizer import _check_processed_flag, _mark_as_processed

        class _FlatNoiseDPOptimizer(DPOptimizer):  # type: ignore[misc]
            """DPOptimizer whose noise for all parameters is one draw (see ``_gaussian_``)."""

            def add_noise(self) -> None:
                std = self.noise_multiplier * self.max_grad_norm
                sums = [p.summed_grad for p in self.params]
                for s in sums:
                    _check_processed_flag(s)
                sizes = [s.numel() for s in sums]
                extra = canaries.m if canaries is not None else 0
                noise = _gaussian_(torch.empty(sum(sizes) + extra, dtype=sums[0].dtype), std, gen)
                total = sum(sizes)
                parts = noise[:total].split_with_sizes(sizes)
                for p, s, e in zip(self.params, sums, parts, strict=True):
                    p.grad = (s + e.view_as(s)).view_as(p)
                    _mark_as_processed(s)
                if canaries is not None:
                    canaries.add(noise[total:])

        # The first layer's inputs are data and never need gradients; torch
        # warns that the full backward hook Opacus uses fires anyway.
        warnings.filterwarnings("ignore", message="Full backward hook is firing")
        self.gsm = GradSampleModule(net)
        self.opt = _FlatNoiseDPOptimizer(
            optimizer,
            noise_multiplier=noise_multiplier,
            max_grad_norm=max_grad_norm,
            expected_batch_size=expected_batch_size,
            generator=gen,
        )
        self.params = [p for p in net.parameters() if p.requires_grad]

    def step(
        self,
        z: torch.Tensor,
        y: torch.Tensor,
        z_sq: torch.Tensor | None = None,
        *,
        with_loss: bool = True,
    ) -> float:
        self.opt.zero_grad(set_to_none=True)
        out = self.gsm(z).squeeze(-1)
        loss = _loss(out, y).mean() if len(y) else out.sum() * 0.0
        loss.backward()
        self.opt.step()
        return float(loss.item()) if with_loss else math.nan

    def weights(self) -> list[torch.Tensor]:
        return list(self.params)

    def close(self) -> None:
        self.gsm._close()


_aten = torch.ops.aten

# Modules the book-keeping engine differentiates by hand (exactly these types,
# not subclasses), with the backward kernels autograd itself uses.
_BY_HAND: frozenset[type[nn.Module]] = frozenset(
    {nn.Linear, nn.ReLU, nn.Tanh, nn.GELU, nn.Dropout, nn.Identity}
)


class BookKeepingStepper(_Stepper):
    """Per-sample clipping for networks of linear layers in a single backward pass.

    For a linear layer with per-sample input ``a_i`` and output gradient
    ``g_i`` the per-sample weight gradient is the outer product ``g_i a_i^T``,
    so its norm is ``|g_i| |a_i|`` (plus ``|g_i|`` for the bias) and the
    clipped sum is ``(c * G)^T A``. One backward pass to the layer outputs
    gives every ``g_i``; no per-sample gradient is ever materialised (the
    "book-keeping" trick of Bu et al., 2023). Why hand-written: Opacus'
    hooks mode materialises per-sample gradients (measured 20-35x slower than
    non-private training for the catalog MLP on 2 cores) and its ghost mode
    runs a second backward pass (about 6x); this keeps DP-SGD close to plain
    training. ``tests/training/test_bookkeeping.py`` checks it against Opacus'
    per-sample gradients.

    The per-step Python work is kept small, since for the catalog's small
    models it, not arithmetic, is what separates DP-SGD from plain training:

    - the parameters are views into one flat buffer and the noisy gradient is
      another, so the noise for all parameters is one ``normal_`` call and
      the optimiser update one fused operation on the flat buffer
      (:class:`_FlatUpdate`);
    - for linear layers with the catalog's elementwise activations
      (``_BY_HAND``) forward and backward are written out without
      autograd, using autograd's own backward kernels; anything else
      parameter-free falls back to ``torch.autograd.grad`` to the layer
      outputs (same result, more overhead);
    - the clipped sums are accumulated straight into the noise buffer
      (``addmm_``/``addmv_``), scaling whichever of ``G``/``A`` is smaller;
    - the first layer's per-row input norms can be passed in precomputed
      (``z_sq``): the training rows never change.
    """

    def __init__(
        self,
        net: nn.Module,
        optimizer: torch.optim.Optimizer | None,
        noise_multiplier: float,
        max_grad_norm: float,
        expected_batch_size: int,
        gen: torch.Generator,
        *,
        update: tuple[str, dict[str, Any]] | None = None,
        canaries: _CanaryTap | None = None,
    ) -> None:
        if not self.supports(net):
            raise InvalidInput(
                "book-keeping clipping needs a linear network", code="training.engine"
            )
        self.layers: list[nn.Module] = list(net) if isinstance(net, nn.Sequential) else [net]
        self.linears = [m for m in self.layers if isinstance(m, nn.Linear)]
        self.opt = optimizer
        self.sigma = noise_multiplier
        self.clip = max_grad_norm
        self.expected = expected_batch_size
        self.gen = gen
        self.fast = self.linears[-1].out_features == 1 and all(
            type(m) in _BY_HAND for m in self.layers
        )
        # One flat buffer for the parameters (re-pointed as views into it), one
        # for the noisy gradient, both in parameter order.
        self.params: list[torch.Tensor] = [
            p for m in self.linears for p in (m.weight, m.bias) if p is not None
        ]
        sizes = [p.numel() for p in self.params]
        with torch.no_grad():
            self.flat = torch.cat([p.detach().reshape(-1) for p in self.params])
            for p, v in zip(self.params, self.flat.split_with_sizes(sizes), strict=True):
                p.data = v.view_as(p)
        # The noisy sum; in a canary audit run the canaries' coordinates follow
        # the model's in the same buffer, so one draw noises both.
        self.canaries = canaries
        self.noisy = torch.zeros(
            self.flat.numel() + (canaries.m if canaries is not None else 0), dtype=self.flat.dtype
        )
        self.grad = self.noisy[: self.flat.numel()] if canaries is not None else self.noisy
        self.grads = [
            v.view_as(p)
            for p, v in zip(self.params, self.grad.split_with_sizes(sizes), strict=True)
        ]
        views = iter(self.grads)
        self.layer_grads = [
            (next(views), next(views) if m.bias is not None else None) for m in self.linears
        ]
        if optimizer is None:
            if update is None:
                raise ValueError("give an optimizer or the update's settings")
            self.update: _FlatUpdate | None = _FlatUpdate(
                update[1], update[0], self.flat, self.grad
            )
        else:
            self.update = _FlatUpdate.of(optimizer, self.params, self.flat, self.grad)

    @staticmethod
    def supports(net: nn.Module) -> bool:
        """Linear layers (batch-first 2-D inputs) and parameter-free modules in sequence.

        Every layer appears once (shared weights would need their per-sample
        gradients summed over uses) and all parameters share one dtype.
        """
        if isinstance(net, nn.Linear):
            return True
        if not isinstance(net, nn.Sequential):
            return False
        layers = list(net)
        if len({id(m) for m in layers}) != len(layers):
            return False
        linears = [m for m in layers if isinstance(m, nn.Linear)]
        if not linears or len({p.dtype for p in net.parameters()}) != 1:
            return False
        return all(
            isinstance(m, nn.Linear) or not any(True for _ in m.parameters()) for m in layers
        )

    def weights(self) -> list[torch.Tensor]:
        return [self.flat]

    # -- per-sample quantities --------------------------------------------------

    def _backprop(
        self, z: torch.Tensor, y: torch.Tensor
    ) -> tuple[list[tuple[torch.Tensor, torch.Tensor]], torch.Tensor]:
        """Each linear layer's (input, output gradient) and the logits, without autograd.

        The output gradient is that of the per-sample loss (``sigmoid(h) - y``
        for binary cross-entropy on logits), not of the batch mean.
        """
        inputs: list[torch.Tensor] = []
        saved: list[torch.Tensor | None] = []
        h = z
        for m in self.layers:
            if isinstance(m, nn.Linear):
                inputs.append(h)
                h = F.linear(h, m.weight, m.bias)
                saved.append(None)
            elif isinstance(m, nn.ReLU):
                h = torch.relu(h)
                saved.append(h)
            elif isinstance(m, nn.Tanh):
                h = torch.tanh(h)
                saved.append(h)
            elif isinstance(m, nn.GELU):
                saved.append(h)
                h = F.gelu(h, approximate=m.approximate)
            elif isinstance(m, nn.Dropout) and m.training and m.p > 0:
                # What nn.Dropout does on the CPU: a Bernoulli(1 - p) mask from
                # torch's global generator, scaled by 1 / (1 - p).
                mask = torch.empty_like(h).bernoulli_(1.0 - m.p)
                mask = mask.div_(1.0 - m.p) if m.p < 1 else mask
                h = h * mask
                saved.append(mask)
            else:  # identity, or dropout in evaluation mode
                saved.append(None)
        logits = h
        g = torch.sigmoid(h).sub_(y.view(-1, 1))
        pairs: list[tuple[torch.Tensor, torch.Tensor]] = []
        j = len(self.linears)
        for m, s in zip(reversed(self.layers), reversed(saved), strict=True):
            if isinstance(m, nn.Linear):
                j -= 1
                pairs.append((inputs[j], g))
                if j == 0:
                    break  # nothing before the first layer has parameters
                g = g @ m.weight
            elif isinstance(m, nn.ReLU):
                g = _aten.threshold_backward(g, s, 0)
            elif isinstance(m, nn.Tanh):
                g = _aten.tanh_backward(g, s)
            elif isinstance(m, nn.GELU):
                g = _aten.gelu_backward(g, s, approximate=m.approximate)
            elif s is not None:  # dropout
                g = g * s
        pairs.reverse()
        return pairs, logits.view(-1)

    def _autograd(
        self, z: torch.Tensor, y: torch.Tensor
    ) -> tuple[list[tuple[torch.Tensor, torch.Tensor]], torch.Tensor]:
        """As :meth:`_backprop`, by ``torch.autograd.grad`` to the layer outputs."""
        inputs: list[torch.Tensor] = []
        outputs: list[torch.Tensor] = []
        with torch.enable_grad():
            h = z
            for layer in self.layers:
                if isinstance(layer, nn.Linear):
                    inputs.append(h)
                    h = layer(h)
                    outputs.append(h)
                else:
                    h = layer(h)
            losses = _loss(h.squeeze(-1), y)
            grads = torch.autograd.grad(losses.sum(), outputs)
        pairs = [(a.detach(), g) for a, g in zip(inputs, grads, strict=True)]
        return pairs, h.detach().squeeze(-1)

    def _accumulate(
        self, z: torch.Tensor, y: torch.Tensor, z_sq: torch.Tensor | None, with_loss: bool
    ) -> float:
        """Add the batch's sum of clipped per-sample gradients to ``self.grad``."""
        if not len(y):
            return 0.0
        pairs, logits = self._backprop(z, y) if self.fast else self._autograd(z, y)
        norms2: torch.Tensor | None = None
        for k, ((a, g), (_, bias)) in enumerate(zip(pairs, self.layer_grads, strict=True)):
            g2 = g.view(-1).square() if g.shape[1] == 1 else _row_sq(g)
            a2 = z_sq if k == 0 and z_sq is not None else _row_sq(a)
            if bias is not None:
                a2 = a2 + 1.0
            norms2 = g2.mul_(a2) if norms2 is None else norms2.addcmul_(g2, a2)
        assert norms2 is not None
        # Same clip factor as Opacus' DPOptimizer: C / (norm + 1e-6), at most 1.
        factor = (self.clip / norms2.sqrt_().add_(1e-6)).clamp_(max=1.0)
        for (a, g), (weight, bias) in zip(pairs, self.layer_grads, strict=True):
            if g.shape[1] == 1:
                weight.view(-1).addmv_(a.t(), g.view(-1) * factor)
            elif g.shape[1] <= a.shape[1]:
                weight.addmm_((g * factor[:, None]).t(), a)
            else:
                weight.addmm_(g.t(), a * factor[:, None])
            if bias is not None:
                bias.addmv_(g.t(), factor)
        if not with_loss:
            return math.nan
        return float(F.binary_cross_entropy_with_logits(logits, y).item())

    def clipped_sum(self, z: torch.Tensor, y: torch.Tensor) -> tuple[list[torch.Tensor], float]:
        """The sum over the batch of per-sample gradients clipped to ``max_grad_norm``."""
        with torch.no_grad():
            self.grad.zero_()
            loss = self._accumulate(z, y, None, True)
        return [g.clone() for g in self.grads], loss

    def step(
        self,
        z: torch.Tensor,
        y: torch.Tensor,
        z_sq: torch.Tensor | None = None,
        *,
        with_loss: bool = True,
    ) -> float:
        with torch.no_grad():
            # grad = (N(0, (sigma C)^2) + sum of clipped per-sample gradients) / B
            _gaussian_(self.noisy, self.sigma * self.clip, self.gen)
            loss = self._accumulate(z, y, z_sq, with_loss)
            if self.canaries is not None:
                self.canaries.add(self.noisy[self.flat.numel() :])
            if self.update is not None:
                self.update.step(self.expected)
            else:
                self.grad.div_(self.expected)
                for p, g in zip(self.params, self.grads, strict=True):
                    p.grad = g
                assert self.opt is not None  # no flat update means an optimiser was given
                self.opt.step()
        return loss


def _row_sq(a: torch.Tensor) -> torch.Tensor:
    """Squared L2 norm of each row."""
    norms: torch.Tensor = torch.linalg.vector_norm(a, dim=1)
    return norms.square_()


class _FlatUpdate:
    """``optimizer.step()`` for SGD and Adam, on the flat parameter and gradient buffers.

    Why hand-written: a ``torch.optim`` step costs tens of microseconds of
    Python (hooks, parameter groups, per-tensor loops) whatever the model's
    size, as much as a whole DP-SGD step of the catalog's logistic
    regression. This is the same arithmetic as torch's single-tensor
    implementations (``_single_tensor_sgd``/``_single_tensor_adam``) as one
    operation per buffer, reading the learning rate from the optimiser's
    parameter group on every step (so a scheduler still works). Configurations
    it does not reproduce (weight decay, AMSGrad, maximise, several parameter
    groups...) are left to the optimiser itself. ``tests/training`` checks
    the trained weights against ``torch.optim``.
    """

    def __init__(
        self, group: dict[str, Any], kind: str, flat: torch.Tensor, grad: torch.Tensor
    ) -> None:
        self.group = group
        self.kind = kind
        self.flat = flat
        self.grad = grad
        self.steps = 0
        self.buf = torch.zeros_like(flat) if kind != "sgd" or group["momentum"] else None
        self.buf2 = torch.zeros_like(flat) if kind == "adam" else None

    @classmethod
    def of(
        cls,
        opt: torch.optim.Optimizer,
        params: list[torch.Tensor],
        flat: torch.Tensor,
        grad: torch.Tensor,
    ) -> _FlatUpdate | None:
        if len(opt.param_groups) != 1:
            return None
        group = opt.param_groups[0]
        if {id(p) for p in group["params"]} != {id(p) for p in params} or not all(
            p.requires_grad for p in params
        ):
            return None
        if any(opt.state.get(p) for p in params):
            return None  # the optimiser has stepped already
        if group.get("maximize") or group.get("weight_decay") or group.get("differentiable"):
            return None
        if not isinstance(group.get("lr"), float):
            return None
        if type(opt) is torch.optim.SGD:
            return cls(group, "sgd", flat, grad)
        if type(opt) is torch.optim.Adam:
            if group.get("amsgrad") or group.get("capturable") or group.get("fused"):
                return None
            if not all(isinstance(b, float) for b in group["betas"]):
                return None
            return cls(group, "adam", flat, grad)
        return None

    def step(self, divisor: int) -> None:
        """Update with the gradient ``grad / divisor`` (``grad`` may be divided in place)."""
        g, lr, buf = self.group, float(self.group["lr"]), self.buf
        self.steps += 1
        if buf is None:  # plain SGD
            self.flat.add_(self.grad, alpha=-lr / divisor)  # one pass over the buffer
            return
        grad = self.grad.div_(divisor)
        if self.kind == "sgd":
            if self.steps == 1:
                buf.copy_(grad)
            else:
                buf.mul_(g["momentum"]).add_(grad, alpha=1 - g["dampening"])
            direction = grad.add(buf, alpha=g["momentum"]) if g["nesterov"] else buf
            self.flat.add_(direction, alpha=-lr)
            return
        assert self.buf2 is not None
        beta1, beta2 = g["betas"]
        buf.lerp_(grad, 1 - beta1)
        self.buf2.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        step_size = lr / (1 - beta1**self.steps)
        denom = (self.buf2.sqrt() / (1 - beta2**self.steps) ** 0.5).add_(g["eps"])
        self.flat.addcdiv_(buf, denom, value=-step_size)


def optimizer_settings(kind: str, lr: float, momentum: float) -> tuple[str, dict[str, Any]]:
    """The parameter group ``torch.optim.SGD``/``Adam`` would hold with their defaults."""
    if kind == "adam":
        return "adam", {"lr": float(lr), "betas": (0.9, 0.999), "eps": 1e-8}
    return "sgd", {
        "lr": float(lr),
        "momentum": float(momentum),
        "dampening": 0.0,
        "nesterov": False,
    }


class _Averager:
    """Uniform average of the last iterates (post-processing: no privacy cost)."""

    def __init__(self, params: list[torch.Tensor]) -> None:
        self.sums = [torch.zeros_like(p) for p in params]
        self.count = 0

    def add(self, params: list[torch.Tensor]) -> None:
        with torch.no_grad():
            for s, p in zip(self.sums, params, strict=True):
                s.add_(p)
        self.count += 1

    def write(self, params: list[torch.Tensor]) -> None:
        if self.count == 0:
            return
        with torch.no_grad():
            for s, p in zip(self.sums, params, strict=True):
                p.copy_(s / self.count)
