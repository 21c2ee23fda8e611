"""The book-keeping clipping engine against Opacus' per-sample clipping."""

from __future__ import annotations

import math
from typing import Any

import pytest
import torch
from torch import nn
from torch.nn import functional as F

from custos.training._harness import (
    BookKeepingStepper,
    OpacusStepper,
    PoissonSampler,
    poisson_batch,
)

pytestmark = pytest.mark.filterwarnings(
    # Opacus' hooks on a model whose inputs need no gradient.
    "ignore:Full backward hook is firing:UserWarning"
)


def _net(kind: str) -> nn.Module:
    torch.manual_seed(0)
    if kind == "linear":
        return nn.Linear(7, 1)
    if kind == "gelu":
        return nn.Sequential(
            nn.Linear(7, 16), nn.GELU(), nn.Linear(16, 8), nn.GELU("tanh"), nn.Linear(8, 1)
        )
    if kind == "silu":  # not differentiated by hand: the autograd fallback
        return nn.Sequential(nn.Linear(7, 16), nn.SiLU(), nn.Linear(16, 1))
    return nn.Sequential(
        nn.Linear(7, 16), nn.Tanh(), nn.Linear(16, 8, bias=False), nn.ReLU(), nn.Linear(8, 1)
    )


def _opacus_clipped_sum(net: nn.Module, z: torch.Tensor, y: torch.Tensor, clip: float) -> list:
    stepper = OpacusStepper(
        net, torch.optim.SGD(net.parameters(), lr=0.0), 0.0, clip, 1, torch.Generator()
    )
    stepper.opt.zero_grad(set_to_none=True)
    out = stepper.gsm(z).squeeze(-1)
    # Mean reduction, as in training: Opacus rescales per-sample gradients by the batch size.
    nn.functional.binary_cross_entropy_with_logits(out, y, reduction="mean").backward()
    stepper.opt.clip_and_accumulate()
    sums = [p.summed_grad.clone() for p in stepper.opt.params]
    stepper.close()
    return sums


@pytest.mark.parametrize("kind", ["linear", "mlp", "gelu", "silu"])
@pytest.mark.parametrize("clip", [0.01, 1.0, 100.0])
def test_clipped_sums_equal_opacus(kind: str, clip: float) -> None:
    gen = torch.Generator().manual_seed(1)
    z = torch.randn(33, 7, generator=gen) * 3
    y = (torch.rand(33, generator=gen) < 0.4).float()
    net = _net(kind)
    bk = BookKeepingStepper(
        net, torch.optim.SGD(net.parameters(), lr=0.0), 0.0, clip, 1, torch.Generator()
    )
    assert bk.fast == (kind != "silu")
    ours, _ = bk.clipped_sum(z, y)
    ref = _opacus_clipped_sum(_net(kind), z, y, clip)
    assert len(ours) == len(ref)
    for a, b in zip(ours, ref, strict=True):
        assert torch.allclose(a, b, rtol=1e-4, atol=1e-6)


def test_every_per_sample_contribution_is_clipped() -> None:
    # One huge sample cannot move the sum by more than the clipping norm.
    net = _net("mlp")
    bk = BookKeepingStepper(
        net, torch.optim.SGD(net.parameters(), lr=0.0), 0.0, 0.5, 1, torch.Generator()
    )
    z = torch.randn(10, 7)
    y = torch.ones(10)
    base, _ = bk.clipped_sum(z, y)
    z2 = torch.cat([z, torch.full((1, 7), 1e4)])
    more, _ = bk.clipped_sum(z2, torch.ones(11))
    diff = torch.sqrt(sum(((a - b) ** 2).sum() for a, b in zip(more, base, strict=True)))
    assert diff <= 0.5 + 1e-4


def test_noise_is_added_even_to_an_empty_batch() -> None:
    net = _net("linear")
    before = [p.detach().clone() for p in net.parameters()]
    bk = BookKeepingStepper(
        net, torch.optim.SGD(net.parameters(), lr=1.0), 1.0, 1.0, 10, torch.Generator()
    )
    bk.step(torch.zeros(0, 7), torch.zeros(0))
    moved = [not torch.equal(a, b.detach()) for a, b in zip(before, net.parameters(), strict=True)]
    assert all(moved)


def test_unsupported_modules_are_left_to_opacus() -> None:
    assert BookKeepingStepper.supports(nn.Linear(3, 1))
    assert BookKeepingStepper.supports(nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1)))
    assert not BookKeepingStepper.supports(nn.Sequential(nn.Linear(3, 4), nn.LayerNorm(4)))
    assert not BookKeepingStepper.supports(nn.Conv1d(1, 1, 3))
    # A layer used twice shares its weights: per-sample norms would be wrong.
    shared = nn.Linear(4, 4)
    assert not BookKeepingStepper.supports(nn.Sequential(shared, nn.ReLU(), shared))


