"""The coordinator's checkpoint: the running mean of the averaged rounds'
global models survives a restart and always matches the state that names it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from custos.core._errors import InvalidInput
from custos.fed import parse_fed
from custos.fed._flower import Checkpoint, FederationStopped
from tests.conftest import EXAMPLES, load_yaml


def _models(rng: np.random.Generator, n: int) -> list[list[np.ndarray]]:
    return [
        [rng.normal(size=(1, 30)).astype(np.float32), rng.normal(size=(1,)).astype(np.float32)]
        for _ in range(n)
    ]


def test_the_running_mean_matches_numpy_and_survives_a_restart(tmp_path: Path) -> None:
    models = _models(np.random.default_rng(0), 4)
    ck = Checkpoint(tmp_path, "h" * 64, resume=False)
    ck.aggregated(1, [], models[0])  # before the window: not averaged
    assert ck.average is None
    ck.aggregated(2, [], models[1], average=True)
    ck.aggregated(3, [], models[2], average=True)
    # A coordinator that restarts here reads the mean of rounds 2 and 3 back.
    again = Checkpoint(tmp_path, "h" * 64, resume=True)
    assert again.resume_at() == 4
    assert again.average is not None
    want3 = [np.mean([m[i] for m in models[1:3]], axis=0) for i in range(2)]
    for got, want in zip(again.average, want3, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-6)
    again.aggregated(4, [], models[3], average=True)
    want4 = [np.mean([m[i] for m in models[1:]], axis=0) for i in range(2)]
    for got, want in zip(again.average or [], want4, strict=True):
        assert got.dtype == np.float32
        np.testing.assert_allclose(got, want, rtol=1e-6)
    state = json.loads((tmp_path / "checkpoint.json").read_text())
    assert state["averaged"] == 3 and state["average_file"] == "checkpoint-average-4.npz"
    assert sorted(p.name for p in tmp_path.glob("checkpoint-average-*")) == [
        "checkpoint-average-4.npz"
    ]


def test_a_checkpoint_of_another_federation_is_refused(tmp_path: Path) -> None:
    ck = Checkpoint(tmp_path, "a" * 64, resume=False)
    ck.aggregated(1, [], _models(np.random.default_rng(1), 1)[0], average=True)
    with pytest.raises(FederationStopped):
        Checkpoint(tmp_path, "b" * 64, resume=True)


def test_the_averaging_window_and_an_unchanged_hash_when_it_is_unset() -> None:
    doc = load_yaml(EXAMPLES / "fed-wdbc.yaml")
    doc.pop("average_last", None)
    plain = parse_fed(doc)
    assert plain.averaged_rounds == 0
    assert "average_last" not in plain.to_json()  # specs signed before the field still verify
    doc["rounds"], doc["average_last"] = 10, 0.5
    assert parse_fed(doc).averaged_rounds == 5
    doc["average_last"] = 0.05  # less than one round: the last round's model
    assert parse_fed(doc).averaged_rounds == 0
    doc["average_last"] = 1.5
    with pytest.raises(InvalidInput) as err:
        parse_fed(doc)
    assert "average_last" in str(err.value.details)
