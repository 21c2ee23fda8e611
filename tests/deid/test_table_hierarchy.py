"""The generalisation hierarchies, Safe Harbor's first: each transform on
values whose right answer is known."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import pytest

from custos.deid._table_hierarchy import Generalisation, build, restricted_zip3
from custos.deid._table_spec import (
    AgeHierarchy,
    DateHierarchy,
    IntervalHierarchy,
    PrefixHierarchy,
    TreeHierarchy,
    ZipHierarchy,
)


def labels(g: Generalisation, level: int) -> list[str | None]:
    return [g.labels[level][c] for c in g.codes[level]]


def make(values: list[Any], h: Any, *, safe_harbor: bool = True, **kw: Any) -> Generalisation:
    g, problems = build("col", pd.Series(values), h, safe_harbor=safe_harbor, **kw)
    assert problems == []
    assert g is not None
    return g


def test_restricted_zip_list_is_the_hhs_2000_census_list() -> None:
    assert restricted_zip3() == {
        "036", "059", "063", "102", "203", "556", "692", "790", "821",
        "823", "830", "831", "878", "879", "884", "890", "893",
    }  # fmt: skip


def test_safe_harbor_zip_keeps_three_digits_and_zeroes_small_areas() -> None:
    g = make(["02134", "03601", "2134", "89301-1234", None, 55601], ZipHierarchy(type="zip"))
    assert g.level_names == ("3 digits", "*")
    assert labels(g, 0) == ["021", "000", "021", "000", None, "000"]
    assert set(labels(g, 1)) == {"*"}


def test_zip_restricted_list_can_be_replaced_and_coarser_levels_keep_000() -> None:
    h = ZipHierarchy(type="zip", digits=[3, 1], restricted=["021"])
    g = make(["02134", "03601", "10001"], h)
    assert labels(g, 0) == ["000", "036", "100"]
    assert labels(g, 1) == ["000", "0", "1"]


def test_zip_without_safe_harbor_masks_digit_by_digit() -> None:
    g = make(["02134", "03601"], ZipHierarchy(type="zip", digits=[5, 4, 3]), safe_harbor=False)
    assert [labels(g, j) for j in range(3)] == [
        ["02134", "03601"],
        ["0213", "0360"],
        ["021", "036"],
    ]


def test_bad_zip_codes_are_counted_never_quoted() -> None:
    g, problems = build("zip", pd.Series(["02134", "12", "ABCDE"]), ZipHierarchy(type="zip"),
                        safe_harbor=True)  # fmt: skip
    assert g is None
    assert problems == ["column zip: 2 values are not 5-digit ZIP codes"]


def test_ages_over_89_become_90_plus_at_every_level() -> None:
    g = make([3, 89, 90, 104, 47, None], AgeHierarchy(type="age", widths=[5, 10, 20]))
    assert labels(g, 0) == ["3", "89", "90+", "90+", "47", None]
    assert labels(g, 1) == ["0-4", "85-89", "90+", "90+", "45-49", None]
    assert labels(g, 2) == ["0-9", "80-89", "90+", "90+", "40-49", None]
    assert labels(g, 3) == ["0-19", "80-89", "90+", "90+", "40-59", None]
    assert labels(g, 4) == ["*"] * 6


def test_numeric_intervals_nest_and_losses_grow() -> None:
    h = IntervalHierarchy(type="interval", widths=[0.5, 1.0], origin=0.0)
    g = make([6.2, 6.6, 7.1, 7.4], h)
    assert labels(g, 1) == ["[6, 6.5)", "[6.5, 7)", "[7, 7.5)", "[7, 7.5)"]
    assert labels(g, 2) == ["[6, 7)", "[6, 7)", "[7, 8)", "[7, 8)"]
    means = [float(g.row_loss(j).mean()) for j in range(g.height)]
    assert means == sorted(means)
    assert means[0] == 0.0 and means[-1] == 1.0


def test_dates_keep_only_the_year_under_safe_harbor() -> None:
    g = make(["2019-10-18", "2019-01-02", "2021-06-30"], DateHierarchy(type="date"))
    assert g.level_names == ("year", "decade", "*")
    assert labels(g, 0) == ["2019", "2019", "2021"]
    assert labels(g, 1) == ["2010-2019", "2010-2019", "2020-2029"]


def test_shifted_dates_keep_the_day_and_move_by_the_shift() -> None:
    shift = np.array([-10, -10, -3])
    g = make(["2019-10-18", "2019-10-20", "2021-06-30"], DateHierarchy(type="date"),
             shift_days=shift)  # fmt: skip
    assert g.level_names[:3] == ("day", "month", "year")
    assert labels(g, 0) == ["2019-10-08", "2019-10-10", "2021-06-27"]
    assert labels(g, 1) == ["2019-10", "2019-10", "2021-06"]


def test_birth_years_that_could_mean_90_or_older_are_grouped() -> None:
    h = DateHierarchy(type="date", birth_reference=date(2024, 6, 1))
    g = make(["1930-05-01", "1934-12-31", "1935-01-01", "1980-02-02"], h)
    assert labels(g, 0) == ["1934 or earlier", "1934 or earlier", "1935", "1980"]
    assert labels(g, 1)[:2] == ["1934 or earlier", "1934 or earlier"]


def test_prefix_masking_of_codes() -> None:
    g = make(["E11.9", "E11.65", "I10", None],
             PrefixHierarchy(type="prefix", lengths=[3, 1], strip="."))  # fmt: skip
    assert labels(g, 0) == ["E119", "E1165", "I10", None]
    assert labels(g, 1) == ["E11*", "E11*", "I10*", None]
    assert labels(g, 2) == ["E*", "E*", "I*", None]


def test_tree_hierarchy_and_its_coverage() -> None:
    h = TreeHierarchy(type="tree", tree={"a": ["ab", "abc"], "b": ["ab", "abc"], "c": ["c", "abc"]})
    g = make(["a", "b", "c"], h)
    assert labels(g, 1) == ["ab", "ab", "c"]
    assert labels(g, 2) == ["abc"] * 3
    assert labels(g, 3) == ["*"] * 3
    missing, problems = build("col", pd.Series(["a", "zz", "zz", "yy"]), h, safe_harbor=True)
    assert missing is None
    assert problems == ["column col: its hierarchy does not cover 2 distinct values (3 rows)"]


def test_tree_whose_levels_do_not_nest_is_refused() -> None:
    with pytest.raises(ValueError, match="two different parents"):
        TreeHierarchy(type="tree", tree={"a": ["x", "p"], "b": ["x", "q"]})