def test_poisson_batches_include_each_row_independently_with_probability_q() -> None:
    gen = torch.Generator().manual_seed(0)
    n, q, draws = 400, 0.05, 3000
    counts = torch.zeros(n)
    sizes = []
    for _ in range(draws):
        idx = poisson_batch(n, q, gen)
        assert len(torch.unique(idx)) == len(idx)
        assert bool((idx >= 0).all()) and bool((idx < n).all())
        counts[idx] += 1
        sizes.append(len(idx))
    rate = counts / draws
    # Every row's inclusion rate is q (5 standard errors), first and last rows included.
    se = (q * (1 - q) / draws) ** 0.5
    assert float((rate - q).abs().max()) < 5 * se
    mean = sum(sizes) / draws
    var = sum((s - mean) ** 2 for s in sizes) / draws
    assert abs(mean - n * q) < 0.5
    assert 0.85 * n * q * (1 - q) < var < 1.15 * n * q * (1 - q)  # binomial, not fixed size
    assert len(poisson_batch(n, 1.0, gen)) == n


def test_poisson_sampler_draws_independent_poisson_batches_across_blocks() -> None:
    # Blocks of 7 steps (block_rows / (n q)), so many block boundaries are crossed.
    gen = torch.Generator().manual_seed(1)
    n, q, steps = 60, 0.1, 6000
    sampler = PoissonSampler(n, q, gen, steps, block_rows=42)
    assert sampler.block_steps == 7
    hits = torch.zeros(steps, n)
    for t in range(steps):
        idx = sampler.next()
        assert bool((idx[1:] > idx[:-1]).all())  # sorted, no repeats
        assert bool((idx >= 0).all()) and bool((idx < n).all())
        hits[t, idx] = 1
    se = math.sqrt(q * (1 - q) / steps)
    assert float((hits.mean(0) - q).abs().max()) < 5 * se  # every row, rate q
    # Every position within a block (first step, last step...) has rate q.
    by_position = torch.stack([hits[k::7].mean() for k in range(7)])
    assert float((by_position - q).abs().max()) < 5 * math.sqrt(q * (1 - q) / (steps / 7 * n))
    sizes = hits.sum(1)
    assert abs(float(sizes.mean()) - n * q) < 5 * math.sqrt(n * q * (1 - q) / steps)
    assert 0.9 < float(sizes.var()) / (n * q * (1 - q)) < 1.1  # binomial, not fixed
    # Consecutive steps (within and across blocks) are uncorrelated.
    a, b = hits[:-1].flatten(), hits[1:].flatten()
    corr = float(torch.corrcoef(torch.stack([a, b]))[0, 1])
    assert abs(corr) < 5 / math.sqrt(len(a))


def test_poisson_sampler_takes_every_row_at_rate_one() -> None:
    sampler = PoissonSampler(5, 1.0, torch.Generator(), 3)
    for _ in range(3):
        assert torch.equal(sampler.next(), torch.arange(5))


# --- the whole DP-SGD step against a reference ------------------------------


def _reference_step(
    net: nn.Module,
    opt: torch.optim.Optimizer,
    z: torch.Tensor,
    y: torch.Tensor,
    sigma: float,
    clip: float,
    expected: int,
    gen: torch.Generator,
) -> None:
    """DP-SGD the slow, obvious way: Opacus' per-sample gradients, clipped, summed, noised."""
    from opacus import GradSampleModule

    params = list(net.parameters())
    gsm = GradSampleModule(net, loss_reduction="sum")
    out = gsm(z).squeeze(-1)
    F.binary_cross_entropy_with_logits(out, y, reduction="sum").backward()
    per_sample = [p.grad_sample.detach().reshape(len(y), p.numel()) for p in params]
    gsm._close()
    norms = torch.cat(per_sample, 1).norm(dim=1)
    factor = (clip / (norms + 1e-6)).clamp(max=1.0)
    sizes = [p.numel() for p in params]
    # One draw for all parameters, in parameter order (what both engines do).
    noise = torch.empty(sum(sizes)).normal_(0.0, sigma * clip, generator=gen)
    for p, g, e in zip(params, per_sample, noise.split(sizes), strict=True):
        p.grad = ((factor @ g + e) / expected).view_as(p)
    opt.step()


OPTIMIZERS: dict[str, Any] = {
    "sgd": lambda ps: torch.optim.SGD(ps, lr=0.5),
    "momentum": lambda ps: torch.optim.SGD(ps, lr=0.3, momentum=0.9),
    "nesterov": lambda ps: torch.optim.SGD(ps, lr=0.3, momentum=0.8, nesterov=True),
    "dampening": lambda ps: torch.optim.SGD(ps, lr=0.3, momentum=0.5, dampening=0.2),
    "adam": lambda ps: torch.optim.Adam(ps, lr=0.05),
    "adam-betas": lambda ps: torch.optim.Adam(ps, lr=0.02, betas=(0.5, 0.9), eps=1e-4),
    # Not reproduced by the flat update: left to the optimiser itself.
    "sgd-decay": lambda ps: torch.optim.SGD(ps, lr=0.3, weight_decay=0.1),
    "amsgrad": lambda ps: torch.optim.Adam(ps, lr=0.05, amsgrad=True),
}


