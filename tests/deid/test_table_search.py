"""The lattice search: it finds a node no worse than trying every node, the
privacy model holds on what it keeps, and the risk figures are right on
tables small enough to count by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from custos.deid._table_hierarchy import build
from custos.deid._table_risk import class_sizes, discernibility, risk
from custos.deid._table_search import Lattice, PrivacyModel, Sensitive
from custos.deid._table_spec import AgeHierarchy, PrefixHierarchy, TreeHierarchy, ZipHierarchy


def small_table(seed: int, n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "age": rng.integers(18, 99, n),
            "sex": rng.choice(["F", "M"], n),
            "zip": rng.choice(["02134", "02139", "10001", "10003", "94110", "03601"], n),
            "dx": rng.choice(["E11.9", "E10.1", "I10", "I20.0", "J45", "K35.8"], n),
            "outcome": rng.choice(["home", "rehab", "died"], n, p=[0.7, 0.2, 0.1]),
            "los": rng.poisson(4, n),
        }
    )


def lattice(df: pd.DataFrame, model: PrivacyModel, sensitive: list[str]) -> Lattice:
    hierarchies = {
        "age": AgeHierarchy(type="age", widths=[10, 20]),
        "sex": TreeHierarchy(type="tree"),
        "zip": ZipHierarchy(type="zip", digits=[5, 3, 1]),
        "dx": PrefixHierarchy(type="prefix", lengths=[3, 1], strip="."),
    }
    gens = []
    for name, h in hierarchies.items():
        g, problems = build(name, df[name], h, safe_harbor=False)
        assert g is not None and not problems
        gens.append(g)
    sens = [Sensitive.from_series(c, df[c]) for c in sensitive]
    return Lattice(gens, sens, model, len(df))


MODELS = [
    (PrivacyModel(k=5, max_suppressed=0), []),
    (PrivacyModel(k=4, max_suppressed=12), []),
    (PrivacyModel(k=3, max_suppressed=20, l=2), ["outcome"]),
    (PrivacyModel(k=3, max_suppressed=20, l=2, l_variant="entropy"), ["outcome"]),
    (PrivacyModel(k=3, max_suppressed=40, t=0.25), ["outcome"]),
    (PrivacyModel(k=3, max_suppressed=40, t=0.2), ["los"]),
]


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize(("model", "sensitive"), MODELS)
def test_search_is_as_good_as_trying_every_node(
    seed: int, model: PrivacyModel, sensitive: list[str]
) -> None:
    lat = lattice(small_table(seed), model, sensitive)
    fast, brute = lat.search(), lat.exhaustive()
    assert brute.complete and brute.evaluated == lat.size
    assert brute.best is not None and fast.best is not None
    assert fast.best.loss == pytest.approx(brute.best.loss, abs=1e-12)
    assert fast.evaluated < lat.size


def test_kept_rows_meet_the_model_and_suppression_stays_within_the_limit() -> None:
    df = small_table(3, 600)
    model = PrivacyModel(k=6, max_suppressed=30, l=2)
    lat = lattice(df, model, ["outcome"])
    best = lat.search().best
    assert best is not None and best.keep is not None
    assert int((~best.keep).sum()) == best.suppressed <= 30
    columns = {
        g.name: np.array(g.labels[lv], dtype=object)[g.codes[lv]]
        for g, lv in zip(lat.gens, best.node, strict=True)
    }
    out = pd.DataFrame(columns)[best.keep]
    out["outcome"] = df["outcome"].to_numpy()[best.keep]
    groups = out.groupby(["age", "sex", "zip", "dx"], dropna=False)
    assert groups.size().min() >= 6
    assert groups["outcome"].nunique().min() >= 2


def test_no_node_when_the_model_cannot_be_met() -> None:
    df = small_table(0)
    lat = lattice(df, PrivacyModel(k=5, max_suppressed=0, l=4), ["outcome"])  # 3 outcomes
    assert lat.search().best is None


def test_generalising_never_makes_k_worse() -> None:
    lat = lattice(small_table(2), PrivacyModel(k=5, max_suppressed=10**6), [])
    bottom = lat.evaluate((0, 0, 0, 0))
    top = lat.evaluate(tuple(h - 1 for h in lat.heights))
    middle = lat.evaluate((1, 0, 1, 1))
    assert bottom.suppressed >= middle.suppressed >= top.suppressed == 0


def test_risk_on_a_hand_counted_table() -> None:
    # classes of sizes 1, 1, 2, 4, 12 (20 records)
    sizes = np.array([1, 1, 2, 4, 12])
    r = risk(sizes, threshold=0.2)
    assert r["records"] == 20 and r["classes"] == 5
    assert r["prosecutor"]["max"] == 1.0
    assert r["prosecutor"]["average"] == pytest.approx(5 / 20)
    # 1/1, 1/1, 1/2, 1/4 are above 0.2: 1 + 1 + 2 + 4 records
    assert r["prosecutor"]["records_above_threshold"] == 8
    assert r["sample_unique_records"] == 2
    assert r["sample_uniqueness"] == pytest.approx(0.1)
    assert r["journalist"]["bound"] == "prosecutor"
    assert r["marketer"]["expected_share_reidentified"] == pytest.approx(0.25)
    # a 10% sample: population classes 10, 10, 20, 40, 120
    s = risk(sizes, threshold=0.05, sampling_fraction=0.1)
    assert s["journalist"]["max"] == pytest.approx(0.1)
    assert s["journalist"]["records_above_threshold"] == 2  # 1/10 > 0.05; 1/20 is not
    assert s["marketer"]["expected_share_reidentified"] == pytest.approx(5 * 0.1 / 20)
    assert discernibility(sizes, suppressed=3, n=23) == 1 + 1 + 4 + 16 + 144 + 3 * 23


def test_class_sizes_group_on_every_column() -> None:
    a = np.array([0, 0, 1, 1, 1])
    b = np.array([2, 2, 0, 0, 1])
    assert sorted(class_sizes([a, b], 5).tolist()) == [1, 2, 2]
    assert class_sizes([], 5).tolist() == [5]
