"""The site's ``flwr-clientapp``: custos' own ClientApp, never the coordinator's code.

In a Flower deployment the coordinator's ``flwr run`` ships a Flower App
Bundle (FAB, a zip of Python code) to every SuperNode, and the stock
``flwr-clientapp`` process unpacks it and imports the ClientApp from it. At a
hospital that would mean running code the coordinator chose, with access to
patient data. ``custos fed serve`` therefore puts this module first on the
SuperNode's ``PATH`` under the name ``flwr-clientapp``: it takes the task
from the SuperNode exactly as the stock process does (Flower's own
``run_clientapp``: runtime API, heartbeats, reply), but it neither unpacks
nor imports the FAB. The ClientApp it runs is the installed custos harness
(:func:`custos.fed._flower.make_client_app`), which serves only a federation
the site's custodian approved (the run's ``fed-hash``).

Why a substitution rather than a Flower option: Flower 1.41's only FAB check
(``--trusted-entities``) verifies signatures made by Flower's hosted
platform; a site that must not run foreign code needs the loader itself
replaced. We swap two module globals of ``flwr.supernode.runtime.
run_clientapp`` and call its ``flwr_clientapp`` entry point unchanged, so the
protocol code stays Flower's.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("custos.fed")


def _ignore_fab(fab_file: Path | bytes, install_dir: Any = None, skip_prompt: bool = False) -> Path:
    """Stand-in for ``install_from_fab``: record the FAB's hash, unpack nothing."""
    content = fab_file if isinstance(fab_file, bytes) else Path(fab_file).read_bytes()
    log.info(
        "custos site: FAB %s ignored (custos runs its own ClientApp)",
        hashlib.sha256(content).hexdigest()[:16],
    )
    return Path(".")


def _custos_loader(*_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for ``get_load_client_app_fn``: whatever the FAB names, load custos'."""

    def load(*_a: Any, **_k: Any) -> Any:
        from custos.fed._flower import make_client_app

        return make_client_app()

    return load


def main() -> None:
    import flwr.supernode.runtime.run_clientapp as rc
    from flwr.supernode.cli.flwr_clientapp import flwr_clientapp

    setattr(rc, "install_from_fab", _ignore_fab)  # noqa: B010 (not re-exported by flwr)
    setattr(rc, "get_load_client_app_fn", _custos_loader)  # noqa: B010
    flwr_clientapp()


if __name__ == "__main__":
    main()
