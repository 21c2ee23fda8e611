"""The book-keeping engine without a torch.optim instance updates exactly as with one."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch
from torch import nn

from custos.training._harness import BookKeepingStepper, optimizer_settings


def _net() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))


@pytest.mark.parametrize(("kind", "momentum"), [("sgd", 0.0), ("sgd", 0.9), ("adam", 0.0)])
def test_settings_path_matches_torch_optim(kind: str, momentum: float) -> None:
    x = torch.randn(64, 5)
    y = (torch.rand(64) > 0.5).float()
    finals = []
    for use_optim in (True, False):
        net = _net()
        params = list(net.parameters())
        opt: torch.optim.Optimizer | None = None
        if use_optim:
            opt = (
                torch.optim.Adam(params, lr=0.05)
                if kind == "adam"
                else torch.optim.SGD(params, lr=0.05, momentum=momentum)
            )
        stepper = BookKeepingStepper(
            net,
            opt,
            1.0,
            1.0,
            32,
            torch.Generator().manual_seed(7),
            update=None if use_optim else optimizer_settings(kind, 0.05, momentum),
        )
        assert stepper.update is not None
        for i in range(5):
            rows = slice(i * 10, i * 10 + 12)
            stepper.step(x[rows], y[rows], x[rows].square().sum(1))
        finals.append(torch.cat([p.detach().reshape(-1) for p in net.parameters()]))
    torch.testing.assert_close(finals[0], finals[1], rtol=0, atol=0)


def test_a_stepper_needs_an_optimizer_or_settings() -> None:
    with pytest.raises(ValueError, match="optimizer"):
        BookKeepingStepper(_net(), None, 1.0, 1.0, 8, torch.Generator())


def test_catalog_training_does_not_import_torch_dynamo() -> None:
    # torch.optim imports torch._dynamo (seconds, in every sandboxed job's
    # fresh interpreter); the catalog's book-keeping path must not need it.
    code = """
import sys, numpy as np
from custos.jobs import parse_spec
from custos.training._harness import ScalerFit, Split, TrainPlan, train
spec = parse_spec({"name": "t", "vendor": "v", "dua": "d", "dataset": "s", "purpose": "p",
    "task": {"kind": "binary_classification", "target": "y"},
    "model": {"arch": "mlp", "hidden": [4]},
    "training": {"epochs": 1, "batch_size": 8, "learning_rate": 0.1, "max_grad_norm": 1.0,
                 "momentum": 0.5},
    "privacy": {"epsilon": 1.0, "delta": 1e-5}, "outputs": ["weights"]})
x = np.random.default_rng(0).normal(size=(40, 3)); y = (x[:, 0] > 0).astype("float32")
plan = TrainPlan(1.0, 0.2, 5, 1.0, ScalerFit((-5.0,) * 3, (5.0,) * 3, 10.0, 10.0))
train(spec, x, y, plan, Split(np.arange(32), np.arange(32, 40)), rng_seed=1)
print("torch._dynamo" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "False"
