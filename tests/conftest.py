"""Shared fixtures: a real node home on disk, a vendor key, the WDBC example."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from custos.core import SigningKey
from custos.node import Node, init_node
from custos.policy import IsolationKind

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "wdbc"


@pytest.fixture(autouse=True)
def _isolation_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests decide jobs as on a node where bubblewrap is installed.

    Tests about missing isolation override this; CLI tests run in real
    subprocesses and see the machine's real capabilities.
    """
    monkeypatch.setattr(
        "custos.node._jobs.available_isolation",
        lambda *_: frozenset({IsolationKind.BUBBLEWRAP, IsolationKind.NONE}),
    )


@pytest.fixture(scope="session")
def wdbc_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from examples.wdbc.write_csv import write

    out = tmp_path_factory.mktemp("wdbc") / "wdbc.csv"
    write(out)
    return out


@pytest.fixture
def vendor_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def workdir(tmp_path: Path, vendor_key: SigningKey, wdbc_csv: Path) -> Path:
    """A folder with the example card, DUA (naming vendor.pub), job and CSV."""
    for name in ("card.yaml", "dua.yaml", "job.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    shutil.copy(wdbc_csv, tmp_path / "wdbc.csv")
    vendor_key.save(tmp_path / "vendor.key")
    (tmp_path / "vendor.pub").write_text(vendor_key.public_key.to_text() + "\n")
    return tmp_path


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Node]:
    n = init_node(tmp_path / "home")
    yield n
    n.close()


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def dump_yaml(data: Any, path: Path) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path
