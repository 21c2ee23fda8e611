"""Dataset and DUA registration on a real node (SQLite on disk)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from custos.core import Conflict, InvalidInput
from custos.node import Node, add_dua, get_dataset, list_datasets, register_dataset
from tests.conftest import dump_yaml, load_yaml


def test_registering_wdbc_records_card_fingerprint_and_audit(node: Node, workdir: Path) -> None:
    rec = register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    assert rec.rows == 569
    assert rec.card.excluded_columns == ["patient_id"]
    assert rec.fingerprint.startswith("sha256:")
    assert len(rec.fingerprint) == 71
    with node.store.read() as conn:
        entries = node.audit.entries(conn, subject="dataset:wdbc")
    assert [e.action for e in entries] == ["dataset.registered"]
    assert entries[0].details["fingerprint"] == rec.fingerprint
    # Audit details carry no cell values: the synthetic MRNs never appear.
    assert "MRN" not in str(entries[0].details)


def test_fingerprint_is_stable_across_registrations_of_the_same_rows(
    tmp_path: Path, workdir: Path
) -> None:
    from custos.node import init_node

    a = init_node(tmp_path / "a")
    b = init_node(tmp_path / "b")
    ra = register_dataset(a, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    rb = register_dataset(b, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    # Keyed leaves: each node's secret key gives a different root for the same rows,
    # so a root published by one node cannot be used to test guesses elsewhere.
    assert ra.file_sha256 == rb.file_sha256
    assert ra.fingerprint != rb.fingerprint
    a.close()
    b.close()


def test_direct_identifier_not_excluded_is_refused_and_nothing_is_stored(
    node: Node, workdir: Path
) -> None:
    card = load_yaml(workdir / "card.yaml")
    card["excluded_columns"] = []
    dump_yaml(card, workdir / "card.yaml")
    with pytest.raises(InvalidInput) as info:
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    assert "patient_id" in " ".join(info.value.details)
    assert "direct-identifier" in " ".join(info.value.details)
    assert list_datasets(node) == []
    with node.store.read() as conn:
        assert node.audit.entries(conn, subject="dataset:wdbc") == []


def test_card_and_file_disagreeing_lists_every_problem(node: Node, workdir: Path) -> None:
    card = load_yaml(workdir / "card.yaml")
    del card["columns"]["mean_radius"]
    card["columns"]["ghost_column"] = {
        "category": "clinical",
        "legal": ["hipaa_phi"],
        "sensitivity": "low",
    }
    dump_yaml(card, workdir / "card.yaml")
    with pytest.raises(InvalidInput) as info:
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    text = " ".join(info.value.details)
    assert "mean_radius" in text
    assert "ghost_column" in text


def test_card_with_unknown_field_is_rejected(node: Node, workdir: Path) -> None:
    card = load_yaml(workdir / "card.yaml")
    card["sharing"] = "anyone"
    dump_yaml(card, workdir / "card.yaml")
    with pytest.raises(InvalidInput, match="data card"):
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")


def test_duplicate_dataset_name_conflicts(node: Node, workdir: Path) -> None:
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    with pytest.raises(Conflict):
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    assert len(list_datasets(node)) == 1


def test_malformed_csv_error_never_quotes_cell_values(node: Node, workdir: Path) -> None:
    bad = workdir / "bad.csv"
    lines = (workdir / "wdbc.csv").read_text().splitlines()
    lines[5] = lines[5] + ",MRN-SECRET-999,extra"
    bad.write_text("\n".join(lines) + "\n")
    with pytest.raises(InvalidInput) as info:
        register_dataset(node, "wdbc", bad, workdir / "card.yaml")
    assert "SECRET" not in str(info.value)
    assert "SECRET" not in " ".join(info.value.details)


def test_parquet_is_registered_like_csv(node: Node, workdir: Path) -> None:
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    pq.write_table(pcsv.read_csv(workdir / "wdbc.csv"), workdir / "wdbc.parquet")
    rec = register_dataset(node, "wdbc", workdir / "wdbc.parquet", workdir / "card.yaml")
    assert rec.format == "parquet"
    assert rec.rows == 569


def test_dua_registration_versions_and_refuses_identical_content(node: Node, workdir: Path) -> None:
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    e1 = add_dua(node, workdir / "dua.yaml")
    assert e1.version == 1
    with pytest.raises(Conflict, match="already version 1"):
        add_dua(node, workdir / "dua.yaml")
    dua = load_yaml(workdir / "dua.yaml")
    dua["privacy"]["max_epsilon_per_job"] = 1.5
    dump_yaml(dua, workdir / "dua.yaml")
    e2 = add_dua(node, workdir / "dua.yaml")
    assert e2.version == 2
    assert e2.content_hash != e1.content_hash


def test_dua_purpose_outside_the_data_card_is_refused(node: Node, workdir: Path) -> None:
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    dua = load_yaml(workdir / "dua.yaml")
    dua["purpose"] = "Training a model that predicts insurance claim costs"
    dump_yaml(dua, workdir / "dua.yaml")
    with pytest.raises(InvalidInput) as info:
        add_dua(node, workdir / "dua.yaml")
    assert any(d.startswith("purpose") for d in info.value.details)


def test_dua_with_unknown_field_lists_it(node: Node, workdir: Path) -> None:
    dua = load_yaml(workdir / "dua.yaml")
    dua["privacy"]["epsilon_unlimited"] = True
    dua["retention"]["forever"] = True
    dump_yaml(dua, workdir / "dua.yaml")
    with pytest.raises(InvalidInput) as info:
        add_dua(node, workdir / "dua.yaml")
    text = " ".join(info.value.details)
    assert "privacy.epsilon_unlimited" in text
    assert "retention.forever" in text


def test_dataset_path_is_stored_resolved(node: Node, workdir: Path) -> None:
    cwd = os.getcwd()
    os.chdir(workdir)
    try:
        register_dataset(node, "wdbc", Path("wdbc.csv"), Path("card.yaml"))
    finally:
        os.chdir(cwd)
    assert Path(get_dataset(node, "wdbc").path).is_absolute()
