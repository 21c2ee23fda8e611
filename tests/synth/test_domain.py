"""The declared synthesis domain: encoding, decoding and hostile declarations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pydantic import ValidationError

from custos.core._errors import InvalidInput
from custos.synth._domain import SynthDomain

DOMAIN = {
    "columns": {
        "age": {"kind": "numeric", "low": 0, "high": 100, "bins": 4, "integer": True},
        "bmi": {"kind": "numeric", "low": 10.0, "high": 50.0, "bins": 8},
        "sex": {"kind": "categorical", "categories": [1, 2]},
        "site": {"kind": "categorical", "categories": ["north", "south"]},
    }
}


def domain() -> SynthDomain:
    return SynthDomain.model_validate(DOMAIN)


def test_numeric_values_fall_in_their_bins_and_outliers_are_clipped() -> None:
    frame = pd.DataFrame(
        {
            "age": [0, 24.9, 25, 99, 100, 130, -5],
            "bmi": [10, 15, 15.01, 49.9, 50, 80, 1],
            "sex": [1, 2, "1", 2.0, 1, 2, 1],
            "site": ["north"] * 7,
        }
    )
    codes = domain().encode(frame)
    assert codes["age"].tolist() == [0, 0, 1, 3, 3, 3, 0]
    assert codes["bmi"].tolist() == [0, 1, 1, 7, 7, 7, 0]
    # "1" from a CSV and 2.0 from pandas are the declared categories 1 and 2.
    assert codes["sex"].tolist() == [0, 1, 0, 1, 0, 1, 0]


def test_decoding_draws_inside_the_bin_and_rounds_integer_columns() -> None:
    d = domain()
    codes = {
        "age": np.array([0, 3] * 50),
        "bmi": np.array([2] * 100),
        "sex": np.array([1] * 100),
        "site": np.array([0, 1] * 50),
    }
    out = d.decode(codes, np.random.default_rng(0))
    assert out.columns.tolist() == ["age", "bmi", "sex", "site"]
    assert out["age"].dtype.kind == "i"
    assert out["age"][::2].between(0, 25).all() and out["age"][1::2].between(75, 100).all()
    assert out["bmi"].between(20.0, 25.0).all() and out["bmi"].nunique() > 50
    assert set(out["sex"]) == {2} and set(out["site"]) == {"north", "south"}


def test_a_value_outside_the_categories_is_refused_without_quoting_it() -> None:
    frame = pd.DataFrame(
        {"age": [40], "bmi": [22.0], "sex": [1], "site": ["Ward 7 of J. Smith-Doe"]}
    )
    with pytest.raises(InvalidInput) as info:
        domain().encode(frame)
    assert "site" in info.value.message
    assert "Smith" not in info.value.message and "Ward" not in info.value.message


def test_a_non_numeric_value_is_refused_without_quoting_it() -> None:
    frame = pd.DataFrame({"age": ["MRN-0042"], "bmi": [22.0], "sex": [1], "site": ["north"]})
    with pytest.raises(InvalidInput) as info:
        domain().encode(frame)
    assert "age" in info.value.message and "MRN" not in info.value.message


def test_a_declared_column_the_table_lacks_is_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        domain().encode(pd.DataFrame({"age": [1], "bmi": [20.0], "sex": [1]}))
    assert info.value.code == "synth.domain_mismatch" and "site" in info.value.message


@pytest.mark.parametrize(
    "column",
    [
        {"kind": "numeric", "low": 5, "high": 5},
        {"kind": "numeric", "low": 0, "high": float("inf")},
        {"kind": "numeric", "low": 0, "high": 1, "bins": 1},
        {"kind": "numeric", "low": 0, "high": 1, "bins": 10_000},
        {"kind": "numeric", "low": 0, "high": 1, "quantiles": True},
        {"kind": "categorical", "categories": []},
        {"kind": "categorical", "categories": [1, "1"]},
        {"kind": "shape", "categories": [1]},
    ],
)
def test_bad_declarations_are_rejected(column: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SynthDomain.model_validate({"columns": {"a": column, "b": DOMAIN["columns"]["sex"]}})


def test_a_domain_needs_two_columns() -> None:
    with pytest.raises(ValidationError):
        SynthDomain.model_validate({"columns": {"sex": DOMAIN["columns"]["sex"]}})
