"""The leakage audit: the node attacks its own model before anything leaves.

Differential privacy is a promise about the training mechanism; the audit
is evidence about the artefact. After training, the node runs
membership-inference attacks on the released model with the rows only it
holds (a loss threshold, LiRA and RMIA with reference models trained by the
node) and a one-run canary audit of the training recipe, and the DUA's
limits decide whether the release goes out (:mod:`custos.audit._gate`).

The statistics (:mod:`custos.audit._stats`) need NumPy and SciPy only; the
model runs (:mod:`custos.audit._models`) need PyTorch and load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custos.audit._gate import AuditOutcome, evaluate, plan_request
    from custos.audit._html import render_html
    from custos.audit._models import AuditRequest, AuditSignals, run_audit_models

_LAZY = {
    "AuditOutcome": "custos.audit._gate",
    "evaluate": "custos.audit._gate",
    "plan_request": "custos.audit._gate",
    "render_html": "custos.audit._html",
    "AuditRequest": "custos.audit._models",
    "AuditSignals": "custos.audit._models",
    "run_audit_models": "custos.audit._models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'custos.audit' has no attribute {name!r}")


__all__ = [
    "AuditOutcome",
    "AuditRequest",
    "AuditSignals",
    "evaluate",
    "plan_request",
    "render_html",
    "run_audit_models",
]
