"""One synthesis run end to end: the library call and the ``custos synth`` CLI."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from custos.core._errors import InvalidInput
from custos.synth._domain import SynthDomain
from custos.synth._pipeline import split_control, synthesize

from .conftest import STRUCTURED_DOMAIN


def test_the_control_split_is_disjoint_and_refuses_tiny_tables(table: pd.DataFrame) -> None:
    train, control = split_control(table, 0.2, seed=1)
    assert len(control) == 600 and len(train) == 2400
    key = ["y", "x1", "x2", "grp"]
    assert train.merge(control, on=key).empty
    with pytest.raises(InvalidInput):
        split_control(table.head(30), 0.2, seed=1)
    with pytest.raises(InvalidInput):
        split_control(table, 0.9, seed=1)


def test_the_non_private_baseline_is_never_released_by_default(
    table: pd.DataFrame, structured_domain: SynthDomain, tmp_path: Path
) -> None:
    outcome = synthesize(
        table,
        structured_domain,
        epsilon=1.0,
        delta=1e-5,
        generator="gaussian_copula",
        target="y",
        task="classification",
        n_attacks=100,
        seed=2,
    )
    assert not outcome.released
    assert any(r.startswith("synthetic.generator") for r in outcome.reasons)
    assert outcome.privacy["differentially_private"] is False
    written = outcome.write(tmp_path / "out")
    assert sorted(written) == ["synthesis_report.html", "synthesis_report.json"]
    assert not (tmp_path / "out" / "synthetic.csv").exists()


def test_a_bad_table_is_refused_before_any_budget_is_planned(
    table: pd.DataFrame, structured_domain: SynthDomain
) -> None:
    bad = table.copy()
    bad["grp"] = bad["grp"].astype(object)
    bad.loc[5, "grp"] = "patient 4711"
    with pytest.raises(InvalidInput) as info:
        synthesize(bad, structured_domain, epsilon=1.0, delta=1e-5, seed=1)
    assert "4711" not in info.value.message
    with pytest.raises(InvalidInput):
        synthesize(table, structured_domain, epsilon=1.0, delta=1e-5, target="nope", seed=1)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, table: pd.DataFrame) -> Path:
    root = tmp_path_factory.mktemp("synth-cli")
    table.to_csv(root / "cohort.csv", index=False)
    (root / "domain.yaml").write_text(
        yaml.safe_dump(STRUCTURED_DOMAIN, sort_keys=False), encoding="utf-8"
    )
    return root


def test_cli_plan_shows_the_ledger_mechanisms_without_reading_data(files: Path) -> None:
    res = _cli("synth", "plan", "--domain", "domain.yaml", "--epsilon", "2", "--json", cwd=files)
    assert res.returncode == 0, res.stderr
    plan = json.loads(res.stdout)
    assert plan["generator"] == "mst" and plan["columns"] == 4
    assert plan["epsilon"] <= 2.0
    assert {m["kind"] for m in plan["mechanisms"]} == {"gaussian", "pure_dp"}


def test_cli_run_releases_a_dp_table_with_its_reports(files: Path) -> None:
    res = _cli(
        "synth", "run", "cohort.csv", "out", "--domain", "domain.yaml", "--epsilon", "4",
        "--target", "y", "--task", "classification", "--seed", "5", "--json", cwd=files,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["released"] is True and data["privacy"]["epsilon"] <= 4.0
    out = files / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "synthesis_report.html",
        "synthesis_report.json",
        "synthetic.csv",
    ]
    for name, digest in data["files"].items():
        assert digest == "sha256:" + hashlib.sha256((out / name).read_bytes()).hexdigest()
    synth = pd.read_csv(out / "synthetic.csv")
    assert list(synth.columns) == ["y", "x1", "x2", "grp"]
    # The report says what a privacy officer needs and the TSTR figure is useful.
    downstream = data["utility"]["downstream"]
    assert downstream["tstr"]["roc_auc"] > 0.8
    assert downstream["tstr"]["roc_auc"] > downstream["trtr"]["roc_auc"] - 0.05
    assert "Content-Security-Policy" in (out / "synthesis_report.html").read_text()


def test_cli_blocks_the_baseline_with_exit_77_and_writes_no_table(files: Path) -> None:
    res = _cli(
        "synth", "run", "cohort.csv", "base", "--domain", "domain.yaml", "--generator",
        "gaussian_copula", "--target", "y", "--seed", "5", cwd=files,
    )  # fmt: skip
    assert res.returncode == 77, res.stderr
    assert "BLOCKED" in res.stdout and "synthetic.generator" in res.stdout
    assert not (files / "base" / "synthetic.csv").exists()


@pytest.mark.parametrize(
    "domain_text",
    [
        "columns: {y: {kind: categorical, categories: [0, 1]}}\n",
        "columns: [1, 2]\n",
        "columns: {y: {kind: numeric, low: 3, high: 1}, x1: {kind: numeric, low: 0, high: 1}}\n",
        "{{{{ not yaml",
    ],
)
def test_cli_refuses_a_bad_domain_cleanly(files: Path, domain_text: str) -> None:
    (files / "bad.yaml").write_text(domain_text, encoding="utf-8")
    res = _cli("synth", "plan", "--domain", "bad.yaml", cwd=files)
    assert res.returncode not in (0, 1), res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert "synthesis domain" in res.stderr + res.stdout


def test_cli_refuses_a_non_empty_output_folder(files: Path) -> None:
    (files / "full").mkdir()
    (files / "full" / "keep.txt").write_text("x", encoding="utf-8")
    res = _cli("synth", "run", "cohort.csv", "full", "--domain", "domain.yaml", cwd=files)
    assert res.returncode not in (0, 1) and "Traceback" not in res.stderr
    assert (files / "full" / "keep.txt").read_text() == "x"


def test_float_coded_categories_are_compared_as_the_declared_values(
    table: pd.DataFrame, structured_domain: SynthDomain
) -> None:
    floats = table.assign(y=table["y"].astype(float))  # 0.0 / 1.0, as a CSV reader may give
    outcome = synthesize(
        floats,
        structured_domain,
        epsilon=1.0,
        delta=1e-5,
        generator="gaussian_copula",
        target="y",
        n_attacks=50,
        seed=4,
    )
    assert set(outcome.synthetic["y"]) <= {0, 1}
    # Real and synthetic labels agree on their values: the marginal of y is
    # close, not disjoint (a 0.0-vs-0 mismatch would give a distance of 1).
    assert outcome.utility["marginal"]["per_column"]["y"] < 0.1
