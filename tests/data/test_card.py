"""Data cards: validation reports every problem, and identifiers stay excluded."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from custos.core import InvalidInput
from custos.core._yaml import read_document, validate_model
from custos.data import DataCard, DataCategory
from tests.conftest import EXAMPLES, dump_yaml, load_yaml

EXAMPLE: dict[str, Any] = load_yaml(EXAMPLES / "card.yaml")


def card(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(EXAMPLE), **changes}


def validate(data: Any) -> DataCard:
    """Validate as the registry does."""
    return validate_model(DataCard, data, what="data card", code="card.invalid")


def problems(data: Any) -> list[str]:
    with pytest.raises(InvalidInput) as info:
        validate(data)
    assert info.value.code == "card.invalid"
    return list(info.value.details)


def test_example_card_validates_from_its_yaml_file() -> None:
    c = validate(read_document(EXAMPLES / "card.yaml", what="data card"))
    assert c.name == "wdbc"
    assert c.excluded_columns == ["patient_id"]
    assert c.columns["patient_id"].category is DataCategory.DIRECT_IDENTIFIER
    assert len(c.columns) == 32
    # Usable columns keep card order and never include an excluded one.
    assert c.usable_columns == [n for n in EXAMPLE["columns"] if n != "patient_id"]


def test_every_violation_is_reported_at_once() -> None:
    data = card(sharing="anyone", allowed_purposes=[], name="Not An Identifier")
    del data["provenance"]["licence"]
    del data["provenance"]["lawful_basis"]
    data["columns"]["mean_radius"] = {**data["columns"]["mean_radius"], "sensitivity": "extreme"}

    found = problems(data)

    by_location = {p.split(":", 1)[0] for p in found}
    assert by_location == {
        "sharing",
        "allowed_purposes",
        "name",
        "provenance",
        "columns.mean_radius.sensitivity",
    }
    assert any("lawful_basis or a licence" in p for p in found)
    assert any("Extra inputs are not permitted" in p for p in found)


def test_problem_count_is_in_the_message() -> None:
    data = card(sharing="anyone")
    del data["provenance"]["licence"]
    del data["provenance"]["lawful_basis"]
    with pytest.raises(InvalidInput, match=r"invalid data card: 2 problems"):
        validate(data)


def test_direct_identifier_not_excluded_is_refused() -> None:
    found = problems(card(excluded_columns=[]))

    assert len(found) == 1
    assert "direct-identifier" in found[0] and "patient_id" in found[0]


def test_excluding_an_undescribed_column_and_a_reachable_identifier_are_both_reported() -> None:
    found = " ".join(problems(card(excluded_columns=["ghost"])))
    assert "ghost" in found
    assert "patient_id" in found and "direct-identifier" in found


def test_every_direct_identifier_must_be_excluded_not_just_one() -> None:
    data = card()
    data["columns"]["ssn"] = {
        "category": "direct_identifier",
        "legal": ["hipaa_phi"],
        "sensitivity": "very_high",
    }
    found = " ".join(problems(data))
    assert "ssn" in found
    data["excluded_columns"] = ["patient_id", "ssn"]
    assert validate(data).usable_columns[-1] == "diagnosis"


def test_unknown_field_and_reachable_identifier_are_reported_together() -> None:
    found = problems(card(sharing="anyone", excluded_columns=[]))
    assert len(found) == 2
    assert any(p.startswith("sharing:") for p in found)
    assert any(
        p.startswith("excluded_columns:") and "direct-identifier" in p and "patient_id" in p
        for p in found
    )


def test_cross_field_problems_join_errors_inside_columns_and_provenance() -> None:
    data = card(excluded_columns=["ghost"])
    data["columns"]["mean_radius"] = {**data["columns"]["mean_radius"], "sensitivity": "extreme"}
    del data["provenance"]["licence"]
    del data["provenance"]["lawful_basis"]

    found = problems(data)

    assert {p.split(":", 1)[0] for p in found} == {
        "columns.mean_radius.sensitivity",
        "provenance",
        "excluded_columns",
    }
    text = " ".join(found)
    assert "ghost" in text and "patient_id" in text
    with pytest.raises(InvalidInput, match=r"invalid data card: 4 problems"):
        validate(data)


def test_an_identifier_in_an_otherwise_invalid_column_is_still_checked() -> None:
    data = card(excluded_columns=[])
    data["columns"]["patient_id"] = {**data["columns"]["patient_id"], "legal": []}
    found = problems(data)
    assert any(p.startswith("columns.patient_id.legal") for p in found)
    assert any("direct-identifier" in p and "patient_id" in p for p in found)


def test_a_column_whose_category_is_invalid_is_not_called_an_identifier() -> None:
    data = card(excluded_columns=[])
    data["columns"]["patient_id"] = {**data["columns"]["patient_id"], "category": "MRN-SECRET"}
    found = problems(data)
    assert [p.split(":", 1)[0] for p in found] == ["columns.patient_id.category"]
    assert "SECRET" not in " ".join(found)


@pytest.mark.parametrize(
    "changes",
    [{"columns": ["patient_id"]}, {"excluded_columns": "patient_id"}, {"columns": None}],
    ids=["columns-a-list", "excluded-a-string", "columns-null"],
)
def test_malformed_columns_or_exclusions_are_reported_without_a_cross_field_guess(
    changes: dict[str, Any],
) -> None:
    found = problems(card(**changes))
    assert [p.split(":", 1)[0] for p in found] == list(changes)


def test_a_card_built_from_python_objects_is_checked_too() -> None:
    c = validate(card())
    with pytest.raises(ValueError, match="direct-identifier"):
        DataCard(**{**c.model_dump(), "excluded_columns": []})
    assert DataCard(**c.model_dump()) == c


def test_collection_period_ending_before_it_starts_is_refused() -> None:
    data = card()
    data["provenance"]["collection_period"] = {"start": "1995-12-31", "end": "1989-01-01"}
    found = problems(data)
    assert any(p.startswith("provenance.collection_period") and "ends before" in p for p in found)


def test_a_licence_alone_is_a_sufficient_basis() -> None:
    data = card()
    del data["provenance"]["lawful_basis"]
    assert validate(data).provenance.licence is not None


def test_column_needs_at_least_one_legal_category() -> None:
    data = card()
    data["columns"]["diagnosis"] = {**data["columns"]["diagnosis"], "legal": []}
    assert any(p.startswith("columns.diagnosis.legal") for p in problems(data))


def test_problems_never_echo_the_offending_values() -> None:
    data = card(name="MRN-SECRET-1")
    data["columns"]["diagnosis"] = {**data["columns"]["diagnosis"], "sensitivity": "MRN-SECRET-2"}
    found = " ".join(problems(data))
    assert "SECRET" not in found


def test_card_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "card.yaml"
    dump_yaml(["not", "a", "card"], path)
    with pytest.raises(InvalidInput, match="mapping"):
        validate(read_document(path, what="data card"))


def test_card_is_frozen() -> None:
    c = validate(card())
    with pytest.raises(ValueError, match="frozen"):
        c.name = "other"  # type: ignore[misc]