@pytest.mark.parametrize("kind", ["linear", "mlp", "gelu", "silu"])
@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_steps_equal_the_reference_with_the_same_noise(kind: str, optimizer: str) -> None:
    sigma, clip, expected = 1.3, 0.7, 12
    data = torch.Generator().manual_seed(2)
    batches = []
    for size in (11, 0, 17, 9):  # an empty Poisson batch among them
        z = torch.randn(size, 7, generator=data) * 2
        batches.append((z, (torch.rand(size, generator=data) < 0.5).float()))
    net, ref = _net(kind), _net(kind)
    opt, ref_opt = OPTIMIZERS[optimizer](net.parameters()), OPTIMIZERS[optimizer](ref.parameters())
    bk = BookKeepingStepper(net, opt, sigma, clip, expected, torch.Generator().manual_seed(9))
    assert (bk.update is None) == (optimizer in ("sgd-decay", "amsgrad"))
    ref_gen = torch.Generator().manual_seed(9)
    for z, y in batches:
        with_sq = (z * z).sum(1)
        bk.step(z, y, with_sq)
        _reference_step(ref, ref_opt, z, y, sigma, clip, expected, ref_gen)
        for (name, a), b in zip(net.named_parameters(), ref.parameters(), strict=True):
            assert torch.allclose(a, b, rtol=1e-4, atol=1e-5), name
    # The parameters are still the module's own, and views of one flat buffer.
    assert all(
        p.untyped_storage().data_ptr() == bk.flat.untyped_storage().data_ptr()
        for p in net.parameters()
    )


def test_the_noise_is_gaussian_with_std_sigma_times_clip() -> None:
    # Logistic regression with 20,001 parameters on empty batches: each update
    # is the noise alone, -lr * noise / expected.
    sigma, clip, expected, d = 2.5, 0.4, 10, 20_000
    net = nn.Linear(d, 1)
    nn.init.zeros_(net.weight)
    nn.init.zeros_(net.bias)
    bk = BookKeepingStepper(
        net,
        torch.optim.SGD(net.parameters(), lr=1.0),
        sigma,
        clip,
        expected,
        torch.Generator().manual_seed(4),
    )
    draws = []
    for _ in range(2):
        before = bk.flat.clone()
        bk.step(torch.zeros(0, d), torch.zeros(0))
        draws.append((before - bk.flat) * expected)
    std, size = sigma * clip, d + 1
    for noise in draws:
        assert abs(float(noise.mean())) < 5 * std / math.sqrt(size)
        assert abs(float(noise.std()) / std - 1) < 5 / math.sqrt(2 * size)
        inside = float((noise.abs() < std).float().mean())  # 68.27 % within one sd
        assert abs(inside - 0.6827) < 5 * math.sqrt(0.6827 * 0.3173 / size)
        assert float(noise.abs().max()) > 3.5 * std  # tails, not a bounded distribution
    corr = float(torch.corrcoef(torch.stack(draws))[0, 1])
    assert abs(corr) < 5 / math.sqrt(size)  # fresh noise every step


def test_both_engines_add_the_same_noise() -> None:
    moved = []
    for engine in (BookKeepingStepper, OpacusStepper):
        net = _net("mlp")
        before = [p.detach().clone() for p in net.parameters()]
        stepper = engine(
            net,
            torch.optim.SGD(net.parameters(), lr=1.0),
            1.0,
            1.0,
            1,
            torch.Generator().manual_seed(3),
        )
        stepper.step(torch.zeros(0, 7), torch.zeros(0))
        stepper.close()
        moved.append(
            torch.cat(
                [(b - p.detach()).flatten() for b, p in zip(before, net.parameters(), strict=True)]
            )
        )
    assert torch.equal(moved[0], moved[1])


def test_dropout_by_hand_equals_autograd() -> None:
    torch.manual_seed(0)
    net = nn.Sequential(
        nn.Linear(7, 16),
        nn.ReLU(),
        nn.Dropout(0.3),
        nn.Linear(16, 8),
        nn.Tanh(),
        nn.Dropout(0.5),
        nn.Identity(),
        nn.Linear(8, 1),
    )
    bk = BookKeepingStepper(
        net, torch.optim.SGD(net.parameters(), lr=0.0), 0.0, 0.5, 1, torch.Generator()
    )
    assert bk.fast
    gen = torch.Generator().manual_seed(1)
    z = torch.randn(20, 7, generator=gen)
    y = (torch.rand(20, generator=gen) < 0.5).float()
    torch.manual_seed(5)  # dropout masks come from torch's global generator
    by_hand, loss = bk.clipped_sum(z, y)
    bk.fast = False
    torch.manual_seed(5)
    by_autograd, ref_loss = bk.clipped_sum(z, y)
    for a, b in zip(by_hand, by_autograd, strict=True):
        assert torch.allclose(a, b, rtol=1e-5, atol=1e-7)
    assert loss == pytest.approx(ref_loss, rel=1e-6)
    torch.manual_seed(6)
    assert not all(
        torch.allclose(a, b) for a, b in zip(bk.clipped_sum(z, y)[0], by_autograd, strict=True)
    )
