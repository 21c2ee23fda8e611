"""Data cards: what a dataset holds, where it came from, what it may be used for.

A data card maps every column to a data-map category, a legal category and a
sensitivity, records provenance and the purposes the data may serve, and
names the columns no job may ever see. Direct identifiers must be among
them: the registry refuses a card that leaves one reachable.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

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
    # Public bounds for a numeric column, declared by the custodian from domain
    # knowledge (never read off the data): the training harness scales the
    # column with them without spending privacy budget. Values outside are clipped.
    bounds: tuple[float, float] | None = None

    @model_validator(mode="after")
    def _bounds(self) -> ColumnCard:
        if self.bounds is not None:
            lo, hi = self.bounds
            if not (math.isfinite(lo) and math.isfinite(hi)) or not lo < hi:
                raise ValueError(
                    "bounds must be two finite numbers [lower, upper] with lower < upper"
                )
        return self


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


class DeidRecord(BaseModel):
    """The de-identification run that produced the registered file (``custos
    deid``), copied from its report at registration: what was done and how
    much, never a value from the data. ``report_sha256`` pins the report."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["dicom", "text", "table"]
    method: Text
    created_at: Text
    custos_version: Text
    secret_fingerprint: str | None = None
    report_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    options: dict[str, Any] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
    details: dict[str, Any] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


class DataCard(BaseModel):
    """A dataset's data card (YAML, unknown fields rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Identifier
    description: Text
    provenance: Provenance
    allowed_purposes: list[Text] = Field(min_length=1)
    excluded_columns: list[str] = Field(default_factory=list)
    columns: dict[str, ColumnCard] = Field(min_length=1)
    # Filled by the registry from the run's report (custos deid), not by hand.
    deidentification_report: DeidRecord | None = None

    @model_validator(mode="wrap")
    @classmethod
    def _consistent(cls, data: Any, handler: ModelWrapValidatorHandler[DataCard]) -> DataCard:
        """Cross-field checks, reported together with every other violation.

        An ``after`` validator would run only once every field is valid, so a
        card with a typo *and* a reachable direct identifier would report only
        the typo. Here, when field validation fails, the same checks run on
        the raw input (as far as its shape allows) and their violations join
        the field errors in one listing.
        """
        try:
            card = handler(data)
        except ValidationError as exc:
            extra = _raw_consistency_errors(data)
            if not extra:
                raise
            raise ValidationError.from_exception_data(
                exc.title, [*(_reraisable(e) for e in exc.errors()), *extra]
            ) from None
        problems = _consistency_errors(card.columns, card.excluded_columns)
        if problems:
            raise ValidationError.from_exception_data(cls.__name__, problems)
        return card

    @property
    def usable_columns(self) -> list[str]:
        """Columns a job may see, in card order."""
        excluded = set(self.excluded_columns)
        return [c for c in self.columns if c not in excluded]


def _consistency_errors(
    columns: Mapping[str, Any], excluded: Collection[str]
) -> list[InitErrorDetails]:
    """Violations of: every excluded column is described, and every direct
    identifier is excluded. ``columns`` maps names to :class:`ColumnCard`
    objects or to raw mappings; only names, never values, reach a message."""
    errors: list[InitErrorDetails] = []
    excluded = set(excluded)
    unknown = sorted(excluded - set(columns))
    if unknown:
        errors.append(
            InitErrorDetails(
                type=PydanticCustomError(
                    "excluded_column_unknown",
                    "excluded_columns name columns the card does not describe: {columns}",
                    {"columns": str(unknown)},
                ),
                loc=("excluded_columns",),
                input=None,
            )
        )
    reachable = sorted(
        name
        for name, col in columns.items()
        if name not in excluded and _category(col) == DataCategory.DIRECT_IDENTIFIER
    )
    if reachable:
        errors.append(
            InitErrorDetails(
                type=PydanticCustomError(
                    "direct_identifier_not_excluded",
                    "direct-identifier columns must be in excluded_columns: {columns}",
                    {"columns": str(reachable)},
                ),
                loc=("excluded_columns",),
                input=None,
            )
        )
    return errors


def _category(col: Any) -> Any:
    if isinstance(col, ColumnCard):
        return col.category
    return col.get("category") if isinstance(col, Mapping) else None


def _raw_consistency_errors(data: Any) -> list[InitErrorDetails]:
    """:func:`_consistency_errors` on input that failed validation elsewhere.

    Parts whose shape is wrong are skipped: they have errors of their own.
    """
    if not isinstance(data, Mapping):
        return []
    columns = data.get("columns")
    excluded = data.get("excluded_columns", [])
    if not isinstance(columns, Mapping) or not isinstance(excluded, list | tuple):
        return []
    return _consistency_errors(
        {k: v for k, v in columns.items() if isinstance(k, str)},
        {x for x in excluded if isinstance(x, str)},
    )


def _reraisable(error: ErrorDetails) -> InitErrorDetails:
    """An error of a caught ValidationError, in the form that rebuilds one."""
    out = InitErrorDetails(type=error["type"], loc=error["loc"], input=error["input"])
    if "ctx" in error:
        out["ctx"] = error["ctx"]
    return out
