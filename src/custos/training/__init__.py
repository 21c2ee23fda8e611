"""Training at the edge: the model catalog, the DP-SGD harness and the accountant.

The accountant (:mod:`custos.training._accounting`) is light (dp-accounting,
NumPy); the catalog and harness need PyTorch and Opacus and load on first use,
so the budget ledger can compose epsilons without importing torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custos.training._accounting import (
    AccountingError,
    DpSgdPlan,
    EpsilonBounds,
    Mechanism,
    calibrate,
    epsilon,
)

if TYPE_CHECKING:
    from custos.training._catalog import CatalogModel, FeatureScaler, build_model, load_released

_LAZY = {
    "CatalogModel": "custos.training._catalog",
    "FeatureScaler": "custos.training._catalog",
    "build_model": "custos.training._catalog",
    "load_released": "custos.training._catalog",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'custos.training' has no attribute {name!r}")


__all__ = [
    "AccountingError",
    "CatalogModel",
    "DpSgdPlan",
    "EpsilonBounds",
    "FeatureScaler",
    "Mechanism",
    "build_model",
    "calibrate",
    "epsilon",
    "load_released",
]
