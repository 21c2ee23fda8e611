"""The book-keeping clipping engine against Opacus' per-sample clipping."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from custos.training._harness import BookKeepingStepper, OpacusStepper


def _net(kind: str) -> nn.Module:
    torch.manual_seed(0)
    if kind == "linear":
        return nn.Linear(7, 1)
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


@pytest.mark.parametrize("kind", ["linear", "mlp"])
@pytest.mark.parametrize("clip", [0.01, 1.0, 100.0])
def test_clipped_sums_equal_opacus(kind: str, clip: float) -> None:
    gen = torch.Generator().manual_seed(1)
    z = torch.randn(33, 7, generator=gen) * 3
    y = (torch.rand(33, generator=gen) < 0.4).float()
    net = _net(kind)
    bk = BookKeepingStepper(
        net, torch.optim.SGD(net.parameters(), lr=0.0), 0.0, clip, 1, torch.Generator()
    )
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


def test_poisson_batches_include_each_row_independently_with_probability_q() -> None:
    from custos.training._harness import poisson_batch

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
