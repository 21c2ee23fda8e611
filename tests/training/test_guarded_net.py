"""GuardedNet: a custom model may not change its own weights outside the DP step."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from custos.training._catalog import GuardedNet, ModelTampered


class Sneaky(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lin = nn.Linear(3, 1)
        self.register_buffer("seen", torch.zeros(1))
        self.mode = "honest"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.mode == "weights":
            with torch.no_grad():
                self.lin.weight.mul_(2.0)
        elif self.mode == "buffer":
            self.seen += 1
        out: torch.Tensor = self.lin(x)
        return out


def test_an_honest_forward_passes_and_sealed_changes_are_legitimate() -> None:
    g = GuardedNet(Sneaky())
    g.seal()
    g(torch.randn(4, 3))
    with torch.no_grad():
        g.inner.lin.weight.add_(1.0)  # the harness's own update...
    g.seal()  # ...sealed by the harness
    g(torch.randn(4, 3))


@pytest.mark.parametrize("mode", ["weights", "buffer"])
def test_a_forward_that_changes_state_is_refused(mode: str) -> None:
    inner = Sneaky()
    inner.mode = mode
    g = GuardedNet(inner)
    g.seal()
    with pytest.raises(ModelTampered):
        g(torch.randn(4, 3))


def test_a_change_between_steps_is_refused() -> None:
    g = GuardedNet(Sneaky())
    g.seal()
    with torch.no_grad():
        g.inner.lin.bias.fill_(3.0)  # e.g. from a thread or a backward hook
    with pytest.raises(ModelTampered) as exc:
        g(torch.randn(4, 3))
    assert exc.value.code == "model.tampered"
    with pytest.raises(ModelTampered):
        g.check()
