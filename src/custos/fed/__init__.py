"""Federated training across hospitals on Flower, each site sovereign.

A vendor signs one federation job (:class:`FedJobSpec`); each hospital joins
it under its own DUA and approves its share like a local job
(:func:`join_federation`); the coordinator's ServerApp runs FedAvg with
Flower's SecAgg+ over the approved sites only; each site's ClientApp is the
custos harness with the site's own DP plan and budget ledger; at the end
every site audits the global model and co-signs it (:func:`finish`), and the
global bundle carries every site receipt. ``custos fed simulate`` runs it all
on one machine (:func:`simulate`).

Flower loads only when a federation runs.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# Flower reports usage to its developers and checks PyPI for new versions
# unless told not to (read once, when flwr is first imported). A hospital
# node makes no such calls: switched off here, before any flwr import, and
# not left to the operator's environment.
os.environ["FLWR_TELEMETRY_ENABLED"] = "0"
os.environ["FLWR_DISABLE_UPDATE_CHECK"] = "1"

from custos.fed._spec import (
    FEDJOB_PAYLOAD_TYPE,
    FedJobSpec,
    LocalTraining,
    SecureAggregation,
    Site,
    parse_fed,
    sign_fed,
    site_spec,
    unverified_fed,
)

if TYPE_CHECKING:
    from custos.fed._simulate import SimulationReport, simulate
    from custos.fed._site import approved_share, join_federation

_LAZY = {
    "SimulationReport": "custos.fed._simulate",
    "simulate": "custos.fed._simulate",
    "approved_share": "custos.fed._site",
    "join_federation": "custos.fed._site",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'custos.fed' has no attribute {name!r}")


__all__ = [
    "FEDJOB_PAYLOAD_TYPE",
    "FedJobSpec",
    "LocalTraining",
    "SecureAggregation",
    "SimulationReport",
    "Site",
    "approved_share",
    "join_federation",
    "parse_fed",
    "sign_fed",
    "simulate",
    "site_spec",
    "unverified_fed",
]
