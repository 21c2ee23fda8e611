"""custos: compute-to-data for clinical AI.

The model travels to the hospital's edge node; the records never leave. The
node enforces a machine-readable data-use agreement (DUA), records every step
in a tamper-evident audit log and signs what it releases.

Packages, one per component (see ARCHITECTURE.md):

- :mod:`custos.core`    errors, configuration, keys and signing, storage
- :mod:`custos.policy`  DUAs, institutional policy, job evaluation
- :mod:`custos.ledger`  hash-chained audit log with signed checkpoints
- :mod:`custos.data`    dataset registry, data cards, fingerprints
- :mod:`custos.jobs`    job specs, lifecycle, intake and approval
- :mod:`custos.node`    the edge node: its home, key and services
- :mod:`custos.cli`     the ``custos`` command (thin adapter)
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
