"""De-identifying a table end to end: the output really meets the privacy
model (checked by grouping and by pycanon), identifiers are gone, and bad
input fails before anything is written."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from examples.deid.patients import generate
from pycanon import anonymity

from custos.core import InvalidInput
from custos.deid._common import DeidSecret, RelinkTable
from custos.deid._table import deidentify_table, load_table_spec, parse_table_spec

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_SPEC = ROOT / "examples" / "deid" / "table.yaml"
QIS = ["age", "sex", "zip", "admitted", "ethnicity", "diagnosis"]
SECRET = DeidSecret(bytes(range(32)))


def base_spec() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE_SPEC.read_text())


@pytest.fixture(scope="module")
def patients_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("table") / "admissions.csv"
    generate(3000, seed=7).to_csv(path, index=False)
    return path


def run(src: Path, tmp: Path, data: dict[str, Any], **kw: Any) -> tuple[pd.DataFrame, Any]:
    out = tmp / "out.csv"
    report = deidentify_table(src, out, parse_table_spec(data), secret=SECRET, **kw)
    return pd.read_csv(out, dtype=str, keep_default_na=False, na_values=[""]), report


def test_example_spec_loads() -> None:
    spec = load_table_spec(EXAMPLE_SPEC)
    assert spec.quasi_identifiers == QIS
    assert spec.privacy.k == 5


def test_output_is_k_anonymous_l_diverse_and_pycanon_agrees(
    patients_csv: Path, tmp_path: Path
) -> None:
    out, report = run(patients_csv, tmp_path, base_spec(), relink=tmp_path / "relink.enc")
    sizes = out.groupby(QIS, dropna=False).size()
    assert sizes.min() >= 5
    distinct = out.groupby(QIS, dropna=False)["disposition"].nunique()
    assert distinct.min() >= 2
    achieved = report.details["achieved"]
    assert anonymity.k_anonymity(out, QIS) == achieved["k"] == sizes.min()
    assert anonymity.l_diversity(out, QIS, ["disposition"]) == achieved["l_distinct"]
    # suppression within the limit, and counted right
    assert report.counts["rows_in"] == 3000
    assert report.counts["rows_out"] == len(out)
    assert report.counts["rows_suppressed"] <= 0.05 * 3000
    assert report.details["risk"]["output"]["prosecutor"]["max"] <= 1 / 5
    assert report.details["risk"]["input"]["sample_uniqueness"] > 0.9


def test_direct_identifiers_are_dropped_or_pseudonymised_and_relinkable(
    patients_csv: Path, tmp_path: Path
) -> None:
    relink = tmp_path / "relink.enc"
    out, report = run(patients_csv, tmp_path, base_spec(), relink=relink)
    original = pd.read_csv(patients_csv, dtype=str)
    assert "name" not in out.columns
    assert not set(out["mrn"]) & set(original["mrn"])
    table = RelinkTable.load(relink, SECRET)
    back = table.entries["patient_id"]
    assert {back[p] for p in out["mrn"]} <= set(original["mrn"])
    # the same patient gets the same pseudonym on every row
    assert out["mrn"].nunique() <= original["mrn"].nunique()
    text = report.to_dict().__repr__()
    assert not any(v in text for v in original["mrn"].head(50))


@pytest.mark.parametrize("variant", ["distinct", "entropy"])
def test_l_diversity_is_enforced(patients_csv: Path, tmp_path: Path, variant: str) -> None:
    data = base_spec()
    data["privacy"].update({"l": 3, "l_variant": variant, "max_suppression": 0.1})
    out, report = run(patients_csv, tmp_path, data)
    achieved = report.details["achieved"]
    if variant == "distinct":
        assert anonymity.l_diversity(out, QIS, ["disposition"]) >= 3
    else:
        # pycanon reports the entropy l rounded down
        assert anonymity.entropy_l_diversity(out, QIS, ["disposition"]) == int(
            achieved["l_entropy"]
        )
        assert achieved["l_entropy"] >= 3 - 1e-9


@pytest.mark.parametrize(("column", "t"), [("disposition", 0.15), ("los_days", 0.2)])
def test_t_closeness_is_enforced_and_pycanon_agrees(
    patients_csv: Path, tmp_path: Path, column: str, t: float
) -> None:
    data = base_spec()
    data["privacy"].update({"t": t, "max_suppression": 0.1})
    data["privacy"].pop("l")
    for name in ("disposition", "los_days"):
        data["columns"][name]["role"] = "sensitive" if name == column else "insensitive"
    out, report = run(patients_csv, tmp_path, data)
    if column == "los_days":
        out["los_days"] = out["los_days"].astype(int)
    measured = anonymity.t_closeness(out, QIS, [column])
    assert measured <= t + 1e-9
    assert measured == pytest.approx(report.details["achieved"]["t"], abs=1e-9)


def test_unsatisfiable_model_fails_and_writes_nothing(patients_csv: Path, tmp_path: Path) -> None:
    data = base_spec()
    data["privacy"].update({"l": 7, "max_suppression": 0.0})  # only 6 dispositions exist
    out = tmp_path / "out.parquet"
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(patients_csv, out, parse_table_spec(data), secret=SECRET)
    assert exc.value.code == "deid.table_unsatisfiable"
    assert list(tmp_path.iterdir()) == []


def test_parquet_in_and_out(tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    generate(1500, seed=3).to_parquet(src, index=False)
    out = tmp_path / "out.parquet"
    report = deidentify_table(src, out, load_table_spec(EXAMPLE_SPEC), secret=SECRET)
    df = pd.read_parquet(out)
    assert df.groupby(QIS, dropna=False).size().min() >= 5
    assert report.outputs["out.parquet"]


def test_spec_listing_every_problem() -> None:
    data = base_spec()
    data["privacy"]["k"] = 1
    data["columns"]["sex"]["role"] = "secret"
    data["columns"]["age"]["hierarchy"] = {"type": "age", "widths": [10, 5]}
    data["columns"]["zip"]["hierarchy"] = {"type": "zip", "digits": [5, 3]}
    data["columns"]["extra"] = {"role": "quasi_identifier"}
    data["columns"]["disposition"]["role"] = "insensitive"  # l needs a sensitive column
    data["surprise"] = 1
    with pytest.raises(InvalidInput) as exc:
        parse_table_spec(data)
    assert exc.value.code == "deid.table_spec_invalid"
    text = "\n".join(exc.value.details)
    for needle in (
        "privacy.k",
        "columns.sex.role",
        "columns.age.hierarchy",
        "columns.extra",
        "surprise",
        "first 3 digits",
        "need a sensitive column",
    ):
        assert needle in text, needle
    assert len(exc.value.details) == 7


def test_bad_hierarchies_are_refused() -> None:
    data = base_spec()
    cols = data["columns"]
    cols["ethnicity"]["hierarchy"]["tree"]["Asian"] = ["Asian", "extra level"]
    cols["diagnosis"]["hierarchy"] = {"type": "prefix", "lengths": [1, 3]}
    cols["admitted"]["hierarchy"] = {"type": "date", "levels": ["day", "year"]}  # Safe Harbor
    cols["age"]["hierarchy"] = {"type": "age", "top_code": None}
    with pytest.raises(InvalidInput) as exc:
        parse_table_spec(data)
    text = "\n".join(exc.value.details)
    assert "same number of parent levels" in text
    assert "lengths must decrease" in text
    assert "only the year" in text
    assert "ages over 89" in text


def test_table_that_does_not_match_the_spec_lists_every_problem(tmp_path: Path) -> None:
    df = generate(300, seed=1)
    df = df.rename(columns={"hba1c": "unexpected"})
    df.loc[0, "ethnicity"] = "SECRET-VALUE"
    df.loc[1, "zip"] = "ZIPX"
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(src, tmp_path / "out.csv", load_table_spec(EXAMPLE_SPEC), secret=SECRET)
    assert exc.value.code == "deid.table_spec_mismatch"
    text = "\n".join(exc.value.details)
    assert "hba1c" in text and "unexpected" in text
    # values of the data never reach a message
    df2 = generate(300, seed=1)
    df2.loc[0, "ethnicity"] = "SECRET-VALUE"
    df2.loc[1, "zip"] = "ZIPX"
    df2.to_csv(src, index=False)
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(src, tmp_path / "out.csv", load_table_spec(EXAMPLE_SPEC), secret=SECRET)
    text = "\n".join(exc.value.details) + exc.value.message
    assert "does not cover 1 distinct values" in text
    assert "1 values are not 5-digit ZIP codes" in text
    assert "SECRET-VALUE" not in text and "ZIPX" not in text
    assert not (tmp_path / "out.csv").exists()


def test_unreadable_oversized_and_corrupt_tables(tmp_path: Path) -> None:
    spec = load_table_spec(EXAMPLE_SPEC)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(bad, tmp_path / "o.csv", spec, secret=SECRET)
    assert exc.value.code == "dataset.malformed"
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(tmp_path / "missing.csv", tmp_path / "o.csv", spec, secret=SECRET)
    assert exc.value.code == "dataset.unreadable"
    src = tmp_path / "in.csv"
    generate(100).to_csv(src, index=False)
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(src, tmp_path / "o.csv", spec, secret=SECRET, max_bytes=100)
    assert exc.value.code == "dataset.too_large"
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(src, tmp_path / "o.xlsx", spec, secret=SECRET)
    assert exc.value.code == "dataset.format"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.parquet", "in.csv"]


def test_dates_not_quasi_identifiers_are_refused_under_safe_harbor(tmp_path: Path) -> None:
    df = generate(200)
    df["discharged"] = df["admitted"]
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    data = copy.deepcopy(base_spec())
    data["columns"]["discharged"] = {"role": "insensitive"}
    with pytest.raises(InvalidInput) as exc:
        deidentify_table(src, tmp_path / "o.csv", parse_table_spec(data), secret=SECRET)
    assert "columns.discharged: holds dates" in "\n".join(exc.value.details)


def test_dates_shifted_per_patient_keep_each_patients_intervals(tmp_path: Path) -> None:
    rows = []
    for mrn in ("A1", "B2"):
        for day in ("2020-01-05", "2020-01-05", "2020-01-09", "2020-01-09"):
            rows.append({"mrn": mrn, "admitted": day, "sex": "F"})
    src = tmp_path / "in.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    data = {
        "date_shift": {"patient_column": "mrn", "max_days": 100},
        "privacy": {"k": 2, "max_suppression": 0.0},
        "columns": {
            "mrn": {"role": "direct_identifier", "action": "pseudonymise"},
            "admitted": {"role": "quasi_identifier", "hierarchy": {"type": "date"}},
            "sex": {"role": "quasi_identifier", "hierarchy": {"type": "tree"}},
        },
    }
    out, report = run(src, tmp_path, data)
    assert report.details["chosen_levels"]["admitted"] == "day"
    for _, group in out.groupby("mrn"):
        days = sorted(pd.to_datetime(group["admitted"]).unique())
        assert len(days) == 2 and (days[1] - days[0]).days == 4
        assert days[0] < pd.Timestamp("2020-01-05")  # shifts go backwards
