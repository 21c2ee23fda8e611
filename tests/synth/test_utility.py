"""The utility report: fidelity figures and train-on-synthetic, test-on-real."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from custos.core._errors import InvalidInput
from custos.synth._utility import marginal_tvd, utility_report


@pytest.fixture(scope="module")
def split() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from sklearn.datasets import load_breast_cancer

    df = load_breast_cancer(as_frame=True).frame
    perm = np.random.default_rng(0).permutation(len(df))
    third = len(df) // 3
    parts = (perm[:third], perm[third : 2 * third], perm[2 * third :])
    train, control, independent = (df.iloc[p].reset_index(drop=True) for p in parts)
    return train, control, independent


def test_tstr_on_an_independent_sample_is_close_to_trtr(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    report = utility_report(
        train,
        control,
        independent,
        categorical=["target"],
        target="target",
        task="classification",
    )
    assert report.trtr["roc_auc"] is not None and report.trtr["roc_auc"] > 0.95
    assert report.tstr["roc_auc"] == pytest.approx(report.trtr["roc_auc"], abs=0.03)
    assert report.tstr["accuracy"] == pytest.approx(report.trtr["accuracy"], abs=0.05)
    assert report.ratio["roc_auc"] is not None and report.ratio["roc_auc"] > 0.95
    assert report.mean_marginal_tvd < 0.2
    assert report.pairwise_correlation_diff < 0.15


def test_tstr_on_shuffled_labels_is_near_chance(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    shuffled = independent.copy()
    shuffled["target"] = np.random.default_rng(5).permutation(shuffled["target"].to_numpy())
    report = utility_report(
        train, control, shuffled, categorical=["target"], target="target", task="classification"
    )
    assert report.tstr["roc_auc"] == pytest.approx(0.5, abs=0.12)
    assert report.trtr["roc_auc"] is not None and report.trtr["roc_auc"] > 0.95
    assert report.ratio["roc_auc"] is not None and report.ratio["roc_auc"] < 0.65


def test_regression_uses_r2(split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> None:
    train, control, independent = split
    report = utility_report(train, control, independent, target="mean area", task="regression")
    assert set(report.trtr) == {"r2"}
    assert report.trtr["r2"] is not None and report.trtr["r2"] > 0.9
    assert report.tstr["r2"] == pytest.approx(report.trtr["r2"], abs=0.05)


def test_a_copy_has_zero_distance_and_a_disjoint_table_the_maximum() -> None:
    real = pd.DataFrame({"x": np.arange(100.0), "c": ["a", "b"] * 50})
    assert marginal_tvd(real, real.copy(), categorical=["c"]) == {"x": 0.0, "c": 0.0}
    far = pd.DataFrame({"x": np.arange(100.0) + 1000, "c": ["z"] * 100})
    # Values beyond the real range fall in the top decile bin, which holds 10%
    # of the real rows: binned TVD tops out at 0.9 for numerics.
    assert marginal_tvd(real, far, categorical=["c"]) == {"x": pytest.approx(0.9), "c": 1.0}
    half = pd.DataFrame({"x": np.arange(100.0), "c": ["a"] * 100})
    assert marginal_tvd(real, half, categorical=["c"])["c"] == pytest.approx(0.5)


def test_missing_values_are_a_bin_of_their_own() -> None:
    real = pd.DataFrame({"x": np.arange(100.0)})
    holes = real.copy()
    holes.loc[:49, "x"] = np.nan
    assert marginal_tvd(real, holes)["x"] == pytest.approx(0.5)


def test_the_report_is_json_without_a_target(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    report = utility_report(train, control, independent)
    data = json.loads(json.dumps(report.to_dict(), allow_nan=False))
    assert data["downstream"]["tstr"] == {}
    assert len(data["marginal"]["per_column"]) == train.shape[1]
    assert data["pairwise"]["pairs"] == train.shape[1] * (train.shape[1] - 1) // 2


def test_bad_arguments_are_refused(
    split: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    train, control, independent = split
    with pytest.raises(InvalidInput) as info:
        utility_report(train, control, independent, target="target")
    assert info.value.code == "synth.invalid_arguments"
    with pytest.raises(InvalidInput) as info:
        utility_report(train, control, independent.drop(columns=["target"]))
    assert info.value.code == "synth.invalid_tables"
