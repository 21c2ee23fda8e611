"""Data cards: what a dataset holds, where it came from, what it may be used for.

A data card maps every column to a data-map category, a legal category and a
sensitivity, records provenance and the purposes the data may serve, and
names the columns no job may ever see. Direct identifiers must be among
them: the registry refuses a card that leaves one reachable.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from custos.core._ids import Identifier

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class DataCategory(StrEnum):
    DIRECT_IDENTIFIER = "direct_identifier"
    QUASI_IDENTIFIER = "quasi_identifier"
    CLINICAL = "clinical"
    BILLING = "billing"
    FREE_TEXT = "free_text"
    METADATA = "metadata"


class LegalCategory(StrEnum):
    HIPAA_PHI = "hipaa_phi"
    GDPR_PERSONAL = "gdpr_personal"
    GDPR_SPECIAL = "gdpr_special_category"
    STATE_LAW = "state_law"
    CONTRACTUAL = "contractual"
    NONE = "none"


class Sensitivity(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    VERY_HIGH = "very_high"


class ColumnCard(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    category: DataCategory
    legal: list[LegalCategory] = Field(min_length=1)
    sensitivity: Sensitivity
    description: Text | None = None


class CollectionPeriod(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> CollectionPeriod:
        if self.end < self.start:
            raise ValueError("collection period ends before it starts")
        return self


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source_system: Text
    collection_period: CollectionPeriod
    lawful_basis: Text | None = None
    licence: Text | None = None
    deidentification: Text | None = None

    @model_validator(mode="after")
    def _basis(self) -> Provenance:
        if not self.lawful_basis and not self.licence:
            raise ValueError("provenance needs a lawful_basis or a licence")
        return self


class DataCard(BaseModel):
    """A dataset's data card (YAML, unknown fields rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Identifier
    description: Text
    provenance: Provenance
    allowed_purposes: list[Text] = Field(min_length=1)
    excluded_columns: list[str] = Field(default_factory=list)
    columns: dict[str, ColumnCard] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> DataCard:
        problems = []
        unknown = sorted(set(self.excluded_columns) - set(self.columns))
        if unknown:
            problems.append(f"excluded_columns name columns the card does not describe: {unknown}")
        reachable = sorted(
            name
            for name, col in self.columns.items()
            if col.category is DataCategory.DIRECT_IDENTIFIER and name not in self.excluded_columns
        )
        if reachable:
            problems.append(f"direct-identifier columns must be in excluded_columns: {reachable}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def usable_columns(self) -> list[str]:
        """Columns a job may see, in card order."""
        excluded = set(self.excluded_columns)
        return [c for c in self.columns if c not in excluded]
